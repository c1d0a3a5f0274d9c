/**
 * RELIABILITY.md S1: no eval, Function constructor, executeJavaScript, string timer or vm
 * compilation in our sources or the built app outside the reviewed list — and the gate fails on
 * each of them when one is planted. Needs the build (`npm test` builds first).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findForbiddenCode, judgeForbiddenCode, readReviewedUses, scanForForbiddenCode, scannedFolders, type ReviewedUse } from './forbiddenCode.ts';

const repo = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'redaksi-forbidden-code-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('our sources and the built out/', () => {
  it('use code-from-string constructs only where reviewed (and every reviewed use still exists)', () => {
    if (!existsSync(join(repo, 'out/main/index.js')) || !existsSync(join(repo, 'out/renderer/index.html'))) {
      throw new Error('out/ is missing: run `npm run build` first (npm test builds before the unit step)');
    }
    const { files, matches } = scanForForbiddenCode(scannedFolders);
    expect(files).toBeGreaterThan(100);
    expect(judgeForbiddenCode(matches, readReviewedUses())).toEqual([]);
    // The built bundles were read: the reviewed uses there were found.
    expect(matches.some((m) => m.file.startsWith('out/renderer/assets/'))).toBe(true);
    expect(matches.some((m) => m.file.startsWith('out/main/'))).toBe(true);
  }, 60_000);
});

describe('the gate', () => {
  const planted: Record<string, string> = {
    'evaluate.ts': 'export const total = (expr: string): unknown => eval(expr);\n',
    'windowEval.js': 'export function run(code) { return window.eval(code); }\n',
    'factory.mjs': "export const make = () => new Function('a', 'return a');\n",
    'bareFactory.ts': "export const make = Function('return this');\n",
    'inject.ts': "export async function poke(win: { webContents: { executeJavaScript(code: string): Promise<unknown> } }) {\n  await win.webContents.executeJavaScript('document.title');\n}\n",
    'timer.tsx': 'export const later = () => setTimeout("alert(1)", 10);\n',
    'templateTimer.cjs': 'exports.later = () => setInterval(`tick()`, 10);\n',
    'compile.ts': "import vm from 'node:vm';\nexport const run = (text: string) => new vm.Script(text).runInThisContext();\n",
    'page.html': '<!doctype html><script>eval(location.hash.slice(1))</script>\n',
  };

  it('finds every planted construct, with its file and line', () => {
    const dir = join(scratch, 'planted');
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(planted)) writeFileSync(join(dir, name), text);
    const { files, matches } = scanForForbiddenCode([dir], scratch);
    expect(files).toBe(Object.keys(planted).length);
    expect(matches.map((m) => `${m.rule} ${m.file}:${m.line}`).sort()).toEqual(
      [
        'eval planted/evaluate.ts:1',
        'eval planted/windowEval.js:1',
        'Function planted/factory.mjs:1',
        'Function planted/bareFactory.ts:1',
        'executeJavaScript planted/inject.ts:1',
        'executeJavaScript planted/inject.ts:2',
        'string-timer planted/timer.tsx:1',
        'string-timer planted/templateTimer.cjs:1',
        'vm planted/compile.ts:2',
        'vm planted/compile.ts:2',
        'eval planted/page.html:1',
      ].sort(),
    );
    expect(judgeForbiddenCode(matches, [])).toHaveLength(matches.length);
  });

  it('ignores comments and look-alike names, but not strings that build code', () => {
    const text = [
      '// never eval( user text; new Function is banned too',
      '/* setTimeout("x") would be a string timer */',
      '/** executeJavaScript is not used: see guardWebContents */',
      'const evaluate = (x: number) => x; evaluate(1);',
      'const isFunction = (v: unknown) => typeof v === "function"; isFunction(1);',
      'setTimeout(() => evaluate(2), 10);',
      "const code = 'eval(payload)';",
    ].join('\n');
    expect(findForbiddenCode('comments.ts', text).map((m) => `${m.rule}:${m.line}`)).toEqual(['eval:7']);
  });

  it('rejects an unexplained entry and a stale one', () => {
    const matches = findForbiddenCode('src-main/a.ts', 'export const x = eval("1");\n');
    const entry: ReviewedUse = { rule: 'eval', file: 'src-main/*.ts', context: 'eval\\("1"\\)', reason: 'a fixture that exists to be found by the gate' };
    expect(judgeForbiddenCode(matches, [entry])).toEqual([]);
    expect(judgeForbiddenCode(matches, [{ ...entry, reason: ' ' }])).toEqual(['reviewed entry eval src-main/*.ts needs a reason']);
    expect(judgeForbiddenCode(matches, [entry, { ...entry, file: 'src-main/gone.ts' }])).toEqual([
      'reviewed entry no longer matches anything (remove it): eval src-main/gone.ts /eval\\("1"\\)/',
    ]);
    expect(judgeForbiddenCode(matches, [{ ...entry, file: 'src-preload/*.ts' }])[0]).toMatch(/^eval at src-main\/a\.ts:1: /);
  });
});
