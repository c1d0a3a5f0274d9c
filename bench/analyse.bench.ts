/**
 * id `analyse-*`: the full proofreading pass (src-main/proofreading/proofreadText: spelling, style
 * rules, numbers and dates) over a generated Indonesian article, as the proofreading worker runs it.
 *   analyse-full-5k       every paragraph of a 5k-word article, with a fresh spelling memo each run
 *                         (what opening an article costs); goal <= 100 ms
 *   analyse-paragraph     one edited paragraph (40-90 words) of that article, memo warm (what a
 *                         keystroke burst costs); goal <= 5 ms
 *   analyse-claims-5k     claim detection + consistency checks over the whole article, as the
 *                         worker's `analyse` runs them (src-main/factcheck/analyseBlocks.ts: join the
 *                         paragraphs, tokenize/split/parse once, detectClaims + checkConsistency on
 *                         that, map spans back); goal <= 100 ms.
 *                         `consistencyP50` is checkConsistency alone on the joined text.
 * Baseline in the same run: Intl.Segmenter word + sentence segmentation of the same text, the
 * platform's floor for looking at every word once. `cpuMsPerRun` is CPU time per run, less
 * disturbed by neighbours on a shared machine than wall-clock percentiles.
 *
 *   node bench/analyse.bench.ts [--smoke]
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseBlocks } from '../src-main/factcheck/analyseBlocks.ts';
import { checkConsistency } from '../src-main/factcheck/consistency/checkConsistency.ts';
import { documentPlainText } from '../src-main/language/documentPlainText.ts';
import { proofreadText } from '../src-main/proofreading/proofreadText.ts';
import { defaultDictionarySources, defaultResourcesDir, loadDictionary } from '../src-main/spelling/loadDictionary.ts';
import { readNonstandardTable, SpellChecker } from '../src-main/spelling/spellChecker.ts';
import { baselineOf, log, parseBenchArgs, printLine, resultLine, round, summarize } from './benchFormat.ts';
import { generateArticle } from './generateArticle.ts';

const { smoke } = parseBenchArgs();
const words = smoke ? 300 : 5000;
const runs = smoke ? 1 : 40;
const warmup = smoke ? 0 : 5;

// The cache is keyed by the dictionaries' hash, so sharing it between runs is safe.
const cacheDir = join(tmpdir(), 'redaksi-bench-spell-cache');
const sources = defaultDictionarySources();
const [id, en] = await Promise.all([loadDictionary(sources.id, cacheDir), loadDictionary(sources.en, cacheDir)]);
const nonstandard = readNonstandardTable(join(defaultResourcesDir(), 'dictionaries', 'id_ID-nonstandard.tsv'));
const freshChecker = () => new SpellChecker({ id, en }, nonstandard);

const doc = generateArticle(words, 23);
const paragraphs = doc.content.map((block) => documentPlainText({ type: 'doc', content: [block] })).filter((t) => t.trim() !== '');
const text = paragraphs.join('\n\n');

let lastCpuMsPerRun = 0;
function time(fn: (i: number) => unknown): number[] {
  const samples: number[] = [];
  let cpu = process.cpuUsage();
  for (let i = 0; i < warmup + runs; i++) {
    if (i === warmup) cpu = process.cpuUsage();
    const t0 = performance.now();
    fn(i);
    if (i >= warmup) samples.push(performance.now() - t0);
  }
  const used = process.cpuUsage(cpu);
  lastCpuMsPerRun = round((used.user + used.system) / 1000 / runs);
  return samples;
}

const segmenterWords = new Intl.Segmenter('id', { granularity: 'word' });
const segmenterSentences = new Intl.Segmenter('id', { granularity: 'sentence' });
const baseline = baselineOf(
  'Intl.Segmenter word + sentence segmentation of the same text',
  time(() => {
    let n = 0;
    for (const s of segmenterWords.segment(text)) if (s.isWordLike) n++;
    for (const _ of segmenterSentences.segment(text)) n++;
    return n;
  }),
);

let findings = 0;
const full = time(() => {
  const spell = freshChecker();
  findings = 0;
  for (const p of paragraphs) findings += proofreadText(p, { lang: 'id', uiLanguage: 'id', spell }).length;
});
log(`analyse: ${paragraphs.length} paragraphs, ${findings} findings`);
const fullLine = resultLine({ id: `analyse-full-${words >= 1000 ? `${words / 1000}k` : words}`, unit: 'ms', samples: full, baseline, extra: { words, paragraphs: paragraphs.length, findings, cpuMsPerRun: lastCpuMsPerRun } });
printLine({ ...fullLine, goalMs: 100, pass: smoke ? null : fullLine.p95 <= 100 });

const warm = freshChecker();
for (const p of paragraphs) proofreadText(p, { lang: 'id', uiLanguage: 'id', spell: warm });
const one = time((i) => proofreadText(paragraphs[i % paragraphs.length]!, { lang: 'id', uiLanguage: 'id', spell: warm }));
const oneLine = resultLine({ id: 'analyse-paragraph', unit: 'ms', samples: one, baseline: null, extra: { words, cpuMsPerRun: lastCpuMsPerRun } });
printLine({ ...oneLine, goalMs: 5, pass: smoke ? null : oneLine.p95 <= 5 });

const blocks = paragraphs.map((p, i) => ({ key: `p${i}`, text: p }));
let claims = 0;
let consistency = 0;
const analysed = time(() => {
  const result = analyseBlocks(blocks, 'id', { uiLanguage: 'id' });
  claims = result.candidates.length;
  consistency = result.consistency.length;
});
const analysedCpu = lastCpuMsPerRun;
const consistencyOnly = time(() => checkConsistency(text, 'id', { uiLanguage: 'id' }));
log(`analyse-claims: ${claims} candidates, ${consistency} consistency findings`);
const claimsLine = resultLine({
  id: `analyse-claims-${words >= 1000 ? `${words / 1000}k` : words}`,
  unit: 'ms',
  samples: analysed,
  baseline,
  extra: { words, paragraphs: paragraphs.length, candidates: claims, consistencyFindings: consistency, cpuMsPerRun: analysedCpu, consistencyP50: summarize(consistencyOnly).p50 },
});
printLine({ ...claimsLine, goalMs: 100, pass: smoke ? null : claimsLine.p95 <= 100 });
