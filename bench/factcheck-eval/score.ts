/**
 * Prints how claim detection and the consistency checks score on the fact-check evaluation set,
 * as one JSON object: claim-sentence recall and precision (overall and per language), precision
 * and recall per consistency rule, findings on the clean articles and on hard negatives; with
 * --misses also what was missed and what was flagged wrongly.
 *
 *   node bench/factcheck-eval/score.ts [--misses]
 *
 * Consistency findings are what `redaksi check` reports for these rules: checkConsistency plus the
 * proofreader's own `date.weekday` (checkValues), which covers a weekday next to its date.
 */
import { detectClaims } from '../../src-main/factcheck/detectClaims.ts';
import { factcheckFindings } from './factcheckFindings.ts';
import { readFactcheckSet } from './factcheckKey.ts';
import { scoreFactcheck } from './scoreFactcheck.ts';

const score = scoreFactcheck(readFactcheckSet(), detectClaims, factcheckFindings);
const { claims, rules, clean, onTraps, missedClaims, falseClaims, missed, falsePositives } = score;
const summary = {
  id: 'factcheck-eval',
  claims,
  rules: Object.fromEntries(rules.map(({ rule, ...r }) => [rule, r])),
  cleanFindings: clean.length,
  findingsOnTraps: onTraps.length,
};
if (process.argv.includes('--misses')) console.log(JSON.stringify({ ...summary, clean, onTraps, missedClaims, falseClaims, missed, falsePositives }, null, 1));
else console.log(JSON.stringify(summary));
