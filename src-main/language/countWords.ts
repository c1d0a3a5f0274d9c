/**
 * A word is a run of letters or digits, optionally joined by hyphens, apostrophes, slashes or digit separators, so
 * Indonesian reduplication ("anak-anak"), "e-mail", "don't" and "1.250.000" and "3/3/2025" count once each.
 */
// A word starts with a letter or digit; combining marks (and emoji variation selectors) only extend one.
const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-'’.,/][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/** Number of words in `text`, the same rule for Indonesian and English. */
export function countWords(text: string): number {
  let n = 0;
  wordPattern.lastIndex = 0;
  while (wordPattern.exec(text) !== null) n++;
  return n;
}
