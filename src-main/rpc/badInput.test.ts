/**
 * S5 (RELIABILITY.md): every bridge method refuses malformed input with `INVALID_INPUT` and
 * leaves the database exactly as it was. A hand-written table per method (a missing method is a
 * compile error and a runtime failure), then >= 1,000 generated bad inputs per method.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../src-preload/contract/api.ts';
import { methodNames, type MethodName } from '../../src-preload/contract/channels.ts';
import { createBackend, type Backend } from '../createBackend.ts';

const someUuid = '3f2b8c1e-9a4d-4e6f-8b1a-2c3d4e5f6a7b';
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const goodDoc = { type: 'doc', content: [paragraph('Harga cabai di pasar naik dua kali lipat minggu ini.')] };
const goodPatch = { start: 0, deleteCount: 1, blocks: goodDoc.content, baseBlockCount: 1 };
const longLine = (n: number) => 'a'.repeat(n);
/** Generated bad inputs per method: 1,000 in `npm test`; `npm run test:soak` raises it (REDAKSI_FUZZ_RUNS). */
const fuzzRuns = Number(process.env.REDAKSI_FUZZ_RUNS ?? 1000);

/** Hand-written malformed inputs. Typed by method name, so a new method without an entry does not compile. */
const badInputs: Record<MethodName, unknown[]> = {
  getAppInfo: [undefined, null, 0, 'info', [], [{}], { extra: 1 }, { __proto__: null, x: 1 }, true],
  listArticles: [
    undefined,
    null,
    1,
    'all',
    [],
    { limit: 10 },
    { orderBy: 'updated_at; DROP TABLE articles' },
    { sql: 'SELECT 1' },
    { sort: 'updated_at' },
    { sort: 'updated; DROP TABLE articles' },
    { sort: 'title', direction: 'up' },
    { direction: 'DESC' },
    { status: 'deleted' },
    { status: 'Draft' },
    { lang: 'fr' },
    { tag: '' },
    { tag: '   ' },
    { tag: longLine(61) },
    { tag: 'a\nb' },
    { tag: ['pemilu'] },
    { trashed: 'yes' },
    { trashed: 1 },
    { status: null },
  ],
  createArticle: [
    undefined,
    null,
    {},
    'id',
    ['id'],
    { lang: 'fr' },
    { lang: 'ID' },
    { lang: 'in' },
    { lang: '' },
    { lang: null },
    { lang: 1 },
    { language: 'id' },
    { lang: 'id', title: 42 },
    { lang: 'id', title: null },
    { lang: 'id', title: 'Baris satu\nbaris dua' },
    { lang: 'en', title: 'Carriage\rreturn' },
    { lang: 'en', title: 'Windows\r\nline' },
    { lang: 'id', title: longLine(1001) },
    { lang: 'id', title: longLine(5_000_000) },
    { lang: 'id', title: ['Judul'] },
    { lang: 'id', title: 'Judul', id: someUuid },
    { lang: 'id', version: 7 },
    { lang: 'id', doc: goodDoc },
  ],
  getArticle: [
    undefined,
    null,
    {},
    someUuid,
    { id: '' },
    { id: 'not-a-uuid' },
    { id: 1 },
    { id: null },
    { id: [someUuid] },
    { id: `${someUuid} ` },
    { id: `${someUuid}\n` },
    { id: someUuid.replaceAll('-', '') },
    { id: "' OR 1=1 --" },
    { id: '../../../etc/passwd' },
    { id: longLine(100_000) },
    { id: someUuid, includeDeleted: true },
    { ID: someUuid },
  ],
  saveArticle: [
    undefined,
    null,
    {},
    { id: someUuid },
    { id: someUuid, title: 'T', doc: goodDoc },
    { id: someUuid, title: 'T', baseVersion: 1 },
    { id: someUuid, doc: goodDoc, baseVersion: 1 },
    { title: 'T', doc: goodDoc, baseVersion: 1 },
    { id: 'abc', title: 'T', doc: goodDoc, baseVersion: 1 },
    { id: someUuid, title: 'Dua\nbaris', doc: goodDoc, baseVersion: 1 },
    { id: someUuid, title: longLine(1001), doc: goodDoc, baseVersion: 1 },
    { id: someUuid, title: 7, doc: goodDoc, baseVersion: 1 },
    { id: someUuid, title: 'T', doc: goodDoc, baseVersion: 0 },
    { id: someUuid, title: 'T', doc: goodDoc, baseVersion: -1 },
    { id: someUuid, title: 'T', doc: goodDoc, baseVersion: 1.5 },
    { id: someUuid, title: 'T', doc: goodDoc, baseVersion: Number.NaN },
    { id: someUuid, title: 'T', doc: goodDoc, baseVersion: Number.POSITIVE_INFINITY },
    { id: someUuid, title: 'T', doc: goodDoc, baseVersion: Number.MAX_SAFE_INTEGER + 2 },
    { id: someUuid, title: 'T', doc: goodDoc, baseVersion: '1' },
    { id: someUuid, title: 'T', doc: goodDoc, baseVersion: 1n },
    { id: someUuid, title: 'T', doc: goodDoc, baseVersion: null },
    { id: someUuid, title: 'T', doc: null, baseVersion: 1 },
    { id: someUuid, title: 'T', doc: 'doc', baseVersion: 1 },
    { id: someUuid, title: 'T', doc: JSON.stringify(goodDoc), baseVersion: 1 },
    { id: someUuid, title: 'T', doc: [goodDoc], baseVersion: 1 },
    { id: someUuid, title: 'T', doc: { content: goodDoc.content }, baseVersion: 1 },
    { id: someUuid, title: 'T', doc: { type: 'paragraph', content: goodDoc.content }, baseVersion: 1 },
    { id: someUuid, title: 'T', doc: { type: 'DOC', content: goodDoc.content }, baseVersion: 1 },
    { id: someUuid, title: 'T', doc: { type: 'doc', content: 'teks' }, baseVersion: 1 },
    { id: someUuid, title: 'T', doc: { type: 'doc', content: [null] }, baseVersion: 1 },
    { id: someUuid, title: 'T', doc: { type: 'doc', content: ['teks'] }, baseVersion: 1 },
    { id: someUuid, title: 'T', doc: { type: 'doc', content: [[paragraph('x')]] }, baseVersion: 1 },
    { id: someUuid, title: 'T', doc: { type: 'doc', content: Array.from({ length: 200_001 }, () => ({})) }, baseVersion: 1 },
    { id: someUuid, title: 'T', doc: goodDoc, baseVersion: 1, force: true },
    { id: someUuid, title: 'T', doc: goodDoc, baseVersion: 1, version: 99 },
    { id: someUuid, title: 'T', doc: goodDoc, baseVersion: 1, wordCount: 0 },
    // The patch form: only the changed blocks of the body stored at baseVersion.
    { id: someUuid, title: 'T', patch: goodPatch, doc: goodDoc, baseVersion: 1 },
    { id: someUuid, title: 'T', patch: goodPatch },
    { id: someUuid, title: 'T', patch: goodPatch, baseVersion: 0 },
    { id: someUuid, title: 'T', patch: null, baseVersion: 1 },
    { id: someUuid, title: 'T', patch: JSON.stringify(goodPatch), baseVersion: 1 },
    { id: someUuid, title: 'T', patch: [goodPatch], baseVersion: 1 },
    { id: someUuid, title: 'T', patch: goodDoc, baseVersion: 1 },
    { id: someUuid, title: 'T', patch: { ...goodPatch, start: -1 }, baseVersion: 1 },
    { id: someUuid, title: 'T', patch: { ...goodPatch, start: 0.5 }, baseVersion: 1 },
    { id: someUuid, title: 'T', patch: { ...goodPatch, start: '0' }, baseVersion: 1 },
    { id: someUuid, title: 'T', patch: { ...goodPatch, deleteCount: -1 }, baseVersion: 1 },
    { id: someUuid, title: 'T', patch: { ...goodPatch, deleteCount: Number.NaN }, baseVersion: 1 },
    { id: someUuid, title: 'T', patch: { ...goodPatch, baseBlockCount: 0 }, baseVersion: 1 },
    { id: someUuid, title: 'T', patch: { ...goodPatch, start: 1, deleteCount: 1 }, baseVersion: 1 },
    { id: someUuid, title: 'T', patch: { ...goodPatch, deleteCount: 2 }, baseVersion: 1 },
    { id: someUuid, title: 'T', patch: { ...goodPatch, start: 200_001, baseBlockCount: 200_001 }, baseVersion: 1 },
    { id: someUuid, title: 'T', patch: { start: 0, deleteCount: 0, blocks: [] }, baseVersion: 1 },
    { id: someUuid, title: 'T', patch: { ...goodPatch, blocks: goodDoc }, baseVersion: 1 },
    { id: someUuid, title: 'T', patch: { ...goodPatch, blocks: [null] }, baseVersion: 1 },
    { id: someUuid, title: 'T', patch: { ...goodPatch, blocks: ['teks'] }, baseVersion: 1 },
    { id: someUuid, title: 'T', patch: { ...goodPatch, blocks: [goodDoc.content] }, baseVersion: 1 },
    { id: someUuid, title: 'T', patch: { ...goodPatch, blocks: Array.from({ length: 200_001 }, () => ({})) }, baseVersion: 1 },
    { id: someUuid, title: 'T', patch: { ...goodPatch, sql: 'DROP TABLE articles' }, baseVersion: 1 },
  ],
  updateArticleMeta: [
    undefined,
    null,
    {},
    someUuid,
    { id: someUuid },
    { standfirst: 'Tanpa id' },
    { id: 'abc', byline: 'Dewi' },
    { id: someUuid, standfirst: 'Dua\nbaris' },
    { id: someUuid, standfirst: longLine(2001) },
    { id: someUuid, standfirst: 7 },
    { id: someUuid, standfirst: null },
    { id: someUuid, byline: longLine(201) },
    { id: someUuid, byline: 'Dewi\r\nLestari' },
    { id: someUuid, byline: 'Dewi\u0000' },
    { id: someUuid, datelinePlace: ['Jakarta'] },
    { id: someUuid, datelineDate: '2026-13-01' },
    { id: someUuid, datelineDate: '2026-02-30' },
    { id: someUuid, datelineDate: '20/11/2026' },
    { id: someUuid, datelineDate: '2026-11-20T08:00:00Z' },
    { id: someUuid, datelineDate: 20261120 },
    { id: someUuid, outlet: { name: 'Kompas' } },
    { id: someUuid, tags: 'pemilu' },
    { id: someUuid, tags: [''] },
    { id: someUuid, tags: ['   '] },
    { id: someUuid, tags: [longLine(61)] },
    { id: someUuid, tags: ['dua\nbaris'] },
    { id: someUuid, tags: [7] },
    { id: someUuid, tags: [null] },
    { id: someUuid, tags: Array.from({ length: 51 }, (_, i) => `tag${i}`) },
    { id: someUuid, notes: longLine(20_001) },
    { id: someUuid, notes: 'bel\u0007' },
    { id: someUuid, status: 'ready' },
    { id: someUuid, title: 'Judul' },
    { id: someUuid, version: 3 },
    { id: someUuid, byline: 'Dewi', updatedAt: '2026-11-20T08:00:00.000Z' },
  ],
  getArticleStatus: [undefined, null, {}, someUuid, { id: '' }, { id: 'abc' }, { id: null }, { id: [someUuid] }, { id: someUuid, history: true }, { articleId: someUuid }],
  setArticleStatus: [
    undefined,
    null,
    {},
    { id: someUuid },
    { status: 'ready' },
    { id: 'abc', status: 'ready' },
    { id: someUuid, status: 'READY' },
    { id: someUuid, status: 'ready', override: { note: '' } },
    { id: someUuid, status: 'ready', override: { note: '   ' } },
    { id: someUuid, status: 'ready', override: 'force' },
    { id: someUuid, status: 'factcheck' },
    { id: someUuid, status: 'fact_check' },
    { id: someUuid, status: 'deleted' },
    { id: someUuid, status: '' },
    { id: someUuid, status: null },
    { id: someUuid, status: 3 },
    { id: someUuid, status: ['ready'] },
    { id: someUuid, status: 'ready', by: 'Pemimpin Redaksi' },
    { id: someUuid, status: 'ready', force: true },
    { id: someUuid, status: 'ready', at: '2026-11-20T08:00:00.000Z' },
  ],
  deleteArticle: [undefined, null, {}, someUuid, { id: '' }, { id: 'abc' }, { id: [someUuid] }, { id: "' OR 1=1 --" }, { id: someUuid, permanent: true }, { ids: [someUuid] }, { id: '*' }],
  restoreArticle: [undefined, null, {}, someUuid, { id: 'abc' }, { id: null }, { id: someUuid, status: 'draft' }, { ids: [someUuid] }, { id: '%' }],
  emptyTrash: [undefined, null, 'all', [], [{}], { confirm: true }, { olderThan: '2026-01-01' }, { ids: [someUuid] }, 1],
  searchArticles: [
    undefined,
    null,
    {},
    'kopi',
    { q: 'kopi' },
    { query: 5 },
    { query: null },
    { query: ['kopi'] },
    { query: longLine(501) },
    { query: 'kopi', limit: 0 },
    { query: 'kopi', limit: 101 },
    { query: 'kopi', limit: 2.5 },
    { query: 'kopi', limit: '20' },
    { query: 'kopi', offset: -1 },
    { query: 'kopi', offset: 10_001 },
    { query: 'kopi', offset: 1.5 },
    { query: 'kopi', sql: 'SELECT 1' },
    { query: 'kopi', match: 'kopi OR 1' },
    { query: 'kopi', includeTrash: true },
  ],
  listTags: [undefined, null, 'pemilu', [], { prefix: 'pem' }, { limit: 5 }, 0],
  getSettings: [undefined, null, 'uiLanguage', ['uiLanguage'], { keys: ['uiLanguage'] }, { uiLanguage: 'id' }, 3.14],
  updateSettings: [
    undefined,
    null,
    {},
    'id',
    { uiLanguage: 'fr' },
    { uiLanguage: 'ID' },
    { uiLanguage: null },
    { uiLanguage: ['id'] },
    { uiLanguage: 'id', theme: 'dark' },
    { userName: 7 },
    { userName: null },
    { userName: longLine(201) },
    { claimsGate: 'off' },
    { claimsGate: 0 },
    { userName: `  ${longLine(201)}  ` },
    { userName: longLine(2_000_000) },
    { uiLanguageChosen: true },
    { settings: { uiLanguage: 'en' } },
    { uiLanguage: 'en', uiLanguageChosen: false },
  ],
  reportQuitReady: [
    undefined,
    null,
    {},
    'q-1',
    { requestId: '' },
    { requestId: 1 },
    { requestId: null },
    { requestId: longLine(101) },
    { requestId: ['q-1'] },
    { requestId: 'q-1', force: true },
    { id: 'q-1' },
  ],
  listRevisions: [
    undefined,
    null,
    {},
    someUuid,
    { articleId: '' },
    { articleId: 'not-a-uuid' },
    { articleId: null },
    { articleId: [someUuid] },
    { id: someUuid },
    { articleId: someUuid, limit: 10 },
    { articleId: someUuid, kind: 'named' },
  ],
  createRevision: [
    undefined,
    null,
    {},
    { name: 'Versi final' },
    { articleId: 'abc' },
    { articleId: someUuid, name: 7 },
    { articleId: someUuid, name: null },
    { articleId: someUuid, name: longLine(201) },
    { articleId: someUuid, name: `  ${longLine(201)}  ` },
    { articleId: someUuid, name: 'Dua\nbaris' },
    { articleId: someUuid, name: ['Versi'] },
    { articleId: someUuid, kind: 'auto' },
    { articleId: someUuid, name: 'Versi', author: 'Dewi' },
    { articleId: someUuid, doc: goodDoc },
  ],
  diffRevision: [
    undefined,
    null,
    {},
    { articleId: someUuid },
    { revisionId: someUuid },
    { articleId: 'abc', revisionId: someUuid },
    { articleId: someUuid, revisionId: 'abc' },
    { articleId: someUuid, revisionId: 1 },
    { articleId: someUuid, revisionId: someUuid, against: 'previous' },
    { articleId: someUuid, revisionId: someUuid, against: 'CURRENT' },
    { articleId: someUuid, revisionId: someUuid, against: null },
    { articleId: someUuid, revisionId: someUuid, against: 3 },
    { articleId: someUuid, revisionId: someUuid, against: [someUuid] },
    { articleId: someUuid, revisionId: someUuid, format: 'html' },
  ],
  restoreRevision: [
    undefined,
    null,
    {},
    { articleId: someUuid, revisionId: someUuid },
    { articleId: someUuid, baseVersion: 1 },
    { revisionId: someUuid, baseVersion: 1 },
    { articleId: someUuid, revisionId: 'abc', baseVersion: 1 },
    { articleId: someUuid, revisionId: someUuid, baseVersion: 0 },
    { articleId: someUuid, revisionId: someUuid, baseVersion: -3 },
    { articleId: someUuid, revisionId: someUuid, baseVersion: 2.5 },
    { articleId: someUuid, revisionId: someUuid, baseVersion: '2' },
    { articleId: someUuid, revisionId: someUuid, baseVersion: null },
    { articleId: someUuid, revisionId: someUuid, baseVersion: 1, force: true },
    { articleId: someUuid, revisionId: someUuid, baseVersion: 1, doc: goodDoc },
  ],
  listComments: [
    undefined,
    null,
    {},
    someUuid,
    { articleId: 'abc' },
    { articleId: null },
    { articleId: someUuid, resolved: false },
    { threadId: someUuid },
  ],
  createCommentThread: [
    undefined,
    null,
    {},
    { articleId: someUuid, quote: 'kutipan' },
    { articleId: someUuid, body: 'Cek angka ini.' },
    { quote: 'kutipan', body: 'Cek angka ini.' },
    { articleId: 'abc', quote: 'kutipan', body: 'Cek angka ini.' },
    { articleId: someUuid, quote: '', body: 'Cek angka ini.' },
    { articleId: someUuid, quote: longLine(5001), body: 'Cek angka ini.' },
    { articleId: someUuid, quote: 'kutipan', body: '' },
    { articleId: someUuid, quote: 'kutipan', body: '   \n\t ' },
    { articleId: someUuid, quote: 'kutipan', body: longLine(10_001) },
    { articleId: someUuid, quote: 7, body: 'Cek angka ini.' },
    { articleId: someUuid, quote: 'kutipan', body: null },
    { articleId: someUuid, quote: 'kutipan', body: 'Cek.', id: someUuid },
    { articleId: someUuid, quote: 'kutipan', body: 'Cek.', author: 'Dewi' },
  ],
  replyToComment: [
    undefined,
    null,
    {},
    { threadId: someUuid },
    { body: 'Sudah dicek.' },
    { threadId: 'abc', body: 'Sudah dicek.' },
    { threadId: someUuid, body: '' },
    { threadId: someUuid, body: '    ' },
    { threadId: someUuid, body: longLine(10_001) },
    { threadId: someUuid, body: 5 },
    { threadId: someUuid, body: 'Sudah dicek.', resolve: true },
    { articleId: someUuid, body: 'Sudah dicek.' },
  ],
  resolveComment: [undefined, null, {}, someUuid, { threadId: '' }, { threadId: 'abc' }, { threadId: null }, { threadId: someUuid, resolvedBy: 'Dewi' }, { id: someUuid }],
  reopenComment: [undefined, null, {}, someUuid, { threadId: '' }, { threadId: 'abc' }, { threadId: [someUuid] }, { threadId: someUuid, note: 'lagi' }, { id: someUuid }],
  importArticle: [
    undefined, {}, { name: 'a.txt', lang: 'id' }, { name: 'a.txt', lang: 'id', dataBase64: 'not base64!' }, { name: '', lang: 'id', dataBase64: 'YQ==' },
    { name: '../../etc/passwd', lang: 'id', dataBase64: 'YQ==' }, { name: 'C:\\x.txt', lang: 'id', dataBase64: 'YQ==' }, { name: 'a.txt', lang: 'fr', dataBase64: 'YQ==' },
    { name: 'a.txt', lang: 'id', dataBase64: 'YQ==', path: '/tmp/a.txt' }, { name: 'x'.repeat(256), lang: 'id', dataBase64: 'YQ==' },
  ],
  exportArticle: [undefined, {}, { id: someUuid }, { id: someUuid, format: 'rtf' }, { id: 'abc', format: 'docx' }, { id: someUuid, format: 'DOCX' }, { id: someUuid, format: 'pdf', path: '/tmp/x.pdf' }],
  previewCleanup: [undefined, null, {}, { id: 'abc' }, { id: someUuid.toUpperCase() + 'x' }, { id: someUuid, apply: true }, { id: [someUuid] }, { articleId: someUuid }],
  applyCleanup: [
    undefined,
    {},
    { id: someUuid },
    { baseVersion: 1 },
    { id: 'abc', baseVersion: 1 },
    { id: someUuid, baseVersion: 0 },
    { id: someUuid, baseVersion: -1 },
    { id: someUuid, baseVersion: 1.5 },
    { id: someUuid, baseVersion: '2' },
    { id: someUuid, baseVersion: 1, doc: { type: 'doc' } },
  ],
  addMedia: [
    undefined, null, {}, { dataBase64: '' }, { dataBase64: 'not base64!' }, { dataBase64: 123 }, { dataBase64: ['iVBORw0KGgo='] },
    { dataBase64: 'data:image/png;base64,iVBORw0KGgo=' }, { dataBase64: 'iVBORw0KGgo=', name: 'foto.png' }, { dataBase64: 'iVBORw0KGgo=', mime: 'image/png' },
    { path: '/tmp/foto.png' }, { url: 'https://example.com/foto.png' }, { dataBase64: 'A'.repeat(Math.ceil((25 * 1024 * 1024) / 3) * 4 + 4) },
  ],
  proofreadBlocks: [
    undefined, null, {}, { articleId: someUuid, lang: 'id' }, { articleId: someUuid, lang: 'id', blocks: [] },
    { articleId: someUuid, lang: 'fr', blocks: [{ key: 'b1', text: 'Warga berkumpul dirumah kepala desa.' }] }, { articleId: 'abc', lang: 'id', blocks: [{ key: 'b1', text: 'Warga berkumpul dirumah kepala desa.' }] },
    { articleId: someUuid, lang: 'id', blocks: [{ key: '', text: 'x' }] }, { articleId: someUuid, lang: 'id', blocks: [{ key: 'k'.repeat(65), text: 'x' }] },
    { articleId: someUuid, lang: 'id', blocks: [{ key: 'b1', text: 42 }] }, { articleId: someUuid, lang: 'id', blocks: [{ key: 'b1', text: 'x', lang: 'en' }] },
    { articleId: someUuid, lang: 'id', blocks: [{ key: 'b1', text: longLine(20_001) }] },
    { articleId: someUuid, lang: 'id', blocks: Array.from({ length: 201 }, (_v, i) => ({ key: `b${i}`, text: 'x' })) },
    { articleId: someUuid, lang: 'id', blocks: Array.from({ length: 11 }, (_v, i) => ({ key: `b${i}`, text: longLine(19_000) })) },
    { articleId: someUuid, lang: 'id', blocks: { key: 'b1', text: 'Warga berkumpul dirumah kepala desa.' } }, { articleId: someUuid, lang: 'id', blocks: [{ key: 'b1', text: 'Warga berkumpul dirumah kepala desa.' }], uiLanguage: 'en' },
  ],
  suggestSpelling: [
    undefined, null, {}, { word: 'rumh' }, { word: 'rumh', lang: 'fr' }, { word: '', lang: 'id' }, { word: '   ', lang: 'id' },
    { word: 'dua kata', lang: 'id' }, { word: '1234', lang: 'id' }, { word: longLine(101), lang: 'id' }, { word: ['rumh'], lang: 'id' },
    { word: '<script>', lang: 'id' }, { word: 'rumh', lang: 'id', limit: 100 },
  ],
  listProofreadingRules: [undefined, null, 'id', [], { lang: 'id' }, { kind: 'spelling' }, 0],
  getProofreadingSettings: [undefined, null, 'dictionary', [], { keys: ['dictionary'] }, true],
  setProofreadingRule: [
    undefined, null, {}, { rule: 'id.di-place' }, { enabled: false }, { rule: 'id.di-place', enabled: 'no' }, { rule: 'id.di-place', enabled: 0 },
    { rule: '', enabled: false }, { rule: 'ID.DI-PLACE', enabled: false }, { rule: 'semua', enabled: false }, { rule: 'id.di place', enabled: false },
    { rule: `id.${longLine(80)}`, enabled: false }, { rule: ['id.di-place'], enabled: false }, { rule: 'id.di-place', enabled: false, lang: 'id' },
  ],
  addToDictionary: [
    undefined, null, {}, 'Sumarsih', { word: '' }, { word: ' ' }, { word: 'dua kata' }, { word: 'baris\nbaru' }, { word: '42' }, { word: longLine(101) },
    { word: 'a<b' }, { word: ['Sumarsih'] }, { word: 'Sumarsih', lang: 'id' }, { words: ['Sumarsih'] },
  ],
  removeFromDictionary: [undefined, null, {}, { word: '' }, { word: 'dua kata' }, { word: longLine(101) }, { word: 7 }, { word: 'Sumarsih', all: true }],
  ignoreWord: [
    undefined, null, {}, { word: 'Sumarsih' }, { articleId: someUuid }, { articleId: 'abc', word: 'Sumarsih' }, { articleId: someUuid, word: '' },
    { articleId: someUuid, word: 'dua kata' }, { articleId: someUuid, word: longLine(101) }, { articleId: someUuid, word: 'Sumarsih', global: true },
  ],
  analyseClaims: [
    undefined, null, {}, { articleId: someUuid, lang: 'id' }, { articleId: someUuid, lang: 'id', blocks: [] }, { articleId: 'abc', lang: 'id', blocks: [{ key: 'b', text: 'x' }] },
    { articleId: someUuid, lang: 'fr', blocks: [{ key: 'b', text: 'x' }] }, { articleId: someUuid, lang: 'id', blocks: [{ key: '', text: 'x' }] },
    { articleId: someUuid, lang: 'id', blocks: [{ key: 'b', text: longLine(20_001) }] }, { articleId: someUuid, lang: 'id', blocks: [{ key: 'b', text: 'x', extra: 1 }] },
    { articleId: someUuid, lang: 'id', blocks: [{ key: 'b', text: 'x' }], ui: 'en' },
  ],
  listClaims: [undefined, null, {}, { articleId: 'abc' }, { articleId: someUuid, status: 'verified' }, { id: someUuid }, someUuid],
  createClaim: [
    undefined, null, {}, { articleId: someUuid }, { articleId: someUuid, text: '' }, { articleId: someUuid, text: '   ' }, { articleId: 'abc', text: 'Ekspor naik.' },
    { articleId: someUuid, text: longLine(5001) }, { articleId: someUuid, text: 'Ekspor naik.', reasons: ['rumour'] }, { articleId: someUuid, text: 'Ekspor naik.', status: 'verified' },
    { articleId: someUuid, text: 'Ekspor naik.', figures: [{ kind: 'money', text: 'US$ 5', value: {}, unit: 'USD' }] },
  ],
  updateClaim: [
    undefined, null, {}, { claimId: someUuid }, { claimId: 'abc', status: 'verified' }, { claimId: someUuid, status: 'true' }, { claimId: someUuid, status: 'Verified' },
    { claimId: someUuid, verdictNote: longLine(10_001) }, { claimId: someUuid, status: 'verified', by: 'Rina' }, { claimId: someUuid, verdictNote: 42 },
  ],
  deleteClaim: [undefined, null, {}, { claimId: 'abc' }, { claimId: someUuid, force: true }, { id: someUuid }],
  addEvidence: [
    undefined, null, {}, { claimId: someUuid }, { claimId: someUuid, evidence: {} }, { claimId: someUuid, evidence: { title: '' } }, { claimId: someUuid, evidence: { title: 'a\nb' } },
    { claimId: someUuid, evidence: { title: 'Laporan BPS', url: 'javascript:alert(1)' } }, { claimId: someUuid, evidence: { title: 'Laporan BPS', url: 'file:///etc/passwd' } },
    { claimId: someUuid, evidence: { title: 'Laporan BPS', publishedOn: '8 September 2016' } }, { claimId: someUuid, evidence: { title: 'Laporan BPS', file: { name: '../x.pdf', dataBase64: 'QQ==' } } },
    { claimId: someUuid, evidence: { title: 'Laporan BPS', file: { name: 'x.pdf', dataBase64: '%%%' } } }, { claimId: someUuid, evidence: { title: 'Laporan BPS', sourceId: 'abc' } },
    { claimId: someUuid, evidence: { title: 'Laporan BPS', path: '/tmp/x' } },
  ],
  removeEvidence: [undefined, null, {}, { claimId: someUuid }, { evidenceId: someUuid }, { claimId: 'abc', evidenceId: someUuid }, { claimId: someUuid, evidenceId: someUuid, all: true }],
  getEvidenceFile: [undefined, null, {}, { evidenceId: 'abc' }, { evidenceId: someUuid, path: '/etc/passwd' }, { id: someUuid }],
  importSource: [
    undefined, null, {}, { name: 'laporan.txt' }, { name: '', dataBase64: 'QQ==' }, { name: '../laporan.txt', dataBase64: 'QQ==' }, { name: 'a\\b.txt', dataBase64: 'QQ==' },
    { name: 'laporan.txt', dataBase64: '%%%' }, { name: 'laporan.txt', dataBase64: 'QQ==', path: '/tmp/laporan.txt' }, { name: longLine(256), dataBase64: 'QQ==' },
  ],
  listSources: [undefined, null, 'all', [], { query: 'bps' }, 0],
  deleteSource: [undefined, null, {}, { id: 'abc' }, { id: someUuid, cascade: true }, { sourceId: someUuid }],
  searchSources: [undefined, null, {}, 'ekspor', { query: longLine(501) }, { query: 'ekspor', limit: 0 }, { query: 'ekspor', limit: 101 }, { query: 7 }, { query: 'ekspor', offset: 5 }],
  findEvidence: [undefined, null, {}, { claimId: 'abc' }, { claimId: someUuid, limit: 0 }, { claimId: someUuid, limit: 51 }, { claimId: someUuid, query: 'x' }],
  exportFactCheck: [undefined, null, {}, { articleId: someUuid }, { articleId: someUuid, format: 'pdf' }, { articleId: someUuid, format: 'HTML' }, { articleId: 'abc', format: 'md' }, { articleId: someUuid, format: 'md', path: '/tmp/x.md' }],  createTranslation: [undefined, null, {}, { sourceArticleId: someUuid }, { sourceArticleId: 'abc', targetLang: 'en' }, { sourceArticleId: someUuid, targetLang: 'fr' }, { sourceArticleId: someUuid, targetLang: 'en', segments: [] }],
  listTranslations: [undefined, null, {}, { articleId: 'abc' }, { articleId: someUuid, all: true }],
  getTranslation: [undefined, null, {}, { articleId: 'abc' }, { id: someUuid }, { articleId: someUuid, sql: 'DROP TABLE segments' }],
  updateSegment: [
    undefined, null, {}, { articleId: someUuid, segmentId: 'b1.0', target: 'x' }, { articleId: someUuid, segmentId: '1', target: 'x', status: 'draft' },
    { articleId: someUuid, segmentId: 'b1.0', target: 'x', status: 'done' }, { articleId: someUuid, segmentId: 'b1.0', target: longLine(20_001), status: 'draft' },
    { articleId: someUuid, segmentId: 'b1.0', target: 'x', status: 'draft', origin: 'google' }, { articleId: someUuid, segmentId: 'b1.0', target: 'x', status: 'draft', matchScore: 150 },
  ],
  checkTranslation: [undefined, null, {}, { articleId: 'abc' }, { articleId: someUuid, rules: ['x'] }],
  checkSegment: [undefined, null, {}, { source: 'a', target: 'b' }, { source: 'a', target: 'b', sourceLang: 'id', targetLang: 'de' }, { source: longLine(20_001), target: 'b', sourceLang: 'id', targetLang: 'en' }],
  startPretranslate: [undefined, null, {}, { articleId: 'abc' }, { articleId: someUuid, minScore: 10 }, { articleId: someUuid, minScore: 101 }, { articleId: someUuid, engine: 'google' }],
  suggestMt: [undefined, null, {}, { articleId: someUuid }, { articleId: someUuid, segmentId: 'b1.0', engine: 'google' }, { articleId: 'abc', segmentId: 'b1.0' }, { articleId: someUuid, segmentId: 'b1.0', text: 'x' }],
  getMtSettings: [undefined, null, 'all', [], { keys: true }],
  updateMtEngine: [
    undefined, null, {}, { id: 'google' }, { id: 'openai', baseUrl: 'file:///etc/passwd' }, { id: 'openai', baseUrl: 'http://user:pw@127.0.0.1' },
    { id: 'openai', baseUrl: 'javascript:alert(1)' }, { id: 'deepl', apiKey: '' }, { id: 'deepl', apiKey: longLine(501) }, { id: 'openai', model: '' }, { id: 'openai', enabled: 'yes' },
  ],
  updateMtSettings: [undefined, null, { defaultEngine: 'google' }, { registryUrl: 'ftp://example.org/registry.json' }, { registryUrl: 'not a url' }, { sql: 'x' }],
  listMtModels: [undefined, null, 'all', [], { from: 'id' }],
  importMtModel: [
    undefined, null, {}, { files: [] }, { files: [{ name: '../model.bin', dataBase64: 'QQ==' }] }, { files: [{ name: 'a.zip', path: '/tmp/a.zip' }] },
    { files: Array.from({ length: 13 }, (_, i) => ({ name: `f${i}.bin`, dataBase64: 'QQ==' })) },
  ],
  removeMtModel: [undefined, null, {}, { from: 'id' }, { from: 'id', to: 'fr' }, { from: 'id', to: 'en', path: '/' }],
  startMtModelDownload: [undefined, null, {}, { from: 'de', to: 'en' }, { from: 'id', to: 'en', url: 'http://127.0.0.1/x' }],
  exportXliff: [undefined, null, {}, { articleId: someUuid }, { articleId: someUuid, version: '2.0' }, { articleId: someUuid, version: '1.2', path: '/tmp/a.xlf' }],
  importXliff: [
    undefined, null, {}, { articleId: someUuid }, { articleId: someUuid, file: { name: '../a.xlf', dataBase64: 'QQ==' } }, { articleId: someUuid, file: { name: 'a.xlf', dataBase64: '%%%' } },
    { articleId: someUuid, file: { name: 'a.xlf', path: '/etc/passwd' } },
  ],
  listMemories: [undefined, null, 'all', [], { lang: 'id' }],
  createMemory: [undefined, null, {}, { name: '' }, { name: '   ', sourceLang: 'id', targetLang: 'en' }, { name: 'Berita', sourceLang: 'id', targetLang: 'fr' }, { name: longLine(201), sourceLang: 'id', targetLang: 'en' }],
  updateMemory: [undefined, null, {}, { id: 'abc', name: 'x' }, { id: someUuid, readable: 'yes' }, { id: someUuid, name: '' }, { id: someUuid, units: 0 }],
  deleteMemory: [undefined, null, {}, { id: 'abc' }, { memoryId: someUuid }],
  lookupTm: [
    undefined, null, {}, { source: '', sourceLang: 'id', targetLang: 'en' }, { source: 'Ekspor naik.', sourceLang: 'id' }, { source: 'Ekspor naik.', sourceLang: 'id', targetLang: 'en', limit: 0 },
    { source: 'Ekspor naik.', sourceLang: 'id', targetLang: 'en', minScore: 0 }, { source: longLine(20_001), sourceLang: 'id', targetLang: 'en' },
  ],
  concordance: [undefined, null, {}, { query: '', side: 'source', sourceLang: 'id', targetLang: 'en' }, { query: 'ekspor', side: 'both', sourceLang: 'id', targetLang: 'en' }, { query: longLine(501), side: 'source', sourceLang: 'id', targetLang: 'en' }],
  startTmxImport: [undefined, null, {}, { memoryId: someUuid }, { memoryId: 'abc', file: { name: 'a.tmx', dataBase64: 'QQ==' } }, { memoryId: someUuid, file: { name: '/etc/a.tmx', dataBase64: 'QQ==' } }, { memoryId: someUuid, path: '/tmp/a.tmx' }],
  exportTmx: [undefined, null, {}, { memoryId: 'abc' }, { memoryId: someUuid, path: '/tmp/a.tmx' }],
  listGlossaryTerms: [undefined, null, 'x', { query: longLine(501) }, { limit: 0 }, { limit: 5001 }, { query: 7 }],
  saveGlossaryTerm: [
    undefined, null, {}, { termId: '', termEn: '' }, { termId: 'menteri', termEn: 'minister', id: 'abc' }, { termId: longLine(501), termEn: 'x' },
    { termId: 'menteri', termEn: 'minister', forbiddenEn: [''] }, { termId: 'menteri', termEn: 'minister', caseSensitive: 'yes' },
  ],
  deleteGlossaryTerm: [undefined, null, {}, { id: 'abc' }, { termId: someUuid }],
  importGlossary: [undefined, null, {}, { file: {} }, { file: { name: '', dataBase64: 'QQ==' } }, { file: { name: 'a/b.csv', dataBase64: 'QQ==' } }, { file: { name: 'a.csv', dataBase64: '%%%' } }],
  exportGlossary: [undefined, null, {}, { format: 'xlsx' }, { format: 'CSV' }, { format: 'csv', path: '/tmp/x.csv' }],
  getJob: [undefined, null, {}, { id: 'abc' }, { jobId: someUuid }],
  cancelJob: [undefined, null, {}, { id: 'abc' }, { id: someUuid, force: true }],
  listBackups: [undefined, null, 0, 'all', [], { limit: 5 }, { folder: '/etc' }],
  createBackup: [undefined, null, 'manual', [], { reason: 'manual' }, { name: 'mine' }, { path: '/tmp/x.db' }],
  restoreBackup: [
    undefined,
    null,
    {},
    'redaksi-20261128-103950-manual.db',
    { id: '' },
    { id: '../redaksi.db' },
    { id: '/etc/passwd' },
    { id: 'redaksi.db' },
    { id: 'redaksi-20261128-103950-manual.db/../../x' },
    { id: 'redaksi-20261128-103950-hourly.db' },
    { id: 'redaksi-2026112-103950-manual.db' },
    { id: 'redaksi-20261128-103950-manual.db\n' },
    { id: 'redaksi-20261128-103950-manual.db', force: true },
  ],
  getDatabaseHealth: [undefined, null, 1, [], { check: 'full' }],
};

