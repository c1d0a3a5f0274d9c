/**
 * Scores claim detection and the consistency checks against the fact-check evaluation set
 * (README.md here). Claims: a candidate matches an annotated claim sentence when their spans
 * overlap; recall counts the claim sentences some candidate overlaps, precision the candidates
 * that overlap some claim sentence. Consistency, per rule: a finding of that rule matches a
 * planted inconsistency of the same rule when its span (or its `related`) overlaps the planted span
 * or the planted `related`; each planted one is found once, further findings on it still count as
 * correct. Every finding on a clean article is false.
 */
import type { Lang } from '../../src-preload/contract/domain.ts';
import type { Finding } from '../../src-main/proofreading/finding.ts';
import { spansOverlap } from '../proofreading-eval/evalKey.ts';
import { consistencyRules, isClean, isConsistencyRuleId, type ConsistencyRuleId, type FactcheckArticle, type Span } from './factcheckKey.ts';

/** What the scorer needs of a claim candidate (detectClaims returns more). */
export type DetectClaims = (text: string, lang: Lang) => readonly { start: number; end: number; text: string }[];
export type CheckConsistency = (text: string, lang: Lang) => readonly Finding[];

export interface Ratio {
  expected: number;
  found: number;
  reported: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface FactcheckScore {
  claims: Ratio & { byLang: Record<string, Ratio> };
  rules: ({ rule: ConsistencyRuleId } & Ratio)[];
  /** Findings of the checked rules on the clean articles (the goal is none). */
  clean: { article: string; rule: string; text: string }[];
  /** Findings that landed on a hard negative (also counted as false positives in `rules`). */
  onTraps: { article: string; rule: string; text: string; trap: string }[];
  missedClaims: { article: string; text: string }[];
  falseClaims: { article: string; text: string }[];
  missed: { article: string; rule: string; text: string; related: string }[];
  falsePositives: { article: string; rule: string; text: string; related?: string }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
const blank = () => ({ expected: 0, found: 0, reported: 0, correct: 0 });
const finish = (t: ReturnType<typeof blank>): Ratio => ({ ...t, precision: ratio(t.correct, t.reported), recall: ratio(t.found, t.expected) });
const overlaps = (a: { start: number; end: number }, b: Span) => spansOverlap(a.start, a.end, b.start, b.end);

export function scoreFactcheck(articles: readonly FactcheckArticle[], detect: DetectClaims, check: CheckConsistency): FactcheckScore {
  const claimTally = blank();
  const claimByLang = new Map<string, ReturnType<typeof blank>>();
  const ruleTally = new Map<ConsistencyRuleId, ReturnType<typeof blank>>(Object.keys(consistencyRules).map((r) => [r as ConsistencyRuleId, blank()]));
  const out: Omit<FactcheckScore, 'claims' | 'rules'> = { clean: [], onTraps: [], missedClaims: [], falseClaims: [], missed: [], falsePositives: [] };

  for (const article of articles) {
    const { key, text, lang, number } = article;
    // Claims.
    const byLang = claimByLang.get(lang) ?? blank();
    claimByLang.set(lang, byLang);
    const candidates = detect(text, lang);
    const claimHit = new Set<number>();
    for (const c of candidates) {
      claimTally.reported++;
      byLang.reported++;
      let matched = false;
      key.claims.forEach((k, i) => {
        if (!overlaps(c, k)) return;
        matched = true;
        claimHit.add(i);
      });
      if (matched) {
        claimTally.correct++;
        byLang.correct++;
      } else out.falseClaims.push({ article: number, text: c.text });
    }
    claimTally.expected += key.claims.length;
    byLang.expected += key.claims.length;
    claimTally.found += claimHit.size;
    byLang.found += claimHit.size;
    key.claims.forEach((k, i) => {
      if (!claimHit.has(i)) out.missedClaims.push({ article: number, text: k.text });
    });

    // Consistency: only the rules the set plants; other findings (spelling, style) are not scored.
    const findings = check(text, lang).filter((f) => isConsistencyRuleId(f.rule));
    const used = new Set<number>();
    for (const k of key.inconsistencies) ruleTally.get(k.rule)!.expected++;
    for (const f of findings) {
      const rule = f.rule as ConsistencyRuleId;
      const t = ruleTally.get(rule)!;
      t.reported++;
      if (isClean(number)) out.clean.push({ article: number, rule, text: f.text });
      const places = [f, ...(f.related ? [f.related] : [])];
      const match = key.inconsistencies.findIndex((k) => k.rule === rule && places.some((p) => overlaps(p, k) || overlaps(p, k.related)));
      if (match >= 0) {
        t.correct++;
        if (!used.has(match)) {
          used.add(match);
          t.found++;
        }
        continue;
      }
      if (!isClean(number)) out.falsePositives.push({ article: number, rule, text: f.text, ...(f.related ? { related: f.related.text } : {}) });
      const trap = key.traps.find((k) => places.some((p) => overlaps(p, k)));
      if (trap) out.onTraps.push({ article: number, rule, text: f.text, trap: trap.text });
    }
    key.inconsistencies.forEach((k, i) => {
      if (!used.has(i)) out.missed.push({ article: number, rule: k.rule, text: k.text, related: k.related.text });
    });
  }
  return {
    claims: { ...finish(claimTally), byLang: Object.fromEntries([...claimByLang].map(([l, t]) => [l, finish(t)])) },
    rules: [...ruleTally].map(([rule, t]) => ({ rule, ...finish(t) })),
    ...out,
  };
}
