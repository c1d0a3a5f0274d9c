/**
 * id `keystroke-js`: one `view.dispatch` of a single-character insert transaction in the real
 * drafting editor (TipTap, every plugin of the drafting set, the toolbar's and status bar's
 * subscriptions), in Chromium over the web host, cursor mid-article, one keystroke per frame so
 * timers, saves and paints run between them as they do while typing. The JavaScript cost: the
 * view is not focused, so ProseMirror does not write the DOM selection, which in Chromium forces
 * a synchronous layout of the whole article (real typing does not pay it inside dispatch: the
 * browser already moved the caret). `focusedP50/P95` on the 50k line measure it focused anyway;
 * layout and paint are what `typing` measures.
 * Cases: 5k words (baseline: a bare ProseMirror view, no plugins, same schema and document),
 * 50k words (baseline: the 5k case; the goal is p95 <= 2 ms and <= 1.3 x the 5k p95), and 50k
 * words with a find query active (baseline: 50k idle).
 * id `typing`: keydown -> next frame (the character painted) through `page.keyboard`, 50k words,
 * p95/p99; baseline CAL_DOM = the same keys in a bare ProseMirror view of the same 50k document.
 *
 *   node bench/keystroke.bench.ts [--smoke]
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createBackend } from '../src-main/createBackend.ts';
import { chromiumLaunchOptions, startWebHostProcess, stopWebHostProcess } from '../e2e/startWebHostProcess.ts';
import { baselineOf, log, parseBenchArgs, printLine, resultLine, round, valueOf } from './benchFormat.ts';
import { generateArticle, generateTitle } from './generateArticle.ts';

const root = join(import.meta.dirname, '..');
const rendererDir = join(root, 'out', 'renderer');
const { smoke } = parseBenchArgs();

const sizes = smoke ? { small: 300, large: 600 } : { small: 5_000, large: 50_000 };
const keys = smoke ? 3 : 300;
const warmupKeys = smoke ? 0 : 30;
const typingKeys = smoke ? 3 : 300;
const goalP95Ms = 2;
const goalRatio = 1.3;

function ensureRendererBuilt(): void {
  if (existsSync(join(rendererDir, 'index.html'))) return;
  log('keystroke: renderer not built, running `npx electron-vite build`');
  const r = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error('electron-vite build failed');
}

/** A data folder with one generated Indonesian article per size; returns their ids. */
async function seedData(dataDir: string): Promise<Record<'small' | 'large', string>> {
  const backend = createBackend({ dataDir, systemLocale: 'en-US', appVersion: 'bench' });
  try {
    const ids = {} as Record<'small' | 'large', string>;
    for (const size of ['small', 'large'] as const) {
      const words = sizes[size];
      const title = `${generateTitle(words)} (${words} kata)`;
      const { id } = valueOf<{ id: string }>('createArticle', await backend.dispatch('createArticle', { lang: 'id', title }));
      valueOf('saveArticle', await backend.dispatch('saveArticle', { id, title, doc: generateArticle(words, words), baseVersion: 1 }));
      ids[size] = id;
    }
    return ids;
  } finally {
    backend.close();
  }
}


async function openArticle(page: Page, id: string): Promise<void> {
  const back = page.locator('[data-testid=back-to-library]');
  if (await back.count()) await back.click();
  await page.locator(`[data-testid=article-row][data-article-id="${id}"]`).click();
  await page.locator('[data-testid=article-body][contenteditable=true]').waitFor();
  await page.waitForTimeout(smoke ? 0 : 500);
}

type Mode = 'editor' | 'bare';

/**
 * Times `count` single-character insert dispatches (after `warmup` untimed ones), one per frame,
 * in the app's editor or in a bare ProseMirror view built from the app's own classes (same
 * schema, same document, no plugins). Milliseconds per dispatch.
 */
