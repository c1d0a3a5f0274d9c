/**
 * The quality goals on our own fact-check evaluation set, as a hard gate: claim-sentence
 * recall >= 0.9 (at precision >= 0.9), precision and recall >= 0.8 for every consistency rule, and
 * no consistency finding at all on the clean articles. `node bench/factcheck-eval/score.ts
 * --misses` prints the full table and what was missed.
 */
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../src-main/factcheck/detectClaims.ts';
import { factcheckFindings } from './factcheckFindings.ts';
import { consistencyRules, readFactcheckSet, type ConsistencyRuleId } from './factcheckKey.ts';
import { scoreFactcheck } from './scoreFactcheck.ts';

const score = scoreFactcheck(readFactcheckSet(), detectClaims, factcheckFindings);

describe('fact-check quality on the evaluation set', () => {
  it('claims: recall >= 0.9 at precision >= 0.9', () => {
    expect(score.claims.recall, JSON.stringify(score.missedClaims)).toBeGreaterThanOrEqual(0.9);
    expect(score.claims.precision, JSON.stringify(score.falseClaims)).toBeGreaterThanOrEqual(0.9);
    for (const [lang, r] of Object.entries(score.claims.byLang)) expect(r.recall, lang).toBeGreaterThanOrEqual(0.9);
  });

  for (const rule of Object.keys(consistencyRules) as ConsistencyRuleId[]) {
    it(`${rule}: precision >= 0.8 and recall >= 0.8`, () => {
      const r = score.rules.find((x) => x.rule === rule)!;
      expect(r.recall, JSON.stringify(score.missed.filter((m) => m.rule === rule))).toBeGreaterThanOrEqual(0.8);
      expect(r.precision, JSON.stringify([...score.falsePositives, ...score.clean].filter((m) => m.rule === rule))).toBeGreaterThanOrEqual(0.8);
    });
  }

  it('clean articles: no consistency finding at all', () => {
    expect(score.clean).toEqual([]);
  });
});
