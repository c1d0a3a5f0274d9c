import { parseDocument } from '../documentValidation.ts';
import type { ExportableArticle } from './exportableArticle.ts';
import { inlineText, toExportBlocks, type ExportBlock } from './toExportBlocks.ts';

/**
 * Plain text: the headline, a blank line, the standfirst and byline, then one paragraph per
 * block separated by blank lines (the layout `importText` reads back, headline included). Lists
 * get "- " or "1. " markers, quotes "> ", table cells are separated by tabs. Ends with a newline.
 */
export function articleToText(article: ExportableArticle): string {
  const parts: string[] = [];
  if (article.title.trim()) parts.push(article.title.trim());
  if (article.standfirst?.trim()) parts.push(article.standfirst.trim());
  if (article.byline?.trim()) parts.push(article.byline.trim());
  parts.push(...blocksToText(toExportBlocks(parseDocument(article.doc), article.media)));
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

function blocksToText(blocks: readonly ExportBlock[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        out.push(inlineText(block.inlines));
        break;
      case 'code':
        out.push(block.text);
        break;
      case 'quote':
        out.push(prefixLines(blocksToText(block.blocks).join('\n\n'), '> ', '>'));
        break;
      case 'list':
        out.push(
          block.items
            .map((item, i) => {
              const marker = block.ordered ? `${block.start + i}. ` : '- ';
              return prefixLines(blocksToText(item).join('\n'), marker, ' '.repeat(marker.length), true);
            })
            .join('\n'),
        );
        break;
      case 'rule':
        out.push('* * *');
        break;
      case 'image':
        if (block.alt) out.push(`[${block.alt}]`);
        break;
      case 'table':
        out.push(block.rows.map((row) => row.map((cell) => blocksToText(cell.blocks).join(' ').replace(/\s*\n\s*/g, ' ')).join('\t')).join('\n'));
        break;
    }
  }
  return out;
}

/** Prefixes each line; with `firstOnly`, only the first line gets `prefix` and the rest `rest`. */
function prefixLines(text: string, prefix: string, rest: string, firstOnly = false): string {
  return text
    .split('\n')
    .map((line, i) => (firstOnly ? (i === 0 ? prefix : line ? rest : '') : line ? prefix : rest) + line)
    .join('\n');
}
