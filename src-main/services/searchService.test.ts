import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/openDatabase.ts';
import { narrowRankWindow, rankWindow, SearchRepo } from '../db/repos/searchRepo.ts';
import { createServices, type Services } from './createServices.ts';
import { markedToSegments } from './searchService.ts';
import { toFtsQuery, toFtsSearch } from './searchQuery.ts';
import type { SearchHit } from '../../src-preload/contract/domain.ts';

let dir: string;
let db: Db;
let services: Services;
let clock: number;
const now = () => new Date(Date.UTC(2026, 10, 20, 8, 0, 0) + 1000 * clock++);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-search-'));
  clock = 0;
  db = openDatabase(join(dir, 'redaksi.db'));
  services = createServices(db, { systemLocale: 'id-ID', now });
});
afterEach(() => {
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const doc = (...paragraphs: string[]) => ({
  type: 'doc' as const,
  content: paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })),
});

/** Creates and saves an article; returns its id. */
function article(title: string, paragraphs: string[], lang: 'id' | 'en' = 'id'): string {
  const a = services.articles.create({ lang, title });
  services.articles.save({ id: a.id, title, doc: doc(...paragraphs), baseVersion: 1 });
  return a.id;
}

const titles = (hits: SearchHit[]) => hits.map((h) => h.summary.title);
const search = (query: string, limit?: number, offset?: number) => services.search.query({ query, limit, offset });
const hitWords = (segments: SearchHit['snippet']) => segments.filter((s) => s.hit).map((s) => s.text);

/** FTS5's own check that the index matches the text it was built from. */
function integrityOk(): void {
  db.prepare("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)").run();
}

