import type { SourceFormat } from '../../../src-preload/contract/factcheck.ts';
import { splitSentences } from '../../language/splitSentences.ts';
import { detectFormat, fileExtension, sniffContent, type ImportFormat } from './detectFormat.ts';
import { ImportError } from './importError.ts';
import { defaultImportLimits, type ImportLimits } from './importLimits.ts';
import { inspectZip } from './inspectZip.ts';
import { runImportWorker } from './runImportWorker.ts';

/** A passage is cut at sentence boundaries once it would pass this many characters. */
export const maxPassageChars = 1000;
/** Longest title kept (the `sources` list shows one line). */
const maxTitleChars = 300;

/** A document for the source library: a title and its text as passages, in order. */
export interface ImportedSource {
  title: string;
  format: SourceFormat;
  passages: string[];
  warnings: string[];
}

export interface ImportSourceOptions {
  limits?: Partial<ImportLimits>;
  workerUrl?: URL;
}

const sourceFormatOf: Readonly<Record<ImportFormat | 'pdf', SourceFormat>> = { text: 'txt', markdown: 'md', html: 'html', docx: 'docx', pdf: 'pdf' };

/**
 * Reads a file for the source library with the article importer's defences: the size cap before
 * anything is parsed, the format from extension AND content (`detectFormat`), a DOCX's zip
 * directory checked before a worker starts, and every parser (HTML allow-list, mammoth, PDF.js)
 * inside the import worker with its heap and time limits. PDF, refused for articles, is read
 * here for its text layer. The body becomes plain-text passages: one per paragraph, heading,
 * list item or table cell, long ones cut at sentence boundaries (`splitPassages`). Pictures are
 * dropped. Every refusal is an `ImportError`; nothing is stored here.
 */
export async function importSourceFile(source: { name: string; bytes: Uint8Array }, options: ImportSourceOptions = {}): Promise<ImportedSource> {
  const limits: ImportLimits = { ...defaultImportLimits, ...options.limits };
  const { name, bytes } = source;
  if (bytes.byteLength > limits.maxFileBytes) {
    const mb = (n: number): string => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
    throw new ImportError('too-large', `the file is ${mb(bytes.byteLength)}; files over ${mb(limits.maxFileBytes)} cannot be imported`);
  }
  const format = detectSourceFormat(name, bytes.subarray(0, 1024));
  if (format === 'docx') inspectZip(bytes, limits);
  const result = await runImportWorker({ format, bytes, limits }, options.workerUrl);

  const blocks = documentBlocks(result.doc);
  const passages = blocks.flatMap((b) => splitPassages(b.text));
  if (passages.length === 0) throw new ImportError('corrupt', 'the file has no text to search');
  const heading = blocks.find((b) => b.heading)?.text;
  const firstLine = blocks[0]?.text;
  const title = oneLine(result.title) || oneLine(heading ?? '') || (firstLine && firstLine.length <= 200 ? oneLine(firstLine) : '') || titleFromFileName(name);
  return { title: title.length > maxTitleChars ? `${title.slice(0, maxTitleChars - 1).trimEnd()}…` : title, format: sourceFormatOf[format], passages, warnings: result.warnings };
}

/**
 * The article importer's format choice, plus PDF: a file that starts like a PDF and is named
 * .pdf (or has no extension) is read as one; a ".pdf" that is not a PDF is refused as damaged.
 */
export function detectSourceFormat(name: string, head: Uint8Array): ImportFormat | 'pdf' {
  const ext = fileExtension(name);
  const sniffed = sniffContent(head);
  if (sniffed === 'pdf' && (ext === 'pdf' || ext === '')) return 'pdf';
  if (ext === 'pdf') throw new ImportError('corrupt', `"${name}" is not a PDF`);
  return detectFormat(name, head);
}

interface TextBlock {
  text: string;
  heading: boolean;
}

/**
 * The text blocks of an imported body (ProseMirror JSON) in order, whitespace collapsed: every
 * textblock (paragraph, heading, code block) is one; a hard break is a space, since imported
 * plain text breaks lines inside paragraphs.
 */
export function documentBlocks(doc: unknown): TextBlock[] {
  const blocks: TextBlock[] = [];
  const textOf = (node: unknown, depth: number): string => {
    if (typeof node !== 'object' || node === null || depth > 200) return '';
    const { type, text, content } = node as { type?: unknown; text?: unknown; content?: unknown };
    if (type === 'text' && typeof text === 'string') return text;
    if (type === 'hardBreak') return ' ';
    return Array.isArray(content) ? content.map((c) => textOf(c, depth + 1)).join('') : '';
  };
  const visit = (node: unknown, depth: number): void => {
    if (typeof node !== 'object' || node === null || depth > 200) return;
    const { type, content } = node as { type?: unknown; content?: unknown };
    if (type === 'paragraph' || type === 'heading' || type === 'codeBlock') {
      // eslint-disable-next-line no-control-regex -- control characters never belong in stored text
      const text = textOf(node, depth).normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
      if (text) blocks.push({ text, heading: type === 'heading' });
      return;
    }
    if (Array.isArray(content)) for (const child of content) visit(child, depth + 1);
  };
  visit(doc, 0);
  return blocks;
}

/**
 * One paragraph as passages of at most `maxPassageChars`: whole sentences packed greedily; a
 * single sentence longer than that is cut at the last space before the limit.
 */
export function splitPassages(paragraph: string, max = maxPassageChars): string[] {
  if (paragraph.length <= max) return paragraph ? [paragraph] : [];
  const pieces = splitSentences(paragraph).flatMap((s) => cutLong(s.text, max));
  const out: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current && current.length + 1 + piece.length > max) {
      out.push(current);
      current = '';
    }
    current = current ? `${current} ${piece}` : piece;
  }
  if (current) out.push(current);
  return out;
}

function cutLong(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const space = rest.lastIndexOf(' ', max);
    const at = space > max / 2 ? space : max;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) out.push(rest);
  return out;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

function titleFromFileName(name: string): string {
  const ext = fileExtension(name);
  return oneLine(ext ? name.slice(0, -(ext.length + 1)) : name) || name;
}
