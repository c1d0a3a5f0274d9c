/**
 * RELIABILITY.md S1: Electronegativity finds no HIGH/MEDIUM issue outside the reviewed list in
 * our sources and the built app, parses every file it is given, and the gate really fails on a
 * dangerous window, on a file it cannot parse, and on a stale or unexplained allow-list entry.
 * Needs the build (`npm test` builds first).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isGated,
  judgeElectronegativityScan,
  readReviewed,
  repositoryCsv,
  repositoryInputs,
  scanWithElectronegativity,
  severityCounts,
  type ElectronegativityScan,
  type ReviewedFinding,
} from './electronegativity.ts';

const repo = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'redaksi-electronegativity-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writeFixture(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const dangerousWindow = `import { BrowserWindow } from 'electron';
export function openEditor(): BrowserWindow {
  return new BrowserWindow({ width: 800, webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });
}
`;

describe('Electronegativity on src-main, src-preload and the built out/', () => {
  let scan: ElectronegativityScan;

  beforeAll(async () => {
    if (!existsSync(join(repo, 'out/main/index.js')) || !existsSync(join(repo, 'out/renderer/index.html'))) {
      throw new Error('out/ is missing: run `npm run build` first (npm test builds before the unit step)');
    }
    scan = await scanWithElectronegativity(repositoryInputs(), repositoryCsv);
  }, 180_000);

  it('has no HIGH or MEDIUM finding outside the reviewed list, and parsed every file', () => {
    const counts = severityCounts(scan.findings);
    console.log(`electronegativity: ${scan.stagedFiles.length} files; HIGH ${counts.HIGH}, MEDIUM ${counts.MEDIUM}, LOW ${counts.LOW}, INFORMATIONAL ${counts.INFORMATIONAL}`);
    expect(judgeElectronegativityScan(scan, readReviewed())).toEqual([]);
  });

  it('really read the built main, the .cjs preload, the renderer bundle and its index.html', () => {
    const parsed = scan.parsedFiles;
    expect(parsed).toContain('out/main/index.js');
    expect(parsed).toContain('out/preload/index.cjs');
    expect(parsed).toContain('out/renderer/index.html');
    expect(parsed.some((f) => /^out\/renderer\/assets\/index-[\w-]+\.js$/.test(f))).toBe(true);
    expect(parsed).toContain('src-main/electron/createMainWindow.ts');
    expect(parsed).toContain('src-preload/index.ts');
    expect(scan.errors).toEqual([]);
  });

  it('wrote a CSV with one row per finding', () => {
    const lines = readFileSync(scan.csvPath, 'utf8').trim().split('\n');
    expect(lines[0]).toMatch(/^issue, severity, confidence, filename/);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(scan.findings.map((f) => f.id));
  });
});

describe('the gate fails when it should', () => {
  it('fails on a window with nodeIntegration: true, in a .ts and in a .cjs file', async () => {
    const dir = writeFixture(join(scratch, 'dangerous'), {
      // Context isolation on, so only nodeIntegration (rated INFORMATIONAL by Electronegativity, gated by us)
      // and the missing sandbox (with which Electron would ignore nodeIntegration) can fail it.
      'main.ts': `import { BrowserWindow } from 'electron';
export function openEditor(): BrowserWindow {
  return new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: true, disableBlinkFeatures: 'Auxclick' } });
}
`,
      'legacy.cjs': `const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true } });\n`,
    });
    const scan = await scanWithElectronegativity([{ label: 'fixture', dir }], join(scratch, 'dangerous.csv'));
    const problems = judgeElectronegativityScan(scan, []);
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/NODE_INTEGRATION_JS_CHECK at fixture\/main\.ts:3:/), expect.stringMatching(/NODE_INTEGRATION_JS_CHECK at fixture\/legacy\.cjs:2:/)]),
    );
    expect(problems.filter((p) => p.includes('fixture/main.ts')).map((p) => p.split(' ')[1]).sort()).toEqual(['NODE_INTEGRATION_JS_CHECK', 'SANDBOX_JS_CHECK']);
    expect(readFileSync(join(scratch, 'dangerous.csv'), 'utf8')).toContain('NODE_INTEGRATION_JS_CHECK');
  }, 60_000);

  it('fails on a file it cannot parse (which its CLI would skip in silence)', async () => {
    const dir = writeFixture(join(scratch, 'broken'), {
      'fine.ts': 'export const fine = 1;\n',
      // Today's syntax (private fields, ??, top-level await) must parse cleanly, not "recover".
      'modern.js': 'class Box { #v = 1; get v() { return this.#v ?? 0; } }\nexport const v = await Promise.resolve(new Box().v);\n',
      'broken.js': 'export function (( {\n',
    });
    const scan = await scanWithElectronegativity([{ label: 'fixture', dir }], join(scratch, 'broken.csv'));
    // Its CSV lists only the whole-app findings (no CSP, no navigation limits), nothing about broken.js.
    expect(scan.findings.filter((f) => f.file !== 'N/A')).toEqual([]);
    const problems = judgeElectronegativityScan(scan, []);
    expect(problems.some((p) => p.startsWith('Error parsing fixture/broken.js'))).toBe(true);
    expect(problems.filter((p) => p.includes('fine.ts') || p.includes('modern.js'))).toEqual([]);
    expect(scan.parsedFiles).toEqual(expect.arrayContaining(['fixture/fine.ts', 'fixture/modern.js']));
  }, 60_000);

  it('passes a reviewed finding, but not an unexplained or stale entry', async () => {
    const dir = writeFixture(join(scratch, 'reviewed'), { 'main.ts': dangerousWindow });
    const scan = await scanWithElectronegativity([{ label: 'fixture', dir }], join(scratch, 'reviewed.csv'));
    const gated = scan.findings.filter(isGated);
    expect(gated.length).toBeGreaterThan(0);
    const reviewed: ReviewedFinding[] = gated.map((f) => ({ id: f.id, file: f.file === 'N/A' ? 'N/A' : 'fixture/*.ts', reason: 'a fixture that exists to be found by the scanner' }));
    expect(judgeElectronegativityScan(scan, reviewed)).toEqual([]);

    const unexplained = reviewed.map((r) => ({ ...r, reason: '' }));
    expect(judgeElectronegativityScan(scan, unexplained).some((p) => p.includes('needs a reason'))).toBe(true);

    const stale: ReviewedFinding = { id: 'NODE_INTEGRATION_JS_CHECK', file: 'fixture/gone.ts', reason: 'this file was deleted long ago' };
    expect(judgeElectronegativityScan(scan, [...reviewed, stale])).toEqual([
      'reviewed entry no longer matches any finding (remove it): NODE_INTEGRATION_JS_CHECK fixture/gone.ts',
    ]);
  }, 60_000);

  it('fails when a file was handed over but never parsed', () => {
    const scan: ElectronegativityScan = {
      csvPath: '',
      stagedFiles: ['out/preload/index.cjs', 'out/main/index.js'],
      parsedFiles: ['out/main/index.js'],
      errors: [],
      findings: [],
      checksRun: 41,
    };
    expect(judgeElectronegativityScan(scan, [])).toEqual(['skipped (never parsed): out/preload/index.cjs']);
  });
});
