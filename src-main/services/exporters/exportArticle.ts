import { articleToDocx } from './articleToDocx.ts';
import { articleToHtml } from './articleToHtml.ts';
import { articleToMarkdown } from './articleToMarkdown.ts';
import { articleToPdf } from './articleToPdf.ts';
import { articleToText } from './articleToText.ts';
import type { ExportableArticle } from './exportableArticle.ts';
import { writeFileAtomic } from './writeFileAtomic.ts';

/** Formats an article can be exported to (also the file extensions). */
export const exportFormats = ['docx', 'html', 'md', 'txt', 'pdf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** Media types, for the web host's download response and the save dialog's filters. */
export const exportMediaTypes: Readonly<Record<ExportFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  pdf: 'application/pdf',
};

/**
 * The bytes of an article in `format`. The body is validated against the document schema
 * first (an invalid body is `INVALID_INPUT`), text formats are UTF-8 without BOM.
 */
export async function exportArticle(article: ExportableArticle, format: ExportFormat): Promise<Uint8Array> {
  switch (format) {
    case 'docx':
      return articleToDocx(article);
    case 'pdf':
      return articleToPdf(article);
    case 'html':
      return new TextEncoder().encode(articleToHtml(article));
    case 'md':
      return new TextEncoder().encode(articleToMarkdown(article));
    case 'txt':
      return new TextEncoder().encode(articleToText(article));
  }
}

/** Exports an article to a file, atomically (`writeFileAtomic`): the old file or the whole new one. */
export async function exportArticleToFile(article: ExportableArticle, format: ExportFormat, path: string): Promise<void> {
  await writeFileAtomic(path, await exportArticle(article, format));
}

/**
 * A safe default file name for the save dialog or download: the headline without characters
 * Windows, macOS or Linux refuse, at most 80 characters, plus the extension ("artikel" when the
 * headline is empty).
 */
export function exportFileName(title: string, format: ExportFormat): string {
  const base = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are refused in file names
    .replace(/[\u0000-\u001f<>:"/\\|?*\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .replace(/[. ]+$/, '');
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base);
  return `${base && !reserved ? base : 'artikel'}.${format}`;
}
