import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/openDatabase.ts';
import { createServices, type Services } from './createServices.ts';
import { createBackend } from '../createBackend.ts';

let dir: string;
let db: Db;
let services: Services;
let clock: number;
/** One second per reading, so ordering by time never depends on how fast the test runs. */
const now = () => new Date(Date.UTC(2026, 10, 20, 8, 0, 0) + 1000 * clock++);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-meta-'));
  clock = 0;
  db = openDatabase(join(dir, 'redaksi.db'));
  services = createServices(db, { systemLocale: 'id-ID', now });
});
afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('article metadata', () => {
  it('a new article is a draft with empty metadata and no tags', () => {
    const a = services.articles.create({ lang: 'id', title: 'Baru' });
    expect(a).toMatchObject({ status: 'draft', standfirst: '', byline: '', datelinePlace: '', datelineDate: null, outlet: '', tags: [], notes: '', deletedAt: null });
  });

  it('updates only the fields given, keeps version (autosave unaffected) and moves updatedAt', () => {
    const a = services.articles.create({ lang: 'id', title: 'Banjir' });
    const r1 = services.articleMeta.update({ id: a.id, byline: 'Dewi Lestari', datelinePlace: 'Semarang', datelineDate: '2026-11-19' });
    expect(r1).toMatchObject({ byline: 'Dewi Lestari', datelinePlace: 'Semarang', datelineDate: '2026-11-19', standfirst: '', outlet: '' });
    const r2 = services.articleMeta.update({ id: a.id, outlet: 'Redaksi Jateng', notes: 'Cek data BPBD.\nTelepon camat.' });
    expect(r2).toMatchObject({ byline: 'Dewi Lestari', outlet: 'Redaksi Jateng', notes: 'Cek data BPBD.\nTelepon camat.' });
    expect(r2.updatedAt > r1.updatedAt).toBe(true);
    // The editor's autosave still saves on the version it loaded.
    expect(services.articles.save({ id: a.id, title: 'Banjir', doc: doc('Air naik.'), baseVersion: 1 })).toMatchObject({ version: 2 });
    expect(services.articleMeta.update({ id: a.id, datelineDate: null }).datelineDate).toBeNull();
    const stored = services.articles.get(a.id);
    expect(stored).toMatchObject({ byline: 'Dewi Lestari', outlet: 'Redaksi Jateng', datelineDate: null, version: 2 });
    // The library row shows the byline.
    expect(services.articles.list()[0]).toMatchObject({ id: a.id, byline: 'Dewi Lestari', status: 'draft' });
  });

  it('normalises tags: trimmed, single spaces, no leading #, unique regardless of case, first spelling and order kept', () => {
    const a = services.articles.create({ lang: 'id', title: 'Pemilu' });
    const r = services.articleMeta.update({ id: a.id, tags: ['  Pemilu 2029 ', '#pemilu   2029', 'PEMILU 2029', 'Jawa  Tengah', 'Kopí', 'kopi', '##'] });
    expect(r.tags).toEqual(['Pemilu 2029', 'Jawa Tengah', 'Kopí', 'kopi']);
    expect(services.articles.get(a.id).tags).toEqual(['Pemilu 2029', 'Jawa Tengah', 'Kopí', 'kopi']);
    expect(services.articleMeta.update({ id: a.id, tags: [] }).tags).toEqual([]);
  });

  it('unknown ids are NOT_FOUND and write nothing', () => {
    const ghost = '5d0c7c2e-8f41-4b7a-9e0d-1a2b3c4d5e6f';
    expect(() => services.articleMeta.update({ id: ghost, byline: 'x', tags: ['a'] })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => services.articleMeta.setStatus({ id: ghost, status: 'editing' })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => services.articleMeta.status(ghost)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(db.prepare('SELECT count(*) FROM article_tags').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM status_history').pluck().get()).toBe(0);
  });

  it('lists tags in use outside the trash with counts, alphabetically, one entry per tag whatever the case', () => {
    const a = services.articles.create({ lang: 'id', title: 'A' });
    const b = services.articles.create({ lang: 'en', title: 'B' });
    const c = services.articles.create({ lang: 'id', title: 'C' });
    services.articleMeta.update({ id: a.id, tags: ['Pemilu', 'ekonomi'] });
    services.articleMeta.update({ id: b.id, tags: ['pemilu'] });
    services.articleMeta.update({ id: c.id, tags: ['Zona', 'pemilu'] });
    expect(services.articleMeta.listTags()).toEqual([
      { name: 'ekonomi', count: 1 },
      { name: 'Pemilu', count: 3 },
      { name: 'Zona', count: 1 },
    ]);
    services.articles.delete(c.id);
    expect(services.articleMeta.listTags()).toEqual([
      { name: 'ekonomi', count: 1 },
      { name: 'Pemilu', count: 2 },
    ]);
  });
});

describe('workflow status', () => {
  it('moves forward step by step, records from/to/who/when, and lists the moves allowed next', () => {
    services.settings.update({ userName: 'Rina (desk ekonomi)' });
    const a = services.articles.create({ lang: 'id', title: 'APBN' });
    expect(services.articleMeta.status(a.id)).toMatchObject({ status: 'draft', allowed: ['editing', 'archived'], history: [] });
    const s1 = services.articleMeta.setStatus({ id: a.id, status: 'editing' });
    services.settings.update({ userName: 'Budi' });
    const s2 = services.articleMeta.setStatus({ id: a.id, status: 'fact-check' });
    expect(s1.history).toHaveLength(1);
    expect(s2).toMatchObject({ status: 'fact-check', allowed: ['draft', 'editing', 'translation', 'ready', 'archived'] });
    expect(s2.history).toEqual([
      { from: 'editing', to: 'fact-check', by: 'Budi', at: expect.any(String), note: '' },
      { from: 'draft', to: 'editing', by: 'Rina (desk ekonomi)', at: expect.any(String), note: '' },
    ]);
    expect(s2.history[0]!.at > s2.history[1]!.at).toBe(true);
    expect(services.articles.get(a.id)).toMatchObject({ status: 'fact-check', version: 1 });
    expect(services.articles.list({ status: 'fact-check' }).map((x) => x.id)).toEqual([a.id]);
  });

  it('refuses skipping stages (CONFLICT, nothing recorded), allows sending back and skipping translation', () => {
    const a = services.articles.create({ lang: 'id', title: 'Cek fakta' });
    expect(() => services.articleMeta.setStatus({ id: a.id, status: 'published' })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => services.articleMeta.setStatus({ id: a.id, status: 'fact-check' })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(services.articleMeta.status(a.id)).toMatchObject({ status: 'draft', history: [] });
    for (const s of ['editing', 'fact-check', 'ready', 'published'] as const) services.articleMeta.setStatus({ id: a.id, status: s });
    // A correction after publishing sends it back.
    expect(services.articleMeta.setStatus({ id: a.id, status: 'editing' }).status).toBe('editing');
    expect(services.articleMeta.status(a.id).history.map((h) => h.to)).toEqual(['editing', 'published', 'ready', 'fact-check', 'editing']);
  });

  it('runs status hooks inside the change: a failing hook rolls the change back', () => {
    const a = services.articles.create({ lang: 'id', title: 'Kait' });
    const seen: string[] = [];
    services.articleMeta.onStatusChangedInTransaction(({ from, to }) => seen.push(`${from}->${to}`));
    services.articleMeta.setStatus({ id: a.id, status: 'editing' });
    expect(seen).toEqual(['draft->editing']);
    services.articleMeta.onStatusChangedInTransaction(() => {
      throw new Error('revision failed');
    });
    expect(() => services.articleMeta.setStatus({ id: a.id, status: 'fact-check' })).toThrow('revision failed');
    expect(services.articleMeta.status(a.id)).toMatchObject({ status: 'editing', history: [{ to: 'editing' }] });
  });

  it('setting the current status again is a no-op that records nothing', () => {
    const a = services.articles.create({ lang: 'en', title: 'Same' });
    expect(services.articleMeta.setStatus({ id: a.id, status: 'draft' })).toMatchObject({ status: 'draft', history: [] });
  });

  it('archives from any stage; leaving the archive goes to draft or back to where it was, never further', () => {
    const a = services.articles.create({ lang: 'id', title: 'Arsip' });
    for (const s of ['editing', 'fact-check'] as const) services.articleMeta.setStatus({ id: a.id, status: s });
    expect(services.articleMeta.setStatus({ id: a.id, status: 'archived' })).toMatchObject({ status: 'archived', allowed: ['draft', 'fact-check'] });
    expect(() => services.articleMeta.setStatus({ id: a.id, status: 'published' })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => services.articleMeta.setStatus({ id: a.id, status: 'ready' })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(services.articleMeta.setStatus({ id: a.id, status: 'fact-check' }).status).toBe('fact-check');
    services.articleMeta.setStatus({ id: a.id, status: 'archived' });
    expect(services.articleMeta.setStatus({ id: a.id, status: 'draft' }).status).toBe('draft');
  });

  it('history survives a reopen and is deleted with the article when the trash is emptied', () => {
    const a = services.articles.create({ lang: 'id', title: 'Tetap' });
    services.articleMeta.setStatus({ id: a.id, status: 'editing' });
    services.articleMeta.update({ id: a.id, tags: ['x'] });
    db.close();
    db = openDatabase(join(dir, 'redaksi.db'));
    services = createServices(db, { systemLocale: 'id-ID', now });
    expect(services.articleMeta.status(a.id).history).toHaveLength(1);
    services.articles.delete(a.id);
    expect(services.articles.emptyTrash()).toEqual({ deleted: 1 });
    expect(db.prepare('SELECT count(*) FROM status_history').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM article_tags').pluck().get()).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('library list and trash', () => {
  function seed() {
    const a = services.articles.create({ lang: 'id', title: 'banjir rob' });
    const b = services.articles.create({ lang: 'en', title: 'Alpha' });
    const c = services.articles.create({ lang: 'id', title: 'Zebra cross' });
    services.articles.save({ id: a.id, title: 'banjir rob', doc: doc('Satu dua tiga empat lima enam.'), baseVersion: 1 });
    services.articles.save({ id: c.id, title: 'Zebra cross', doc: doc('Satu.'), baseVersion: 1 });
    services.articleMeta.update({ id: a.id, tags: ['Cuaca'] });
    services.articleMeta.update({ id: b.id, tags: ['cuaca', 'dunia'] });
    services.articleMeta.setStatus({ id: b.id, status: 'editing' });
    return { a: a.id, b: b.id, c: c.id };
  }

  it('filters by status, language and tag (any case), and combines them', () => {
    const { a, b, c } = seed();
    expect(services.articles.list({ lang: 'id' }).map((x) => x.id).sort()).toEqual([a, c].sort());
    expect(services.articles.list({ status: 'editing' }).map((x) => x.id)).toEqual([b]);
    expect(services.articles.list({ tag: 'CUACA' }).map((x) => x.id).sort()).toEqual([a, b].sort());
    expect(services.articles.list({ tag: '#cuaca' }).map((x) => x.id).sort()).toEqual([a, b].sort());
    expect(services.articles.list({ tag: 'cuaca', lang: 'en' }).map((x) => x.id)).toEqual([b]);
    expect(services.articles.list({ tag: 'cuaca', status: 'published' })).toEqual([]);
    expect(services.articles.list({ tag: 'tidak ada' })).toEqual([]);
    expect(services.articles.list({ tag: '#' })).toEqual([]);
  });

  it('sorts by updated, created, title (case-insensitive) and word count, both ways', () => {
    const { a, b, c } = seed();
    expect(services.articles.list({ sort: 'title' }).map((x) => x.title)).toEqual(['Alpha', 'banjir rob', 'Zebra cross']);
    expect(services.articles.list({ sort: 'title', direction: 'desc' }).map((x) => x.title)).toEqual(['Zebra cross', 'banjir rob', 'Alpha']);
    expect(services.articles.list({ sort: 'created' }).map((x) => x.id)).toEqual([c, b, a]);
    expect(services.articles.list({ sort: 'created', direction: 'asc' }).map((x) => x.id)).toEqual([a, b, c]);
    expect(services.articles.list({ sort: 'wordCount' }).map((x) => x.id)).toEqual([a, c, b]);
    // Default: most recently updated first (the status change touched b last).
    expect(services.articles.list().map((x) => x.id)).toEqual([b, a, c]);
  });

  it('delete moves to the trash (kept, restorable), restore brings it back, empty trash deletes for good', () => {
    const { a, b, c } = seed();
    const trashed = services.articles.delete(a);
    expect(trashed.deletedAt).toEqual(expect.any(String));
    expect(services.articles.delete(a).deletedAt).toBe(trashed.deletedAt); // already there: unchanged
    expect(services.articles.list().map((x) => x.id).sort()).toEqual([b, c].sort());
    expect(services.articles.list({ trashed: true }).map((x) => x.id)).toEqual([a]);
    expect(services.articles.list({ trashed: true, lang: 'en' })).toEqual([]);
    // Still readable (and its body intact) while in the trash.
    expect(services.articles.get(a)).toMatchObject({ title: 'banjir rob', deletedAt: trashed.deletedAt, tags: ['Cuaca'] });
    expect(services.articles.restore(a)).toMatchObject({ id: a, deletedAt: null });
    expect(services.articles.restore(a)).toMatchObject({ id: a, deletedAt: null }); // not in the trash: unchanged
    expect(services.articles.list()).toHaveLength(3);
    services.articles.delete(a);
    services.articles.delete(c);
    expect(services.articles.list({ trashed: true }).map((x) => x.id)).toEqual([c, a]); // most recently deleted first
    expect(services.articles.emptyTrash()).toEqual({ deleted: 2 });
    expect(services.articles.emptyTrash()).toEqual({ deleted: 0 });
    expect(services.articles.list().map((x) => x.id)).toEqual([b]);
    expect(services.articles.list({ trashed: true })).toEqual([]);
    expect(() => services.articles.get(a)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => services.articles.restore(a)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => services.articles.delete(a)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('works through the bridge with output validation (CLI shapes)', async () => {
    db.close();
    const backend = createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test', dispatch: { validateOutput: true } });
    try {
      const created = await backend.dispatch('createArticle', { lang: 'id', title: 'Kopí Gayo' });
      if (!created.ok) throw new Error(created.error.message);
      const { id } = created.value as { id: string };
      expect(await backend.dispatch('updateArticleMeta', { id, standfirst: 'Harga naik.', tags: ['Kopi'], datelineDate: '2026-11-20' })).toMatchObject({ ok: true, value: { tags: ['Kopi'] } });
      expect(await backend.dispatch('setArticleStatus', { id, status: 'editing' })).toMatchObject({ ok: true, value: { status: 'editing' } });
      expect(await backend.dispatch('setArticleStatus', { id, status: 'published' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(await backend.dispatch('getArticleStatus', { id })).toMatchObject({ ok: true, value: { history: [{ from: 'draft', to: 'editing' }] } });
      expect(await backend.dispatch('listArticles', { status: 'editing', lang: 'id', tag: 'kopi', sort: 'title', direction: 'asc' })).toMatchObject({ ok: true, value: [{ id }] });
      expect(await backend.dispatch('searchArticles', { query: 'kopi' })).toMatchObject({ ok: true, value: [{ summary: { id }, headline: [{ text: 'Kopí', hit: true }, { text: ' Gayo', hit: false }] }] });
      expect(await backend.dispatch('listTags', {})).toEqual({ ok: true, value: [{ name: 'Kopi', count: 1 }] });
      expect(await backend.dispatch('deleteArticle', { id })).toMatchObject({ ok: true, value: { id, deletedAt: expect.any(String) } });
      expect(await backend.dispatch('searchArticles', { query: 'kopi' })).toEqual({ ok: true, value: [] });
      expect(await backend.dispatch('restoreArticle', { id })).toMatchObject({ ok: true, value: { deletedAt: null } });
      await backend.dispatch('deleteArticle', { id });
      expect(await backend.dispatch('emptyTrash', {})).toEqual({ ok: true, value: { deleted: 1 } });
    } finally {
      backend.close();
    }
  });
});
