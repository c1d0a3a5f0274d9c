import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseDocument } from '../documentValidation.ts';
import type { DocumentJson } from '../../../src-preload/contract/domain.ts';
import { detectFormat, fileExtension } from './detectFormat.ts';
import { extractEmbeddedImages } from './extractEmbeddedImages.ts';
import type { ImportedArticle } from './importedArticle.ts';
import { ImportError } from './importError.ts';
import { defaultImportLimits, type ImportLimits } from './importLimits.ts';
import { inspectZip } from './inspectZip.ts';
import { runImportWorker } from './runImportWorker.ts';

/** A file on disk (desktop: from the open dialog; CLI) or one already in memory (web host upload). */
export type ImportSource = string | { name: string; bytes: Uint8Array };

export interface ImportFileOptions {
  /** Overrides of `defaultImportLimits` (tests use small ones). */
  limits?: Partial<ImportLimits>;
  /** Worker entry to run (default `defaultImportWorkerUrl()`). */
  workerUrl?: URL;
}

/** Longest headline the article schema accepts. */
const maxTitleLength = 1000;

/**
 * Imports a .txt, .md, .html or .docx file as an article headline and body. The format is chosen
 * from the extension AND the first bytes (`detectFormat`); a file over `maxFileBytes` is refused
 * from its size alone, before it is read; a DOCX's zip directory is checked here, before any
 * worker starts; the parsing itself runs in a worker thread with memory and time limits
 * (`runImportWorker`). Embedded pictures come back as `media/<sha256>` references with their
 * checked bytes in `media` (`extractEmbeddedImages`): the caller stores both together. The body
 * is validated against the stored-document schema before it is returned, so it can be saved as
 * is. Every refusal is an `ImportError` (code INVALID_INPUT) with an English message and a `reason`.
 */
export async function importFile(source: ImportSource, options: ImportFileOptions = {}): Promise<ImportedArticle> {
  const limits: ImportLimits = { ...defaultImportLimits, ...options.limits };
  const { name, bytes } = typeof source === 'string' ? { name: basename(source), bytes: await readCapped(source, limits.maxFileBytes) } : source;
  if (bytes.byteLength > limits.maxFileBytes) throw tooLarge(bytes.byteLength, limits.maxFileBytes);

  const format = detectFormat(name, bytes.subarray(0, 1024));
  // Cheap and synchronous: a zip bomb is refused from its directory without starting a worker.
  if (format === 'docx') inspectZip(bytes, limits);
  const result = await runImportWorker({ format, bytes, limits }, options.workerUrl);

  // The worker hands back embedded pictures as data: URIs; main checks their bytes and stores them.
  const images = extractEmbeddedImages(result.doc);
  const doc = parseDocument(images.doc).toJSON() as DocumentJson;
  const warnings = images.dropped > 0 ? [...result.warnings, 'images that are not PNG, JPEG, GIF or WebP, or too large, were left out'] : result.warnings;
  let title = result.title.replace(/\s+/g, ' ').trim();
  if (!title) title = titleFromFileName(name);
  if (title.length > maxTitleLength) title = `${title.slice(0, maxTitleLength - 1).trimEnd()}…`;
  return { title, doc, format, warnings, media: images.media };
}

/** A file name without folder and extension, as a fallback headline. */
function titleFromFileName(name: string): string {
  const base = basename(name.replace(/\\/g, '/'));
  const ext = fileExtension(base);
  return (ext ? base.slice(0, -(ext.length + 1)) : base).replace(/\s+/g, ' ').trim();
}

function tooLarge(size: number, max: number): ImportError {
  const mb = (n: number): string => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  return new ImportError('too-large', `the file is ${mb(size)}; files over ${mb(max)} cannot be imported`);
}

/** Reads at most `max` bytes, refusing bigger files from their size before reading anything. */
async function readCapped(path: string, max: number): Promise<Uint8Array> {
  const unreadable = (error: unknown): ImportError =>
    new ImportError('unreadable', `cannot read ${basename(path)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  const info = await stat(path).catch((error: unknown) => {
    throw unreadable(error);
  });
  if (!info.isFile()) throw new ImportError('unreadable', `${basename(path)} is not a file`);
  if (info.size > max) throw tooLarge(info.size, max);
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw unreadable(error);
  });
  try {
    // The file may grow between stat and read: read one byte more than allowed to notice.
    const buffer = Buffer.alloc(Math.min(info.size, max) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > max) throw tooLarge(length, max);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
