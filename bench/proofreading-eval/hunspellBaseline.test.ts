/**
 * The baseline's scoring, without the hunspell binary: flagged words land on the right
 * occurrence, and precision/recall count what the README says a scorer counts.
 */
import { describe, expect, it } from 'vitest';
import { locateFlaggedWords, scoreFlags } from './hunspellBaseline.ts';
import { type EvalArticle } from './evalKey.ts';

describe('locateFlaggedWords', () => {
  it('places repeated words in order and skips occurrences inside longer words', () => {
    const text = 'Dedi dan Dedikasi: ujarnya Dedi, lalu ujarnya lagi. 21-18';
    expect(locateFlaggedWords(text, ['Dedi', 'Dedi', 'ujarnya', '-', 'hilang'])).toEqual([
      { word: 'Dedi', start: 0, end: 4 },
      { word: 'Dedi', start: 27, end: 31 },
      { word: 'ujarnya', start: 38, end: 45 },
      { word: '-', start: 54, end: 55 },
      { word: 'hilang', start: -1, end: -1 },
    ]);
  });
});

describe('scoreFlags', () => {
  const article = (number: string, text: string, findings: EvalArticle['key']['findings']): EvalArticle => ({
    name: `${number}-x.txt`,
    number,
    text,
    key: { article: `${number}-x.txt`, findings },
  });
  const planted = article('01', 'Kata pemerintha dan resiko itu biasa saja.', [
    { kind: 'spelling', rule: 'spelling.unknown', start: 5, end: 15, text: 'pemerintha', fix: 'pemerintah' },
    { kind: 'style', rule: 'id.nonstandard', start: 20, end: 26, text: 'resiko', fix: 'risiko' },
    { kind: 'spelling', rule: 'spelling.real-word', start: 31, end: 36, text: 'biasa', fix: 'bisa' },
  ]);
  const clean = article('11', 'Kata Sugeng di Kediri.', []);

  it('counts a flag on a spelling finding as right, on a style finding as wrong but not noise', () => {
    const flags = new Map([
      [planted.name, locateFlaggedWords(planted.text, ['pemerintha', 'resiko', 'Kata'])],
      [clean.name, locateFlaggedWords(clean.text, ['Sugeng', 'Kediri'])],
    ]);
    const s = scoreFlags([planted, clean], (a) => flags.get(a.name)!);
    expect(s).toEqual({
      spellingFindings: 2,
      found: 1,
      flagged: 5,
      truePositives: 1,
      overlapAnyFinding: 2,
      cleanFlags: 2,
      cleanWords: 4,
      foundByRule: { 'spelling.unknown': { found: 1, of: 1 }, 'spelling.real-word': { found: 0, of: 1 } },
    });
  });
});