/** A valid input per method: the starting point of the near-miss generators. */
const validInputs: Record<MethodName, Record<string, unknown>> = {
  getAppInfo: {},
  listArticles: { status: 'draft', lang: 'id', tag: 'ekonomi', trashed: false, sort: 'title', direction: 'asc' },
  createArticle: { lang: 'id', title: 'Judul sementara' },
  getArticle: { id: someUuid },
  saveArticle: { id: someUuid, title: 'Judul', doc: goodDoc, baseVersion: 1 },
  getSettings: {},
  updateArticleMeta: { id: someUuid, standfirst: 'Harga naik.', byline: 'Dewi', datelinePlace: 'Jakarta', datelineDate: '2026-11-20', outlet: 'Redaksi', tags: ['ekonomi'], notes: 'Cek BPS.' },
  getArticleStatus: { id: someUuid },
  setArticleStatus: { id: someUuid, status: 'editing' },
  deleteArticle: { id: someUuid },
  restoreArticle: { id: someUuid },
  emptyTrash: {},
  searchArticles: { query: 'harga cabai', limit: 20, offset: 0 },
  listTags: {},
  updateSettings: { uiLanguage: 'en', userName: 'Rina' },
  reportQuitReady: { requestId: 'quit-1' },
  listRevisions: { articleId: someUuid },
  createRevision: { articleId: someUuid, name: 'Sebelum disunting' },
  diffRevision: { articleId: someUuid, revisionId: someUuid, against: 'current' },
  restoreRevision: { articleId: someUuid, revisionId: someUuid, baseVersion: 1 },
  listComments: { articleId: someUuid },
  createCommentThread: { articleId: someUuid, quote: 'harga cabai', body: 'Sumbernya siapa?' },
  replyToComment: { threadId: someUuid, body: 'Dinas Perdagangan.' },
  resolveComment: { threadId: someUuid },
  reopenComment: { threadId: someUuid },
  importArticle: { name: 'berita.txt', lang: 'id', dataBase64: 'QmVyaXRhIHBhZ2kgaW5pLg==' },
  exportArticle: { id: someUuid, format: 'md' },
  previewCleanup: { id: someUuid },
  applyCleanup: { id: someUuid, baseVersion: 1 },
  addMedia: { dataBase64: 'iVBORw0KGgo=' },
  proofreadBlocks: { articleId: someUuid, lang: 'id', blocks: [{ key: 'b1', text: 'Warga berkumpul dirumah kepala desa.' }] },
  suggestSpelling: { word: 'rumh', lang: 'id' },
  listProofreadingRules: {},
  getProofreadingSettings: {},
  setProofreadingRule: { rule: 'id.di-place', enabled: false },
  addToDictionary: { word: 'Sumarsih' },
  removeFromDictionary: { word: 'Sumarsih' },
  ignoreWord: { articleId: someUuid, word: 'Sumarsih' },
  analyseClaims: { articleId: someUuid, lang: 'id', blocks: [{ key: 'b1', text: 'Ekspor naik 5,08 persen, kata Menteri Perdagangan Rina Hapsari.' }] },
  listClaims: { articleId: someUuid },
  createClaim: { articleId: someUuid, text: 'Ekspor naik 5,08 persen.', reasons: ['quantity'], figures: [{ kind: 'percent', text: '5,08 persen', value: 5.08, unit: '%' }] },
  updateClaim: { claimId: someUuid, status: 'verified', verdictNote: 'Sesuai rilis BPS.' },
  deleteClaim: { claimId: someUuid },
  addEvidence: { claimId: someUuid, evidence: { title: 'Rilis BPS', url: 'https://example.org/bps', publisher: 'BPS', publishedOn: '2026-11-02', excerpt: 'naik 5,08 persen' } },
  removeEvidence: { claimId: someUuid, evidenceId: someUuid },
  getEvidenceFile: { evidenceId: someUuid },
  importSource: { name: 'rilis.txt', dataBase64: 'RWtzcG9yIG5haWsu' },
  listSources: {},
  deleteSource: { id: someUuid },
  searchSources: { query: 'ekspor', limit: 20 },
  findEvidence: { claimId: someUuid, limit: 10 },
  exportFactCheck: { articleId: someUuid, format: 'claimreview' },  createTranslation: { sourceArticleId: someUuid, targetLang: 'en' },
  listTranslations: { articleId: someUuid },
  getTranslation: { articleId: someUuid },
  updateSegment: { articleId: someUuid, segmentId: 'b3.1', target: 'Exports rose.', status: 'translated' },
  checkTranslation: { articleId: someUuid },
  checkSegment: { source: 'Ekspor naik 5,08 persen.', target: 'Exports rose 5.08 percent.', sourceLang: 'id', targetLang: 'en' },
  startPretranslate: { articleId: someUuid, minScore: 80 },
  suggestMt: { articleId: someUuid, segmentId: 'b1.0', engine: 'bergamot' },
  getMtSettings: {},
  updateMtEngine: { id: 'openai', baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3' },
  updateMtSettings: { defaultEngine: 'deepl' },
  listMtModels: {},
  importMtModel: { files: [{ name: 'model.zip', dataBase64: 'QQ==' }] },
  removeMtModel: { from: 'id', to: 'en' },
  startMtModelDownload: { from: 'en', to: 'id' },
  exportXliff: { articleId: someUuid, version: '2.1' },
  importXliff: { articleId: someUuid, file: { name: 'a.xlf', dataBase64: 'QQ==' } },
  listMemories: {},
  createMemory: { name: 'Berita', sourceLang: 'id', targetLang: 'en' },
  updateMemory: { id: someUuid, readable: false },
  deleteMemory: { id: someUuid },
  lookupTm: { source: 'Ekspor naik.', sourceLang: 'id', targetLang: 'en', limit: 5 },
  concordance: { query: 'ekspor', side: 'source', sourceLang: 'id', targetLang: 'en' },
  startTmxImport: { memoryId: someUuid, file: { name: 'a.tmx', dataBase64: 'QQ==' } },
  exportTmx: { memoryId: someUuid },
  listGlossaryTerms: { query: 'menteri' },
  saveGlossaryTerm: { termId: 'menteri', termEn: 'minister' },
  deleteGlossaryTerm: { id: someUuid },
  importGlossary: { file: { name: 'a.csv', dataBase64: 'QQ==' } },
  exportGlossary: { format: 'tbx' },
  getJob: { id: someUuid },
  cancelJob: { id: someUuid },
  listBackups: {},
  createBackup: {},
  restoreBackup: { id: 'redaksi-20261128-103950-manual.db' },
  getDatabaseHealth: {},
};
const anyValue = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withObjectString: true,
});

