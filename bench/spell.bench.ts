/**
 * id `spell-*`: the spelling engine (src-main/spelling) with the shipped id_ID + en_US dictionaries.
 *   spell-cache-build  cold: expand both dictionaries and write the binary cache (once per dictionary change)
 *   spell-ready        dictionaries ready from the cache, measured in a fresh process each time (what the
 *                      proofreading worker pays at start); baseline: nspell loading id_ID + en_US in a fresh process
 *   spell-check-50k    full check of a generated 50k-word Indonesian article, fresh session memo each run;
 *                      baseline: nspell.correct over the same words
 *   spell-suggest      suggestions for seeded misspellings of the article's words; baseline: nspell.suggest
 * Goals (BENCHMARKS.md `spell`): ready <= 150 ms, full check <= 30 ms, suggest p95 <= 10 ms.
 *
 *   node bench/spell.bench.ts [--smoke]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentPlainText } from '../src-main/language/documentPlainText.ts';
import { defaultDictionarySources, defaultResourcesDir, loadDictionary, type LoadedDictionary } from '../src-main/spelling/loadDictionary.ts';
import { readNonstandardTable, SpellChecker } from '../src-main/spelling/spellChecker.ts';
import { iterateWords } from '../src-main/spelling/wordIterator.ts';
import { baselineOf, log, parseBenchArgs, printLine, resultLine, round } from './benchFormat.ts';
import { generateArticle, mulberry32 } from './generateArticle.ts';

interface NSpell {
  correct(word: string): boolean;
  suggest(word: string): string[];
}
type NSpellFactory = (dictionaries: Array<{ aff: string; dic: string }>) => NSpell;

const nonstandardPath = join(defaultResourcesDir(), 'dictionaries', 'id_ID-nonstandard.tsv');

/** nspell (devDependency, the baseline) with id_ID + en_US; the id_ID files are ISO-8859-1. */
function loadNSpell(): NSpell {
  const nspell = createRequire(import.meta.url)('nspell') as NSpellFactory;
  const sources = defaultDictionarySources();
  return nspell([
    { aff: readFileSync(sources.id.aff, 'latin1'), dic: readFileSync(sources.id.dic, 'latin1') },
    { aff: readFileSync(sources.en.aff, 'utf8'), dic: readFileSync(sources.en.dic, 'utf8') },
  ]);
}

/** Child mode: one fresh-process "ready" measurement, printed as JSON {ms, rssDeltaMB}. */
async function childReady(kind: string, cacheDir: string): Promise<void> {
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  if (kind === 'ours') {
    const sources = defaultDictionarySources();
    const [id, en] = await Promise.all([loadDictionary(sources.id, cacheDir), loadDictionary(sources.en, cacheDir)]);
    const checker = new SpellChecker({ id, en }, readNonstandardTable(nonstandardPath));
    if (!id.fromCache || !en.fromCache || checker.checkWord('rumah', 'id').ok !== true) throw new Error('not ready from cache');
  } else {
    const spell = loadNSpell();
    if (!spell.correct('rumah')) throw new Error('nspell did not load id_ID');
  }
  const ms = performance.now() - t0;
  process.stdout.write(`${JSON.stringify({ ms, rssDeltaMB: (process.memoryUsage().rss - rss0) / 1048576 })}\n`);
}

