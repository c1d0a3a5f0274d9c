import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/openDatabase.ts';
import { createServices, type Services } from './createServices.ts';
import { createBackend } from '../createBackend.ts';
import { countWords } from '../language/countWords.ts';
import { documentText, parseDocument } from './documentValidation.ts';

let dir: string;
let file: string;
let db: Db;
let services: Services;
let clock: number;

/** A clock that moves one second per reading, so "most recent first" never depends on timing. */
const now = () => new Date(Date.UTC(2026, 10, 20, 8, 0, 0) + 1000 * clock++);

function openServices() {
  db = openDatabase(file);
  services = createServices(db, { systemLocale: 'id-ID', now });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-articles-'));
  file = join(dir, 'redaksi.db');
  clock = 0;
  openServices();
});

afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const text = (t: string, marks?: unknown[]) => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const paragraph = (...parts: unknown[]) => ({ type: 'paragraph', content: parts });
const doc = (...blocks: unknown[]) => ({ type: 'doc' as const, content: blocks as Record<string, unknown>[] });

describe('ArticlesService', () => {
  it('creates an empty article in the chosen language, version 1, zero words', () => {
    const a = services.articles.create({ lang: 'id', title: 'Gempa di Cianjur' });
    expect(a).toMatchObject({ title: 'Gempa di Cianjur', lang: 'id', version: 1, wordCount: 0, doc: { type: 'doc', content: [{ type: 'paragraph' }] } });
    expect(a.createdAt).toBe(a.updatedAt);
    expect(services.articles.get(a.id)).toEqual(a);
    expect(services.articles.create({ lang: 'en' })).toMatchObject({ title: '', lang: 'en' });
  });

  it('lists articles most recently updated first, and a save moves an article to the top', () => {
    const first = services.articles.create({ lang: 'id', title: 'Pertama' });
    const second = services.articles.create({ lang: 'en', title: 'Second' });
    const third = services.articles.create({ lang: 'id', title: 'Ketiga' });
    expect(services.articles.list().map((a) => a.title)).toEqual(['Ketiga', 'Second', 'Pertama']);

    services.articles.save({ id: first.id, title: 'Pertama (diperbarui)', doc: doc(paragraph(text('Isi baru.'))), baseVersion: 1 });
    expect(services.articles.list().map((a) => a.id)).toEqual([first.id, third.id, second.id]);
    // The list is summaries: no bodies travel with it.
    expect(services.articles.list()[0]).not.toHaveProperty('doc');
  });

  it('a save increments the version, stores title, body and word count, and returns a receipt', () => {
    const a = services.articles.create({ lang: 'id' });
    // Title 4 words ("kota-kota" is one); body 6 + 5 words ("anak-anak", "sehari-hari", "Rp12.500" are one each).
    const body = doc(
      paragraph(text('Anak-anak bermain layang-layang di '), text('lapangan', [{ type: 'bold' }]), text(' desa.')),
      paragraph(text('Kebutuhan sehari-hari naik menjadi Rp12.500.')),
    );
    const receipt = services.articles.save({ id: a.id, title: 'Banjir melanda kota-kota pesisir', doc: body, baseVersion: 1 });
    expect(receipt).toMatchObject({ id: a.id, version: 2, wordCount: 4 + 6 + 5 });
    const stored = services.articles.get(a.id);
    expect(stored).toMatchObject({ title: 'Banjir melanda kota-kota pesisir', version: 2, wordCount: 15, doc: body, updatedAt: receipt.updatedAt });
    expect(stored.updatedAt > stored.createdAt).toBe(true);

    const again = services.articles.save({ id: a.id, title: 'Banjir surut', doc: doc(paragraph(text('Air sudah surut.'))), baseVersion: 2 });
    expect(again).toMatchObject({ version: 3, wordCount: 2 + 3 });
    expect(services.articles.get(a.id).version).toBe(3);
  });

  it('counts English words the same way (contractions, hyphens, numbers)', () => {
    const a = services.articles.create({ lang: 'en' });
    const receipt = services.articles.save({
      id: a.id,
      title: 'Rice prices',
      doc: doc(paragraph(text("Traders don't expect a long-term drop below 12,500 rupiah."))),
      baseVersion: 1,
    });
    expect(receipt.wordCount).toBe(2 + 9);
  });

  it('a save based on a stale version is CONFLICT and the newer text stays as it was', () => {
    const a = services.articles.create({ lang: 'id', title: 'Rapat DPRD' });
    const newer = doc(paragraph(text('Rapat ditunda hingga pekan depan.')));
    services.articles.save({ id: a.id, title: 'Rapat DPRD ditunda', doc: newer, baseVersion: 1 });
    const before = services.articles.get(a.id);

    // A second window still on version 1 tries to overwrite.
    expect(() =>
      services.articles.save({ id: a.id, title: 'Rapat DPRD berlangsung', doc: doc(paragraph(text('Rapat berjalan lancar.'))), baseVersion: 1 }),
    ).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    // A client claiming a future version is refused too.
    expect(() => services.articles.save({ id: a.id, title: 'x', doc: newer, baseVersion: 9 })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(services.articles.get(a.id)).toEqual(before);
  });

  it('unknown ids are NOT_FOUND for get and save, and a save never creates a row', () => {
    const ghost = '5d0c7c2e-8f41-4b7a-9e0d-1a2b3c4d5e6f';
    expect(() => services.articles.get(ghost)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => services.articles.save({ id: ghost, title: 'Hantu', doc: doc(paragraph(text('Tidak ada.'))), baseVersion: 1 })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(services.articles.list()).toEqual([]);
  });

  it('an invalid body is INVALID_INPUT and nothing is written', () => {
    const a = services.articles.create({ lang: 'id', title: 'Tetap' });
    const before = services.articles.get(a.id);
    expect(() =>
      services.articles.save({ id: a.id, title: 'Berubah', doc: doc({ type: 'iframe', attrs: { src: 'https://contoh.id' } }), baseVersion: 1 }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(services.articles.get(a.id)).toEqual(before);
  });

  it('stores the validated document, not the raw input: extra keys and unknown attributes are dropped', () => {
    const a = services.articles.create({ lang: 'id' });
    const raw = {
      type: 'doc' as const,
      content: [{ type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [text('Bersih.')], extra: '<script>' }],
      injected: { payload: 'x'.repeat(1000) },
    };
    services.articles.save({ id: a.id, title: 'Bersih', doc: raw, baseVersion: 1 });
    expect(services.articles.get(a.id).doc).toEqual(doc(paragraph(text('Bersih.'))));
  });

  it('round-trips titles and bodies with Indonesian characters, typographic quotes, emoji and other scripts', () => {
    const titles = [
      'Presiden: “Ekonomi tumbuh 5,1%” — analis ragu 🇮🇩📈',
      'Café di Jl. Sudirman № 12 ditutup ‘sementara’',
      'Aksara Jawa ꦲꦏ꧀ꦱꦫ dan Sunda ᮃᮊ᮪ᮞᮛ di papan nama',
      'Keluarga 👨‍👩‍👧‍👦 mudik via tol Trans-Jawa',
      'e\u0301 (combining) and \u00e9 (precomposed) stay distinct',
      ' spasi di awal dan akhir tetap ',
    ];
    for (const title of titles) {
      const a = services.articles.create({ lang: 'id', title });
      expect(services.articles.get(a.id).title).toBe(title);
      const body = doc(paragraph(text(`${title} — isi.`)));
      services.articles.save({ id: a.id, title, doc: body, baseVersion: 1 });
      expect(services.articles.get(a.id)).toMatchObject({ title, doc: body });
    }
  });

  it('keeps headings, lists, quotes, links and marks exactly through a save and reopen', () => {
    const a = services.articles.create({ lang: 'en' });
    const body = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('What happened')] },
      paragraph(text('According to '), text('BMKG', [{ type: 'link', attrs: { href: 'https://www.bmkg.go.id', target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null } }]), text(', the quake was shallow.')),
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Magnitude 5.6'))] }, { type: 'listItem', content: [paragraph(text('Depth 10 km', [{ type: 'italic' }]))] }] },
      { type: 'blockquote', content: [paragraph(text('“We felt it strongly,” a resident said.'))] },
      paragraph(text('Line one'), { type: 'hardBreak' }, text('line two')),
    );
    services.articles.save({ id: a.id, title: 'Quake', doc: body, baseVersion: 1 });
    db.close();
    openServices();
    expect(services.articles.get(a.id).doc).toEqual(body);
  });

  it('finds every article, version and body intact after closing and reopening the database file', () => {
    const ids = ['Satu', 'Dua', 'Tiga'].map((title, i) => {
      const a = services.articles.create({ lang: i % 2 ? 'en' : 'id', title });
      for (let v = 1; v <= i + 1; v++) {
        services.articles.save({ id: a.id, title, doc: doc(paragraph(text(`${title} revisi ${v}`))), baseVersion: v });
      }
      return a.id;
    });
    const list = services.articles.list();
    const bodies = ids.map((id) => services.articles.get(id));
    db.close();

    openServices();
    expect(services.articles.list()).toEqual(list);
    expect(ids.map((id) => services.articles.get(id))).toEqual(bodies);
    expect(bodies.map((b) => b.version)).toEqual([2, 3, 4]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('works the same through the bridge on a backend reopened from its data folder', async () => {
    db.close();
    const options = { dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test', dispatch: { validateOutput: true } };
    let backend = createBackend(options);
    const created = await backend.dispatch('createArticle', { lang: 'id', title: 'Pemilu 2029 — hari H' });
    if (!created.ok) throw new Error(created.error.message);
    const { id } = created.value as { id: string };
    const body = doc(paragraph(text('Tempat pemungutan suara dibuka pukul 07.00 WIB.')));
    expect(await backend.dispatch('saveArticle', { id, title: 'Pemilu 2029 — hari H', doc: body, baseVersion: 1 })).toMatchObject({ ok: true, value: { version: 2 } });
    backend.close();

    backend = createBackend(options);
    try {
      expect(await backend.dispatch('getArticle', { id })).toMatchObject({ ok: true, value: { title: 'Pemilu 2029 — hari H', doc: body, version: 2, wordCount: 4 + 7 } });
    } finally {
      backend.close();
    }
  });
});

describe('ArticlesService: patched saves (only the changed blocks)', () => {
  const p = (t: string) => paragraph(text(t));
  const five = ['Satu kalimat.', 'Dua kata di sini.', 'Tiga kata lagi.', 'Empat buah kata pendek.', 'Lima.'];

  /** An article whose body is the five paragraphs, at version 2; returns its id. */
  function seeded(): string {
    const a = services.articles.create({ lang: 'id', title: 'Tambal' });
    services.articles.save({ id: a.id, title: 'Tambal', doc: doc(...five.map(p)), baseVersion: 1 });
    return a.id;
  }

  const row = (id: string) => db.prepare('SELECT * FROM articles WHERE id = ?').get(id);

  /** Saves `content` in full in a fresh article: the stored text and count a patch must match. */
  function savedInFull(content: unknown[]): { doc: string; wordCount: number } {
    const b = services.articles.create({ lang: 'id', title: 'Tambal' });
    const receipt = services.articles.save({ id: b.id, title: 'Tambal', doc: doc(...content), baseVersion: 1 });
    return { doc: db.prepare('SELECT doc FROM articles WHERE id = ?').pluck().get(b.id) as string, wordCount: receipt.wordCount };
  }

  it.each([
    ['replaces a block in the middle', 2, 1, ['Tiga kata diganti sekarang.'], [0, 1, 'new', 3, 4]],
    ['inserts at the start', 0, 0, ['Pembuka.'], ['new', 0, 1, 2, 3, 4]],
    ['appends at the end', 5, 0, ['Penutup baru di akhir.'], [0, 1, 2, 3, 4, 'new']],
    ['deletes the first block', 0, 1, [], [1, 2, 3, 4]],
    ['deletes the last two blocks', 3, 2, [], [0, 1, 2]],
    ['splits one block into two', 1, 1, ['Dua kata', 'di sini.'], [0, 'new', 'new', 2, 3, 4]],
    ['replaces every block', 0, 5, ['Semua baru.'], ['new']],
    ['changes only the headline', 0, 0, [], [0, 1, 2, 3, 4]],
  ] as const)('%s: stored text and word count equal a whole-document save', (_name, start, deleteCount, added, expected) => {
    const id = seeded();
    const receipt = services.articles.save({ id, title: 'Tambal', baseVersion: 2, patch: { start, deleteCount, blocks: added.map(p), baseBlockCount: 5 } });
    let next = 0;
    const content = expected.map((e) => (e === 'new' ? p(added[next++]!) : p(five[e]!)));
    const full = savedInFull(content);
    expect(receipt).toMatchObject({ version: 3, wordCount: full.wordCount });
    // The same JSON text once the padding between blocks is taken out (storedBlocks.ts).
    const stored = db.prepare('SELECT doc FROM articles WHERE id = ?').pluck().get(id) as string;
    expect(JSON.stringify(JSON.parse(stored))).toBe(JSON.stringify(JSON.parse(full.doc)));
    expect(JSON.parse(stored)).toEqual(doc(...content));
    expect(services.articles.get(id)).toMatchObject({ version: 3, wordCount: full.wordCount, doc: doc(...content) });
  });

  it('a small edit to a long article rewrites the stored body in place: a few pages written, not the whole body', () => {
    // Curly quotes and an ellipsis: the stored length is counted in UTF-8 bytes, not characters.
    const line = (i: number) => p(`Paragraf ${i}: “Harga beras naik lagi,” kata pedagang di Pasar Induk… ${'kata '.repeat(80)}`);
    const a = services.articles.create({ lang: 'id', title: 'Panjang' });
    const content = Array.from({ length: 300 }, (_, i) => line(i));
    services.articles.save({ id: a.id, title: 'Panjang', doc: doc(...content), baseVersion: 1 });
    db.pragma('wal_autocheckpoint = 0'); // so the WAL counts every page a save writes
    /** Pages the save wrote to the WAL. */
    const pagesWritten = (save: () => unknown) => {
      db.pragma('wal_checkpoint(TRUNCATE)');
      save();
      return (db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!.log;
    };
    const storedBytes = () => db.prepare('SELECT length(CAST(doc AS BLOB)) FROM articles WHERE id = ?').pluck().get(a.id) as number;
    const bodyPages = Math.ceil(storedBytes() / Number(db.pragma('page_size', { simple: true })));
    expect(bodyPages).toBeGreaterThan(40);

    const before = storedBytes();
    const edit = (index: number, extra: string, baseVersion: number) => {
      content[index] = p(`${(content[index]!.content[0] as { text: string }).text}${extra}`);
      return pagesWritten(() => services.articles.save({ id: a.id, title: 'Panjang', baseVersion, patch: { start: index, deleteCount: 1, blocks: [content[index]!], baseBlockCount: 300 } }));
    };
    expect(edit(150, ' tambahan “kutip”', 2)).toBeLessThan(10);
    expect(storedBytes()).toBe(before);
    // Outgrowing its room rewrites the body once; the block then has room for the typing that follows.
    expect(edit(150, ' kalimat baru'.repeat(20), 3)).toBeGreaterThan(bodyPages / 2);
    expect(edit(150, ' dan lagi', 4)).toBeLessThan(10);
    expect(edit(150, ' dan lagi', 5)).toBeLessThan(10);
    // The control: the whole body sent again (re-padded) is written whole.
    expect(pagesWritten(() => services.articles.save({ id: a.id, title: 'Panjang', doc: doc(...content), baseVersion: 6 }))).toBeGreaterThan(bodyPages / 2);

    expect(services.articles.get(a.id)).toMatchObject({ version: 7, doc: doc(...content), wordCount: countWordsOf('Panjang', content) });
    db.close();
    openServices();
    expect(services.articles.get(a.id).doc).toEqual(doc(...content));
  });

  it('applies patch after patch, and again after a reopen (the body is read back once)', () => {
    const id = seeded();
    services.articles.save({ id, title: 'Tambal', baseVersion: 2, patch: { start: 4, deleteCount: 1, blocks: [p('Lima diganti.')], baseBlockCount: 5 } });
    services.articles.save({ id, title: 'Tambal', baseVersion: 3, patch: { start: 0, deleteCount: 0, blocks: [p('Nol.')], baseBlockCount: 5 } });
    db.close();
    openServices();
    const receipt = services.articles.save({ id, title: 'Tambal ulang', baseVersion: 4, patch: { start: 1, deleteCount: 2, blocks: [], baseBlockCount: 6 } });
    const content = [p('Nol.'), p(five[2]!), p(five[3]!), p('Lima diganti.')];
    expect(services.articles.get(id)).toMatchObject({ version: 5, title: 'Tambal ulang', doc: doc(...content), wordCount: countWordsOf('Tambal ulang', content) });
    expect(receipt.wordCount).toBe(countWordsOf('Tambal ulang', content));
  });

  it('a block count that does not match the stored body is CONFLICT, and nothing is written', () => {
    const id = seeded();
    const before = row(id);
    for (const baseBlockCount of [4, 6]) {
      expect(() => services.articles.save({ id, title: 'Salah', baseVersion: 2, patch: { start: 0, deleteCount: 1, blocks: [p('x')], baseBlockCount } })).toThrow(
        expect.objectContaining({ code: 'CONFLICT' }),
      );
    }
    expect(row(id)).toEqual(before);
  });

  it('a patch on a stale version is CONFLICT, and nothing is written', () => {
    const id = seeded();
    services.articles.save({ id, title: 'Tambal', baseVersion: 2, patch: { start: 0, deleteCount: 1, blocks: [p('Versi tiga.')], baseBlockCount: 5 } });
    const before = row(id);
    expect(() => services.articles.save({ id, title: 'Basi', baseVersion: 2, patch: { start: 0, deleteCount: 1, blocks: [p('Basi.')], baseBlockCount: 5 } })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    expect(row(id)).toEqual(before);
  });

  it.each([
    ['an unknown node', { type: 'iframe', attrs: { src: 'https://contoh.id' } }],
    ['text at the top level', text('lepas')],
    ['a list item outside a list', { type: 'listItem', content: [p('butir')] }],
    ['a nested doc', doc(p('dalam'))],
    ['a mark on a block', { type: 'paragraph', marks: [{ type: 'bold' }], content: [text('tebal')] }],
    ['a heading level 9', { type: 'heading', attrs: { level: 9 }, content: [text('Judul')] }],
    ['a javascript: link', paragraph(text('klik', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))],
    ['a comment mark without a thread id', paragraph(text('catatan', [{ type: 'comment' }]))],
  ])('a new block with %s is INVALID_INPUT, and nothing is written', (_name, block) => {
    const id = seeded();
    const before = row(id);
    expect(() => services.articles.save({ id, title: 'Tidak', baseVersion: 2, patch: { start: 1, deleteCount: 1, blocks: [p('Sah.'), block as Record<string, unknown>], baseBlockCount: 5 } })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(row(id)).toEqual(before);
  });

  it('a patch that leaves no block is INVALID_INPUT (a document needs one), and nothing is written', () => {
    const id = seeded();
    const before = row(id);
    expect(() => services.articles.save({ id, title: 'Kosong', baseVersion: 2, patch: { start: 0, deleteCount: 5, blocks: [], baseBlockCount: 5 } })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(row(id)).toEqual(before);
  });

  it('a patch builds on the committed body: not on a save an outer transaction rolled back, and whoever wrote it', () => {
    const id = seeded();
    expect(() =>
      db.transaction(() => {
        services.articles.save({ id, title: 'Batal', doc: doc(p('Tidak jadi.')), baseVersion: 2 });
        throw new Error('outer step failed');
      })(),
    ).toThrow('outer step failed');
    expect(services.articles.get(id).version).toBe(2);
    // Version 3 comes from another connection (the command line, say) with another body.
    const otherDb = openDatabase(file);
    try {
      createServices(otherDb, { systemLocale: 'id-ID', now }).articles.save({ id, title: 'Lain', doc: doc(p('Dari baris perintah.'), p('Dua.')), baseVersion: 2 });
    } finally {
      otherDb.close();
    }
    services.articles.save({ id, title: 'Tambal', baseVersion: 3, patch: { start: 1, deleteCount: 1, blocks: [p('Dua lagi.')], baseBlockCount: 2 } });
    expect(services.articles.get(id).doc).toEqual(doc(p('Dari baris perintah.'), p('Dua lagi.')));
  });

  it('the periodic automatic revision of a patched save holds the patched text, in the same transaction', () => {
    services = createServices(db, { systemLocale: 'id-ID', now, autoRevisionIntervalMs: 0 });
    const id = seeded();
    services.articles.save({ id, title: 'Tambal', baseVersion: 2, patch: { start: 2, deleteCount: 1, blocks: [p('Tiga berubah.')], baseBlockCount: 5 } });
    const revisions = db.prepare<[string], { article_version: number; doc: string }>('SELECT article_version, doc FROM revisions WHERE article_id = ? ORDER BY number').all(id);
    expect(revisions.at(-1)?.article_version).toBe(3);
    expect(JSON.parse(revisions.at(-1)!.doc)).toEqual(doc(p(five[0]!), p(five[1]!), p('Tiga berubah.'), p(five[3]!), p(five[4]!)));
  });

  it('goes through the bridge: the contract takes a doc or a patch, never both', async () => {
    db.close();
    const backend = createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test', dispatch: { validateOutput: true } });
    try {
      const created = await backend.dispatch('createArticle', { lang: 'id', title: 'Jembatan' });
      if (!created.ok) throw new Error(created.error.message);
      const { id } = created.value as { id: string };
      const patch = { start: 0, deleteCount: 1, blocks: [p('Jembatan dibuka hari ini.')], baseBlockCount: 1 };
      expect(await backend.dispatch('saveArticle', { id, title: 'Jembatan', patch, baseVersion: 1 })).toMatchObject({ ok: true, value: { version: 2, wordCount: 1 + 4 } });
      expect(await backend.dispatch('saveArticle', { id, title: 'Jembatan', patch: { ...patch, baseBlockCount: 1 }, doc: doc(p('x')), baseVersion: 2 })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
      expect(await backend.dispatch('saveArticle', { id, title: 'Jembatan', patch: { ...patch, start: 1 }, baseVersion: 2 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(await backend.dispatch('getArticle', { id })).toMatchObject({ ok: true, value: { version: 2, doc: doc(p('Jembatan dibuka hari ini.')) } });
    } finally {
      backend.close();
    }
  });
});

function countWordsOf(title: string, content: unknown[]): number {
  return countWords(title) + countWords(documentText(parseDocument(doc(...content))));
}
