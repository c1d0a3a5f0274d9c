/**
 * The fuzzy match score, like OmegaT's and Trados's word-based similarity:
 *
 *   score = floor(100 × (1 − D / max(|a|, |b|)))
 *
 * where |a| and |b| are the word counts of the two sources (tmWords: lower-cased, punctuation
 * left out) and D is the word-level Levenshtein distance between them (insert, delete or replace
 * one word costs 1). 100 is kept for sources identical after white-space normalisation, so two
 * texts differing only in case or punctuation score 99. Texts with no words score 0 unless identical.
 */
import { normaliseSpace } from './tmWords.ts';

/** Word-level Levenshtein distance over any comparable items (word strings or word ids). */
export function wordDistance<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev = new Uint32Array(m + 1);
  let cur = new Uint32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1]! + (ai === b[j - 1] ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m]!;
}

/** The similarity of two word lists, 0–99 (100 needs identical texts: see `tmScore`). */
export function wordSimilarity<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 0;
  return Math.min(99, Math.floor((100 * (longest - wordDistance(a, b))) / longest));
}

/** Score of a memory source against a new source, given both texts and their words. */
export function tmScore(matchText: string, matchWords: readonly string[], newText: string, newWords: readonly string[]): number {
  if (normaliseSpace(matchText) === normaliseSpace(newText)) return 100;
  return wordSimilarity(matchWords, newWords);
}

/**
 * Lengths (in words) a match can have and still reach `minScore` against a source of `length`
 * words: D >= |la − lb|, so lb must lie within [length × s, length / s] with s = minScore / 100.
 */
export function lengthWindow(length: number, minScore: number): [number, number] {
  const s = Math.min(1, Math.max(0.01, minScore / 100));
  return [Math.ceil(length * s - 1e-9), Math.floor(length / s + 1e-9)];
}
