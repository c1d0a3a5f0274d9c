/**
 * A glossary file (TBX or CSV, chosen by extension) read into entries, without a database: what
 * the glossary import stores, and what `redaksi qa --glossary FILE` checks against.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { GlossaryTerm } from '../../src-preload/contract/translation.ts';
import { AppError } from '../services/appError.ts';
import { decodeText } from '../services/importers/decodeText.ts';
import { readGlossaryCsv } from './glossaryCsv.ts';
import { draftFits, type GlossaryDraft, glossaryFileLimits, importFailed } from './glossaryDraft.ts';
import { readGlossaryTbx } from './glossaryTbx.ts';
import { readFileBytes } from '../proofreading/readTextFile.ts';

export type GlossaryFileFormat = 'tbx' | 'csv';

/** The format a file name says, or null. */
export function glossaryFormatOf(name: string): GlossaryFileFormat | null {
  return /\.tbx$/i.test(name) ? 'tbx' : /\.(csv|tsv)$/i.test(name) ? 'csv' : null;
}

export interface GlossaryFileContents {
  /** Entries within the contract's caps, in file order. */
  drafts: GlossaryDraft[];
  /** Entries left out: no Indonesian or English term, or over the caps. */
  skipped: number;
}

/**
 * Reads a glossary file. Throws AppError UNSUPPORTED_FORMAT (neither .tbx nor .csv),
 * FILE_TOO_LARGE, or IMPORT_FAILED (binary, hostile or malformed content).
 */
export function readGlossaryFile(name: string, bytes: Uint8Array): GlossaryFileContents {
  const format = glossaryFormatOf(name);
  if (!format) throw new AppError('UNSUPPORTED_FORMAT', `a glossary is imported from .tbx or .csv, not "${name}"`);
  if (bytes.byteLength > glossaryFileLimits.maxBytes) {
    throw new AppError('FILE_TOO_LARGE', `the glossary file is over ${glossaryFileLimits.maxBytes / 1024 / 1024} MB`);
  }
  const text = decodeGlossary(bytes, format);
  const read = format === 'tbx' ? readGlossaryTbx(text) : readGlossaryCsv(text);
  let skipped = 'otherLanguages' in read ? read.otherLanguages : read.emptyRows;
  const drafts = read.drafts.filter((d) => {
    const fits = draftFits(d);
    if (!fits) skipped++;
    return fits;
  });
  return { drafts, skipped };
}

/** Entries of a file as glossary terms with fresh ids, for matching without storing them. */
export function glossaryTermsOf(drafts: readonly GlossaryDraft[], updatedAt = new Date().toISOString()): GlossaryTerm[] {
  return drafts.map((d) => ({ id: randomUUID(), ...d, caseSensitive: d.caseSensitive ?? false, updatedAt, updatedBy: '' }));
}

/** A glossary file on disk as terms, for `redaksi qa --glossary FILE` and the QA evaluation set. */
export function glossaryTermsFromFile(path: string): GlossaryTerm[] {
  return glossaryTermsOf(readGlossaryFile(basename(path), readFileBytes(path, glossaryFileLimits.maxBytes)).drafts);
}

/**
 * Text of a glossary file: UTF-8 (with or without BOM), UTF-16 with BOM, or the legacy charset a
 * TBX declares in its XML declaration (`encoding="windows-1254"`). Binary data is refused.
 */
function decodeGlossary(bytes: Uint8Array, format: GlossaryFileFormat): string {
  let declaredCharset: string | undefined;
  if (format === 'tbx') {
    // XML in UTF-16 must start with a byte order mark (XML 1.0 section 4.3.3); without one, a "<" with a NUL next to it is not a document we read.
    if (bytes.length >= 2 && ((bytes[0] === 0x3c && bytes[1] === 0) || (bytes[0] === 0 && bytes[1] === 0x3c))) {
      throw importFailed('the TBX is UTF-16 without a byte order mark');
    }
    const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
    declaredCharset = /<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  }
  try {
    return decodeText(bytes, { declaredCharset }).text;
  } catch (error) {
    throw importFailed(error instanceof Error ? error.message : 'the file is not text');
  }
}
