/**
 * Runs the benchmarks: every `bench/*.bench.ts`, one child `node` process each, one after the
 * other (they would disturb each other in parallel), or only those named.
 *
 *   node bench/run.ts                 all, full size
 *   node bench/run.ts open save       only these
 *   node bench/run.ts --smoke         tiny inputs, n=1: proves every benchmark still works
 *
 * Each result line (JSON, stdout) is validated and passed through to stdout; logs go to
 * stderr. Exits non-zero when a benchmark fails, prints no line, or prints an invalid one.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lineProblem, log } from './benchFormat.ts';

const benchDir = import.meta.dirname;
const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const names = args.filter((a) => !a.startsWith('--'));
const unknownFlags = args.filter((a) => a.startsWith('--') && a !== '--smoke');
if (unknownFlags.length) {
  log(`unknown option ${unknownFlags.join(' ')}; usage: node bench/run.ts [--smoke] [name ...]`);
  process.exit(2);
}

const available = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .sort();
const missing = names.filter((n) => !available.includes(n));
if (missing.length) {
  log(`no benchmark named ${missing.join(', ')}; available: ${available.join(', ')}`);
  process.exit(2);
}
const selected = names.length ? available.filter((n) => names.includes(n)) : available;

/** Per benchmark; a smoke run must stay well inside the test suite's budget. */
const timeoutMs = smoke ? 60_000 : 30 * 60_000;

interface Outcome {
  name: string;
  ok: boolean;
  lines: number;
  ms: number;
  problem?: string;
}

function runOne(name: string): Promise<Outcome> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(benchDir, `${name}.bench.ts`), ...(smoke ? ['--smoke'] : [])], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let buffered = '';
  let lines = 0;
  const problems: string[] = [];
  const onLine = (text: string) => {
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      problems.push(`not JSON: ${text.slice(0, 200)}`);
      return;
    }
    const problem = lineProblem(value);
    if (problem) problems.push(`${problem}: ${text.slice(0, 200)}`);
    else lines++;
    process.stdout.write(`${text}\n`);
  };
  child.stdout.on('data', (d: Buffer) => {
    buffered += d.toString();
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      onLine(buffered.slice(0, nl));
      buffered = buffered.slice(nl + 1);
    }
  });
  const timer = setTimeout(() => {
    problems.push(`timed out after ${timeoutMs / 1000} s`);
    child.kill('SIGKILL');
  }, timeoutMs);
  return new Promise((resolve) => {
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (buffered) onLine(buffered);
      if (code !== 0) problems.push(`exited with ${code ?? signal}`);
      if (lines === 0 && problems.length === 0) problems.push('printed no result line');
      const ms = performance.now() - started;
      resolve({ name, ok: problems.length === 0, lines, ms, ...(problems.length ? { problem: problems.join('; ') } : {}) });
    });
  });
}

const outcomes: Outcome[] = [];
for (const name of selected) {
  log(`bench: ${name}${smoke ? ' (smoke)' : ''}`);
  outcomes.push(await runOne(name));
}
for (const o of outcomes) {
  log(`bench: ${o.ok ? 'ok  ' : 'FAIL'} ${o.name} (${o.lines} line${o.lines === 1 ? '' : 's'}, ${(o.ms / 1000).toFixed(1)} s)${o.problem ? `: ${o.problem}` : ''}`);
}
if (outcomes.some((o) => !o.ok)) process.exitCode = 1;
