/**
 * Scores a translation QA checker on the evaluation set, per rule. A finding is correct when a
 * planted finding of the same rule has a span on the same side that overlaps the finding's span on
 * that side; each planted finding is found once (a second finding on it is still correct, not
 * false). Every finding on a faithful pair is false and also listed under `faithful`.
 */
import { translationRuleIds, type TranslationFinding, type TranslationRuleId } from '../../src-preload/contract/translation.ts';
import type { PlantedFinding, QaPair } from './qaEvalSet.ts';

export type QaChecker = (pair: QaPair) => TranslationFinding[];

export interface RuleScore {
  rule: TranslationRuleId;
  planted: number;
  found: number;
  reported: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface Miss {
  pair: string;
  rule: string;
  text: string;
  message?: string;
}

export interface QaScore {
  rules: RuleScore[];
  overall: { planted: number; found: number; reported: number; correct: number; precision: number; recall: number };
  missed: Miss[];
  falsePositives: Miss[];
  faithful: Miss[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function hits(f: TranslationFinding, p: PlantedFinding): boolean {
  if (f.rule !== p.rule) return false;
  const span = p.side === 'source' ? f.source : f.target;
  return span !== null && span.start < p.end && p.start < span.end;
}

export function scoreTranslationQa(pairs: readonly QaPair[], check: QaChecker): QaScore {
  const counts = new Map<TranslationRuleId, { planted: number; found: number; reported: number; correct: number }>(
    translationRuleIds.map((r) => [r, { planted: 0, found: 0, reported: 0, correct: 0 }]),
  );
  const missed: Miss[] = [];
  const falsePositives: Miss[] = [];
  const faithful: Miss[] = [];
  for (const pair of pairs) {
    const findings = check(pair);
    const spanText = (f: TranslationFinding) => (f.target ? pair.target.slice(f.target.start, f.target.end) : f.source ? pair.source.slice(f.source.start, f.source.end) : '');
    for (const p of pair.planted) {
      const c = counts.get(p.rule)!;
      c.planted++;
      if (findings.some((f) => hits(f, p))) c.found++;
      else missed.push({ pair: pair.name, rule: p.rule, text: p.text });
    }
    for (const f of findings) {
      const c = counts.get(f.rule)!;
      c.reported++;
      if (pair.planted.some((p) => hits(f, p))) c.correct++;
      else {
        const miss = { pair: pair.name, rule: f.rule, text: spanText(f), message: f.message };
        falsePositives.push(miss);
        if (pair.faithful) faithful.push(miss);
      }
    }
  }
  const rules: RuleScore[] = translationRuleIds.map((rule) => {
    const c = counts.get(rule)!;
    return { rule, ...c, precision: c.reported ? round(c.correct / c.reported) : 1, recall: c.planted ? round(c.found / c.planted) : 1 };
  });
  const sum = (k: 'planted' | 'found' | 'reported' | 'correct') => rules.reduce((n, r) => n + r[k], 0);
  const overall = { planted: sum('planted'), found: sum('found'), reported: sum('reported'), correct: sum('correct'), precision: 0, recall: 0 };
  overall.precision = overall.reported ? round(overall.correct / overall.reported) : 1;
  overall.recall = overall.planted ? round(overall.found / overall.planted) : 1;
  return { rules, overall, missed, falsePositives, faithful };
}
