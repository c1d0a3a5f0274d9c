import { extractTextItems, getDocumentProxy } from 'unpdf';
import { textToDocument } from '../textToDocument.ts';
import type { ImporterResult } from './importedArticle.ts';
import { ImportError } from './importError.ts';

/** Pages read at most; a longer PDF is imported up to here, with a warning. */
export const maxPdfPages = 2000;
/** Characters of text kept at most (about 3,000 pages of prose). */
export const maxPdfTextChars = 10_000_000;

/**
 * A new paragraph starts where the gap between two baselines is more than this many times the
 * larger of their font sizes: ordinary line spacing is 1.1–1.3, a blank line or a heading gap 2+.
 */
const paragraphGap = 1.5;

interface Line {
  text: string;
  y: number;
  fontSize: number;
}

/**
 * Reads the text layer of a PDF (source library only: articles are not imported from PDF) with
 * the pure-JavaScript PDF.js build in `unpdf`: no native code, no network, no system fonts, and
 * (PDF.js 6) no font program compiled to JavaScript. Meant to run inside the import worker, whose heap and time
 * limits bound a hostile file. Lines are rebuilt from the text items and grouped into paragraphs
 * by vertical gaps; each page ends a paragraph. A PDF without a text layer (a scan) is refused:
 * there is nothing to search until it has been through OCR.
 */
export async function importPdf(bytes: Uint8Array): Promise<ImporterResult> {
  let pdf;
  try {
    // PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { useSystemFonts: false, disableFontFace: true, stopAtErrors: false, verbosity: 0 });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new ImportError('unsupported-format', 'the PDF is password-protected; remove the password and import it again');
    throw new ImportError('corrupt', `the PDF cannot be read: ${(error as Error).message}`);
  }
  const warnings: string[] = [];
  const paragraphs: string[] = [];
  let total = 0;
  try {
    const pages = Math.min(pdf.numPages, maxPdfPages);
    if (pdf.numPages > maxPdfPages) warnings.push(`only the first ${maxPdfPages} pages were imported`);
    const { items } = await extractTextItems(pdf);
    for (const pageItems of items.slice(0, pages)) {
      for (const paragraph of pageParagraphs(pageItems)) {
        paragraphs.push(paragraph);
        total += paragraph.length;
      }
      if (total > maxPdfTextChars) {
        warnings.push('the text was cut short: the PDF holds more text than a source may have');
        break;
      }
    }
  } catch (error) {
    throw new ImportError('corrupt', `the PDF cannot be read: ${(error as Error).message}`);
  } finally {
    await pdf.loadingTask.destroy();
  }
  if (!paragraphs.some((p) => /[\p{L}\p{N}]/u.test(p))) {
    throw new ImportError('corrupt', 'the PDF has no text layer (it is a scan or only pictures); run it through OCR and import the result');
  }
  return { title: '', doc: textToDocument(paragraphs.join('\n\n')), warnings };
}

/** One page's text items as paragraphs of single-spaced text. */
function pageParagraphs(items: readonly { str: string; y: number; fontSize: number; hasEOL: boolean }[]): string[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const hasText = item.str.trim() !== '';
    // Items of one line may lack an end-of-line flag between them: a change of baseline ends the line too.
    if (current && hasText && current.text.trim() && Math.abs(current.y - item.y) > 0.5 * Math.max(current.fontSize, item.fontSize, 1)) {
      lines.push(current);
      current = null;
    }
    if (!current) current = { text: '', y: item.y, fontSize: item.fontSize };
    else if (hasText && !current.text.trim()) current.y = item.y;
    current.text += item.str;
    if (hasText) current.fontSize = Math.max(current.fontSize, item.fontSize);
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);

  const paragraphs: string[] = [];
  let text = '';
  let previous: Line | null = null;
  for (const line of lines) {
    const clean = line.text.replace(/\s+/g, ' ').trim();
    if (!clean) continue;
    const gap = previous ? Math.abs(previous.y - line.y) : 0;
    if (previous && gap > paragraphGap * Math.max(previous.fontSize, line.fontSize, 1)) {
      paragraphs.push(text);
      text = '';
    }
    // A line ending in a hyphen continues the word ("anak-" + "anak"); other lines join with a space.
    text = text === '' ? clean : text.endsWith('-') ? text + clean : `${text} ${clean}`;
    previous = line;
  }
  if (text) paragraphs.push(text);
  return paragraphs;
}
