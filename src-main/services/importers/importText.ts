import { textToDocument } from '../textToDocument.ts';
import { decodeText } from './decodeText.ts';
import type { ImporterResult } from './importedArticle.ts';

/** Longest first line that is taken as a headline. */
const maxHeadlineLength = 250;

/**
 * Imports a plain-text file (UTF-8 with or without BOM, UTF-16, or legacy Windows-1252). When the
 * first paragraph is a single short line and more text follows, it is the headline (the way
 * articles are typed and the way our text export writes them); blank lines separate paragraphs,
 * single line breaks become hard breaks. Binary data is refused (`decodeText`).
 */
export function importText(bytes: Uint8Array): ImporterResult {
  const text = decodeText(bytes).text.replace(/\r\n?/g, '\n');
  const paragraphs = text.split(/\n[ \t\u00a0]*\n/);
  let title = '';
  let body = text;
  const first = paragraphs.findIndex((p) => p.trim() !== '');
  if (first >= 0) {
    const candidate = paragraphs[first]!.trim();
    const rest = paragraphs.slice(first + 1).join('\n\n');
    if (!candidate.includes('\n') && candidate.length <= maxHeadlineLength && rest.trim() !== '') {
      title = candidate;
      body = rest;
    }
  }
  return { title, doc: textToDocument(body), warnings: [] };
}
