/**
 * Concordance (issue 6 §3): a substring search in source or target, newest first. The word index
 * only proposes candidates, so the property that matters is that it never loses one: every query
 * here, cut at random character positions out of stored units (words split in half, punctuation,
 * numbers, non-ASCII letters), must return exactly what scanning every unit returns.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/openDatabase.ts';
import { TmGenerator } from '../tm/generateTmUnits.ts';
import { queryWords } from '../tm/concordanceVocabulary.ts';
import { TranslationMemoryService } from './translationMemoryService.ts';

const handWritten: [string, string][] = [
  ['Defisit anggaran dipatok 2,29 persen, atau Rp 522,8 triliun.', 'The budget deficit is set at 2.29 percent, or Rp 522.8 trillion.'],
  ['Anak-anak di Desa Sukamaju belajar di kafe milik warga.', 'Children in Sukamaju village study in a café owned by residents.'],
  ['“Kami tidak akan mundur,” ujar Menteri Keuangan, Kamis (5/2/2026).', '“We will not back down,” the finance minister said on Thursday (5/2/2026).'],
  ['Harga beras naik 5,08% sejak Januari; stok di gudang Bulog menipis.', 'Rice prices have risen 5.08% since January; stocks in Bulog’s warehouses are thinning.'],
  ['Sayangnya, rapat yang dijadwalkan pukul 09.30 WIB diundur.', 'Unfortunately, the meeting scheduled for 09:30 WIB was postponed.'],
  ['Ekspor nikel ke Tiongkok mencapai US$ 13,6 miliar.', 'Nickel exports to China reached US$ 13.6 billion.'],
  ['Direktur PT Sinar Jaya, Hendra Kusuma, membantah tuduhan itu.', 'PT Sinar Jaya’s director, Hendra Kusuma, denied the accusation.'],
  ['Jalan tol Trans-Jawa ramai lancar menjelang Idulfitri.', 'The Trans-Java toll road was busy but flowing ahead of Eid al-Fitr.'],
];

function seed(db: Db, units: number): { readable: string; hidden: string } {
  const readable = '2d0c8b1e-4f3a-4c6d-9e7f-1a2b3c4d5e6f';
  const hidden = '3e1d9c2f-5a4b-4d7e-8f90-2b3c4d5e6f70';
  const insertMemory = db.prepare("INSERT INTO memories (id, name, source_lang, target_lang, readable, writable, created_at) VALUES (?, ?, 'id', 'en', ?, 1, 'x')");
  insertMemory.run(readable, 'Berita', 1);
  insertMemory.run(hidden, 'Arsip', 0);
  const insert = db.prepare("INSERT INTO tm_units (memory_id, source, target, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')");
  const gen = new TmGenerator(11);
  db.transaction(() => {
    for (let i = 0; i < units; i++) {
      const [source, target] = i % 10 === 0 ? handWritten[(i / 10) % handWritten.length]! : Object.values(gen.unit());
      insert.run(i % 9 === 4 ? hidden : readable, source, target);
    }
  })();
  return { readable, hidden };
}

/** What concordance must return: every readable unit containing the query, newest first. */
function scan(db: Db, query: string, side: 'source' | 'target', limit: number): number[] {
  const needle = query.toLowerCase();
  const rows = db.prepare<[], { id: number; text: string }>(`SELECT u.id, u.${side} AS text FROM tm_units u JOIN memories m ON m.id = u.memory_id WHERE m.readable = 1 ORDER BY u.id DESC`).all();
  return rows.filter((r) => r.text.toLowerCase().includes(needle)).slice(0, limit).map((r) => r.id);
}

