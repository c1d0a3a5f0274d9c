/**
 * Prints how our proofreading scores on the evaluation set, one JSON line per family plus one for
 * the clean articles, and (with --misses) what it missed and what it flagged wrongly.
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
console.log(JSON.stringify({ id: 'proofreading-clean', falsePer500Words: score.cleanFalsePer500Words, findings: score.cleanFalse.length }));
if (process.argv.includes('--misses')) {
  console.log(JSON.stringify({ missed: score.missed }, null, 1));
  console.log(JSON.stringify({ falsePositives: score.falsePositives, cleanFalse: score.cleanFalse }, null, 1));
}
