/**
 * Prints how translation QA scores on its evaluation set as one JSON object: precision and recall
 * per rule and overall, and how many findings land on the faithful pairs; with --misses also every
 * miss and every false finding.
 *
 *   node bench/translation-qa-eval/score.ts [--misses]
 */
import { qaEvalFindings } from './qaEvalFindings.ts';
import { readQaSet } from './qaEvalSet.ts';
import { scoreTranslationQa } from './scoreTranslationQa.ts';

const score = scoreTranslationQa(readQaSet(), qaEvalFindings);
const summary = {
  id: 'translation-qa-eval',
  overall: score.overall,
  rules: Object.fromEntries(score.rules.map(({ rule, ...r }) => [rule, r])),
  faithfulFindings: score.faithful.length,
};
if (process.argv.includes('--misses')) console.log(JSON.stringify({ ...summary, missed: score.missed, falsePositives: score.falsePositives }, null, 1));
else console.log(JSON.stringify(summary));