function timeDispatches(page: Page, mode: Mode, count: number, warmup: number, focused = false): Promise<number[]> {
  return page.evaluate(
    async ({ mode, count, warmup, focused }) => {
      type View = {
        state: { doc: PmDoc; tr: { insertText(text: string): unknown }; schema: unknown; selection: { constructor: { create(doc: PmDoc, pos: number): unknown } } };
        dispatch(tr: unknown): void;
        focus(): void;
        destroy(): void;
        constructor: new (place: HTMLElement, props: { state: unknown }) => View;
      };
      type PmDoc = { content: { size: number }; childCount: number; child(i: number): { nodeSize: number; isTextblock: boolean; content: { size: number } } };
      const dom = document.querySelector('[data-testid=article-body]') as HTMLElement & { editor: { view: View; commands: { setTextSelection(pos: number): boolean } } };
      const appView = dom.editor.view;
      let view = appView;
      let host: HTMLElement | null = null;
      if (mode === 'bare') {
        const State = appView.state.constructor as unknown as { create(config: { schema: unknown; doc: PmDoc }): unknown };
        host = document.createElement('div');
        host.className = 'prose';
        dom.parentElement!.append(host);
        view = new appView.constructor(host, { state: State.create({ schema: appView.state.schema, doc: appView.state.doc }) });
      }
      // The middle of the middle paragraph.
      const doc = view.state.doc;
      let pos = 0;
      let i = 0;
      for (; i < Math.floor(doc.childCount / 2); i++) pos += doc.child(i).nodeSize;
      while (i < doc.childCount && !doc.child(i).isTextblock) pos += doc.child(i++).nodeSize;
      pos += 1 + Math.floor(doc.child(Math.min(i, doc.childCount - 1)).content.size / 2);
      view.focus();
      const Selection = view.state.selection.constructor;
      const tr0 = (view.state.tr as unknown as { setSelection(s: unknown): { scrollIntoView(): unknown } }).setSelection(Selection.create(view.state.doc, pos));
      view.dispatch(tr0.scrollIntoView());
      if (!focused) (document.activeElement as HTMLElement | null)?.blur();
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const text = 'kata baru ';
      const samples: number[] = [];
      for (let k = 0; k < warmup + count; k++) {
        await frame();
        const tr = view.state.tr.insertText(text[k % text.length]!);
        const t0 = performance.now();
        view.dispatch(tr);
        const ms = performance.now() - t0;
        if (k >= warmup) samples.push(ms);
      }
      if (host) {
        view.destroy();
        host.remove();
      }
      return samples;
    },
    { mode, count, warmup, focused },
  );
}

/**
 * keydown -> the frame after it (rAF then a macrotask: the character has been painted) for
 * `count` keys typed by `page.keyboard`, in the app's editor or a bare ProseMirror view.
 */
async function timeTyping(page: Page, mode: Mode, count: number): Promise<number[]> {
  await page.evaluate((mode) => {
    type View = { state: { doc: { content: { size: number } }; schema: unknown; selection: { constructor: { create(doc: unknown, pos: number): unknown } }; tr: { setSelection(s: unknown): unknown } }; dispatch(tr: unknown): void; focus(): void; constructor: new (place: HTMLElement, props: { state: unknown }) => View; dom: HTMLElement };
    const dom = document.querySelector('[data-testid=article-body]') as HTMLElement & { editor: { view: View } };
    const appView = dom.editor.view;
    let view = appView;
    if (mode === 'bare') {
      const State = appView.state.constructor as unknown as { create(config: { schema: unknown; doc: unknown }): unknown };
      const host = document.createElement('div');
      host.className = 'prose bench-bare';
      dom.parentElement!.append(host);
      view = new appView.constructor(host, { state: State.create({ schema: appView.state.schema, doc: appView.state.doc }) });
      (window as unknown as { __benchBare: View }).__benchBare = view;
    }
    const pos = Math.floor(view.state.doc.content.size / 2);
    view.focus();
    const sel = view.state.selection.constructor.create(view.state.doc, pos);
    view.dispatch(view.state.tr.setSelection(sel));
    view.dom.scrollIntoView({ block: 'center' });
    const samples: number[] = [];
    (window as unknown as { __benchTyping: number[] }).__benchTyping = samples;
    view.dom.addEventListener('keydown', (e) => {
      const t0 = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - t0), 0));
    });
  }, mode);
  const text = 'kata baru ';
  for (let k = 0; k < count; k++) {
    await page.keyboard.press(text[k % text.length] === ' ' ? 'Space' : text[k % text.length]!);
    // Roughly a fast typist: one key every ~60 ms.
    await page.waitForTimeout(smoke ? 0 : 60);
  }
  await page.waitForTimeout(100);
  return page.evaluate((mode) => {
    const w = window as unknown as { __benchTyping: number[]; __benchBare?: { destroy(): void; dom: HTMLElement } };
    if (mode === 'bare' && w.__benchBare) {
      w.__benchBare.dom.remove();
      w.__benchBare.destroy();
    }
    return w.__benchTyping;
  }, mode);
}

