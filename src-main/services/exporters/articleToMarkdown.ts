import { parseDocument } from '../documentValidation.ts';
import type { ExportableArticle } from './exportableArticle.ts';
import { toExportBlocks, type ExportBlock, type ExportInline, type ExportRun } from './toExportBlocks.ts';

/**
 * CommonMark with GitHub tables and strikethrough: `# headline`, the standfirst in italics, the
 * byline, then the body. Text is escaped so that it reads back (`importMarkdown`) as the same
 * text, never as markup: `*`, `_`, `[`, `<`, a `#` or `1.` at the start of a line and so on.
 * Underline has no Markdown syntax and is written as `<u>…</u>`.
 */
export function articleToMarkdown(article: ExportableArticle): string {
  const parts: string[] = [];
  if (article.title.trim()) parts.push(`# ${escapeLineStart(escapeText(article.title.trim()))}`);
  if (article.standfirst?.trim()) parts.push(`*${escapeText(article.standfirst.trim())}*`);
  if (article.byline?.trim()) parts.push(escapeLineStart(escapeText(article.byline.trim())));
  parts.push(...blocksToMarkdown(toExportBlocks(parseDocument(article.doc), article.media)));
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

function blocksToMarkdown(blocks: readonly ExportBlock[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        out.push(escapeLineStart(inlinesToMarkdown(block.inlines)));
        break;
      case 'heading':
        out.push(`${'#'.repeat(block.level)} ${inlinesToMarkdown(block.inlines, ' ')}`.trimEnd());
        break;
      case 'code': {
        const longest = Math.max(2, ...Array.from(block.text.matchAll(/`+/g), (m) => m[0].length));
        const fence = '`'.repeat(longest + 1);
        out.push(`${fence}\n${block.text}\n${fence}`);
        break;
      }
      case 'quote':
        out.push(
          blocksToMarkdown(block.blocks)
            .join('\n\n')
            .split('\n')
            .map((line) => (line ? `> ${line}` : '>'))
            .join('\n'),
        );
        break;
      case 'list': {
        // A list whose items are single paragraphs (plus nested lists) stays tight.
        const tight = block.items.every((item) => item.filter((b) => b.kind !== 'list').length <= 1);
        const items = block.items.map((item, i) => {
          const marker = block.ordered ? `${block.start + i}. ` : '- ';
          const indent = ' '.repeat(marker.length);
          const body = blocksToMarkdown(item).join(tight ? '\n' : '\n\n') || '';
          return body
            .split('\n')
            .map((line, j) => (j === 0 ? marker + line : line ? indent + line : ''))
            .join('\n');
        });
        out.push(items.join(tight ? '\n' : '\n\n'));
        break;
      }
      case 'rule':
        out.push('---');
        break;
      case 'image':
        // The app's own reference: the picture itself stays in the database (text formats carry no bytes).
        out.push(`![${escapeText(block.alt)}](${block.src})`);
        break;
      case 'table': {
        const width = Math.max(...block.rows.map((r) => r.length));
        const cell = (blocks: ExportBlock[]): string =>
          blocksToMarkdown(blocks)
            .join('<br>')
            .replace(/\n/g, ' ');
        const line = (cells: string[]): string => `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`;
        const [head, ...rest] = block.rows;
        const rows = [line((head ?? []).map((c) => cell(c.blocks))), line(Array<string>(width).fill('---')), ...rest.map((r) => line(r.map((c) => cell(c.blocks))))];
        out.push(rows.join('\n'));
        break;
      }
    }
  }
  return out;
}

type MarkName = 'link' | 'bold' | 'italic' | 'strike' | 'underline';
const markOrder: MarkName[] = ['link', 'bold', 'italic', 'strike', 'underline'];
const openers: Record<Exclude<MarkName, 'link'>, [open: string, close: string]> = {
  bold: ['**', '**'],
  italic: ['*', '*'],
  strike: ['~~', '~~'],
  underline: ['<u>', '</u>'],
};

/**
 * Inline Markdown. Marks are opened and closed like a stack across runs (so "**a *b***" rather
 * than "**a*****b***", which CommonMark reads differently), and spaces are kept outside the
 * delimiters, where CommonMark needs them to recognise emphasis.
 */
function inlinesToMarkdown(inlines: readonly ExportInline[], hardBreak = '\\\n'): string {
  let out = '';
  const open: { name: MarkName; href?: string }[] = [];
  const close = (): void => {
    const mark = open.pop()!;
    out += mark.name === 'link' ? `](${escapeHref(mark.href!)})` : openers[mark.name][1];
  };
  let pendingSpace = '';
  for (const inline of inlines) {
    if (!('text' in inline)) {
      while (open.length) close();
      // Spaces before a line break are invisible and would turn "\\\n" into literal text.
      out += hardBreak;
      pendingSpace = '';
      continue;
    }
    const wanted = markOrder.filter((name) => (name === 'link' ? inline.href : inline[name as keyof ExportRun]));
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(inline.text) ?? [];
    if (core === '') {
      pendingSpace += inline.text;
      continue;
    }
    // Keep the longest prefix of open marks that this run still has (same link target).
    let keep = 0;
    while (keep < open.length && wanted.includes(open[keep]!.name) && (open[keep]!.name !== 'link' || open[keep]!.href === inline.href)) keep++;
    while (open.length > keep) close();
    out += pendingSpace + lead;
    for (const name of wanted) {
      if (open.some((m) => m.name === name)) continue;
      out += name === 'link' ? '[' : openers[name][0];
      open.push(name === 'link' ? { name, href: inline.href! } : { name });
    }
    out += inline.code ? codeSpan(core) : escapeText(core);
    pendingSpace = trail;
  }
  while (open.length) close();
  return out + pendingSpace.replace(/\s+$/, '');
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Backslash-escapes Markdown punctuation; `&` only where it would start an entity. */
function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>~|]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/** Escapes what would start a block at the beginning of a line (headings, quotes, lists, rules). */
function escapeLineStart(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => line.replace(/^(\s*)([#>+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2').replace(/^\s+/, ''))
    .join('\n');
}

/** A link destination: spaces and parentheses percent-encoded so the URL cannot end early. */
function escapeHref(href: string): string {
  return href.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