const anyString = fc.string({ unit: 'grapheme', maxLength: 40 });
const lineBreak = fc.constantFrom('\n', '\r', '\r\n');
const withLineBreak = fc.tuple(anyString, lineBreak, anyString).map(([a, b, c]) => a + b + c);
const tooLong = (max: number) => fc.tuple(fc.integer({ min: max + 1, max: max * 3 }), fc.constantFrom('x', 'é', '🙂', 'ꦲ')).map(([n, ch]) => ch.repeat(n));
const notPositiveInt = fc.oneof(
  fc.integer({ max: 0 }),
  fc.double({ noInteger: true }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2, -0),
  fc.bigInt(),
  fc.integer({ min: 1 }).map(String),
);
const notUuid = fc.oneof(
  anyString,
  fc.uuid().map((u) => u.replaceAll('-', '')),
  fc.tuple(fc.uuid(), fc.constantFrom(' ', '\n', 'x', '0', '-')).map(([u, s]) => u + s),
  fc.uuid().map((u) => `{${u}}`),
  fc.uuid().map((u) => u.slice(1)),
);
const notDoc = fc.oneof(
  anyValue,
  fc.record({ type: anyString, content: fc.constant(goodDoc.content) }),
  fc.record({ type: fc.constant('doc'), content: fc.oneof(anyString, fc.integer(), fc.array(fc.oneof(anyString, fc.integer(), fc.constant(null), fc.array(anyValue, { maxLength: 2 })), { minLength: 1, maxLength: 3 })) }),
  fc.constant(JSON.stringify(goodDoc)),
);

