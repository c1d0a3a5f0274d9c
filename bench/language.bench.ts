/**
 * id `language-<stage>-<size>`: the shared text passes of src-main/language over the plain text of a
 * generated article (5k and 50k words): tokenize, splitSentences, parseValues, languageRuns, and
 * `all` (the four in a row, sharing one tokenization, which is what the `analyse` pass pays before
 * its own rules; its whole budget is 100 ms for 5k words). Baseline in the same run: Intl.Segmenter
 * word segmentation (tokenize, parse, runs) or sentence segmentation (split) of the same text, and
 * both for `all`: what the platform does without any of our rules. `cpuMsPerRun` is CPU time per run
 * (less disturbed by other processes than wall-clock percentiles). Goal for `all` at 5k: p95 <= 10 ms.
 *
 *   node bench/language.bench.ts [--smoke]
 */
import { documentPlainText } from '../src-main/language/documentPlainText.ts';
import { identifyLanguage, languageRuns } from '../src-main/language/identifyLanguage.ts';
import { parseValues } from '../src-main/language/parseValues.ts';
import { splitSentences } from '../src-main/language/splitSentences.ts';
import { tokenize } from '../src-main/language/tokenize.ts';
import { baselineOf, log, parseBenchArgs, printLine, resultLine, round } from './benchFormat.ts';
import { generateArticle } from './generateArticle.ts';

const { smoke } = parseBenchArgs();
const sizes = smoke ? [300] : [5000, 50_000];
const runsFor = (words: number) => (smoke ? 1 : words >= 50_000 ? 20 : 100);
const warmup = smoke ? 0 : 10;

const wordSegmenter = new Intl.Segmenter('id', { granularity: 'word' });
const sentenceSegmenter = new Intl.Segmenter('id', { granularity: 'sentence' });
const segmentWords = (text: string) => {
  let n = 0;
  for (const s of wordSegmenter.segment(text)) if (s.isWordLike) n++;
  return n;
};
const segmentSentences = (text: string) => {
  let n = 0;
  for (const _ of sentenceSegmenter.segment(text)) n++;
  return n;
};

/** CPU ms per run of the last `time` call: on a shared, busy machine wall-clock percentiles mostly measure the neighbours. */
let lastCpuMsPerRun = 0;

function time(fn: () => unknown, runs: number): number[] {
  const samples: number[] = [];
  let cpu = process.cpuUsage();
  for (let i = 0; i < warmup + runs; i++) {
    if (i === warmup) cpu = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const ms = performance.now() - t0;
    if (i >= warmup) samples.push(ms);
  }
  const used = process.cpuUsage(cpu);
  lastCpuMsPerRun = round((used.user + used.system) / 1000 / runs);
  return samples;
}

const goalMs: Record<number, number> = { 5000: 10 };

for (const words of sizes) {
  const text = documentPlainText(generateArticle(words, 11));
  const runs = runsFor(words);
  const tokens = tokenize(text, { lang: 'id' });
  const stats = {
    words,
    chars: text.length,
    tokens: tokens.length,
    sentences: splitSentences(text, { tokens }).length,
    values: parseValues(text, { tokens }).length,
    runs: languageRuns(text, { tokens, expected: 'id' }).length,
    lang: identifyLanguage(text, { tokens }).lang,
  };
  log(`language: ${JSON.stringify(stats)}`);
  const wordBaseline = baselineOf('Intl.Segmenter word segmentation of the same text', time(() => segmentWords(text), runs));
  const sentenceBaseline = baselineOf('Intl.Segmenter sentence segmentation of the same text', time(() => segmentSentences(text), runs));
  const bothBaseline = baselineOf(
    'Intl.Segmenter word + sentence segmentation of the same text',
    time(() => segmentWords(text) + segmentSentences(text), runs),
  );
  const size = words >= 1000 ? `${words / 1000}k` : String(words);
  const cases: [stage: string, fn: () => unknown, baseline: typeof wordBaseline][] = [
    ['tokenize', () => tokenize(text, { lang: 'id' }), wordBaseline],
    ['split', () => splitSentences(text, { tokens }), sentenceBaseline],
    ['parse', () => parseValues(text, { tokens, lang: 'id' }), wordBaseline],
    ['runs', () => languageRuns(text, { tokens, expected: 'id' }), wordBaseline],
    [
      'all',
      () => {
        const t = tokenize(text, { lang: 'id' });
        splitSentences(text, { tokens: t });
        parseValues(text, { tokens: t, lang: 'id' });
        languageRuns(text, { tokens: t, expected: 'id' });
      },
      bothBaseline,
    ],
  ];
  for (const [stage, fn, baseline] of cases) {
    const samples = time(fn, runs);
    const line = resultLine({ id: `language-${stage}-${size}`, unit: 'ms', samples, baseline, extra: { ...stats, cpuMsPerRun: lastCpuMsPerRun, ...(smoke ? { smoke } : {}) } });
    const goal = stage === 'all' ? goalMs[words] : undefined;
    printLine(goal === undefined ? line : { ...line, goalMs: goal, pass: smoke ? null : line.p95 <= goal });
  }
}
