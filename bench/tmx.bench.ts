/**
 * id `tmx-import`: a generated TMX file (deterministic; ~470 bytes per unit, like the goal's
 * 1M units / ~470 MB) imported into a fresh memory through `TmxService.importFile` — the worker
 * streaming and parsing it, one transaction of inserts (the concordance FTS triggers included),
 * then `afterBulkInsert` (the fuzzy index) — from start until the job is done.
 * Baseline in the same run (`floor`): on another fresh database, reading the same file's bytes
 * plus inserting the same units, already in memory, with the same statement in one transaction,
 * plus the same `afterBulkInsert`. Goal: ratio <= 1.15; progress at least every 250 ms
 * (`maxProgressGapMs`, observed while the worker runs); peak RSS of the whole process during
 * the import <= 250 MB (`peakRssMB`; `peakRssUntilIndexMB` stops before `afterBulkInsert`, whose
 * fuzzy index is the TM's own memory; `rssBeforeMB` is what the process held before starting;
 * `maxProgressGapAfterFirstMs` leaves out the worker's start-up). `cpuRatio` compares the CPU time of both (all threads of
 * this process), which stays meaningful when other work competes for the cores.
 *
 *   node bench/tmx.bench.ts [--smoke] [--units N]    (default 1,000,000 units)
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../src-main/createBackend.ts';
import { tmxHead, tmxTail, tmxUnit } from '../src-main/interchange/tmxWriter.ts';
import { baselineOf, log, parseBenchArgs, printResult, round, valueOf } from './benchFormat.ts';
import { mulberry32 } from './generateArticle.ts';

const { smoke } = parseBenchArgs();
const unitsArg = process.argv.indexOf('--units');
const unitCount = smoke ? 500 : unitsArg > 0 ? Number(process.argv[unitsArg + 1]) : 1_000_000;

const idWords = 'harga beras naik turun pemerintah kota provinsi menteri rapat anggaran rupiah persen miliar triliun warga pasar petani nelayan jalan banjir sekolah rumah sakit pajak ekspor impor kopi gula minyak listrik air bandara pelabuhan kereta'.split(' ');
const enWords = 'price rice rose fell government city province minister meeting budget rupiah percent billion trillion residents market farmers fishermen road flood school hospital tax exports imports coffee sugar oil electricity water airport port train'.split(' ');

/** Unit `i` of the generated memory: the same for a seed, whatever else runs. */
function* generatedUnits(count: number): Generator<{ source: string; target: string }> {
  const rng = mulberry32(20260205);
  const pick = (words: string[], n: number) => Array.from({ length: n }, () => words[Math.floor(rng() * words.length)]!).join(' ');
  for (let i = 0; i < count; i++) {
    const n = 18 + Math.floor(rng() * 10);
    yield { source: `${pick(idWords, n)} ${i} & ${Math.floor(rng() * 1e6)}.`, target: `${pick(enWords, n)} ${i} & ${Math.floor(rng() * 1e6)}.` };
  }
}

function writeTmxFile(path: string, units: Iterable<{ source: string; target: string }>): void {
  const fd = openSync(path, 'w');
  const at = '2025-02-05T08:30:00.000Z';
  let pending = tmxHead({ sourceLang: 'id', targetLang: 'en', creationTool: 'bench', creationToolVersion: '1', now: new Date(at) });
  for (const u of units) {
    pending += tmxUnit({ ...u, author: 'bench', createdAt: at, updatedAt: at }, 'id', 'en');
    if (pending.length > 1 << 20) {
      writeSync(fd, pending);
      pending = '';
    }
  }
  writeSync(fd, pending + tmxTail);
  closeSync(fd);
}

function freshBackend(dir: string, name: string): Backend {
  return createBackend({ dataDir: join(dir, name), systemLocale: 'en-US', appVersion: 'bench', dispatch: { validateOutput: false } });
}

async function createMemory(backend: Backend): Promise<string> {
  return valueOf<{ id: string }>('createMemory', await backend.dispatch('createMemory', { name: 'bench', sourceLang: 'id', targetLang: 'en' })).id;
}

