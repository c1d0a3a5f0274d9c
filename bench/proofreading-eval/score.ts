/**
 * Prints how our proofreading scores on the evaluation set, one JSON line per family and per
 * finding kind plus one for the clean articles, and (with --misses) what it missed and what it
 * flagged wrongly.
 *
 *   node bench/proofreading-eval/score.ts [--misses]
 */
import { proofreadText } from '../../src-main/proofreading/proofreadText.ts';
import { realSpellChecker } from '../../src-main/spelling/testing/realDictionaries.ts';
import { readEvalSet } from './evalKey.ts';
import { scoreFindings } from './scoreFindings.ts';

const spell = await realSpellChecker();
const score = scoreFindings(readEvalSet(), (text) => proofreadText(text, { lang: 'id', uiLanguage: 'en', spell }));
for (const f of score.families) console.log(JSON.stringify({ id: `proofreading-${f.family}`, ...f }));
// The same counts per finding kind (the `kind` of redaksi check): families roll up into kinds.
const kindOfFamily: Record<string, string> = { spelling: 'spelling', number: 'number', weekday: 'date' };
const kinds = new Map<string, { expected: number; found: number; reported: number; correct: number }>();
for (const f of score.families) {
  const kind = kindOfFamily[f.family] ?? 'style';
  const k = kinds.get(kind) ?? { expected: 0, found: 0, reported: 0, correct: 0 };
  kinds.set(kind, { expected: k.expected + f.expected, found: k.found + f.found, reported: k.reported + f.reported, correct: k.correct + f.correct });
}
const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
for (const [kind, k] of kinds) console.log(JSON.stringify({ id: `proofreading-kind-${kind}`, kind, ...k, precision: ratio(k.correct, k.reported), recall: ratio(k.found, k.expected) }));
console.log(JSON.stringify({ id: 'proofreading-clean', falsePer500Words: score.cleanFalsePer500Words, findings: score.cleanFalse.length }));
if (process.argv.includes('--misses')) {
  console.log(JSON.stringify({ missed: score.missed }, null, 1));
  console.log(JSON.stringify({ falsePositives: score.falsePositives, cleanFalse: score.cleanFalse }, null, 1));
}