/** Field-specific bad values, used on top of "replace with anything". */
const badFieldValues: Record<MethodName, Record<string, fc.Arbitrary<unknown>>> = {
  getAppInfo: {},
  listArticles: {
    status: fc.oneof(anyString, fc.constantFrom('Draft', 'deleted', 'fact_check')),
    lang: fc.oneof(anyString, fc.constantFrom('ID', 'in', 'jv')),
    tag: fc.oneof(withLineBreak, tooLong(60), fc.constantFrom('', '   ')),
    trashed: fc.oneof(anyString, fc.integer()),
    sort: fc.oneof(anyString, fc.constantFrom('updated_at', 'word_count', 'title DESC')),
    direction: fc.oneof(anyString, fc.constantFrom('ASC', 'DESC', 'up')),
  },
  createArticle: { lang: fc.oneof(anyString, fc.constantFrom('ID', 'EN', 'in', 'id-ID', 'jv', 'su')), title: fc.oneof(withLineBreak, tooLong(1000)) },
  getArticle: { id: notUuid },
  saveArticle: { id: notUuid, title: fc.oneof(withLineBreak, tooLong(1000)), doc: notDoc, baseVersion: notPositiveInt },
  getSettings: {},
  updateArticleMeta: {
    id: notUuid,
    standfirst: fc.oneof(withLineBreak, tooLong(2000)),
    byline: fc.oneof(withLineBreak, tooLong(200)),
    datelineDate: fc.oneof(anyString, fc.constantFrom('2026-02-30', '2026-1-5', '26-11-20', '2026-11-20Z')),
    tags: fc.oneof(fc.array(fc.oneof(withLineBreak, tooLong(60), fc.constant('  ')), { minLength: 1, maxLength: 3 }), anyString),
    notes: tooLong(20_000),
  },
  getArticleStatus: { id: notUuid },
  setArticleStatus: { id: notUuid, status: fc.oneof(anyString.filter((s) => !['draft', 'editing', 'fact-check', 'translation', 'ready', 'published', 'archived'].includes(s)), fc.constantFrom('Draft', 'READY', 'fact check')) },
  deleteArticle: { id: notUuid },
  restoreArticle: { id: notUuid },
  emptyTrash: {},
  searchArticles: { query: fc.oneof(tooLong(500), fc.integer()), limit: fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 101 })), offset: fc.oneof(fc.integer({ max: -1 }), fc.integer({ min: 10_001 })) },
  listTags: {},
  updateSettings: { uiLanguage: fc.oneof(anyString, fc.constantFrom('ID', 'EN', 'in', 'id-ID', 'fr')), userName: tooLong(200), claimsGate: fc.oneof(anyString, fc.integer()) },
  reportQuitReady: { requestId: fc.oneof(fc.constant(''), tooLong(100)) },
  listRevisions: { articleId: notUuid },
  createRevision: { articleId: notUuid, name: fc.oneof(tooLong(200), withLineBreak.filter((x) => /[\r\n]/.test(x.trim()))) },
  diffRevision: { articleId: notUuid, revisionId: notUuid, against: fc.oneof(notUuid.filter((x) => x !== 'current'), fc.constantFrom('CURRENT', 'previous', 'latest')) },
  restoreRevision: { articleId: notUuid, revisionId: notUuid, baseVersion: notPositiveInt },
  listComments: { articleId: notUuid },
  createCommentThread: { articleId: notUuid, quote: fc.oneof(fc.constant(''), tooLong(5000)), body: fc.oneof(fc.constantFrom('', ' ', '\n\t'), tooLong(10_000)) },
  replyToComment: { threadId: notUuid, body: fc.oneof(fc.constantFrom('', ' ', '\n\t'), tooLong(10_000)) },
  resolveComment: { threadId: notUuid },
  reopenComment: { threadId: notUuid },
  importArticle: { name: fc.oneof(fc.constant(''), fc.constantFrom('a/b.txt', 'a\\b.txt')), lang: fc.constantFrom('ID', 'fr', ''), dataBase64: fc.constantFrom('%%%', 'ab=c', '====') },
  exportArticle: { id: notUuid, format: fc.constantFrom('rtf', 'odt', 'DOCX', '') },
  previewCleanup: { id: notUuid },
  applyCleanup: { id: notUuid, baseVersion: notPositiveInt },
  addMedia: { dataBase64: fc.constantFrom('', '%%%', 'ab=c', '====', 'data:image/png;base64,iVBORw0KGgo=', 'iVBORw0K Ggo=') },
  proofreadBlocks: {
    articleId: notUuid,
    lang: fc.constantFrom('ID', 'fr', '', 'auto'),
    blocks: fc.oneof(fc.constant([]), fc.array(fc.record({ key: fc.oneof(fc.constant(''), tooLong(64)), text: fc.string() }), { minLength: 1, maxLength: 3 }), fc.array(fc.record({ key: fc.constant('b'), text: tooLong(20_000) }), { minLength: 1, maxLength: 2 })),
  },
  suggestSpelling: { word: fc.oneof(fc.constantFrom('', ' ', 'dua kata', '123', 'a/b'), tooLong(100)), lang: fc.constantFrom('ID', 'fr', '', 'auto') },
  listProofreadingRules: {},
  getProofreadingSettings: {},
  setProofreadingRule: { rule: fc.oneof(fc.constantFrom('', 'ID.X', 'semua', 'id.', '.x', 'id x'), tooLong(80)), enabled: fc.oneof(anyString, fc.integer()) },
  addToDictionary: { word: fc.oneof(fc.constantFrom('', ' ', 'dua kata', '123', 'a/b', 'x\ny'), tooLong(100)) },
  removeFromDictionary: { word: fc.oneof(fc.constantFrom('', ' ', 'dua kata', '123', 'a/b'), tooLong(100)) },
  ignoreWord: { articleId: notUuid, word: fc.oneof(fc.constantFrom('', ' ', 'dua kata', '123', 'a/b'), tooLong(100)) },
  analyseClaims: {
    articleId: notUuid,
    lang: fc.constantFrom('ID', 'fr', '', 'auto'),
    blocks: fc.oneof(fc.constant([]), fc.array(fc.record({ key: fc.oneof(fc.constant(''), tooLong(64)), text: fc.string() }), { minLength: 1, maxLength: 3 })),
  },
  listClaims: { articleId: notUuid },
  createClaim: { articleId: notUuid, text: fc.oneof(fc.constantFrom('', ' ', '\n\t'), tooLong(5000)), reasons: fc.array(fc.constantFrom('rumour', 'Quantity', ''), { minLength: 1, maxLength: 2 }) },
  updateClaim: { claimId: notUuid, status: fc.oneof(anyString.filter((s) => !['unchecked', 'in-progress', 'verified', 'false', 'misleading', 'unverifiable'].includes(s)), fc.constantFrom('true', 'Verified')), verdictNote: tooLong(10_000) },
  deleteClaim: { claimId: notUuid },
  addEvidence: {
    claimId: notUuid,
    evidence: fc.oneof(
      fc.record({ title: fc.constantFrom('', ' ', 'a\nb') }),
      fc.record({ title: fc.constant('Rilis'), url: fc.constantFrom('javascript:alert(1)', 'file:///etc/passwd', 'ftp://x', 'data:text/html,x', 'http://a b') }),
      fc.record({ title: fc.constant('Rilis'), publishedOn: fc.constantFrom('2026-13-01', '8/9/2016', 'kemarin') }),
    ),
  },
  removeEvidence: { claimId: notUuid, evidenceId: notUuid },
  getEvidenceFile: { evidenceId: notUuid },
  importSource: { name: fc.oneof(fc.constant(''), fc.constantFrom('a/b.txt', 'a\\b.txt'), tooLong(255)), dataBase64: fc.constantFrom('%%%', 'ab=c', '====') },
  listSources: {},
  deleteSource: { id: notUuid },
  searchSources: { query: fc.oneof(tooLong(500), fc.integer()), limit: fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 101 })) },
  findEvidence: { claimId: notUuid, limit: fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 51 })) },
  exportFactCheck: { articleId: notUuid, format: fc.constantFrom('pdf', 'HTML', 'json', '') },  createTranslation: { sourceArticleId: notUuid, targetLang: fc.constantFrom('ID', 'fr', '', 'auto') },
  listTranslations: { articleId: notUuid },
  getTranslation: { articleId: notUuid },
  updateSegment: { articleId: notUuid, segmentId: fc.constantFrom('', '1', 'b1', 'b.1', 'x1.0', '../b1.0'), target: tooLong(20_000), status: fc.constantFrom('done', 'New', '') },
  checkTranslation: { articleId: notUuid },
  checkSegment: { source: tooLong(20_000), target: tooLong(20_000), sourceLang: fc.constantFrom('ID', 'fr', ''), targetLang: fc.constantFrom('EN', 'de', '') },
  startPretranslate: { articleId: notUuid, minScore: fc.oneof(fc.integer({ max: 49 }), fc.integer({ min: 101 })) },
  suggestMt: { articleId: notUuid, segmentId: fc.constantFrom('', '1', 'b1', '../b1.0'), engine: fc.constantFrom('google', 'Bergamot', '') },
  getMtSettings: {},
  updateMtEngine: { id: fc.constantFrom('google', 'OPENAI', ''), baseUrl: fc.constantFrom('file:///x', 'ftp://a', 'http://u:p@h', ''), apiKey: fc.oneof(fc.constant(''), tooLong(500)) },
  updateMtSettings: { defaultEngine: fc.constantFrom('google', ''), registryUrl: fc.constantFrom('file:///x', 'data:,x', '') },
  listMtModels: {},
  importMtModel: { files: fc.constantFrom([], [{ name: '' }], [{ name: 'a/b.zip', dataBase64: 'QQ==' }], [{ name: 'a.zip', dataBase64: '%%%' }]) },
  removeMtModel: { from: fc.constantFrom('ID', 'fr', ''), to: fc.constantFrom('EN', 'de', '') },
  startMtModelDownload: { from: fc.constantFrom('ID', 'fr', ''), to: fc.constantFrom('EN', 'de', '') },
  exportXliff: { articleId: notUuid, version: fc.constantFrom('1.0', '2.0', '2', '') },
  importXliff: { articleId: notUuid, file: fc.constantFrom({}, { name: '' }, { name: 'a/b.xlf', dataBase64: 'QQ==' }, { name: 'a.xlf', dataBase64: '%%%' }) },
  listMemories: {},
  createMemory: { name: fc.oneof(fc.constantFrom('', ' '), tooLong(200)), sourceLang: fc.constantFrom('ID', 'fr', ''), targetLang: fc.constantFrom('EN', 'de', '') },
  updateMemory: { id: notUuid, readable: fc.constantFrom('true', 1, null) },
  deleteMemory: { id: notUuid },
  lookupTm: { source: fc.oneof(fc.constant(''), tooLong(20_000)), sourceLang: fc.constantFrom('ID', 'fr', ''), targetLang: fc.constantFrom('EN', 'de', ''), limit: fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 21 })) },
  concordance: { query: fc.oneof(fc.constantFrom('', '  '), tooLong(500)), side: fc.constantFrom('both', 'Source', ''), sourceLang: fc.constantFrom('ID', 'fr'), targetLang: fc.constantFrom('EN', 'de') },
  startTmxImport: { memoryId: notUuid, file: fc.constantFrom({}, { name: '' }, { name: 'a/b.tmx', dataBase64: 'QQ==' }, { name: 'a.tmx', dataBase64: '%%%' }) },
  exportTmx: { memoryId: notUuid },
  listGlossaryTerms: { query: fc.oneof(tooLong(500), fc.integer()) },
  saveGlossaryTerm: { termId: tooLong(500), termEn: tooLong(500) },
  deleteGlossaryTerm: { id: notUuid },
  importGlossary: { file: fc.constantFrom({}, { name: '' }, { name: 'a/b.csv', dataBase64: 'QQ==' }, { name: 'a.csv', dataBase64: '%%%' }) },
  exportGlossary: { format: fc.constantFrom('xlsx', 'CSV', 'TBX', '') },
  getJob: { id: notUuid },
  cancelJob: { id: notUuid },
  listBackups: {},
  createBackup: {},
  restoreBackup: { id: fc.oneof(anyString, fc.constantFrom('../redaksi.db', 'redaksi.db', 'redaksi-20261128-103950-manual.db.tmp', '.redaksi-20261128-103950-manual.db.1.ab.tmp', 'REDAKSI-20261128-103950-MANUAL.DB')) },
  getDatabaseHealth: {},
};