/** Read + insert + index, nothing else: what any importer must at least pay. */
async function floor(dir: string, file: string, units: { source: string; target: string }[]): Promise<{ ms: number; cpuMs: number }> {
  const backend = freshBackend(dir, 'floor');
  try {
    const memoryId = await createMemory(backend);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const fd = openSync(file, 'r');
    const buffer = new Uint8Array(1024 * 1024);
    let read = 0;
    let n: number;
    while ((n = readSync(fd, buffer, 0, buffer.length, read)) > 0) read += n;
    closeSync(fd);
    const insert = backend.db.prepare('INSERT INTO tm_units (memory_id, source, target, author, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    const at = '2025-02-05T08:30:00.000Z';
    backend.db.transaction(() => {
      for (const u of units) insert.run(memoryId, u.source, u.target, 'bench', at, at);
    })();
    await backend.services.tm.afterBulkInsert(memoryId);
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
  } finally {
    backend.close();
  }
}

async function importOnce(dir: string, file: string) {
  const backend = freshBackend(dir, 'import');
  try {
    const memoryId = await createMemory(backend);
    const tm = backend.services.tm;
    let indexMs = 0;
    let workerPeak = 0;
    const afterBulkInsert = tm.afterBulkInsert.bind(tm);
    tm.afterBulkInsert = async (id: string) => {
      workerPeak = Math.max(peak, process.memoryUsage.rss());
      const t = performance.now();
      await afterBulkInsert(id);
      indexMs = performance.now() - t;
    };
    let peak = process.memoryUsage.rss();
    const rssBefore = peak;
    const started = performance.now();
    const cpu = process.cpuUsage();
    const job = backend.services.tmx.importFile(memoryId, file);
    let lastDone = -1;
    let lastChange = started;
    let maxGapMs = 0;
    let maxSteadyGapMs = 0;
    const poll = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage.rss());
      const now = backend.services.jobs.get(job.id);
      if (now.state !== 'running' || (now.total > 0 && now.done >= now.total)) return;
      const t = performance.now();
      if (now.done !== lastDone) {
        maxGapMs = Math.max(maxGapMs, t - lastChange);
        if (lastDone > 0) maxSteadyGapMs = Math.max(maxSteadyGapMs, t - lastChange);
        lastDone = now.done;
        lastChange = t;
      }
    }, 10);
    const done = await backend.services.jobs.wait(job.id);
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    clearInterval(poll);
    if (done.state !== 'done') throw new Error(`import ${done.state}: ${done.error?.message}`);
    return {
      ms,
      cpuMs: (used.user + used.system) / 1000,
      maxGapMs,
      maxSteadyGapMs,
      peakRssMB: round(peak / 1048576, 1),
      workerPeakRssMB: round(workerPeak / 1048576, 1),
      rssBeforeMB: round(rssBefore / 1048576, 1),
      imported: done.result!.imported!,
      indexMs,
    };
  } finally {
    backend.close();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-bench-tmx-'));
  try {
    const file = join(dir, 'memory.tmx');
    writeTmxFile(file, generatedUnits(unitCount));
    const fileMB = round(statSync(file).size / 1048576, 1);
    log(`tmx-import: ${unitCount} units, ${fileMB} MB TMX in ${dir}`);
    // The import first, so its peak RSS is not inflated by the floor's units held in this heap.
    const result = await importOnce(dir, file);
    if (result.imported !== unitCount) throw new Error(`imported ${result.imported} of ${unitCount} units`);
    log(`tmx-import: import ${round(result.ms)} ms (index ${round(result.indexMs)} ms); measuring the floor`);
    const floored = await floor(dir, file, [...generatedUnits(unitCount)]);
    printResult({
      id: 'tmx-import',
      unit: 'ms',
      samples: [result.ms],
      baseline: baselineOf('floor: read the file + insert the same units in one transaction + afterBulkInsert, fresh database', [floored.ms]),
      rssMB: result.peakRssMB,
      // CPU time of the whole process (the worker's thread included): comparable even when other
      // processes take the cores, which wall-clock time on a shared machine is not.
      extra: { units: unitCount, fileMB, cpuMs: round(result.cpuMs), floorCpuMs: round(floored.cpuMs), cpuRatio: round(result.cpuMs / floored.cpuMs, 2), maxProgressGapMs: round(result.maxGapMs), maxProgressGapAfterFirstMs: round(result.maxSteadyGapMs), peakRssMB: result.peakRssMB, peakRssUntilIndexMB: result.workerPeakRssMB, rssBeforeMB: result.rssBeforeMB, rssGrowthMB: round(result.peakRssMB - result.rssBeforeMB, 1), indexMs: round(result.indexMs), goal: 'ratio <= 1.15, progress gap <= 250 ms, peak RSS <= 250 MB' },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
