/**
 * Word and character counts of an article and its reading time, computed per top-level block
 * and cached by node identity: ProseMirror shares unchanged nodes between document versions, so
 * after an edit only the edited blocks are counted again and the rest is a lookup.
 */
import type { Node as PmNode } from '@tiptap/pm/model';

export interface TextStats {
  words: number;
  /** Characters of the text, spaces included, line breaks between blocks not (code points). */
  characters: number;
}

/**
 * The word rule of main's `src-main/language/countWords.ts` (the renderer cannot import main;
 * scripts/checks/wordCountParity.test.ts keeps the two equal): a run of letters or digits, joined
 * by hyphens, apostrophes, slashes or digit separators, so "anak-anak", "Rp 1.250.000" and
 * "3/3/2025" count once each.
 */
const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-'’.,/][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/** Words in `text`, by the same rule main uses for the library's word count. */
export function countWords(text: string): number {
  let n = 0;
  wordPattern.lastIndex = 0;
  while (wordPattern.exec(text) !== null) n++;
  return n;
}

/** Characters in `text` as code points (an emoji or "é" typed as one character counts once). */
export function countCharacters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate starts a pair: count the pair once.
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

/** Statistics of `text` (a headline, or one block's text). */
export function textStats(text: string): TextStats {
  return { words: countWords(text), characters: countCharacters(text) };
}

const blockCache = new WeakMap<PmNode, TextStats>();

/** Statistics of one top-level block; blocks inside it are separated as main separates them. */
function blockStats(block: PmNode): TextStats {
  let stats = blockCache.get(block);
  if (!stats) {
    const text = block.textBetween(0, block.content.size, '\n', ' ');
    // Block separators split words but are not characters the writer typed.
    stats = { words: countWords(text), characters: countCharacters(text) - (text.match(/\n/g)?.length ?? 0) };
    blockCache.set(block, stats);
  }
  return stats;
}

/** Statistics of a whole document: O(blocks) lookups, text counted only for blocks not seen before. */
export function documentStats(doc: PmNode): TextStats {
  let words = 0;
  let characters = 0;
  doc.forEach((block) => {
    const s = blockStats(block);
    words += s.words;
    characters += s.characters;
  });
  return { words, characters };
}

/** Reading speed the reading time assumes, in words per minute. */
export const wordsPerMinute = 200;

/** Minutes to read `words` at `wpm`, rounded up; 0 for no words, at least 1 otherwise. */
export function readingMinutes(words: number, wpm = wordsPerMinute): number {
  if (words <= 0) return 0;
  return Math.max(1, Math.ceil(words / wpm));
}