/** Valid input with exactly one thing wrong: a field dropped, replaced, or an unexpected key added. */
function nearMiss(m: MethodName): fc.Arbitrary<unknown> {
  const valid = validInputs[m];
  const fields = Object.keys(valid);
  const specific = Object.entries(badFieldValues[m]);
  const variants: fc.Arbitrary<unknown>[] = [
    fc.tuple(anyString.filter((k) => !(k in valid)), anyValue).map(([k, v]) => ({ ...valid, [k]: v })),
    fc.constantFrom(null, undefined, [valid], JSON.stringify(valid), 0, true),
  ];
  if (fields.length > 0) {
    variants.push(
      fc.constantFrom(...fields).map((k) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== k))),
      fc.tuple(fc.constantFrom(...fields), anyValue).map(([k, v]) => ({ ...valid, [k]: v })),
    );
  }
  for (const [field, arb] of specific) variants.push(arb.map((v) => ({ ...valid, [field]: v })));
  return fc.oneof(...variants);
}

let dir: string;
let backend: Backend;
let seeded: { filled: string; empty: string; filledVersion: number };
let quitRequests: string[];

/** Every row of every table, plus how many rows this connection has ever changed. */
function digest(): string {
  const db = backend.db;
  return JSON.stringify({
    articles: db.prepare('SELECT * FROM articles ORDER BY id').all(),
    settings: db.prepare('SELECT * FROM settings ORDER BY key').all(),
    articleTags: db.prepare('SELECT * FROM article_tags ORDER BY article_id, tag_key').all(),
    statusHistory: db.prepare('SELECT * FROM status_history ORDER BY id').all(),
    searchDocs: db.prepare('SELECT rowid, * FROM search_docs ORDER BY rowid').all(),
    revisions: db.prepare('SELECT * FROM revisions ORDER BY id').all(),
    commentThreads: db.prepare('SELECT * FROM comment_threads ORDER BY id').all(),
    commentMessages: db.prepare('SELECT * FROM comment_messages ORDER BY id').all(),
    media: db.prepare('SELECT id, mime, byte_size FROM media ORDER BY id').all(),
    claims: db.prepare('SELECT * FROM claims ORDER BY id').all(),
    claimEvidence: db.prepare('SELECT id, claim_id, title, url, excerpt, file_name FROM claim_evidence ORDER BY id').all(),
    claimEvents: db.prepare('SELECT * FROM claim_events ORDER BY id').all(),
    sources: db.prepare('SELECT * FROM sources ORDER BY id').all(),
    sourcePassages: db.prepare('SELECT * FROM source_passages ORDER BY rowid').all(),
    schema: db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all(),
    userVersion: db.pragma('user_version', { simple: true }),
    totalChanges: db.prepare('SELECT total_changes()').pluck().get(),
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-s5-'));
  quitRequests = [];
  backend = createBackend({
    dataDir: dir,
    systemLocale: 'id-ID',
    appVersion: '0.0.0-test',
    dispatch: { validateOutput: true },
    onQuitReady: (id) => quitRequests.push(id),
  });
  const a = await backend.dispatch('createArticle', { lang: 'id', title: 'Banjir rob di pesisir utara' });
  const b = await backend.dispatch('createArticle', { lang: 'en', title: 'Draft' });
  if (!a.ok || !b.ok) throw new Error('seeding failed');
  const filled = (a.value as { id: string }).id;
  const saved = await backend.dispatch('saveArticle', {
    id: filled,
    title: 'Banjir rob di pesisir utara',
    doc: { type: 'doc', content: [paragraph('Air laut masuk ke rumah-rumah warga sejak subuh.'), paragraph('Warga mengungsi ke masjid terdekat.')] },
    baseVersion: 1,
  });
  if (!saved.ok) throw new Error('seeding save failed');
  const settings = await backend.dispatch('updateSettings', { userName: 'Dewi Lestari' });
  if (!settings.ok) throw new Error('seeding settings failed');
  // Metadata, a status change and something in the trash: a bad input must not touch any of them.
  const meta = await backend.dispatch('updateArticleMeta', { id: filled, standfirst: 'Rob setinggi lutut.', tags: ['Banjir', 'pesisir'] });
  const status = await backend.dispatch('setArticleStatus', { id: filled, status: 'editing' });
  const trashed = await backend.dispatch('createArticle', { lang: 'id', title: 'Dibuang' });
  if (!meta.ok || !status.ok || !trashed.ok) throw new Error('seeding metadata failed');
  const deleted = await backend.dispatch('deleteArticle', { id: (trashed.value as { id: string }).id });
  if (!deleted.ok) throw new Error('seeding trash failed');
  seeded = { filled, empty: (b.value as { id: string }).id, filledVersion: (saved.value as { version: number }).version };
});

afterAll(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bad-input table', () => {
  it('has a non-empty entry for every bridge method (meta-test)', () => {
    const table = badInputs as Partial<Record<string, unknown[]>>;
    const missing = methodNames.filter((m) => !Array.isArray(table[m]) || table[m].length === 0);
    expect(missing).toEqual([]);
    expect(Object.keys(badInputs).sort()).toEqual([...methodNames].sort());
  });

  it('lists only inputs the contract really refuses', () => {
    const accepted = methodNames.flatMap((m) =>
      badInputs[m].map((input, i) => ({ m, i, ok: contract[m].input.safeParse(input).success })).filter((r) => r.ok),
    );
    expect(accepted).toEqual([]);
  });

  it.each(methodNames)('%s: every hand-written bad input is INVALID_INPUT and changes nothing', async (m) => {
    const before = digest();
    for (const input of badInputs[m]) {
      const result = await backend.dispatch(m, input);
      expect(result, `${m} ${String(JSON.stringify(input, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)))?.slice(0, 120)}`).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
      if (!result.ok) expect(result.error.message.startsWith(`${m}:`)).toBe(true);
    }
    expect(digest()).toBe(before);
    expect(quitRequests).toEqual([]);
  });
});

