import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../createBackend.ts';
import type { Article } from '../../src-preload/contract/domain.ts';

let dir: string;
let backend: Backend;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-transfer-'));
  backend = createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test' });
});
afterAll(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
const count = async () => {
  const r = await backend.dispatch('listArticles', {});
  return r.ok ? (r.value as unknown[]).length : -1;
};

describe('importArticle / exportArticle through dispatch', () => {
  it('imports Markdown as a new article in the chosen language and exports it back', async () => {
    const md = '# Jembatan layang dibuka\n\nLalu lintas **lancar** sejak pagi.';
    const r = await backend.dispatch('importArticle', { name: 'jembatan.md', lang: 'id', dataBase64: b64(md) });
    expect(r).toMatchObject({ ok: true, value: { title: 'Jembatan layang dibuka', lang: 'id' } });
    const id = (r as { value: Article }).value.id;
    const out = await backend.dispatch('exportArticle', { id, format: 'md' });
    if (!out.ok) throw new Error(out.error.message);
    const file = out.value as { fileName: string; mediaType: string; dataBase64: string };
    expect(file.fileName).toMatch(/\.md$/);
    expect(Buffer.from(file.dataBase64, 'base64').toString('utf8')).toContain('Lalu lintas **lancar** sejak pagi.');
  });

  it.each([
    ['binary data named .txt', 'foto.txt', Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 9]), 'UNSUPPORTED_FORMAT'],
    ['a PDF', 'laporan.pdf', Buffer.from('%PDF-1.7\n1 0 obj\n'), 'UNSUPPORTED_FORMAT'],
    ['a damaged DOCX', 'rusak.docx', Buffer.from('PK\u0003\u0004 not a real archive'), 'IMPORT_FAILED'],
  ])('refuses %s with %s and adds nothing', async (_what, name, bytes, code) => {
    const before = await count();
    const r = await backend.dispatch('importArticle', { name, lang: 'id', dataBase64: b64(bytes) });
    expect(r).toMatchObject({ ok: false, error: { code } });
    expect(await count()).toBe(before);
  });

  it('exporting a missing article is NOT_FOUND', async () => {
    const r = await backend.dispatch('exportArticle', { id: '00000000-0000-4000-8000-000000000000', format: 'docx' });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
