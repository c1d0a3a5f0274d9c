/**
 * Scores a checker against the evaluation set: precision and recall per family (the goals
 * are per family: spelling, di-/ke-, weekdays) and false findings per 500 words on the clean
 * articles. A finding matches a key entry of the same family whose span it overlaps; each key
 * entry is matched at most once (README.md here).
 */
import { countWords } from '../../src-main/language/countWords.ts';
import type { Finding } from '../../src-main/proofreading/finding.ts';
import { evalRules, plantedArticles, spansOverlap, type EvalArticle, type EvalFamily } from './evalKey.ts';

/** Our rule ids (src-main/proofreading) by the family the key scores them in. */
const familyOfRule: Readonly<Record<string, EvalFamily>> = {
  'spelling.unknown': 'spelling',
  'spelling.slip': 'spelling',
  'spelling.nonstandard': 'nonstandard',
  'id.nonstandard': 'nonstandard',
  'id.di-place': 'di-ke',
  'id.di-verb': 'di-ke',
  'id.compound-affixed': 'compound',
  'id.bound-form': 'compound',
  'id.number-format': 'number',
  'id.currency-space': 'number',
  'id.percent-space': 'number',
  'number.malformed': 'number',
  'id.space-before-punctuation': 'punctuation',
  'id.space-after-punctuation': 'punctuation',
  'id.unbalanced': 'punctuation',
  'id.doubled-word': 'repetition',
  'id.doubled-space': 'repetition',
  'spelling.repeated-word': 'repetition',
  'date.weekday': 'weekday',
};

export function familyOf(rule: string): EvalFamily | undefined {
  return familyOfRule[rule];
}

export interface FamilyScore {
  family: EvalFamily;
  expected: number;
  found: number;
  reported: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface EvalScore {
  families: FamilyScore[];
  /** Findings on the clean articles (every one is false), per 500 words. */
  cleanFalsePer500Words: number;
  cleanFalse: { article: string; rule: string; text: string }[];
  /** Key entries no finding matched, for reading the misses. */
  missed: { article: string; rule: string; text: string }[];
  /** Findings on planted articles that match nothing in the key. */
  falsePositives: { article: string; rule: string; text: string }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

export function scoreFindings(articles: readonly EvalArticle[], check: (text: string) => Finding[]): EvalScore {
  const tally = new Map<EvalFamily, { expected: number; found: number; reported: number; correct: number }>();
  const count = (family: EvalFamily) => {
    let t = tally.get(family);
    if (!t) tally.set(family, (t = { expected: 0, found: 0, reported: 0, correct: 0 }));
    return t;
  };
  const missed: EvalScore['missed'] = [];
  const falsePositives: EvalScore['falsePositives'] = [];
  const cleanFalse: EvalScore['cleanFalse'] = [];
  let cleanWords = 0;

  for (const article of articles) {
    const findings = check(article.text);
    const planted = (plantedArticles as readonly string[]).includes(article.number);
    if (!planted) {
      cleanWords += countWords(article.text);
      for (const f of findings) cleanFalse.push({ article: article.number, rule: f.rule, text: f.text });
    }
    const keyFamilies = article.key.findings.map((k) => evalRules[k.rule].family);
    const used = new Set<number>();
    for (const family of keyFamilies) count(family).expected++;
    for (const f of findings) {
      const family = familyOf(f.rule);
      if (!family) continue;
      const t = count(family);
      t.reported++;
      const match = article.key.findings.findIndex((k, i) => keyFamilies[i] === family && spansOverlap(f.start, f.end, k.start, k.end));
      if (match >= 0) {
        t.correct++;
        if (!used.has(match)) {
          used.add(match);
          t.found++;
        }
      } else if (planted) falsePositives.push({ article: article.number, rule: f.rule, text: f.text });
    }
    article.key.findings.forEach((k, i) => {
      if (!used.has(i)) missed.push({ article: article.number, rule: k.rule, text: k.text });
    });
  }

  const families = [...tally.entries()].map(([family, t]) => ({ family, ...t, precision: ratio(t.correct, t.reported), recall: ratio(t.found, t.expected) }));
  return { families, cleanFalsePer500Words: ratio(cleanFalse.length * 500, cleanWords), cleanFalse, missed, falsePositives };
}
