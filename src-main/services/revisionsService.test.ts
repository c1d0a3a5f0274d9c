import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/openDatabase.ts';
import { createServices, type Services } from './createServices.ts';
import type { DiffBlock, DocumentJson } from '../../src-preload/contract/domain.ts';

let dir: string;
let file: string;
let db: Db;
let services: Services;
/** Milliseconds since the start of the test day; tests move it by hand. */
let clock: number;
const start = Date.UTC(2026, 10, 20, 8, 0, 0);
const minutes = (n: number) => n * 60_000;

function openServices() {
  db = openDatabase(file);
  services = createServices(db, { systemLocale: 'id-ID', now: () => new Date(start + clock) });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-revisions-'));
  file = join(dir, 'redaksi.db');
  clock = 0;
  openServices();
  services.settings.update({ userName: 'Dewi Lestari' });
});

afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...texts: string[]): DocumentJson => ({ type: 'doc', content: texts.map(paragraph) });
const revisionCount = () => db.prepare('SELECT count(*) FROM revisions').pluck().get() as number;

function newArticle(title = 'Banjir rob') {
  return services.articles.create({ lang: 'id', title });
}

describe('automatic revisions while editing', () => {
  it('the first save takes one, then one per save only after 10 minutes have passed since the latest', () => {
    const a = newArticle();
    let version = 1;
    const saveAt = (at: number, text: string) => {
      clock = at;
      version = services.articles.save({ id: a.id, title: 'Banjir rob', doc: doc(text), baseVersion: version }).version;
    };
    saveAt(0, 'Air laut masuk.');
    expect(services.revisions.list(a.id)).toMatchObject([{ number: 1, kind: 'auto', articleVersion: 2, author: 'Dewi Lestari', name: null }]);
    saveAt(minutes(1), 'Air laut masuk ke rumah.');
    saveAt(minutes(5), 'Air laut masuk ke rumah warga.');
    saveAt(minutes(10) - 1, 'Air laut masuk ke rumah warga sejak subuh.');
    expect(revisionCount()).toBe(1);
    saveAt(minutes(10), 'Air laut masuk ke rumah-rumah warga sejak subuh.');
    const list = services.revisions.list(a.id);
    expect(list.map((r) => [r.number, r.kind, r.articleVersion])).toEqual([
      [2, 'auto', 6],
      [1, 'auto', 2],
    ]);
    // The revision holds exactly the text of the save it was taken with.
    const stored = db.prepare('SELECT doc, created_at FROM revisions WHERE number = 2').get() as { doc: string; created_at: string };
    expect(JSON.parse(stored.doc)).toEqual(services.articles.get(a.id).doc);
    expect(stored.created_at).toBe(new Date(start + minutes(10)).toISOString());
    expect(list[0]!.wordCount).toBe(services.articles.get(a.id).wordCount);
    saveAt(minutes(15), 'Satu.');
    expect(revisionCount()).toBe(2);
  });

  it('a named version also resets the 10-minute clock', () => {
    const a = newArticle();
    services.revisions.create({ articleId: a.id, name: 'Awal' });
    clock = minutes(9);
    services.articles.save({ id: a.id, title: 'Banjir rob', doc: doc('Teks.'), baseVersion: 1 });
    expect(services.revisions.list(a.id).map((r) => r.kind)).toEqual(['named']);
  });

  it('the interval is configurable', () => {
    db.close();
    db = openDatabase(file);
    services = createServices(db, { systemLocale: 'id-ID', now: () => new Date(start + clock), autoRevisionIntervalMs: 1000 });
    const a = newArticle();
    services.articles.save({ id: a.id, title: 'T', doc: doc('satu'), baseVersion: 1 });
    clock = 999;
    services.articles.save({ id: a.id, title: 'T', doc: doc('dua'), baseVersion: 2 });
    clock = 1000;
    services.articles.save({ id: a.id, title: 'T', doc: doc('tiga'), baseVersion: 3 });
    expect(services.revisions.list(a.id).map((r) => r.articleVersion)).toEqual([4, 2]);
  });

  it('is written in the save transaction: a failing revision insert rolls the save back, a refused save writes no revision', () => {
    const a = newArticle();
    const before = services.articles.get(a.id);
    db.exec("CREATE TEMP TRIGGER no_revisions BEFORE INSERT ON revisions BEGIN SELECT RAISE(ABORT, 'revision refused'); END");
    expect(() => services.articles.save({ id: a.id, title: 'Berubah', doc: doc('Teks baru.'), baseVersion: 1 })).toThrow(/revision refused/);
    expect(services.articles.get(a.id)).toEqual(before);
    db.exec('DROP TRIGGER no_revisions');

    expect(() => services.articles.save({ id: a.id, title: 'Basi', doc: doc('Versi basi.'), baseVersion: 7 })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => services.articles.save({ id: a.id, title: 'Rusak', doc: { type: 'doc', content: [{ type: 'iframe' }] }, baseVersion: 1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(revisionCount()).toBe(0);
    services.articles.save({ id: a.id, title: 'Berubah', doc: doc('Teks baru.'), baseVersion: 1 });
    expect(revisionCount()).toBe(1);
  });
});

describe('named versions and status revisions', () => {
  it('snapshots the stored text with its name, author, word count and the next number; a blank name is no name', () => {
    const a = newArticle('Harga cabai');
    services.articles.save({ id: a.id, title: 'Harga cabai naik', doc: doc('Harga cabai rawit naik dua kali lipat.'), baseVersion: 1 });
    clock = minutes(1);
    const named = services.revisions.create({ articleId: a.id, name: '  Sebelum disunting  ' });
    expect(named).toMatchObject({ number: 2, kind: 'named', name: 'Sebelum disunting', title: 'Harga cabai naik', author: 'Dewi Lestari', articleVersion: 2, wordCount: 3 + 7, restoredFrom: null });
    expect(named.createdAt).toBe(new Date(start + minutes(1)).toISOString());
    services.settings.update({ userName: '' });
    expect(services.revisions.create({ articleId: a.id, name: '   ' })).toMatchObject({ number: 3, name: null, author: '' });
    expect(services.revisions.create({ articleId: a.id })).toMatchObject({ number: 4, name: null });
    expect(services.revisions.list(a.id).map((r) => r.number)).toEqual([4, 3, 2, 1]);
  });

  it('recordRevision is the hook for status changes', () => {
    const a = newArticle();
    const r = services.revisions.recordRevision(a.id, 'status', 'published');
    expect(r).toMatchObject({ kind: 'status', name: 'published', number: 1, articleVersion: 1 });
  });

  it('numbers are per article, and unknown articles are NOT_FOUND', () => {
    const a = newArticle('A');
    const b = newArticle('B');
    services.revisions.create({ articleId: a.id });
    services.revisions.create({ articleId: a.id });
    expect(services.revisions.create({ articleId: b.id }).number).toBe(1);
    const ghost = '5d0c7c2e-8f41-4b7a-9e0d-1a2b3c4d5e6f';
    expect(() => services.revisions.create({ articleId: ghost })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => services.revisions.list(ghost)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(revisionCount()).toBe(3);
  });

  it('revisions survive closing and reopening the database', () => {
    const a = newArticle();
    services.revisions.create({ articleId: a.id, name: 'Satu' });
    const list = services.revisions.list(a.id);
    db.close();
    openServices();
    expect(services.revisions.list(a.id)).toEqual(list);
  });
});

describe('restore', () => {
  it('keeps the current text as a restore revision, brings the old text back as a new version, and deletes nothing', () => {
    const a = newArticle('Rapat DPRD');
    services.articles.save({ id: a.id, title: 'Rapat DPRD', doc: doc('Rapat ditunda hingga pekan depan.'), baseVersion: 1 });
    const named = services.revisions.create({ articleId: a.id, name: 'Versi awal' });
    clock = minutes(1);
    services.articles.save({ id: a.id, title: 'Rapat DPRD batal', doc: doc('Rapat dibatalkan.', 'Ketua tidak hadir.'), baseVersion: 2 });
    const current = services.articles.get(a.id);
    const idsBefore = services.revisions.list(a.id).map((r) => r.id);

    clock = minutes(2);
    const restored = services.revisions.restore({ articleId: a.id, revisionId: named.id, baseVersion: 3 });
    expect(restored).toMatchObject({ title: 'Rapat DPRD', version: 4, doc: doc('Rapat ditunda hingga pekan depan.') });
    expect(services.articles.get(a.id)).toEqual(restored);

    const list = services.revisions.list(a.id);
    expect(list).toHaveLength(idsBefore.length + 2);
    expect(list.slice(2).map((r) => r.id)).toEqual(idsBefore);
    const [after, before] = list;
    expect(before).toMatchObject({ kind: 'restore', restoredFrom: null, articleVersion: 3, title: 'Rapat DPRD batal' });
    expect(after).toMatchObject({ kind: 'restore', restoredFrom: named.number, articleVersion: 4, title: 'Rapat DPRD', author: 'Dewi Lestari' });
    // The replaced text is still there, word for word.
    const kept = db.prepare('SELECT doc FROM revisions WHERE id = ?').pluck().get(before!.id) as string;
    expect(JSON.parse(kept)).toEqual(current.doc);
    // ...and can itself be restored.
    const again = services.revisions.restore({ articleId: a.id, revisionId: before!.id, baseVersion: 4 });
    expect(again).toMatchObject({ title: 'Rapat DPRD batal', doc: current.doc, version: 5 });
  });

  it('a stale baseVersion is CONFLICT, another article’s revision is NOT_FOUND, and neither writes anything', () => {
    const a = newArticle('A');
    const b = newArticle('B');
    const rev = services.revisions.create({ articleId: a.id });
    services.articles.save({ id: a.id, title: 'A2', doc: doc('baru'), baseVersion: 1 });
    const count = revisionCount();
    const article = services.articles.get(a.id);
    expect(() => services.revisions.restore({ articleId: a.id, revisionId: rev.id, baseVersion: 1 })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => services.revisions.restore({ articleId: b.id, revisionId: rev.id, baseVersion: 1 })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => services.revisions.diff({ articleId: b.id, revisionId: rev.id })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(revisionCount()).toBe(count);
    expect(services.articles.get(a.id)).toEqual(article);
  });
});

describe('diff', () => {
  const ops = (blocks: DiffBlock[]) => blocks.map((b) => [b.op, b.segments.map((s) => `${s.op === 'equal' ? '=' : s.op === 'insert' ? '+' : '-'}${s.text}`)]);

  it('Indonesian: words, reduplication and punctuation, block by block, against the current text', () => {
    const a = newArticle('Banjir rob');
    services.articles.save({
      id: a.id,
      title: 'Banjir rob di pesisir',
      doc: doc('Air laut masuk ke rumah warga sejak subuh.', 'Warga mengungsi ke masjid.', 'Pemerintah belum memberi bantuan.'),
      baseVersion: 1,
    });
    const rev = services.revisions.create({ articleId: a.id, name: 'Awal' });
    services.articles.save({
      id: a.id,
      title: 'Banjir rob melanda pesisir',
      doc: doc('Air laut masuk ke rumah-rumah warga sejak subuh!', 'Warga mengungsi ke masjid.', 'Dinas Sosial membuka dapur umum.', 'Pemerintah sudah memberi bantuan.'),
      baseVersion: 2,
    });
    const diff = services.revisions.diff({ articleId: a.id, revisionId: rev.id });
    expect(diff.from.id).toBe(rev.id);
    expect(diff.to).toBeNull();
    expect(diff.title).toEqual([{ op: 'equal', text: 'Banjir rob ' }, { op: 'delete', text: 'di' }, { op: 'insert', text: 'melanda' }, { op: 'equal', text: ' pesisir' }]);
    expect(ops(diff.blocks)).toEqual([
      ['change', ['=Air laut masuk ke ', '-rumah', '+rumah-rumah', '= warga sejak subuh', '-.', '+!']],
      ['equal', ['=Warga mengungsi ke masjid.']],
      // The new paragraph is an insertion; the edited one is paired with its old self by shared words.
      ['insert', ['+Dinas Sosial membuka dapur umum.']],
      ['change', ['=Pemerintah ', '-belum', '+sudah', '= memberi bantuan.']],
    ]);
    expect(diff.insertedWords).toBe(1 + 1 + 5 + 1);
    expect(diff.deletedWords).toBe(1 + 1 + 1);
  });

  it('English: against another revision, with a deleted paragraph and a heading', () => {
    const a = services.articles.create({ lang: 'en', title: 'Budget' });
    const heading = { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What happened' }] };
    services.articles.save({ id: a.id, title: 'Budget', doc: { type: 'doc', content: [heading, paragraph('The council approved the budget.'), paragraph('The vote was close.')] }, baseVersion: 1 });
    const first = services.revisions.create({ articleId: a.id });
    services.articles.save({ id: a.id, title: 'Budget', doc: { type: 'doc', content: [heading, paragraph("The council rejected the city's budget.")] }, baseVersion: 2 });
    const second = services.revisions.create({ articleId: a.id });
    services.articles.save({ id: a.id, title: 'Something else', doc: doc('Unrelated.'), baseVersion: 3 });
    const diff = services.revisions.diff({ articleId: a.id, revisionId: first.id, against: second.id });
    expect(diff.to?.id).toBe(second.id);
    expect(diff.title).toEqual([{ op: 'equal', text: 'Budget' }]);
    expect(diff.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(ops(diff.blocks)).toEqual([
      ['equal', ['=What happened']],
      ['change', ['=The council ', '-approved', '+rejected', '= the', "+ city's", '= budget.']],
      ['delete', ['-The vote was close.']],
    ]);
    expect([diff.insertedWords, diff.deletedWords]).toEqual([2, 1 + 4]);
  });
});
