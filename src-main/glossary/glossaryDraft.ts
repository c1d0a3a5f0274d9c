/**
 * What the glossary file readers produce and the writers consume: an entry without id or
 * authorship, and the limits an imported file must respect.
 */
import type { Lang } from '../../src-preload/contract/domain.ts';
import { AppError } from '../services/appError.ts';

/** One entry read from a glossary file. `caseSensitive` is undefined when the file does not say. */
export interface GlossaryDraft {
  termId: string;
  termEn: string;
  forbiddenId: string[];
  forbiddenEn: string[];
  note: string;
  caseSensitive?: boolean;
}

/** Limits on imported glossary files (the contract's own caps on one entry apply too). */
export const glossaryFileLimits = {
  /** Largest file read; bigger ones are refused before decoding. */
  maxBytes: 50 * 1024 * 1024,
  /** Most entries (rows, termEntries) one file may hold. Newsroom glossaries have hundreds. */
  maxEntries: 100_000,
  /** XML nesting a TBX may reach; real ones nest under 10. */
  maxDepth: 64,
  /** Attributes on one TBX element (RELIABILITY.md: 256); real ones carry a handful. */
  maxAttributes: 256,
  /** Longest attribute value or single text run in a TBX. */
  maxXmlValueChars: 64 * 1024,
  /** The contract's caps on one entry. */
  maxTermChars: 500,
  maxNoteChars: 2000,
  maxForbidden: 50,
} as const;

/** A refused glossary file; nothing of it is written. */
export function importFailed(message: string): AppError {
  return new AppError('IMPORT_FAILED', message);
}

/**
 * The language a header cell or xml:lang names, by code ("id", "in", "id-ID", "ind", "en-US") or
 * by name in either language ("Indonesian", "Bahasa Indonesia", "English", "Inggris").
 */
export function languageOf(label: string): Lang | null {
  const s = label.trim().toLowerCase().replace(/[_\s]+/g, ' ');
  if (/^(id|in|ind)([- ][a-z0-9]+)*$/.test(s)) return 'id';
  if (/^(en|eng)([- ][a-z0-9]+)*$/.test(s)) return 'en';
  if (/^((bahasa )?indonesia|indonesian|(bahasa )?indonesia \(id\))$/.test(s)) return 'id';
  if (/^((bahasa )?inggris|english|english \(en\))$/.test(s)) return 'en';
  return null;
}

/** Unique non-empty variants, first spelling kept, compared without case. */
export function uniqueVariants(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list) {
    const v = raw.trim().replace(/\s+/g, ' ');
    const key = v.toLowerCase();
    if (v && !seen.has(key)) {
      seen.add(key);
      out.push(v);
    }
  }
  return out;
}

/**
 * Whether a draft fits the contract's caps; an entry that does not is skipped (and counted),
 * rather than cut, so no term is silently changed.
 */
export function draftFits(d: GlossaryDraft): boolean {
  const { maxTermChars, maxNoteChars, maxForbidden } = glossaryFileLimits;
  if (!d.termId && !d.termEn) return false;
  if (d.termId.length > maxTermChars || d.termEn.length > maxTermChars || d.note.length > maxNoteChars) return false;
  for (const list of [d.forbiddenId, d.forbiddenEn]) {
    if (list.length > maxForbidden || list.some((v) => v.length > maxTermChars)) return false;
  }
  return true;
}
