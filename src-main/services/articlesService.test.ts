import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/openDatabase.ts';
import { createServices, type Services } from './createServices.ts';
import { createBackend } from '../createBackend.ts';

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
