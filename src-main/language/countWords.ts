/**
 * A word is a run of letters or digits, optionally joined by hyphens or apostrophes, so
 * Indonesian reduplication ("anak-anak"), "e-mail", "don't" and "1.250.000" count once each.
 */
const wordPattern = /[\p{L}\p{N}\p{M}]+(?:[-'’.,][\p{L}\p{N}\p{M}]+)*/gu;

/** Number of words in `text`, the same rule for Indonesian and English. */
export function countWords(text: string): number {
  let n = 0;
  wordPattern.lastIndex = 0;
  while (wordPattern.exec(text) !== null) n++;
  return n;
}