/** A deterministic pseudo-random sequence, so a failure names a query that can be rerun. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1_103_515_245) + 12_345) >>> 0;
    return s / 2 ** 32;
  };
}

describe('concordance through the word index', () => {
  const db = openDatabase(':memory:');
  seed(db, 3_000);
  const tm = new TranslationMemoryService(db, { author: () => 'Rina' });
  const concordance = (query: string, side: 'source' | 'target', limit = 20) =>
    tm.concordance({ query, side, sourceLang: 'id', targetLang: 'en', limit }).map((h) => h.unitId);

  it('finds exactly what a scan of every unit finds, for 600 queries cut at random out of stored text', () => {
    const rand = random(2026);
    const texts = db.prepare<[], { source: string; target: string }>('SELECT source, target FROM tm_units').all();
    for (let i = 0; i < 600; i++) {
      const side = i % 3 === 2 ? 'target' : 'source';
      const text = texts[Math.floor(rand() * texts.length)]![side];
      const start = Math.floor(rand() * text.length);
      const query = text.slice(start, start + 1 + Math.floor(rand() * 24));
      if (!query.trim()) continue;
      const limit = i % 5 === 0 ? 3 : 20;
      expect(concordance(query, side, limit), `${side}: ${JSON.stringify(query)}`).toEqual(scan(db, query, side, limit));
    }
  });

  it('finds a word inside longer words, across punctuation and numbers, and nothing for text no unit has', () => {
    expect(concordance('yang', 'source').length).toBe(20);
    const inside = tm.concordance({ query: 'ayangny', side: 'source', sourceLang: 'id', targetLang: 'en' });
    expect(inside.length).toBeGreaterThan(0);
    for (const h of inside) expect(h.source.slice(h.start, h.end)).toBe('ayangny');
    for (const [query, side] of [
      ['2,29 persen, atau Rp 522', 'source'],
      ['ak-anak di Des', 'source'],
      ['(5/2/2026)', 'target'],
      ['café owned', 'target'],
      ['CAFÉ', 'target'],
      ['Bulog’s ware', 'target'],
      ['US$ 13,6', 'source'],
      ['5,08%', 'source'],
      [' ramai ', 'source'],
      ['%', 'source'],
    ] as const) {
      const found = concordance(query, side);
      expect(found.length, query).toBeGreaterThan(0);
      expect(found, query).toEqual(scan(db, query, side, 20));
    }
    expect(concordance('zzqx', 'source')).toEqual([]);
    expect(concordance('anggaran zzqx', 'source')).toEqual([]);
  });

  it('finds units stored after the first search, and targets rewritten by a newer translation', () => {
    expect(concordance('Pelabuhan Tanjung Wangi', 'source')).toEqual([]);
    tm.store({ source: 'Pelabuhan Tanjung Wangi ditutup karena badai.', target: 'Tanjung Wangi port was closed because of the storm.', sourceLang: 'id', targetLang: 'en', author: 'Rina', originArticleId: null, context: '' });
    expect(concordance('Pelabuhan Tanjung Wangi', 'source')).toHaveLength(1);
    tm.store({ source: 'Pelabuhan Tanjung Wangi ditutup karena badai.', target: 'The port of Tanjung Wangi shut down in the gale.', sourceLang: 'id', targetLang: 'en', author: 'Rina', originArticleId: null, context: '' });
    expect(concordance('in the gale', 'target')).toHaveLength(1);
    // Written behind the service's back, as a TMX import in a worker does.
    db.prepare("INSERT INTO tm_units (memory_id, source, target, created_at, updated_at) VALUES ((SELECT id FROM memories WHERE name = 'Berita'), 'Gunung Semeru kembali erupsi.', 'Mount Semeru erupted again.', 'x', 'x')").run();
    expect(concordance('emeru kemb', 'source')).toHaveLength(1);
  });
});

describe('the vocabulary read in a worker thread', () => {
  it('serves the same answers as one read on the calling thread, and catches up units added meanwhile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redaksi-concordance-'));
    const db = openDatabase(join(dir, 'redaksi.db'));
    try {
      seed(db, 400);
      const tm = new TranslationMemoryService(db, { author: () => 'Rina' });
      const loading = tm.prepareConcordance();
      expect(tm.prepareConcordance()).toBe(loading);
      db.prepare("INSERT INTO tm_units (memory_id, source, target, created_at, updated_at) VALUES ((SELECT id FROM memories WHERE name = 'Berita'), 'Banjir rob merendam Muara Baru.', 'A tidal flood swamped Muara Baru.', 'x', 'x')").run();
      await loading;
      const ask = (query: string, side: 'source' | 'target') => tm.concordance({ query, side, sourceLang: 'id', targetLang: 'en' }).map((h) => h.unitId);
      for (const [query, side] of [['persen, atau', 'source'], ['uara Ba', 'source'], ['tidal flo', 'target'], ['café', 'target'], ['ayang', 'source']] as const) {
        expect(ask(query, side), query).toEqual(scan(db, query, side, 20));
        expect(ask(query, side).length, query).toBeGreaterThan(0);
      }
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('queryWords', () => {
  it('says where each word of a query can sit in the words of a unit', () => {
    expect(queryWords('ayang untuk di')).toEqual([
      { word: 'ayang', place: 'end', ascii: true },
      { word: 'untuk', place: 'whole', ascii: true },
      { word: 'di', place: 'start', ascii: true },
    ]);
    expect(queryWords(' Kafé.')).toEqual([{ word: 'kafe', place: 'whole', ascii: false }]);
    expect(queryWords('ngnya')).toEqual([{ word: 'ngnya', place: 'inside', ascii: true }]);
    expect(queryWords('— %')).toEqual([]);
  });
});
