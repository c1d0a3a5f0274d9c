/**
 * RELIABILITY.md S3 in a real browser (the web host in Chromium): every payload of
 * src-main/services/importers/xssPayloads.ts (50+) pasted into the editor, imported as HTML and
 * as Markdown, and the article HTML export of all of them opened as a page with its CSP removed
 * (so the sanitiser alone is tested). A payload that runs calls alert() (a dialog), sets a global,
 * or logs an error (the `app` fixture fails on console errors): each is counted and must be 0.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';
import { EditorModel } from '../models/editor.model.ts';
import { LibraryModel } from '../models/library.model.ts';
import type { DocumentJson } from '../../src-preload/contract/domain.ts';
import { exportArticle } from '../../src-main/services/exporters/exportArticle.ts';
import { importHtml } from '../../src-main/services/importers/importHtml.ts';
import { xssPayloads } from '../../src-main/services/importers/xssPayloads.ts';

/** Counts what a running payload would do on `page`: dialogs, and the globals the payloads set. */
async function executions(page: Page, dialogs: string[]): Promise<string[]> {
  // onerror/onload handlers fire after the resource fails: give them a moment.
  await page.waitForTimeout(500);
  const globals = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return ['xssRan', '__pwned', '__xss'].filter((name) => w[name] !== undefined);
  });
  return [...dialogs.map((d) => `dialog ${d}`), ...globals.map((g) => `global ${g}`)];
}

function watchDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

test(`${xssPayloads.length} XSS payloads: pasting, HTML and Markdown import and the HTML export run none of them`, async ({ app }) => {
  test.setTimeout(120_000);
  expect(xssPayloads.length).toBeGreaterThanOrEqual(50);
  // The CSP refusing a pasted <style> or style attribute is the defence working, not a payload
  // running (styles execute nothing); every other console error still fails the test.
  app.allowConsoleErrors(/Applying inline style violates the following Content Security Policy directive/);
  const dialogs = watchDialogs(app.page);
  const library = new LibraryModel(app.page);
  await library.newArticle('id');
  const editor = new EditorModel(app.page);
  await editor.typeHeadline('Tempel');
  await editor.body.click();
  // One paste per payload, as a reader copying from hostile pages would.
  for (const payload of xssPayloads) {
    await editor.body.evaluate((el, html) => {
      const data = new DataTransfer();
      data.setData('text/html', `<p>sebelum</p>${html}<p>sesudah</p>`);
      data.setData('text/plain', 'cadangan');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, payload);
  }
  await expect(editor.body.locator('p', { hasText: 'sesudah' }).first()).toBeVisible();
  await expect(editor.body.locator('script, iframe, object, embed, svg, math, form, [onclick], [onerror], [onload], [onfocus], [style*="url("]')).toHaveCount(0);
  for (const href of await editor.body.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) expect(href).toMatch(/^(https?:|mailto:)/);
  expect(await executions(app.page, dialogs)).toEqual([]);
  await editor.waitSaved();
  await editor.back();

  for (const [name, mimeType, content] of [
    ['serangan.html', 'text/html', `<html><head><title>Serangan HTML</title></head><body><h1>Serangan HTML</h1>${xssPayloads.map((p) => `<p>awal</p>${p}`).join('\n')}</body></html>`],
    ['serangan.md', 'text/markdown', `# Serangan Markdown\n\n${xssPayloads.map((p) => `awal ${p}\n\n[tautan](${p.replace(/[()\s]/g, '')})`).join('\n\n')}\n`],
  ] as const) {
    await app.page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
    await expect(editor.headline).toHaveValue(/Serangan/);
    await expect(editor.body.locator('script, iframe, object, embed, svg, math, form, [onclick], [onerror], [onload], [onfocus]')).toHaveCount(0);
    for (const href of await editor.body.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) expect(href).toMatch(/^(https?:|mailto:)/);
    expect(await executions(app.page, dialogs), name).toEqual([]);
    await editor.back();
  }

  // The exported HTML, opened as a page without its CSP: the sanitised markup alone must be inert.
  const doc = { type: 'doc', content: xssPayloads.flatMap((p) => (importHtml(new Uint8Array(Buffer.from(`<p>awal</p>${p}`))).doc as { content: unknown[] }).content) };
  const noImages = JSON.parse(JSON.stringify(doc), (key, value: unknown) => (key === 'content' && Array.isArray(value) ? value.filter((n: { type?: string }) => n?.type !== 'image') : value)) as DocumentJson;
  const html = new TextDecoder().decode(await exportArticle({ title: xssPayloads[0]!, standfirst: xssPayloads[2]!, lang: 'id', doc: noImages }, 'html'));
  const exported = await app.page.context().newPage();
  const exportDialogs = watchDialogs(exported);
  const errors: string[] = [];
  exported.on('pageerror', (e) => errors.push(e.message));
  // A control: the detector sees a handler that does run.
  await exported.setContent('<img src="x" onerror="alert(\'kontrol\')">');
  expect(await executions(exported, exportDialogs)).toEqual(['dialog kontrol']);
  exportDialogs.length = 0;
  await exported.setContent(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, ''));
  expect(await executions(exported, exportDialogs)).toEqual([]);
  expect(errors).toEqual([]);
  await exported.close();
});