describe('search', () => {
  it('ignores accents and case: "kopi" finds Kopí, KOPI and kopi; "kopí" finds them too', () => {
    article('Harga Kopí Gayo naik', ['Petani di Aceh Tengah senang.']);
    article('Ekspor KOPI turun', ['Permintaan dari Eropa melemah.']);
    article('Warung kopi di Medan', ['Ramai setiap pagi.']);
    article('Harga teh stabil', ['Tidak ada perubahan.']);
    expect(titles(search('kopi')).sort()).toEqual(['Ekspor KOPI turun', 'Harga Kopí Gayo naik', 'Warung kopi di Medan']);
    expect(titles(search('KOPÍ')).sort()).toEqual(titles(search('kopi')).sort());
    // Decomposed input (e + combining acute) folds the same as precomposed.
    expect(titles(search('kopi\u0301')).sort()).toEqual(titles(search('kopi')).sort());
  });

  it('a trailing * is a prefix: "menk*" finds Menkominfo, a 3-letter prefix works, "m*" is just the word', () => {
    article('Menkominfo bicara soal data', ['Pernyataan pers di Jakarta.']);
    article('Kementerian lain', ['Menkeu menanggapi.']);
    expect(titles(search('menk*')).sort()).toEqual(['Kementerian lain', 'Menkominfo bicara soal data']);
    expect(titles(search('menko*'))).toEqual(['Menkominfo bicara soal data']);
    expect(titles(search('men*')).sort()).toEqual(['Kementerian lain', 'Menkominfo bicara soal data']);
    expect(titles(search('menk'))).toEqual([]);
    expect(search('m*')).toEqual([]);
  });

  it('ANDs words and matches "quoted phrases" in order', () => {
    article('Harga beras naik', ['Harga beras premium naik lagi di pasar induk.']);
    article('Beras impor tiba', ['Harga gabah di tingkat petani turun; beras impor tiba.']);
    article('Harga cabai', ['Cabai rawit mahal.']);
    expect(titles(search('harga beras')).sort()).toEqual(['Beras impor tiba', 'Harga beras naik']);
    expect(titles(search('"harga beras"'))).toEqual(['Harga beras naik']);
    expect(titles(search('"beras harga"'))).toEqual([]);
    expect(titles(search('"harga ber*"'))).toEqual(['Harga beras naik']);
    expect(titles(search('cabai beras'))).toEqual([]);
  });

  it('ranks with bm25, a headline hit above a body mention, and pages with limit and offset', () => {
    article('Catatan rapat', ['Banyak hal dibahas, antara lain banjir di utara.']);
    article('Banjir di pesisir utara', ['Air masuk ke rumah warga.']);
    article('Laporan mingguan', ['Banjir, banjir, dan banjir lagi: banjir rob menggenangi jalan.']);
    const all = titles(search('banjir'));
    expect(all[0]).toBe('Banjir di pesisir utara');
    expect(all).toHaveLength(3);
    expect(titles(search('banjir', 1))).toEqual([all[0]]);
    expect(titles(search('banjir', 2, 1))).toEqual(all.slice(1));
    expect(search('banjir', 20, 3)).toEqual([]);
  });

  it('marks hits in the headline and the snippet as segments, with context around them', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `kata${i}`).join(' ');
    article('Gempa di Cianjur', [filler, `Warga merasakan gempa kuat pada pukul 13.21 WIB. ${filler}`]);
    const [hit] = search('gempa');
    expect(hit!.headline).toEqual([{ text: 'Gempa', hit: true }, { text: ' di Cianjur', hit: false }]);
    expect(hitWords(hit!.snippet)).toEqual(['gempa']);
    const text = hit!.snippet.map((s) => s.text).join('');
    expect(text).toContain('Warga merasakan gempa kuat');
    expect(text.startsWith('…')).toBe(true);
    expect(text.length).toBeLessThan(400);
    // The original accents come back in the snippet even though the query had none.
    article('Kopí', ['Secangkir kopí hangat.']);
    expect(hitWords(search('kopi')[0]!.snippet)).toEqual(['kopí']);
  });

  it('uses the standfirst as the snippet when only it matched, and finds standfirst text', () => {
    const id = article('Anggaran daerah', ['Isi berita tentang hal lain.']);
    services.articleMeta.update({ id, standfirst: 'DPRD menyetujui APBD perubahan senilai Rp 2 triliun.' });
    const [hit] = search('apbd');
    expect(hit!.summary.id).toBe(id);
    expect(hitWords(hit!.snippet)).toEqual(['APBD']);
    services.articleMeta.update({ id, standfirst: 'Tanpa kata kunci.' });
    expect(search('apbd')).toEqual([]);
    integrityOk();
  });

  it('text that looks like markup or markers stays text: a snippet never carries HTML or forged highlights', () => {
    article('<b>Tebal</b> & <script>alert(1)</script>', ['Teks \u0002palsu\u0003 dengan <img src=x onerror=alert(1)> di dalamnya.']);
    const [hit] = search('palsu');
    expect(hitWords(hit!.snippet)).toEqual(['palsu']);
    expect(hit!.snippet.map((s) => s.text).join('')).toContain('<img src=x onerror=alert(1)>');
    expect(hit!.headline.map((s) => s.text).join('')).toBe('<b>Tebal</b> & <script>alert(1)</script>');
  });

  it('finds Indonesian and English articles alike, and hits in tables and lists', () => {
    article('Rice prices climb', ['Traders in Jakarta expect prices to keep rising.'], 'en');
    const id = services.articles.create({ lang: 'id', title: 'Tabel harga' }).id;
    services.articles.save({
      id,
      title: 'Tabel harga',
      baseVersion: 1,
      doc: {
        type: 'doc',
        content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bawang merah' }] }] }] }],
      },
    });
    expect(titles(search('traders'))).toEqual(['Rice prices climb']);
    expect(titles(search('bawang merah'))).toEqual(['Tabel harga']);
  });

  it('keeps the index in step with every save, in the same transaction, and with failed saves not at all', () => {
    const id = article('Judul lama', ['Isi pertama tentang jembatan.']);
    expect(titles(search('jembatan'))).toEqual(['Judul lama']);
    services.articles.save({ id, title: 'Judul baru', doc: doc('Isi kedua tentang terowongan.'), baseVersion: 2 });
    expect(search('jembatan')).toEqual([]);
    expect(titles(search('terowongan'))).toEqual(['Judul baru']);
    expect(search('lama')).toEqual([]);
    // A stale save is CONFLICT and leaves the index as it was.
    expect(() => services.articles.save({ id, title: 'Judul basi', doc: doc('Isi tentang bendungan.'), baseVersion: 2 })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    expect(search('bendungan')).toEqual([]);
    expect(titles(search('terowongan'))).toEqual(['Judul baru']);
    integrityOk();
  });

  it('leaves articles in the trash out, brings them back on restore, and drops them when the trash is emptied', () => {
    const id = article('Pasar terapung', ['Pedagang sayur di Banjarmasin.']);
    article('Pasar malam', ['Ramai di akhir pekan.']);
    services.articles.delete(id);
    expect(titles(search('pasar'))).toEqual(['Pasar malam']);
    // Saving while in the trash does not sneak it back into the search.
    services.articles.save({ id, title: 'Pasar terapung Lok Baintan', doc: doc('Pedagang buah di sungai.'), baseVersion: 2 });
    expect(titles(search('pasar'))).toEqual(['Pasar malam']);
    services.articles.restore(id);
    expect(titles(search('pasar')).sort()).toEqual(['Pasar malam', 'Pasar terapung Lok Baintan']);
    expect(titles(search('sungai'))).toEqual(['Pasar terapung Lok Baintan']);
    integrityOk();
    services.articles.delete(id);
    services.articles.emptyTrash();
    expect(titles(search('pasar'))).toEqual(['Pasar malam']);
    expect(db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(1);
    integrityOk();
  });

  it('a restored article keeps its standfirst searchable', () => {
    const id = article('Tambang nikel', ['Isi.']);
    services.articleMeta.update({ id, standfirst: 'Smelter baru di Morowali.' });
    services.articles.delete(id);
    expect(search('morowali')).toEqual([]);
    services.articles.restore(id);
    expect(titles(search('morowali'))).toEqual(['Tambang nikel']);
  });

  it('a query with nothing searchable returns nothing, and no query text can cause an FTS5 error', async () => {
    article('Sidang DPR: "RUU" (baru) disahkan', ['NEAR AND OR NOT title: ^awal * "kutip']);
    for (const q of ['', '   ', '***', '"', '""', '-', '—', '()', '^', ':']) expect(search(q)).toEqual([]);
    for (const q of ['AND', 'OR', 'NOT', 'NEAR', 'title:', '"kutip', 'RUU)', '(baru', '^awal', 'a OR b', 'dpr NOT ruu', 'NEAR(sidang dpr)', 'col:sidang', '"sidang" AND "dpr"']) {
      expect(() => search(q)).not.toThrow();
    }
    expect(titles(search('NOT'))).toEqual(['Sidang DPR: "RUU" (baru) disahkan']);
    expect(titles(search('(baru'))).toEqual(['Sidang DPR: "RUU" (baru) disahkan']);
    await fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (q) => {
        expect(() => search(q)).not.toThrow();
      }),
      { numRuns: 500 },
    );
    await fc.assert(
      fc.property(fc.array(fc.constantFrom('"', '*', '(', ')', ':', '^', '-', '+', 'AND', 'OR', 'NOT', 'NEAR', ' ', 'sidang', 'dp', '\u0000', '\u0002', '{', '}', ','), { maxLength: 12 }), (parts) => {
        expect(() => search(parts.join(''))).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('ranks only the newest matches of a very common word, and those by bm25', () => {
    // Older articles mention the word once; the newest ones too, so the newest window is what is ranked.
    const ids: string[] = [];
    const stmt = db.prepare('INSERT INTO search_docs (article_id, title, standfirst, body) VALUES (?, ?, ?, ?)');
    const insert = db.prepare(
      "INSERT INTO articles (id, title, lang, doc, word_count, created_at, updated_at) VALUES (?, ?, 'id', '{\"type\":\"doc\",\"content\":[{\"type\":\"paragraph\"}]}', 0, ?, ?)",
    );
    db.transaction(() => {
      for (let i = 0; i < rankWindow + 50; i++) {
        const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
        const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
        insert.run(id, `Artikel ${i}`, at, at);
        // The oldest article mentions the word most often: exact bm25 would put it first.
        stmt.run(id, `Artikel ${i}`, '', i === 0 ? 'pemilu pemilu pemilu pemilu' : 'pemilu');
        ids.push(id);
      }
    })();
    const first = search('pemilu', 20);
    expect(first).toHaveLength(20);
    expect(first.map((h) => h.summary.id)).not.toContain(ids[0]);
    // Paging past the window widens it, so nothing is unreachable.
    const deep = search('pemilu', 100, rankWindow);
    expect(deep.length).toBe(50);
  });
  /** Inserts `count` articles straight into the tables (fast), oldest first; returns their ids. */
  function bulk(count: number, text: (i: number) => { title: string; body: string }): string[] {
    const ids: string[] = [];
    const stmt = db.prepare('INSERT INTO search_docs (article_id, title, standfirst, body) VALUES (?, ?, ?, ?)');
    const insert = db.prepare(
      "INSERT INTO articles (id, title, lang, doc, word_count, created_at, updated_at) VALUES (?, ?, 'id', '{\"type\":\"doc\",\"content\":[{\"type\":\"paragraph\"}]}', 0, ?, ?)",
    );
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
        const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
        const { title, body } = text(i);
        insert.run(id, title, at, at);
        stmt.run(id, title, '', body);
        ids.push(id);
      }
    })();
    return ids;
  }

  it('ranks phrase matches by bm25, only the newest of a very common phrase, and never an article with the words apart', () => {
    // The oldest article has the phrase in its headline: exact bm25 over every match would put it first.
    // Every odd article has the phrase (more of them than the window), every even one only the words.
    const ids = bulk(2 * narrowRankWindow + 100, (i) => ({
      title: i === 0 ? 'Harga beras naik' : `Artikel ${i}`,
      body: i % 2 ? 'harga beras di pasar' : 'beras dan harga cabai',
    }));
    const first = search('"harga beras"', 20);
    expect(first).toHaveLength(20);
    expect(first.map((h) => h.summary.id)).not.toContain(ids[0]);
    expect(first.every((h) => Number(h.summary.id.slice(-12)) % 2 === 1)).toBe(true);
    // Within the window, bm25 still decides: a headline with the phrase beats body mentions.
    db.prepare("UPDATE search_docs SET title = 'Harga beras di pasar induk' WHERE article_id = ?").run(ids[narrowRankWindow - 1]);
    expect(search('"harga beras"', 1)[0]!.summary.id).toBe(ids[narrowRankWindow - 1]);
    // Paging past the window widens it, so every match stays reachable.
    const all = search('"harga beras"', 1000);
    expect(all).toHaveLength(narrowRankWindow + 50 + 1);
    expect(all.slice(0, 2).map((h) => h.summary.id).sort()).toEqual([ids[0], ids[narrowRankWindow - 1]].sort());
  });

  it('ranks a phrase the same through its NEAR group as through the phrase itself, and falls back to the phrase when the group misses', () => {
    const repo = new SearchRepo(db);
    bulk(60, (i) => ({ title: i % 7 === 0 ? 'Proyek jalan tol dimulai' : `Berita ${i}`, body: `proyek jalan tol ${'proyek jalan tol '.repeat(i % 5)} di daerah ${i}` }));
    const query = toFtsSearch('"proyek jalan tol"')!;
    const exact = repo.search({ ...query, rank: null }, 20, 0).map((m) => m.articleId);
    expect(exact).toHaveLength(20);
    expect(repo.search(query, 20, 0).map((m) => m.articleId)).toEqual(exact);
    // A ranking query that misses some of the phrase's matches must not drop them.
    expect(repo.search({ ...query, rank: '"tidakadakatasemacamini"' }, 20, 0).map((m) => m.articleId)).toEqual(exact);
  });

  it('ranks a prefix by bm25 over its newest matches only', () => {
    const ids = bulk(narrowRankWindow + 50, (i) => ({ title: i === 0 ? 'Menteri menteri menteri' : `Artikel ${i}`, body: 'menteri bicara' }));
    const first = search('ment*', 20);
    expect(first).toHaveLength(20);
    expect(first.map((h) => h.summary.id)).not.toContain(ids[0]);
    expect(search('ment*', 100, narrowRankWindow).length).toBe(50);
  });
});

