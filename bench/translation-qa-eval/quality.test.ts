/**
 * The quality goals for translation QA on our own evaluation set, as a hard gate: recall
 * >= 0.9 and precision >= 0.8 for every rule that is planted, and not a single finding on the
 * faithful translations. Also keeps the set honest: enough pairs in both directions, every rule
 * planted at least three times, faithful pairs without markers, generated files up to date.
 * `node bench/translation-qa-eval/score.ts --misses` prints the table and what went wrong.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translationRuleIds } from '../../src-preload/contract/translation.ts';
import { countWords } from '../../src-main/language/countWords.ts';
import { generateAll } from './buildKey.ts';
import { qaEvalFindings } from './qaEvalFindings.ts';
import { readQaSet } from './qaEvalSet.ts';
import { scoreTranslationQa } from './scoreTranslationQa.ts';

const pairs = readQaSet();
const score = scoreTranslationQa(pairs, qaEvalFindings);
/** Only a whole empty translation triggers it; the unit tests cover it, a pair of nothing would not. */
const notPlanted = new Set(['empty-target']);

describe('translation QA evaluation set', () => {
  it('has at least 12 news-item pairs of 75 words or more, both directions, and 3 faithful ones', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(12);
    expect(pairs.filter((p) => p.sourceLang === 'en').length).toBeGreaterThanOrEqual(3);
    expect(pairs.filter((p) => p.faithful).length).toBeGreaterThanOrEqual(3);
    for (const p of pairs) expect(countWords(p.source), p.name).toBeGreaterThanOrEqual(75);
  });

  it('plants every rule at least three times, and nothing in the faithful pairs', () => {
    for (const rule of translationRuleIds) {
      if (notPlanted.has(rule)) continue;
      expect(pairs.flatMap((p) => p.planted).filter((x) => x.rule === rule).length, rule).toBeGreaterThanOrEqual(3);
    }
    for (const p of pairs.filter((x) => x.faithful)) expect(p.planted, p.name).toEqual([]);
  });

  it('pairs/ and key/ are generated from source/ (run buildKey.ts)', () => {
    for (const file of generateAll()) expect(readFileSync(file.path, 'utf8'), file.path).toBe(file.content);
  });
});

describe('translation QA quality on the evaluation set', () => {
  for (const rule of translationRuleIds) {
    if (notPlanted.has(rule)) continue;
    it(`${rule}: recall >= 0.9 and precision >= 0.8`, () => {
      const r = score.rules.find((x) => x.rule === rule)!;
      expect(r.recall, JSON.stringify(score.missed.filter((m) => m.rule === rule))).toBeGreaterThanOrEqual(0.9);
      expect(r.precision, JSON.stringify(score.falsePositives.filter((m) => m.rule === rule))).toBeGreaterThanOrEqual(0.8);
    });
  }

  it('faithful translations: no finding at all', () => {
    expect(score.faithful).toEqual([]);
  });
});
