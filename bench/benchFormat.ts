/**
 * Shared by every benchmark: argument parsing, percentiles, and the one-JSON-line-per-case
 * output format of ../../shared/BENCHMARKS.md. Results go to stdout (one line per measured
 * case, nothing else); every log goes to stderr through `log`.
 *
 * Line format: {"id","n","p50","p95","p99","unit","rssMB","ratio","baseline", ...extra}
 *   - p50/p95/p99: percentiles (nearest rank) of the n measured samples, in `unit`.
 *   - ratio: p50 / baseline.p50 (null when the case has no same-run baseline).
 *   - baseline: { name, n, p50, p95, p99 } measured in the same run, or null.
 */

import type { Result } from '../src-preload/contract/errors.ts';

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface Baseline extends Stats {
  /** What the baseline measures, e.g. "fetch getArticle + res.json()". */
  name: string;
}

export interface BenchLine extends Stats {
  id: string;
  unit: string;
  rssMB: number;
  ratio: number | null;
  baseline: Baseline | null;
  [extra: string]: unknown;
}

export interface BenchArgs {
  /** Tiny inputs and n=1: proves the benchmark still works, measures nothing. */
  smoke: boolean;
}

export function parseBenchArgs(argv: readonly string[] = process.argv.slice(2)): BenchArgs {
  return { smoke: argv.includes('--smoke') };
}

/** Nearest-rank percentile (p in 0..100) of samples; the input is not modified. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Rounds to a few significant decimals so lines stay readable. */
export function round(value: number, decimals = 3): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

export function summarize(samples: readonly number[]): Stats {
  return {
    n: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
  };
}

export function baselineOf(name: string, samples: readonly number[]): Baseline {
  return { name, ...summarize(samples) };
}

/** Resident set size of this process, in MB. */
export function rssMB(): number {
  return round(process.memoryUsage().rss / (1024 * 1024), 1);
}

export interface ResultInput {
  id: string;
  unit: string;
  samples: readonly number[];
  baseline?: Baseline | null;
  /** Defaults to this process's RSS. */
  rssMB?: number;
  extra?: Record<string, unknown>;
}

/** Builds the line for one measured case (ratio = p50 / baseline p50). */
export function resultLine(input: ResultInput): BenchLine {
  const stats = summarize(input.samples);
  const baseline = input.baseline ?? null;
  const ratio = baseline && baseline.p50 > 0 ? round(stats.p50 / baseline.p50, 2) : null;
  return {
    id: input.id,
    ...stats,
    unit: input.unit,
    rssMB: input.rssMB ?? rssMB(),
    ratio,
    baseline,
    ...input.extra,
  };
}

/** Prints one result line on stdout. */
export function printLine(line: BenchLine): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

export function printResult(input: ResultInput): BenchLine {
  const line = resultLine(input);
  printLine(line);
  return line;
}

/** Logs to stderr (stdout carries result lines only). */
export function log(...parts: unknown[]): void {
  process.stderr.write(`${parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(' ')}\n`);
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Why `value` is not a valid result line, or null when it is. Used by run.ts on every line. */
export function lineProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || v.id === '') return 'id must be a non-empty string';
  if (!Number.isInteger(v.n) || (v.n as number) < 1) return 'n must be a positive integer';
  for (const key of ['p50', 'p95', 'p99', 'rssMB'] as const) {
    if (!isFiniteNumber(v[key]) || (v[key] as number) < 0) return `${key} must be a non-negative number`;
  }
  if (!((v.p50 as number) <= (v.p95 as number) && (v.p95 as number) <= (v.p99 as number))) return 'expected p50 <= p95 <= p99';
  if (typeof v.unit !== 'string' || v.unit === '') return 'unit must be a non-empty string';
  if (!('ratio' in v) || !(v.ratio === null || isFiniteNumber(v.ratio))) return 'ratio must be a number or null';
  if (!('baseline' in v)) return 'baseline is missing';
  if (v.baseline !== null) {
    const b = v.baseline as Record<string, unknown>;
    if (typeof b !== 'object' || typeof b.name !== 'string' || !isFiniteNumber(b.p50)) return 'baseline must be null or {name, p50, ...}';
  }
  return null;
}

/** Unwraps a bridge Result (dispatch returns `Result<unknown>`), throwing with the method and code on failure. */
export function valueOf<T>(method: string, result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

