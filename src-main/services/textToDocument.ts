import type { DocumentJson } from '../../src-preload/contract/domain.ts';

/**
 * Turns plain text into an article body: blank lines separate paragraphs, single newlines inside a
 * paragraph become hard breaks. Used by the CLI's `create --text` and plain-text import.
 */
export function textToDocument(text: string): DocumentJson {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (paragraphs.length === 0) return { type: 'doc', content: [{ type: 'paragraph' }] };
  return {
    type: 'doc',
    content: paragraphs.map((p) => {
      const lines = p.split('\n');
      const content: Record<string, unknown>[] = [];
      lines.forEach((line, i) => {
        if (i > 0) content.push({ type: 'hardBreak' });
        if (line.length > 0) content.push({ type: 'text', text: line });
      });
      return { type: 'paragraph', content };
    }),
  };
}