describe('toFtsSearch', () => {
  it.each([
    ['kopi gayo', { match: '"kopi" "gayo"', rank: null, narrow: false }],
    ['menk*', { match: '"menk"*', rank: null, narrow: true }],
    ['"harga beras" naik', { match: '"harga beras" "naik"', rank: 'NEAR("harga" "beras", 2) "naik"', narrow: true }],
    ['"harga ber*"', { match: '"harga ber"*', rank: 'NEAR("harga" "ber"*, 2)', narrow: true }],
    ['"anak-anak sekolah"', { match: '"anak-anak sekolah"', rank: 'NEAR("anak-anak" "sekolah", 3)', narrow: true }],
    ['"harga - beras"', { match: '"harga - beras"', rank: 'NEAR("harga" "beras", 2)', narrow: true }],
    ['"kutip ""dalam"" teks"', { match: '"kutip" "dalam" "teks"', rank: null, narrow: false }],
    ['***', null],
  ])('%j -> %j', (input, expected) => {
    expect(toFtsSearch(input)).toEqual(expected);
  });
});

describe('toFtsQuery', () => {
  it.each([
    ['kopi', '"kopi"'],
    ['kopi gayo', '"kopi" "gayo"'],
    ['"harga beras" naik', '"harga beras" "naik"'],
    ['menk*', '"menk"*'],
    ['"harga ber*"', '"harga ber"*'],
    ['"harga ber"*', '"harga ber"*'],
    ['m*', '"m"'],
    ['anak-anak', '"anak-anak"'],
    ['AND OR NOT', '"AND" "OR" "NOT"'],
    ['title:kopi', '"title:kopi"'],
    ['"tanpa penutup', '"tanpa penutup"'],
    ['a"b', '"a" "b"'],
    ['***', null],
    ['  ', null],
    ['— – -', null],
  ])('%j -> %j', (input, expected) => {
    expect(toFtsQuery(input)).toBe(expected);
  });

  it('keeps at most 16 terms', () => {
    const q = toFtsQuery(Array.from({ length: 40 }, (_, i) => `kata${i}`).join(' '));
    expect(q!.split(' ')).toHaveLength(16);
  });
});

describe('markedToSegments', () => {
  it('splits marked text into hit and plain runs, merging neighbours and folding line breaks', () => {
    expect(markedToSegments('…harga \u0002beras\u0003 naik\nlagi')).toEqual([
      { text: '…harga ', hit: false },
      { text: 'beras', hit: true },
      { text: ' naik lagi', hit: false },
    ]);
    expect(markedToSegments('\u0002a\u0003\u0002b\u0003')).toEqual([{ text: 'ab', hit: true }]);
    expect(markedToSegments('')).toEqual([]);
  });
});
