/**
 * Turns what a user typed into the search box into an FTS5 query that cannot be a syntax error.
 *
 * The user's syntax: words are ANDed, "quoted phrases" match in order, and a trailing `*` makes
 * the last word a prefix (`menk*`, `"harga ber*"`). Everything else is text: AND, OR, NOT, NEAR,
 * parentheses, `^`, `column:` and stray quotes mean nothing special. Each term is emitted as an
 * FTS5 string ("..." with quotes doubled), which FTS5 tokenises like the indexed text, so
 * punctuation inside a word ("anak-anak", "Rp12.500") becomes a phrase of its parts.
 */

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

/** The FTS5 query for a user query, or null when it has nothing to search for. */
export function toFtsQuery(input: string): string | null {
  const terms = parseQuery(input);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t.text.replaceAll('"', '""')}"${t.prefix ? '*' : ''}`).join(' ');
}