describe(`generated bad inputs (fast-check, >= ${fuzzRuns} per method)`, () => {
  it.each(methodNames)('%s: random and near-miss inputs are INVALID_INPUT, database unchanged', { timeout: Math.max(30_000, fuzzRuns * 30) }, async (m) => {
    const before = digest();
    const schema = contract[m].input;
    const arb = fc.oneof(anyValue, nearMiss(m), nearMiss(m)).filter((x) => !schema.safeParse(x).success);
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(arb, async (input) => {
        runs++;
        const result = await backend.dispatch(m, input);
        expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
        expect(digest()).toBe(before);
      }),
      { numRuns: fuzzRuns },
    );
    expect(runs).toBeGreaterThanOrEqual(fuzzRuns);
    expect(quitRequests).toEqual([]);
  });

  it('unknown method names are UNKNOWN_METHOD and change nothing', async () => {
    const before = digest();
    const fixed = ['', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'api:getArticle', 'GetArticle', 'getArticle ', 'saveArticles', 'deleteArticles', 'purgeArticle', 'exec', 'eval'];
    for (const name of fixed) {
      expect(await backend.dispatch(name, { id: seeded.filled })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 300 }).filter((s) => !(methodNames as readonly string[]).includes(s)),
        anyValue,
        async (name, input) => {
          const result = await backend.dispatch(name, input);
          expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
          if (!result.ok) expect(result.error.message.length).toBeLessThan(120);
        },
      ),
      { numRuns: 300 },
    );
    expect(digest()).toBe(before);
  });
});

