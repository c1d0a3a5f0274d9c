/**
 * The quality goals on our own evaluation set, as a hard gate: spelling recall >= 0.9 at
 * precision >= 0.8, di-/ke- recall >= 0.9, every weekday mismatch found, and at most one false
 * finding per 500 words on the clean articles. `node bench/proofreading-eval/score.ts` prints
 * the full table and the misses.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { proofreadText } from '../../src-main/proofreading/proofreadText.ts';
import type { SpellChecker } from '../../src-main/spelling/spellChecker.ts';
import { realSpellChecker } from '../../src-main/spelling/testing/realDictionaries.ts';
import { readEvalSet } from './evalKey.ts';
import { scoreFindings, type EvalScore } from './scoreFindings.ts';

let score: EvalScore;
beforeAll(async () => {
  const spell: SpellChecker = await realSpellChecker();
  score = scoreFindings(readEvalSet(), (text) => proofreadText(text, { lang: 'id', uiLanguage: 'en', spell }));
}, 60_000);

const family = (name: string) => {
  const f = score.families.find((x) => x.family === name);
  if (!f) throw new Error(`no ${name} findings at all`);
  return f;
};

describe('proofreading quality on the evaluation set', () => {
  it('spelling: recall >= 0.9 at precision >= 0.8', () => {
    const f = family('spelling');
    expect(f.recall, JSON.stringify(score.missed.filter((m) => m.rule.startsWith('spelling')))).toBeGreaterThanOrEqual(0.9);
    expect(f.precision, JSON.stringify(score.falsePositives.filter((m) => m.rule.startsWith('spelling')))).toBeGreaterThanOrEqual(0.8);
  });

  it('di-/ke-: recall >= 0.9', () => {
    expect(family('di-ke').recall, JSON.stringify(score.missed.filter((m) => m.rule.includes('di-')))).toBeGreaterThanOrEqual(0.9);
  });

  it('every weekday that does not match its date is found', () => {
    expect(family('weekday').recall, JSON.stringify(score.missed.filter((m) => m.rule === 'date.weekday'))).toBe(1);
  });

  it('clean articles: at most one false finding per 500 words', () => {
    expect(score.cleanFalsePer500Words, JSON.stringify(score.cleanFalse)).toBeLessThanOrEqual(1);
  });
});
