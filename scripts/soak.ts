/**
 * `npm run test:soak`: the long tier of RELIABILITY.md, for anyone to run (not part of `npm test`):
 *   1. R1 with 2,000 SIGKILLs during autosave instead of 200;
 *   2. S5/S6 fuzzing scaled up to at least 10^6 generated bad inputs across the bridge methods
 *      (every test file that reads REDAKSI_FUZZ_RUNS: the bad-input table and the importers);
 *   3. a 30-minute autosave soak: a child autosaving continuously under random SIGKILLs, every
 *      ack checked (src-main/db/autosaveSoak.ts).
 * Roughly two hours on 2 cores (a loaded machine measured ~6 ms per bad input and seconds per
 * kill; an idle one is faster). Each count can be lowered for a quick run:
 *   REDAKSI_SOAK_MINUTES (30), REDAKSI_R1_KILLS (2000), REDAKSI_FUZZ_RUNS (per method/importer;
 *   default: enough for 10^6 over the methods). Ends with the figures and `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { methodNames } from '../src-preload/contract/channels.ts';

const root = join(import.meta.dirname, '..');
// Reports go to a temporary folder: nothing the soak writes lands in the working tree.
const results = mkdtempSync(join(tmpdir(), 'redaksi-soak-reports-'));
const vitest = join(root, 'node_modules', '.bin', 'vitest');

const minutes = Number(process.env.REDAKSI_SOAK_MINUTES ?? 30);
const kills = Number(process.env.REDAKSI_R1_KILLS ?? 2000);
// 10^6 over the bridge methods, and never fewer per importer than the 10,000 of `npm test`.
const fuzzRuns = Number(process.env.REDAKSI_FUZZ_RUNS ?? Math.max(10_000, Math.ceil(1_000_000 / methodNames.length)));
for (const [name, value] of Object.entries({ REDAKSI_SOAK_MINUTES: minutes, REDAKSI_R1_KILLS: kills, REDAKSI_FUZZ_RUNS: fuzzRuns })) {
  if (!(value > 0)) throw new Error(`${name} must be a positive number`);
}

/** Test files whose generated-input counts follow REDAKSI_FUZZ_RUNS (found, so new ones join by reading it). */
function fuzzFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : fuzzFiles(path);
    return path.endsWith('.test.ts') && readFileSync(path, 'utf8').includes('process.env.REDAKSI_FUZZ_RUNS') ? [relative(root, path)] : [];
  });
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; assertionResults: { status: string; fullName: string }[] }[];
}

/** Runs vitest on `files` with `env`; returns its report (or undefined if it wrote none). */
function runVitest(name: string, files: string[], env: Record<string, string>): VitestReport | undefined {
  const out = join(results, `${name}.json`);
  console.log(`\n=== ${name}: vitest run ${files.join(' ')} (${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ')})`);
  spawnSync(vitest, ['run', ...files, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  try {
    return JSON.parse(readFileSync(out, 'utf8')) as VitestReport;
  } catch {
    return undefined;
  }
}

const started = Date.now();
const summary: string[] = [];
let passed = 0;
let failed = 0;
const count = (report: VitestReport | undefined) => {
  // No report, or a report of nothing run, is one failure; otherwise the failed tests count.
  if (!report || report.numPassedTests + report.numFailedTests === 0) failed++;
  passed += report?.numPassedTests ?? 0;
  failed += report?.numFailedTests ?? 0;
  return report !== undefined && report.numFailedTests === 0 && report.numPassedTests > 0;
};

// 1. R1 at ten times the kills.
const r1 = runVitest('r1-kills', ['src-main/db/autosaveKill.test.ts'], { REDAKSI_R1_KILLS: String(kills) });
summary.push(`  R1 kills    ${count(r1) ? `ok      ${kills.toLocaleString('en')} SIGKILLs survived, 0 acknowledged saves lost, 0 integrity failures` : 'FAILED'}`);

// 2. S5 and S6 at 10^6 inputs.
const files = fuzzFiles(join(root, 'src-main'));
const fuzz = runVitest('fuzz', files, { REDAKSI_FUZZ_RUNS: String(fuzzRuns) });
const fuzzOk = count(fuzz);
summary.push(`  fuzz        ${fuzzOk ? 'ok    ' : 'FAILED'}  ${fuzzRuns.toLocaleString('en')} generated inputs per target`);
summary.push(`              S5 bridge: ${methodNames.length} methods x ${fuzzRuns.toLocaleString('en')} = ${(methodNames.length * fuzzRuns).toLocaleString('en')} bad inputs`);
for (const file of files.filter((f) => !f.endsWith('badInput.test.ts'))) summary.push(`              ${file}: ${fuzzRuns.toLocaleString('en')} per generated-input test`);

// 3. The autosave soak.
console.log(`\n=== autosave soak: ${minutes} min of random SIGKILLs`);
const soak = spawnSync(process.execPath, [join(root, 'src-main', 'db', 'autosaveSoak.ts'), '--minutes', String(minutes)], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
process.stdout.write(soak.stdout);
const line = soak.stdout.split('\n').find((l) => l.startsWith('soak-result '));
const soakResult = line ? (JSON.parse(line.slice('soak-result '.length)) as { kills: number; editsChecked: number; lost: number; integrityFailures: number; seed: number }) : undefined;
const soakOk = soak.status === 0 && soakResult !== undefined;
if (soakOk) passed++;
else failed++;
summary.push(
  `  autosave    ${soakOk ? 'ok    ' : 'FAILED'}  ${soakResult ? `${soakResult.kills.toLocaleString('en')} kills, ${soakResult.editsChecked.toLocaleString('en')} acknowledged edits checked, ${soakResult.lost} lost, ${soakResult.integrityFailures} integrity failures (seed ${soakResult.seed})` : 'no result'}`,
);

console.log(`\n=== soak summary (${((Date.now() - started) / 60_000).toFixed(1)} min)\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
rmSync(results, { recursive: true, force: true });
process.exitCode = failed === 0 ? 0 : 1;