describe('documents that look like a doc but are not valid articles', () => {
  const text = (t: string, marks?: unknown[]) => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
  const link = (href: unknown) => ({ type: 'link', attrs: { href } });
  const heading = (level: unknown) => ({ type: 'heading', attrs: { level }, content: [text('Judul berita')] });
  const invalidDocs: Record<string, unknown> = {
    'unknown node type': { type: 'doc', content: [{ type: 'video', attrs: { src: 'https://contoh.id/v.mp4' } }] },
    'script node': { type: 'doc', content: [{ type: 'script', content: [text('alert(1)')] }] },
    'image (not in the article format)': { type: 'doc', content: [{ type: 'image', attrs: { src: 'x' } }] },
    'text node at top level': { type: 'doc', content: [text('Teks tanpa paragraf')] },
    'empty doc content (doc needs a block)': { type: 'doc', content: [] },
    'empty text node': { type: 'doc', content: [{ type: 'paragraph', content: [text('')] }] },
    'text without a string': { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 42 }] }] },
    'paragraph inside a paragraph': { type: 'doc', content: [{ type: 'paragraph', content: [paragraph('dalam')] }] },
    'list item outside a list': { type: 'doc', content: [{ type: 'listItem', content: [paragraph('butir')] }] },
    'empty bullet list': { type: 'doc', content: [{ type: 'bulletList', content: [] }] },
    'nested doc': { type: 'doc', content: [{ type: 'doc', content: [paragraph('x')] }] },
    'unknown mark': { type: 'doc', content: [{ type: 'paragraph', content: [text('tebal', [{ type: 'blink' }])] }] },
    'link with javascript: href': { type: 'doc', content: [{ type: 'paragraph', content: [text('klik di sini', [link('javascript:alert(document.cookie)')])] }] },
    'link with JaVaScRiPt: and spaces': { type: 'doc', content: [{ type: 'paragraph', content: [text('klik', [link('  JaVaScRiPt:alert(1)')])] }] },
    'link with data: href': { type: 'doc', content: [{ type: 'paragraph', content: [text('klik', [link('data:text/html,<script>alert(1)</script>')])] }] },
    'link with file: href': { type: 'doc', content: [{ type: 'paragraph', content: [text('klik', [link('file:///etc/passwd')])] }] },
    'link with vbscript: href': { type: 'doc', content: [{ type: 'paragraph', content: [text('klik', [link('vbscript:msgbox(1)')])] }] },
    'link without href': { type: 'doc', content: [{ type: 'paragraph', content: [text('klik', [{ type: 'link' }])] }] },
    'link with an object href': { type: 'doc', content: [{ type: 'paragraph', content: [text('klik', [link({ toString: 1 })])] }] },
    'link with an array href': { type: 'doc', content: [{ type: 'paragraph', content: [text('klik', [link(['https://contoh.id'])])] }] },
    'link on a code mark (code excludes other marks)': {
      type: 'doc',
      content: [{ type: 'paragraph', content: [text('kode', [{ type: 'code' }, link('https://contoh.id')])] }],
    },
    'heading level 9 (StarterKit allows 1-6)': { type: 'doc', content: [heading(9)] },
    'heading level 0': { type: 'doc', content: [heading(0)] },
    'heading level 2.5': { type: 'doc', content: [heading(2.5)] },
    'heading level as a string': { type: 'doc', content: [heading('2')] },
    'heading level as markup': { type: 'doc', content: [heading('<script>alert(1)</script>')] },
    'code block language as an object': { type: 'doc', content: [{ type: 'codeBlock', attrs: { language: { evil: true } }, content: [text('x')] }] },
    'marks not an array': { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: 'bold' }] }] },
    'comment mark without a thread id': { type: 'doc', content: [{ type: 'paragraph', content: [text('dikomentari', [{ type: 'comment' }])] }] },
    'comment mark with a non-uuid id': { type: 'doc', content: [{ type: 'paragraph', content: [text('dikomentari', [{ type: 'comment', attrs: { commentId: 'javascript:alert(1)' } }])] }] },
  };

  it.each(Object.entries(invalidDocs))('%s: saveArticle is INVALID_INPUT and the stored article is unchanged', async (_name, doc) => {
    // The shallow contract shape accepts it: only the document check can refuse it.
    const input = { id: seeded.filled, title: 'Judul baru', doc, baseVersion: seeded.filledVersion };
    expect(contract.saveArticle.input.safeParse(input).success).toBe(true);
    const before = digest();
    const stored = await backend.dispatch('getArticle', { id: seeded.filled });
    const result = await backend.dispatch('saveArticle', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(digest()).toBe(before);
    expect(await backend.dispatch('getArticle', { id: seeded.filled })).toEqual(stored);
  });

  it.each(Object.entries(invalidDocs))('%s: as a patch of changed blocks, saveArticle is INVALID_INPUT and the stored article is unchanged', async (_name, doc) => {
    // The seeded article has two blocks: the patch replaces both, and then inserts between them.
    const blocks = (doc as { content?: unknown }).content as Record<string, unknown>[];
    const patches = [{ start: 0, deleteCount: 2, blocks, baseBlockCount: 2 }];
    if (blocks.length > 0) patches.push({ start: 1, deleteCount: 0, blocks, baseBlockCount: 2 });
    for (const patch of patches) {
      const input = { id: seeded.filled, title: 'Judul baru', patch, baseVersion: seeded.filledVersion };
      expect(contract.saveArticle.input.safeParse(input).success).toBe(true);
      const before = digest();
      const result = await backend.dispatch('saveArticle', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(digest()).toBe(before);
    }
  });

  it('generated near-miss patches are INVALID_INPUT and change nothing', async () => {
    const before = digest();
    const valid = { start: 1, deleteCount: 1, blocks: goodDoc.content, baseBlockCount: 2 };
    const fields = Object.keys(valid);
    const patch = fc.oneof(
      fc.tuple(fc.constantFrom(...fields), anyValue).map(([k, v]) => ({ ...valid, [k]: v })),
      fc.constantFrom(...fields).map((k) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== k))),
      fc.record({ start: fc.nat(300), deleteCount: fc.nat(300), blocks: fc.constant(goodDoc.content), baseBlockCount: fc.integer({ min: -5, max: 300 }) }),
      fc.record({ ...Object.fromEntries(fields.map((k) => [k, fc.constant(valid[k as keyof typeof valid])])), blocks: fc.array(fc.oneof(anyValue, fc.constant(goodDoc)), { minLength: 1, maxLength: 3 }) }),
    );
    const schema = contract.saveArticle.input;
    const arb = patch.map((p) => ({ id: seeded.filled, title: 'Acak', patch: p, baseVersion: seeded.filledVersion })).filter((x) => !schema.safeParse(x).success);
    await fc.assert(
      fc.asyncProperty(arb, async (input) => {
        expect(await backend.dispatch('saveArticle', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
        expect(digest()).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it('random node trees (valid shape, often invalid content) never crash a save: ok, or INVALID_INPUT with nothing written', async () => {
    const nodeTypes = ['paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'listItem', 'codeBlock', 'hardBreak', 'horizontalRule', 'text', 'doc', 'image', 'script', ''];
    const markArb = fc.record(
      {
        type: fc.constantFrom('bold', 'italic', 'code', 'strike', 'underline', 'link', 'highlight'),
        attrs: fc.oneof(
          fc.record({ href: fc.oneof(fc.constantFrom('https://contoh.id', 'mailto:redaksi@contoh.id', 'javascript:alert(1)', 'data:,x', ' HTTPS://a.id'), anyValue) }, { requiredKeys: [] }),
          anyValue,
        ),
      },
      { requiredKeys: ['type'] },
    );
    const { node } = fc.letrec((tie) => ({
      node: fc.record(
        {
          type: fc.constantFrom(...nodeTypes),
          attrs: fc.oneof(fc.record({ level: fc.oneof(fc.integer({ min: -1, max: 8 }), anyValue), start: fc.oneof(fc.integer(), anyValue), language: fc.oneof(fc.constant(null), anyString, anyValue) }, { requiredKeys: [] }), anyValue),
          content: fc.oneof({ depthSize: 'small' }, fc.array(tie('node'), { maxLength: 3 }), anyValue),
          text: fc.oneof(anyString, anyValue),
          marks: fc.oneof(fc.array(markArb, { maxLength: 3 }), anyValue),
        },
        { requiredKeys: ['type'] },
      ),
    }));
    // Valid by construction (marks in schema order, no marks in code blocks), so the accepted path is exercised too.
    const words = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 });
    const validText = fc
      .tuple(words, fc.subarray(['link', 'bold', 'italic', 'strike', 'underline']))
      .map(([t, types]) => text(t, types.length ? types.map((type) => (type === 'link' ? link('https://contoh.id/berita') : { type })) : undefined));
    const validParagraph = fc.array(validText, { maxLength: 3 }).map((c) => ({ type: 'paragraph', content: c }));
    const validBlock = fc.oneof(
      validParagraph,
      fc.tuple(fc.integer({ min: 1, max: 6 }), fc.array(validText, { maxLength: 2 })).map(([level, c]) => ({ type: 'heading', attrs: { level }, content: c })),
      fc.array(validParagraph, { minLength: 1, maxLength: 2 }).map((c) => ({ type: 'blockquote', content: c })),
      fc.array(validParagraph, { minLength: 1, maxLength: 3 }).map((ps) => ({ type: 'bulletList', content: ps.map((p) => ({ type: 'listItem', content: [p] })) })),
      words.map((t) => ({ type: 'codeBlock', attrs: { language: 'js' }, content: [text(t)] })),
      fc.constant({ type: 'horizontalRule' }),
    );
    let version = 1;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.array(node, { minLength: 1, maxLength: 4 }), fc.array(validBlock, { minLength: 1, maxLength: 4 })), async (content) => {
        const before = digest();
        const input = { id: seeded.empty, title: 'Acak', doc: { type: 'doc', content }, baseVersion: version };
        fc.pre(contract.saveArticle.input.safeParse(input).success);
        const result = await backend.dispatch('saveArticle', input);
        if (!result.ok) {
          expect(result.error.code).toBe('INVALID_INPUT');
          expect(digest()).toBe(before);
          return;
        }
        accepted++;
        version++;
        // Whatever was accepted can be opened and saved again unchanged.
        const stored = await backend.dispatch('getArticle', { id: seeded.empty });
        if (!stored.ok) throw new Error(stored.error.message);
        const again = await backend.dispatch('saveArticle', { id: seeded.empty, title: 'Acak', doc: (stored.value as { doc: unknown }).doc, baseVersion: version });
        expect(again).toMatchObject({ ok: true });
        version++;
      }),
      { numRuns: 300 },
    );
    expect(accepted).toBeGreaterThan(60);
  });

  it('a valid save with the same id and version still works afterwards (the refusals left no lock or half-write)', async () => {
    // Run last in this file: it changes the database.
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Pembaruan')] },
        { type: 'paragraph', content: [text('Sumber: '), text('BMKG', [link('https://www.bmkg.go.id')])] },
      ],
    };
    const result = await backend.dispatch('saveArticle', { id: seeded.filled, title: 'Banjir surut', doc, baseVersion: seeded.filledVersion });
    expect(result).toMatchObject({ ok: true, value: { version: seeded.filledVersion + 1 } });
    const again = await backend.dispatch('getArticle', { id: seeded.filled });
    expect(again).toMatchObject({ ok: true, value: { title: 'Banjir surut', version: seeded.filledVersion + 1 } });
  });
});
