/**
 * Regenerates the README screenshots: starts the web host on a throwaway data folder, writes a
 * short article of our own, and captures the library and the editor in Chromium.
 *
 *   npm run build && node scripts/screenshot.ts
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions, startWebHostProcess } from '../e2e/startWebHostProcess.ts';
import { createBackend } from '../src-main/createBackend.ts';
import { textToDocument } from '../src-main/services/textToDocument.ts';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'docs');
mkdirSync(outDir, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'redaksi-shot-'));

const backend = createBackend({ dataDir, systemLocale: 'id-ID', appVersion: '0.1.0' });
const seed = [
  ['en', 'Council approves flood-defence budget after long debate', 'The city council approved the budget on Thursday.'],
  ['id', 'Pemkot tambah armada bus listrik untuk jalur pinggiran', 'Dinas Perhubungan menambah 40 bus listrik pada Januari.'],
] as const;
for (const [lang, title, text] of seed) {
  const created = await backend.dispatch('createArticle', { lang, title });
  if (created.ok) {
    const a = created.value as { id: string; version: number };
    await backend.dispatch('saveArticle', { id: a.id, title, doc: textToDocument(text), baseVersion: a.version });
  }
}
const main = await backend.dispatch('createArticle', { lang: 'id', title: 'Harga cabai rawit naik menjelang Lebaran' });
const body = [
  'Harga cabai rawit di sejumlah pasar tradisional naik hampir dua kali lipat dalam sepekan terakhir, Senin (3/3/2025).',
  '"Pasokan dari petani berkurang karena hujan turun hampir setiap hari," ujar Siti Aminah, pedagang di pasar induk.',
  'Dinas Perdagangan mencatat harga rata-rata mencapai Rp 85.000 per kilogram, naik 48,5 persen dibanding bulan lalu.',
].join('\n\n');
if (main.ok) {
  const a = main.value as { id: string; version: number; title: string };
  await backend.dispatch('saveArticle', { id: a.id, title: a.title, doc: textToDocument(body), baseVersion: a.version });
}
backend.close();

const host = await startWebHostProcess(dataDir, { systemLocale: 'id-ID' });
const url = host.url;
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage({ viewport: { width: 1200, height: 720 }, deviceScaleFactor: 1, locale: 'id-ID' });
await page.goto(url);
await page.getByTestId('article-row').first().waitFor();
await page.screenshot({ path: join(outDir, 'library.png') });
await page.getByTestId('article-row').first().click();
await page.getByTestId('article-body').waitFor();
await page.getByTestId('article-body').click();
await page.keyboard.press('ControlOrMeta+End');
await page.keyboard.type(' ');
await page.getByTestId('save-status').and(page.locator('[data-state=saved]')).waitFor();
await page.screenshot({ path: join(outDir, 'editor.png') });
await browser.close();
host.child.kill();
rmSync(dataDir, { recursive: true, force: true });
console.log(`screenshots written to ${outDir}`);
