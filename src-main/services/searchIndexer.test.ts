/**
 * The search index follows saves off the save path: a save only marks its article, and the
 * index catches up after a quiet moment, before any search, on close, and after a crash.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db } from '../db/openDatabase.ts';
import { createServices, type Services } from './createServices.ts';
import { createBackend } from '../createBackend.ts';
import { defaultReindexDelayMs } from './searchIndexer.ts';

let dir: string;
let file: string;
let db: Db;
let services: Services;

const doc = (...paragraphs: string[]) => ({ type: 'doc' as const, content: paragraphs.map((t) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] })) });
const titles = (query: string) => services.search.query({ query }).map((h) => h.summary.title);
const indexedBody = (id: string) => db.prepare<[string], string>('SELECT body FROM search_docs WHERE article_id = ?').pluck().get(id);
const stale = () => db.prepare('SELECT article_id FROM search_stale ORDER BY seq').pluck().all();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-indexer-'));
  file = join(dir, 'redaksi.db');
  db = openDatabase(file);
  services = createServices(db, { systemLocale: 'id-ID' });
});

afterEach(() => {
  vi.useRealTimers();
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SearchIndexer', () => {
  it('a save leaves the index to later, yet a search right after it finds the new text and not the old', () => {
    const a = services.articles.create({ lang: 'id', title: 'Pasar ikan' });
    services.articles.save({ id: a.id, title: 'Pasar ikan', doc: doc('Harga tongkol turun.'), baseVersion: 1 });
    expect(indexedBody(a.id)).toBe(''); // not re-indexed inside the save
    expect(stale()).toEqual([a.id]);
    expect(titles('tongkol')).toEqual(['Pasar ikan']);
    expect(stale()).toEqual([]);

    services.articles.save({ id: a.id, title: 'Pasar ikan Muara Baru', baseVersion: 2, patch: { start: 0, deleteCount: 1, blocks: doc('Harga cakalang naik.').content, baseBlockCount: 1 } });
    expect(titles('cakalang')).toEqual(['Pasar ikan Muara Baru']);
    expect(titles('tongkol')).toEqual([]);
    expect(titles('muara')).toEqual(['Pasar ikan Muara Baru']);
  });

  it('re-indexes on its own after the saves pause', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    services = createServices(db, { systemLocale: 'id-ID' });
    const a = services.articles.create({ lang: 'id', title: 'Banjir' });
    services.articles.save({ id: a.id, title: 'Banjir', doc: doc('Air setinggi lutut.'), baseVersion: 1 });
    vi.advanceTimersByTime(defaultReindexDelayMs - 100);
    // Another save restarts the wait: typing never pays for re-indexing.
    services.articles.save({ id: a.id, title: 'Banjir', doc: doc('Air setinggi pinggang.'), baseVersion: 2 });
    vi.advanceTimersByTime(defaultReindexDelayMs - 100);
    expect(indexedBody(a.id)).toBe('');
    vi.advanceTimersByTime(100);
    expect(indexedBody(a.id)).toBe('Air setinggi pinggang.');
    expect(stale()).toEqual([]);
  });

  it('a crash between a save and its re-index is repaired: marks survive, search and the next start catch up', () => {
    const a = services.articles.create({ lang: 'id', title: 'Gempa' });
    services.articles.save({ id: a.id, title: 'Gempa susulan', doc: doc('Guncangan terasa di Cianjur.'), baseVersion: 1 });
    db.close(); // as if the process died: no flush

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    db = openDatabase(file);
    expect(stale()).toEqual([a.id]);
    services = createServices(db, { systemLocale: 'id-ID' });
    expect(indexedBody(a.id)).toBe(''); // start-up itself does not wait for re-indexing
    vi.advanceTimersByTime(defaultReindexDelayMs);
    expect(indexedBody(a.id)).toBe('Guncangan terasa di Cianjur.');
    expect(stale()).toEqual([]);
    expect(titles('cianjur')).toEqual(['Gempa susulan']);
  });

  it('a search on another connection (the command line) finds what this one saved but has not indexed', () => {
    const a = services.articles.create({ lang: 'id', title: 'Tol laut' });
    services.articles.save({ id: a.id, title: 'Tol laut', doc: doc('Kapal barang tiba di Sorong.'), baseVersion: 1 });
    const other = openDatabase(file);
    try {
      expect(createServices(other, { systemLocale: 'id-ID' }).search.query({ query: 'sorong' }).map((h) => h.summary.title)).toEqual(['Tol laut']);
    } finally {
      other.close();
    }
    expect(stale()).toEqual([]);
  });

  it('closing the backend re-indexes what is pending', async () => {
    db.close();
    const backend = createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test' });
    const created = await backend.dispatch('createArticle', { lang: 'en', title: 'Harbour' });
    if (!created.ok) throw new Error(created.error.message);
    const { id } = created.value as { id: string };
    await backend.dispatch('saveArticle', { id, title: 'Harbour', doc: doc('Ships wait offshore.'), baseVersion: 1 });
    backend.close();
    db = openDatabase(file);
    expect(stale()).toEqual([]);
    expect(indexedBody(id)).toBe('Ships wait offshore.');
  });

  it('an article saved and then moved to the trash stays out of the index', () => {
    const a = services.articles.create({ lang: 'id', title: 'Rapat' });
    services.articles.save({ id: a.id, title: 'Rapat', doc: doc('Anggaran dibahas.'), baseVersion: 1 });
    services.articles.delete(a.id);
    expect(titles('anggaran')).toEqual([]);
    expect(stale()).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(0);
    services.articles.restore(a.id);
    expect(titles('anggaran')).toEqual(['Rapat']);
  });

  it('re-indexes in the order of the saves, so the most recently saved article ranks as the newest', () => {
    const ids = ['Pertama', 'Kedua', 'Ketiga'].map((title) => services.articles.create({ lang: 'id', title }).id);
    for (const id of [ids[2]!, ids[0]!, ids[1]!]) services.articles.save({ id, title: 'Sama', doc: doc('Kata yang sama.'), baseVersion: 1 });
    services.search.query({ query: 'sama' });
    const order = db.prepare('SELECT article_id FROM search_docs ORDER BY rowid').pluck().all();
    expect(order).toEqual([ids[2], ids[0], ids[1]]);
  });
});
