/**
 * Turns what a user typed into the search box into an FTS5 query that cannot be a syntax error.
 *
 * The user's syntax: words are ANDed, "quoted phrases" match in order, and a trailing `*` makes
 * the last word a prefix (`menk*`, `"harga ber*"`). Everything else is text: AND, OR, NOT, NEAR,
 * parentheses, `^`, `column:` and stray quotes mean nothing special. Each term is emitted as an
 * FTS5 string ("..." with quotes doubled), which FTS5 tokenises like the indexed text, so
 * punctuation inside a word ("anak-anak", "Rp12.500") becomes a phrase of its parts.
 */

import type { FtsSearch } from '../db/repos/searchRepo.ts';

/** Terms beyond this are ignored: a pasted paragraph should not become a 200-way AND. */
export const maxQueryTerms = 16;

/** A prefix needs this many letters or digits; `a*` would expand to most of the vocabulary. */
const minPrefixLength = 2;

/** One term of a parsed query. */
export interface QueryTerm {
  text: string;
  phrase: boolean;
  prefix: boolean;
}

const wordChar = /[\p{L}\p{N}]/u;

/** Splits a user query into terms (see the module comment for the syntax). */
export function parseQuery(input: string): QueryTerm[] {
  const text = input.normalize('NFC').replace(/[\p{Cc}\p{Cf}]/gu, ' ');
  const terms: QueryTerm[] = [];
  // A quoted run (closing quote optional), or a run of anything but space and quotes.
  for (const m of text.matchAll(/"([^"]*)"?(\*?)|([^\s"]+)/gu)) {
    const phrase = m[1] !== undefined;
    let raw = phrase ? m[1]! : m[3]!;
    let prefix = phrase ? m[2] === '*' : false;
    if (/\*+$/u.test(raw)) {
      raw = raw.replace(/\*+$/u, '');
      prefix = true;
    }
    raw = raw.replace(/\s+/gu, ' ').trim();
    if (!wordChar.test(raw)) continue;
    if (prefix) {
      const lastWord = raw.split(/[^\p{L}\p{N}]+/u).filter(Boolean).at(-1) ?? '';
      if ([...lastWord].length < minPrefixLength) prefix = false;
    }
    terms.push({ text: raw, phrase: phrase && /\s/u.test(raw), prefix });
    if (terms.length === maxQueryTerms) break;
  }
  return terms;
}

/** One term as an FTS5 string: quotes doubled, `*` for a prefix. */
function ftsString(text: string, prefix: boolean): string {
  return `"${text.replaceAll('"', '""')}"${prefix ? '*' : ''}`;
}

/** The FTS5 query for a user query, or null when it has nothing to search for. */
export function toFtsQuery(input: string): string | null {
  const terms = parseQuery(input);
  if (terms.length === 0) return null;
  return terms.map((t) => ftsString(t.text, t.prefix)).join(' ');
}

/** Counts runs of letters and digits: about how many tokens FTS5 makes of `text`. */
function tokenCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** The FTS5 query and its ranking query for a user query, or null when it has nothing to search for. */
export function toFtsSearch(input: string): FtsSearch | null {
  const terms = parseQuery(input);
  if (terms.length === 0) return null;
  const match = terms.map((t) => ftsString(t.text, t.prefix)).join(' ');
  const hasPhrase = terms.some((t) => t.phrase);
  const rank = hasPhrase
    ? terms
        .map((t) => {
          if (!t.phrase) return ftsString(t.text, t.prefix);
          const words = t.text.split(' ').filter((w) => wordChar.test(w));
          const parts = words.map((w, i) => ftsString(w, t.prefix && i === words.length - 1));
          // A generous distance: the group only has to match where the phrase does (its rows are
          // already the phrase's matches); a short one could miss a phrase FTS5 splits differently.
          return `NEAR(${parts.join(' ')}, ${tokenCount(t.text)})`;
        })
        .join(' ')
    : null;
  return { match, rank, narrow: hasPhrase || terms.some((t) => t.prefix) };
}
