import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../createBackend.ts';
import type { Article } from '../../../src-preload/contract/domain.ts';
import type { Claim } from '../../../src-preload/contract/factcheck.ts';

let dir: string;
let backend: Backend;
let article: Article;

async function call<T>(method: Parameters<Backend['dispatch']>[0], input: unknown): Promise<T> {
  const r = await backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

async function exportAs(format: string): Promise<{ fileName: string; mediaType: string; bytes: Buffer }> {
  const file = await call<{ fileName: string; mediaType: string; dataBase64: string }>('exportFactCheck', { articleId: article.id, format });
  return { fileName: file.fileName, mediaType: file.mediaType, bytes: Buffer.from(file.dataBase64, 'base64') };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-factcheck-report-'));
  backend = createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test' });
  await call('updateSettings', { userName: 'Dewi <Redaktur>', uiLanguage: 'id' });
  article = await call<Article>('createArticle', { lang: 'id', title: 'Target <script>alert(1)</script> e-commerce' });
  const verified = await call<Claim>('createClaim', { articleId: article.id, text: 'Transaksi e-commerce ditargetkan US$ 130 miliar pada 2020.' });
  await call('updateClaim', { claimId: verified.id, status: 'verified', verdictNote: 'Sesuai rilis resmi <b>kementerian</b>.' });
  await call('addEvidence', {
    claimId: verified.id,
    evidence: { title: 'Rilis Kominfo *penting*', url: 'https://example.org/rilis?id=1&b=2', publisher: 'Kementerian Kominfo', publishedOn: '2016-09-08', excerpt: 'target 130 miliar dolar AS' },
  });
  const unchecked = await call<Claim>('createClaim', { articleId: article.id, text: 'Jumlah pembeli daring 24 juta orang.' });
  void unchecked;
});
afterAll(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('exportFactCheck: the report', () => {
  it('HTML: headline escaped, each claim with its localised status, note, evidence and history; no script can run', async () => {
    const { fileName, mediaType, bytes } = await exportAs('html');
    expect(fileName).toMatch(/cek fakta\.html$/);
    expect(mediaType).toBe('text/html; charset=utf-8');
    const html = bytes.toString('utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<script|<b>/i);
    expect(html).toContain('Target &#60;script&#62;alert(1)&#60;/script&#62; e-commerce');
    expect(html).toContain('Laporan cek fakta');
    expect(html).toContain('Klaim dilacak: 2 (Belum dicek 1, Terverifikasi 1)');
    expect(html).toContain('Klaim 1');
    expect(html).toContain('Transaksi e-commerce ditargetkan US$ 130 miliar pada 2020.');
    expect(html).toContain('Terverifikasi');
    expect(html).toContain('Belum dicek');
    expect(html).toContain('Sesuai rilis resmi &#60;b&#62;kementerian&#60;/b&#62;.');
    expect(html).toContain('<a href="https://example.org/rilis?id=1&#38;b=2" rel="noopener noreferrer">');
    expect(html).toContain('Kementerian Kominfo');
    expect(html).toContain('8 September 2016');
    expect(html).toContain('target 130 miliar dolar AS');
    // History: who did what, statuses in the reader's language.
    expect(html).toContain('status diubah menjadi Terverifikasi');
    expect(html).toContain('oleh Dewi &#60;Redaktur&#62;');
    expect(html).toContain('Belum ada bukti.');
  });

  it('Markdown: the same content, markup characters escaped', async () => {
    const { fileName, bytes } = await exportAs('md');
    expect(fileName).toMatch(/\.md$/);
    const md = bytes.toString('utf8');
    expect(md).toMatch(/^# Target /);
    expect(md).toContain('## Klaim 2');
    expect(md).toContain('**Status:** Belum dicek');
    expect(md).toContain('Rilis Kominfo \\*penting\\*');
    expect(md).toContain('(https://example.org/rilis?id=1&b=2)');
    expect(md).toContain('bukti ditambahkan: Rilis Kominfo \\*penting\\*');
  });

  it('DOCX: a Word document that reads back with the claims, statuses and evidence', async () => {
    const { fileName, mediaType, bytes } = await exportAs('docx');
    expect(fileName).toMatch(/\.docx$/);
    expect(mediaType).toContain('wordprocessingml');
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    expect(text).toContain('Target <script>alert(1)</script> e-commerce');
    expect(text).toContain('Terverifikasi');
    expect(text).toContain('Rilis Kominfo *penting*');
    expect(text).toContain('https://example.org/rilis?id=1&b=2');
    expect(text).toContain('Jumlah pembeli daring 24 juta orang.');
  });

  it('labels follow the UI language', async () => {
    await call('updateSettings', { uiLanguage: 'en' });
    try {
      const html = (await exportAs('html')).bytes.toString('utf8');
      expect(html).toContain('Fact-check report');
      expect(html).toContain('Verified');
      expect(html).toContain('Unchecked');
      expect(html).toContain('status set to Verified');
      expect(html).not.toContain('Terverifikasi');
      expect((await exportAs('md')).fileName).toMatch(/fact check\.md$/);
    } finally {
      await call('updateSettings', { uiLanguage: 'id' });
    }
  });

  it('an article without claims says so; a missing article is NOT_FOUND', async () => {
    const empty = await call<Article>('createArticle', { lang: 'en', title: 'Quiet day' });
    const file = await call<{ dataBase64: string }>('exportFactCheck', { articleId: empty.id, format: 'md' });
    expect(Buffer.from(file.dataBase64, 'base64').toString('utf8')).toContain('Artikel ini tidak memiliki klaim yang dilacak.');
    const r = await backend.dispatch('exportFactCheck', { articleId: '00000000-0000-4000-8000-000000000000', format: 'html' });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