function readyInChild(kind: 'ours' | 'nspell', cacheDir: string): { ms: number; rssDeltaMB: number } {
  const r = spawnSync(process.execPath, [import.meta.filename, '--child-ready', kind, cacheDir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ready child (${kind}) failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number; rssDeltaMB: number };
}

/** Seeded misspellings of real words: one deletion, insertion, substitution or transposition. */
function misspell(words: readonly string[], count: number, seed: number): string[] {
  const rng = mulberry32(seed);
  const letters = 'abcdeghiklmnoprstuy';
  const out: string[] = [];
  const long = words.filter((w) => w.length >= 5 && /^[a-z]+$/.test(w));
  while (out.length < count) {
    const w = long[Math.floor(rng() * long.length)]!;
    const i = 1 + Math.floor(rng() * (w.length - 2));
    const l = letters[Math.floor(rng() * letters.length)]!;
    const edit = Math.floor(rng() * 4);
    out.push(edit === 0 ? w.slice(0, i) + w.slice(i + 1) : edit === 1 ? w.slice(0, i) + l + w.slice(i) : edit === 2 ? w.slice(0, i) + l + w.slice(i + 1) : w.slice(0, i - 1) + w[i] + w[i - 1] + w.slice(i + 1));
  }
  return out;
}

async function main(): Promise<void> {
  const { smoke } = parseBenchArgs();
  const cacheDir = mkdtempSync(join(tmpdir(), 'redaksi-bench-spell-'));
  try {
    const sources = defaultDictionarySources();
    // Cold builds: each into an empty cache folder.
    const buildRuns = smoke ? 1 : 3;
    const buildSamples: number[] = [];
    let dicts: { id: LoadedDictionary; en: LoadedDictionary } | null = null;
    for (let run = 0; run < buildRuns; run++) {
      rmSync(cacheDir, { recursive: true, force: true });
      const t0 = performance.now();
      const [id, en] = await Promise.all([loadDictionary(sources.id, cacheDir), loadDictionary(sources.en, cacheDir)]);
      buildSamples.push(performance.now() - t0);
      dicts = { id, en };
    }
    const { id, en } = dicts!;
    printLine(resultLine({ id: 'spell-cache-build', unit: 'ms', samples: buildSamples, extra: { words: { id: id.words.size, en: en.words.size }, ...(smoke ? { smoke } : {}) } }));

    // Ready from the cache, each in a fresh process; nspell in a fresh process as the baseline.
    const readyRuns = smoke ? 1 : 10;
    const ours = Array.from({ length: readyRuns }, () => readyInChild('ours', cacheDir));
    // nspell takes seconds to load: the smoke run (part of npm test) skips the baselines.
    const theirs = smoke ? [] : Array.from({ length: 3 }, () => readyInChild('nspell', cacheDir));
    const ready = resultLine({
      id: 'spell-ready',
      unit: 'ms',
      samples: ours.map((r) => r.ms),
      baseline: smoke ? null : baselineOf('nspell 2.1 loading the same id_ID + en_US files (fresh process)', theirs.map((r) => r.ms)),
      extra: { rssDeltaMB: round(Math.max(...ours.map((r) => r.rssDeltaMB)), 1), baselineRssDeltaMB: smoke ? null : round(Math.max(...theirs.map((r) => r.rssDeltaMB)), 1) },
    });
    printLine({ ...ready, goalMs: 150, pass: smoke ? null : ready.p95 <= 150, ...(smoke ? { smoke } : {}) });

    // Full check of a 50k-word article, a fresh session memo each run.
    const words = smoke ? 2_000 : 50_000;
    const text = documentPlainText(generateArticle(words, 7));
    const nonstandard = readNonstandardTable(nonstandardPath);
    const checkRuns = smoke ? 1 : 20;
    const checkSamples: number[] = [];
    let findings = 0;
    // CPU time too: on a shared, busy machine wall-clock percentiles mostly measure the neighbours.
    let checkCpu = 0;
    for (let run = 0; run < checkRuns + (smoke ? 0 : 3); run++) {
      const checker = new SpellChecker({ id, en }, nonstandard);
      const cpu = process.cpuUsage();
      const t0 = performance.now();
      findings = checker.checkText(text, 'id').length;
      const used = process.cpuUsage(cpu);
      if (run >= (smoke ? 0 : 3)) {
        checkSamples.push(performance.now() - t0);
        checkCpu += (used.user + used.system) / 1000;
      }
    }
    const nspell = smoke ? null : loadNSpell();
    const tokens = [...iterateWords(text)].map((t) => t.text);
    const nspellCheck: number[] = [];
    for (let run = 0; nspell && run < 5; run++) {
      const t0 = performance.now();
      let wrong = 0;
      for (const t of tokens) if (!nspell.correct(t)) wrong++;
      nspellCheck.push(performance.now() - t0);
      if (run === 0) log(`spell: nspell flags ${wrong} of ${tokens.length} tokens; we flag ${findings}`);
    }
    const check = resultLine({
      id: 'spell-check-50k',
      unit: 'ms',
      samples: checkSamples,
      baseline: nspell ? baselineOf('nspell.correct over the same tokens', nspellCheck) : null,
      extra: { words, tokens: tokens.length, findings, cpuMsPerPass: round(checkCpu / checkRuns) },
    });
    printLine({ ...check, goalMs: 30, pass: smoke ? null : check.p95 <= 30, ...(smoke ? { smoke } : {}) });

    // Suggestions for seeded misspellings of the article's own words.
    const checker = new SpellChecker({ id, en }, nonstandard);
    const typos = misspell(tokens.map((t) => t.toLowerCase()), smoke ? 5 : 300, 11);
    for (const w of typos.slice(0, 10)) checker.suggest(w, 'id'); // warm-up
    const suggestSamples: number[] = [];
    let top1 = 0;
    const suggestCpu = process.cpuUsage();
    const originals = new Set(tokens.map((t) => t.toLowerCase()));
    for (const w of typos) {
      const t0 = performance.now();
      const s = checker.suggest(w, 'id');
      suggestSamples.push(performance.now() - t0);
      if (s[0] && originals.has(s[0])) top1++;
    }
    const suggestUsed = process.cpuUsage(suggestCpu);
    const nspellSuggest: number[] = [];
    for (const w of nspell ? typos.slice(0, 30) : []) {
      const t0 = performance.now();
      nspell!.suggest(w);
      nspellSuggest.push(performance.now() - t0);
    }
    const suggest = resultLine({
      id: 'spell-suggest',
      unit: 'ms',
      samples: suggestSamples,
      baseline: nspell ? baselineOf('nspell.suggest on the first 30 of the same misspellings', nspellSuggest) : null,
      extra: { misspellings: typos.length, top1IsAnArticleWord: round(top1 / typos.length, 2), cpuMsPerSuggest: round((suggestUsed.user + suggestUsed.system) / 1000 / typos.length) },
    });
    printLine({ ...suggest, goalMs: 10, pass: smoke ? null : suggest.p95 <= 10, ...(smoke ? { smoke } : {}) });
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf('--child-ready');
if (childAt >= 0) await childReady(process.argv[childAt + 1]!, process.argv[childAt + 2]!);
else await main();
