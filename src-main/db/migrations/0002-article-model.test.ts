import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../openDatabase.ts';
import { migration0001 } from './0001-initial.ts';
import { migration0002 } from './0002-article-model.ts';
import { createServices } from '../../services/createServices.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-m0002-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const body = (...paragraphs: string[]) =>
  JSON.stringify({ type: 'doc', content: paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })) });

/** Articles as version 1 wrote them, including awkward ones. */
const v1Articles = [
  { id: '11111111-1111-4111-8111-111111111111', title: 'Harga Kopí Gayo naik', lang: 'id', doc: body('Petani di Takengon menjual kopi lebih mahal.', 'Menkominfo tidak berkomentar.'), word_count: 11, version: 4, created_at: '2026-01-01T08:00:00.000Z', updated_at: '2026-01-03T08:00:00.000Z' },
  { id: '22222222-2222-4222-8222-222222222222', title: 'Council approves budget', lang: 'en', doc: body('The vote was close.'), word_count: 7, version: 2, created_at: '2026-01-02T08:00:00.000Z', updated_at: '2026-01-02T09:00:00.000Z' },
  { id: '33333333-3333-4333-8333-333333333333', title: '', lang: 'id', doc: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph' }] }), word_count: 0, version: 1, created_at: '2026-01-04T08:00:00.000Z', updated_at: '2026-01-04T08:00:00.000Z' },
  // Not JSON: cannot be indexed, but must survive the upgrade byte for byte.
  { id: '44444444-4444-4444-8444-444444444444', title: 'Rusak', lang: 'id', doc: '{"type":"doc","content":[', word_count: 0, version: 1, created_at: '2026-01-05T08:00:00.000Z', updated_at: '2026-01-05T08:00:00.000Z' },
];

describe('migration 0002 (article model)', () => {
  it('upgrades a version-1 database with every article intact, new fields defaulted, and the search index built', () => {
    const file = join(dir, 'redaksi.db');
    const v1 = openDatabase(file, { migrations: [migration0001] });
    const insert = v1.prepare(
      'INSERT INTO articles (id, title, lang, doc, word_count, version, created_at, updated_at) VALUES (@id, @title, @lang, @doc, @word_count, @version, @created_at, @updated_at)',
    );
    for (const a of v1Articles) insert.run(a);
    v1.prepare("INSERT INTO settings (key, value) VALUES ('userName', '\"Dewi\"')").run();
    const before = v1.prepare('SELECT * FROM articles ORDER BY id').all();
    v1.close();

    const db = openDatabase(file, { migrations: [migration0001, migration0002] });
    try {
      expect(schemaVersion(db)).toBe(2);
      const after = db.prepare('SELECT id, title, lang, doc, word_count, version, created_at, updated_at FROM articles ORDER BY id').all();
      expect(after).toEqual(before);
      expect(db.prepare('SELECT DISTINCT status, standfirst, byline, dateline_place, dateline_date, outlet, notes, deleted_at FROM articles').all()).toEqual([
        { status: 'draft', standfirst: '', byline: '', dateline_place: '', dateline_date: null, outlet: '', notes: '', deleted_at: null },
      ]);
      expect(db.prepare("SELECT value FROM settings WHERE key = 'userName'").pluck().get()).toBe('"Dewi"');
      // Every article is indexed, the oldest change first; the unreadable body with its headline only.
      expect(db.prepare('SELECT article_id, title, body FROM search_docs ORDER BY rowid').all()).toEqual([
        { article_id: v1Articles[1]!.id, title: 'Council approves budget', body: 'The vote was close.' },
        { article_id: v1Articles[0]!.id, title: 'Harga Kopí Gayo naik', body: 'Petani di Takengon menjual kopi lebih mahal.\nMenkominfo tidak berkomentar.' },
        { article_id: v1Articles[2]!.id, title: '', body: '' },
        { article_id: v1Articles[3]!.id, title: 'Rusak', body: '' },
      ]);
      db.prepare("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)").run();
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }

    // And the upgraded database, brought up to the latest schema, works through the services.
    const db2 = openDatabase(file);
    try {
      const services = createServices(db2, { systemLocale: 'id-ID' });
      expect(services.search.query({ query: 'kopi' }).map((h) => h.summary.id)).toEqual([v1Articles[0]!.id]);
      expect(services.search.query({ query: 'menk*' }).map((h) => h.summary.id)).toEqual([v1Articles[0]!.id]);
      expect(services.articles.list().map((a) => a.id)).toEqual([v1Articles[3]!.id, v1Articles[2]!.id, v1Articles[0]!.id, v1Articles[1]!.id]);
      const a = services.articles.get(v1Articles[0]!.id);
      expect(a).toMatchObject({ title: 'Harga Kopí Gayo naik', version: 4, status: 'draft', tags: [] });
      expect(services.articles.save({ id: a.id, title: a.title, doc: JSON.parse(body('Harga turun.')) as typeof a.doc, baseVersion: 4 })).toMatchObject({ version: 5 });
      expect(services.search.query({ query: 'takengon' })).toEqual([]);
      expect(services.search.query({ query: 'turun' }).map((h) => h.summary.id)).toEqual([a.id]);
    } finally {
      db2.close();
    }
  });

  it('upgrades an empty version-1 database', () => {
    const file = join(dir, 'empty.db');
    openDatabase(file, { migrations: [migration0001] }).close();
    const db = openDatabase(file, { migrations: [migration0001, migration0002] });
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(0);
    db.close();
  });
});
