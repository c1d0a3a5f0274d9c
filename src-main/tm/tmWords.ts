/**
 * What the translation memory compares: a source sentence as a list of lower-cased words.
 * Punctuation and spacing are left out of the fuzzy score (they change no translation a
 * translator would reuse) and only decide between 100 and 99: 100 means the text is identical
 * once white space is normalised (see tmScore.ts).
 *
 * A word is letters, digits and combining marks, with inner hyphens, apostrophes and number
 * separators kept ("anak-anak", "don't", "1.250.000"), the word rule of diffWords.ts. Hand-written
 * rather than a Unicode regex because rebuilding the index tokenises every unit of the memory
 * (a million sentences within the 5 s goal); ASCII is decided by code, the rest by \p classes.
 */

const wordChar = /^[\p{L}\p{N}\p{M}]$/u;
const nonAsciiWordChar = new Map<number, boolean>();

const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

/** Length in UTF-16 units of the word character at `i`, or 0 when it is not one. */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return isAsciiWordChar(c) ? 1 : 0;
  const cp = s.codePointAt(i)!;
  let is = nonAsciiWordChar.get(cp);
  if (is === undefined) {
    is = wordChar.test(String.fromCodePoint(cp));
    nonAsciiWordChar.set(cp, is);
  }
  return is ? (cp > 0xffff ? 2 : 1) : 0;
}

/** Hyphen, apostrophes, dot, comma, slash: part of a word only between two word characters. */
const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 44 || c === 47;

export function tmWords(text: string): string[] {
  const s = text.toLowerCase();
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    let step = wordCharAt(s, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (step > 0) {
        i += step;
        step = i < n ? wordCharAt(s, i) : 0;
      }
      if (i + 1 < n && isJoiner(s.charCodeAt(i)) && (step = wordCharAt(s, i + 1)) > 0) {
        i += 1;
        continue;
      }
      break;
    }
    out.push(s.slice(start, i));
  }
  return out;
}

/** Runs of white space become one space, none at either end. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * The words of `text` as tmWords sees them, each as a pair of independent 32-bit hashes of its
 * lower-cased characters ([h1, h2, h1, h2, ...]): what the fuzzy index stores instead of strings.
 * Two different words share both hashes with odds of about 1 in 2^64 per pair, and a collision
 * could only add a candidate: every score is computed from the texts themselves.
 */
export function wordHashes(text: string): Uint32Array {
  const count = wordHashesInto(text, scratch);
  return scratch.data.slice(0, count);
}

/** A growable buffer that wordHashesInto fills (one per caller that keeps results apart). */
export class HashBuffer {
  data = new Uint32Array(256);
}

const scratch = new HashBuffer();

/**
 * wordHashes without allocating: writes the pairs into `out.data` and returns how many numbers
 * it wrote (twice the word count). Rebuilding the index hashes every unit of the memory, and a
 * fresh typed array per sentence cost more than the hashing itself.
 */
export function wordHashesInto(text: string, out: HashBuffer): number {
  const s = text.toLowerCase();
  const n = s.length;
  let data = out.data;
  let count = 0;
  let i = 0;
  while (i < n) {
    if (wordCharAt(s, i) === 0) {
      i++;
      continue;
    }
    let h1 = 0x811c9dc5;
    let h2 = 0x2545f491;
    while (i < n) {
      const c = s.charCodeAt(i);
      // ASCII letters and digits inline (most text); anything else through wordCharAt.
      if (c < 128 && isAsciiWordChar(c)) {
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
        i++;
        continue;
      }
      const step = c < 128 ? 0 : wordCharAt(s, i);
      if (step > 0 || (isJoiner(c) && i + 1 < n && wordCharAt(s, i + 1) > 0)) {
        // A non-ASCII word character (one or two UTF-16 units), or a joiner between two.
        for (let k = 0; k < Math.max(step, 1); k++) {
          const d = s.charCodeAt(i + k);
          h1 = Math.imul(h1 ^ d, 0x01000193);
          h2 = Math.imul(h2 ^ d, 0x5bd1e995) ^ (h2 >>> 15);
        }
        i += Math.max(step, 1);
        continue;
      }
      break;
    }
    if (count + 2 > data.length) {
      const bigger = new Uint32Array(data.length * 2);
      bigger.set(data);
      out.data = data = bigger;
    }
    data[count++] = fmix(h1);
    data[count++] = fmix(h2 ^ 0x9e3779b9);
  }
  return count;
}

/** MurmurHash3's finaliser: spreads every input bit over the hash. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
