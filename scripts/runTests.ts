/**
 * `npm test`: everything that can run without the Electron binary, in order — typecheck, lint,
 * npm audit of runtime dependencies (S9), build, unit/integration (Vitest), e2e (Playwright in Chromium via the web host), interop checks
 * against real tools (skipped where a tool is missing) and a smoke run of every benchmark. Runs every step even after a failure so one run shows all problems, and
 * ends with the line CI reads: `N passed, N failed` (tests plus one check per non-test step).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const results = join(root, '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** Reads passed/failed/skipped test counts from the runner's JSON report. */
  counts?: () => { passed: number; failed: number; skipped: number };
  needsBuild?: boolean;
  /** Interop checks skip where their tool is absent; that is not a failure. */
  allowOnlySkipped?: boolean;
  /** The failed tests' names and the start of their errors, from the runner's JSON report. */
  failures?: () => string[];
}

/** A failure's first lines, without colour codes: enough to tell what broke from the end of a long log. */
function firstLines(message: string, lines = 12): string {
  // eslint-disable-next-line no-control-regex
  return message.replace(/\u001b\[[0-9;]*m/g, '').split('\n').slice(0, lines).map((l) => `      ${l}`).join('\n');
}

interface VitestReport {
  testResults: { name: string; message?: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
}

function vitestFailures(file: string): string[] {
  const r = JSON.parse(readFileSync(join(results, file), 'utf8')) as VitestReport;
  const out: string[] = [];
  for (const suite of r.testResults) {
    for (const t of suite.assertionResults) {
      if (t.status === 'failed') out.push(`    ${suite.name.replace(root + '/', '')} > ${t.fullName}\n${firstLines(t.failureMessages.join('\n'))}`);
    }
    if (suite.assertionResults.length === 0 && suite.message) out.push(`    ${suite.name.replace(root + '/', '')}\n${firstLines(suite.message)}`);
  }
  return out;
}

interface PlaywrightSuite {
  title: string;
  suites?: PlaywrightSuite[];
  specs?: { title: string; file: string; line: number; tests: { projectName: string; results: { status: string; error?: { message?: string } }[] }[] }[];
}

function playwrightFailures(file: string): string[] {
  const out: string[] = [];
  const walk = (suite: PlaywrightSuite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        const bad = t.results.find((res) => res.status !== 'passed' && res.status !== 'skipped');
        if (bad) out.push(`    [${t.projectName}] ${spec.file}:${spec.line} ${spec.title} (${bad.status})\n${firstLines(bad.error?.message ?? '')}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of (JSON.parse(readFileSync(join(results, file), 'utf8')) as { suites: PlaywrightSuite[] }).suites) walk(suite);
  return out;
}

const steps: Step[] = [
  { name: 'typecheck', command: [bin('tsc'), '-b'] },
  { name: 'lint', command: [bin('eslint'), '.', '--max-warnings', '0'] },
  {
    // S9. Skipped (with a banner), not passed, when the audit service does not answer; see npmAudit.ts.
    name: 'npm audit',
    command: [process.execPath, 'scripts/checks/npmAudit.ts', `--report=${join(results, 'npm-audit.json')}`],
    counts: () => JSON.parse(readFileSync(join(results, 'npm-audit.json'), 'utf8')) as { passed: number; failed: number; skipped: number },
    allowOnlySkipped: true,
  },
  { name: 'build', command: [bin('electron-vite'), 'build'] },
  {
    name: 'unit',
    command: [bin('vitest'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(results, 'vitest.json')}`],
    counts: () => {
      const r = JSON.parse(readFileSync(join(results, 'vitest.json'), 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
      return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
    },
    failures: () => vitestFailures('vitest.json'),
    needsBuild: true,
  },
  {
    name: 'e2e',
    command: [bin('playwright'), 'test', '-c', 'e2e/playwright.config.ts'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(results, 'playwright.json') },
    counts: () => {
      const r = JSON.parse(readFileSync(join(results, 'playwright.json'), 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
      return { passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky, skipped: r.stats.skipped };
    },
    failures: () => playwrightFailures('playwright.json'),
    needsBuild: true,
  },
  {
    name: 'interop',
    command: [bin('vitest'), 'run', '--config', 'vitest.interop.config.mts', '--reporter=default', '--reporter=json', `--outputFile.json=${join(results, 'interop.json')}`],
    counts: () => {
      const r = JSON.parse(readFileSync(join(results, 'interop.json'), 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
      return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
    },
    failures: () => vitestFailures('interop.json'),
    allowOnlySkipped: true,
  },
  { name: 'bench smoke', command: [process.execPath, 'bench/run.ts', '--smoke'], needsBuild: true },
];

let passed = 0;
let failed = 0;
let skipped = 0;
let buildOk = true;
const summary: string[] = [];
const failedTests: string[] = [];
for (const step of steps) {
  if (step.needsBuild && !buildOk) {
    summary.push(`  ${step.name.padEnd(12)} not run: the build failed`);
    failed++;
    continue;
  }
  console.log(`\n=== ${step.name}: ${step.command.map((c) => c.replace(root + '/', '')).join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.command[0]!, step.command.slice(1), { cwd: root, stdio: 'inherit', env: { ...process.env, ...step.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = run.status === 0;
  if (step.name === 'build') buildOk = ok;
  if (step.counts) {
    let c = { passed: 0, failed: ok ? 0 : 1, skipped: 0 };
    try {
      c = step.counts();
      if (!ok && c.failed === 0) c.failed = 1; // the runner failed outside any test
    } catch {
      // No report: the runner died before writing one; count the step as one failure.
    }
    if (ok && c.passed === 0 && !(step.allowOnlySkipped && c.skipped > 0)) c.failed++; // a test step that ran nothing is a failure
    passed += c.passed;
    failed += c.failed;
    skipped += c.skipped;
    if (c.failed > 0 && step.failures) {
      try {
        failedTests.push(...step.failures().map((f) => `  ${step.name}:\n${f}`));
      } catch {
        // No readable report: the step's own output above says why.
      }
    }
    summary.push(`  ${step.name.padEnd(12)} ${ok ? 'ok    ' : 'FAILED'} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped (${seconds} s)`);
  } else {
    if (ok) passed++;
    else failed++;
    summary.push(`  ${step.name.padEnd(12)} ${ok ? 'ok    ' : 'FAILED'} (${seconds} s)`);
  }
}

// Repeated here, next to the summary, because CI logs are often read from the end.
if (failedTests.length > 0) console.log(`\n=== failed tests\n${failedTests.join('\n')}`);
console.log(`\n=== summary\n${summary.join('\n')}`);
if (!existsSync(join(root, 'node_modules', 'electron', 'dist'))) {
  console.log('  (the Electron e2e project was skipped: no Electron binary on this machine)');
}
if (existsSync(join(results, 'npm-audit.json')) && (JSON.parse(readFileSync(join(results, 'npm-audit.json'), 'utf8')) as { skipped: number }).skipped > 0) {
  console.log('  (npm audit DID NOT RUN: the audit service did not answer; REDAKSI_REQUIRE_AUDIT=1 makes that a failure)');
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed === 0 ? 0 : 1;