async function setFindQuery(page: Page, text: string): Promise<number> {
  await page.keyboard.press('ControlOrMeta+f');
  await page.locator('[data-testid=find-input]').fill(text);
  await page.locator('[data-testid=find-whole-word]').click();
  await page.locator('[data-testid=find-count]').filter({ hasText: /\d/ }).waitFor();
  const count = (await page.locator('[data-testid=find-count]').textContent()) ?? '';
  // Back to the text, keeping the panel (and the highlights) open.
  await page.locator('[data-testid=article-body]').focus();
  return Number(/(\d+)$/.exec(count)?.[1] ?? 0);
}

async function main(): Promise<void> {
  ensureRendererBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'redaksi-bench-keystroke-'));
  let host: { url: string; child: ChildProcess } | undefined;
  let browser: Browser | undefined;
  try {
    const ids = await seedData(dataDir);
    host = await startWebHostProcess(dataDir);
    browser = await chromium.launch(chromiumLaunchOptions);
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    });
    await page.goto(host.url);
    await page.locator('[data-testid=article-row]').first().waitFor();
    const check = () => {
      if (errors.length) throw new Error(errors.join('\n'));
    };

    // Small article: the editor against a bare ProseMirror view of the same document.
    await openArticle(page, ids.small);
    const bareSmall = await timeDispatches(page, 'bare', keys, warmupKeys);
    const small = await timeDispatches(page, 'editor', keys, warmupKeys);
    check();
    const smallLine = resultLine({ id: 'keystroke-js', unit: 'ms', samples: small, baseline: baselineOf(`bare ProseMirror view, no plugins, ${sizes.small} words`, bareSmall), extra: { words: sizes.small } });
    printLine({ ...smallLine, ...(smoke ? { smoke } : {}) });

    // Large article: the goal case, against the small one.
    await openArticle(page, ids.large);
    const bareLarge = await timeDispatches(page, 'bare', keys, warmupKeys);
    const large = await timeDispatches(page, 'editor', keys, warmupKeys);
    const focusedLarge = baselineOf('focused', await timeDispatches(page, 'editor', keys, warmupKeys, true));
    check();
    const largeLine = resultLine({ id: 'keystroke-js', unit: 'ms', samples: large, baseline: baselineOf(`the same editor, ${sizes.small} words`, small), extra: { words: sizes.large } });
    const p95Ratio = smallLine.p95 > 0 ? round(largeLine.p95 / smallLine.p95, 2) : null;
    const pass = smoke ? null : largeLine.p95 <= goalP95Ms && p95Ratio !== null && p95Ratio <= goalRatio;
    const bare = baselineOf('bare ProseMirror', bareLarge);
    printLine({ ...largeLine, p95Ratio, bareP50: bare.p50, bareP95: bare.p95, focusedP50: focusedLarge.p50, focusedP95: focusedLarge.p95, goal: `p95 <= ${goalP95Ms} ms and <= ${goalRatio} x the ${sizes.small}-word p95`, pass, ...(smoke ? { smoke } : {}) });
    if (pass === false) log(`keystroke: ${sizes.large} words p95 ${largeLine.p95} ms (x${p95Ratio} of ${sizes.small} words) misses the goal`);

    // Large article with a find query active: the find plugin's incremental update per keystroke.
    const matches = await setFindQuery(page, 'di');
    const searching = await timeDispatches(page, 'editor', keys, warmupKeys);
    check();
    const searchLine = resultLine({ id: 'keystroke-js', unit: 'ms', samples: searching, baseline: baselineOf(`the same editor, ${sizes.large} words, no search`, large), extra: { words: sizes.large, find: 'di (whole word)', matches } });
    printLine({ ...searchLine, ...(smoke ? { smoke } : {}) });
    await page.keyboard.press('ControlOrMeta+f');
    await page.keyboard.press('Escape');

    // typing: keydown -> next frame, real editor vs bare view, large article.
    await openArticle(page, ids.large);
    const bareTyping = await timeTyping(page, 'bare', typingKeys);
    await openArticle(page, ids.small);
    await openArticle(page, ids.large);
    const typing = await timeTyping(page, 'editor', typingKeys);
    check();
    const typingLine = resultLine({ id: 'typing', unit: 'ms', samples: typing, baseline: baselineOf(`CAL_DOM: bare ProseMirror view, ${sizes.large} words`, bareTyping), extra: { words: sizes.large } });
    printLine({ ...typingLine, p95Ratio: typingLine.baseline && typingLine.baseline.p95 > 0 ? round(typingLine.p95 / typingLine.baseline.p95, 2) : null, ...(smoke ? { smoke } : {}) });
    await context.close();
  } finally {
    await browser?.close();
    if (host) await stopWebHostProcess(host);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
