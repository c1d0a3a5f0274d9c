/**
 * The spelling checker's own word iterator, kept behind this one function so it can be swapped
 * for the shared tokenizer (src-main/language/tokenize.ts) once that exists. Words are runs of
 * letters, marks and digits joined by inner hyphens or apostrophes ("anak-anak", "don't");
 * words inside URLs and e-mail addresses are skipped. Offsets are JavaScript string indices.
 */

import { isTitleAbbreviation } from '../language/splitSentences.ts';

export interface WordToken {
  start: number;
  end: number;
  text: string;
  /** First word of the text, or after . ! ? … or a line break (optionally with quotes/brackets between). */
  sentenceStart: boolean;
}

const wordChar = /[\p{L}\p{M}\p{N}]/u;

/** Letter, mark or digit at `i` (surrogate pairs count as one character at their first half). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // ASCII fast path: most text is plain Latin letters and spaces.
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) return wordChar.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && wordChar.test(text.slice(i - 1, i + 1));
  return wordChar.test(text[i]!);
}

const joiner = (c: number) => c === 45 /* - */ || c === 39 /* ' */ || c === 0x2019; /* ’ */

// The lookbehind lets an e-mail match start only where a run starts: without it the regex
// retries every position of every word, which cost ~150 ms on a 50k-word text.
const linkPattern = /\b(?:https?:\/\/|www\.)[^\s<>"]+|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/giu;

/**
 * Does the text between two words end a sentence (. ! ? … then optional closing quotes, then
 * space) or a line? A dot after a title ("dr. Arief", "Jl. Sudirman") or an initial ("B. J.
 * Habibie") does not: the capital after it belongs to a name.
 */
function endsSentence(text: string, from: number, to: number, previousWord: string): boolean {
  // Most gaps are one space.
  if (to - from === 1) return text.charCodeAt(from) === 10;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '\n') return true;
    if (c === '.' && i === from && (isTitleAbbreviation(previousWord) || /^\p{Lu}$/u.test(previousWord))) continue;
    if (c === '.' || c === '!' || c === '?' || c === '…') {
      let j = i + 1;
      while (j < to && /["'”’)\]]/.test(text[j]!)) j++;
      if (j < to && /\s/.test(text[j]!)) return true;
    }
  }
  return false;
}

/**
 * Calls `onWord(start, end, sentenceStart)` for every word, in order: the allocation-free form
 * the checker uses (a 50k-word pass spends most of its time here).
 */
export function forEachWord(text: string, onWord: (start: number, end: number, sentenceStart: boolean) => void): void {
  const skip: Array<[number, number]> = [];
  if (text.includes('@') || text.includes('://') || /www\./i.test(text)) {
    for (const m of text.matchAll(linkPattern)) skip.push([m.index, m.index + m[0].length]);
  }
  let skipAt = 0;
  let lastStart = 0;
  let lastEnd = 0;
  let sentenceStart = true;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < n && isWordChar(text, i)) i++;
      // An inner hyphen or apostrophe joins two runs ("anak-anak", "don't").
      if (i + 1 < n && joiner(text.charCodeAt(i)) && isWordChar(text, i + 1)) i += 2;
      else break;
    }
    const end = i;
    // What sits between the previous word and this one decides whether a sentence starts here.
    if (endsSentence(text, lastEnd, start, text.slice(lastStart, lastEnd))) sentenceStart = true;
    lastStart = start;
    lastEnd = end;
    while (skipAt < skip.length && skip[skipAt]![1] <= start) skipAt++;
    if (skipAt < skip.length && skip[skipAt]![0] <= start) continue;
    onWord(start, end, sentenceStart);
    sentenceStart = false;
  }
}

/** The same words as token objects, for callers that want them. */
export function iterateWords(text: string): WordToken[] {
  const out: WordToken[] = [];
  forEachWord(text, (start, end, sentenceStart) => out.push({ start, end, text: text.slice(start, end), sentenceStart }));
  return out;
}
