import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../createBackend.ts';
import type { ConcordanceHit, Memory, TmMatch } from '../../src-preload/contract/translation.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { TmGenerator } from '../tm/generateTmUnits.ts';
import { lengthWindow, wordSimilarity } from '../tm/tmScore.ts';
import { tmWords } from '../tm/tmWords.ts';
import { tmIndexDirName, TranslationMemoryService, type TmUnitInput } from './translationMemoryService.ts';

let dir: string;
let backend: Backend;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-tm-'));
  backend = createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test' });
  await backend.dispatch('updateSettings', { userName: 'Rina Hapsari' });
});
afterAll(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call<T>(method: Parameters<Backend['dispatch']>[0], input: unknown): Promise<T> {
  const r = await backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

const pair = (source: string, target: string, extra: Partial<TmUnitInput> = {}): TmUnitInput => ({
  source,
  target,
  sourceLang: 'id',
  targetLang: 'en',
  author: 'Rina Hapsari',
  originArticleId: null,
  context: '',
  ...extra,
});

const lookup = (source: string, extra: Record<string, unknown> = {}) => call<TmMatch[]>('lookupTm', { source, sourceLang: 'id', targetLang: 'en', ...extra });

describe('memories', () => {
  it('creates, lists with unit counts, renames, switches flags and deletes with its units', async () => {
    const created = await call<Memory>('createMemory', { name: 'Ekonomi', sourceLang: 'id', targetLang: 'en' });
    expect(created).toMatchObject({ name: 'Ekonomi', sourceLang: 'id', targetLang: 'en', readable: true, writable: true, units: 0 });
    backend.services.tm.store(pair('Harga cabai rawit melonjak menjelang Lebaran.', 'The price of bird’s eye chillies soared ahead of Eid.'));
    const listed = await call<Memory[]>('listMemories', {});
    expect(listed.find((m) => m.id === created.id)?.units).toBe(1);

    const renamed = await call<Memory>('updateMemory', { id: created.id, name: 'Ekonomi 2026', writable: false });
    expect(renamed).toMatchObject({ name: 'Ekonomi 2026', readable: true, writable: false, units: 1 });

    expect(await call('deleteMemory', { id: created.id })).toEqual({ deleted: true });
    expect((await call<Memory[]>('listMemories', {})).some((m) => m.id === created.id)).toBe(false);
    expect(backend.db.prepare('SELECT count(*) AS n FROM tm_units WHERE memory_id = ?').get(created.id)).toEqual({ n: 0 });
    const missing = await backend.dispatch('updateMemory', { id: created.id, name: 'x' });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    const same = await backend.dispatch('createMemory', { name: 'Salah', sourceLang: 'id', targetLang: 'id' });
    expect(same.ok ? null : same.error.code).toBe('INVALID_INPUT');
  });
});

describe('store and lookup', () => {
  let main: Memory;
  let archive: Memory;
  beforeAll(async () => {
    main = await call<Memory>('createMemory', { name: 'Berita', sourceLang: 'id', targetLang: 'en' });
    archive = await call<Memory>('createMemory', { name: 'Arsip', sourceLang: 'id', targetLang: 'en' });
    const tm = backend.services.tm;
    tm.store(pair('Pemerintah daerah menaikkan anggaran pendidikan tahun ini.', 'The regional government raised the education budget this year.'));
    tm.store(pair('Nelayan di Kupang belum melaut karena cuaca buruk.', 'Fishermen in Kupang have not gone to sea because of bad weather.', { context: 'Ombak tinggi.|Harga ikan naik.' }));
    tm.store(pair('Jembatan gantung itu akhirnya diresmikan oleh bupati.', 'The suspension bridge was finally opened by the regent.'));
  });

  it('stores a confirmed pair in every writable memory of the pair, and updates an identical source instead of duplicating it', async () => {
    const count = (id: string) => backend.db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM tm_units WHERE memory_id = ?').get(id)!.n;
    expect(count(main.id)).toBe(3);
    expect(count(archive.id)).toBe(3);
    backend.services.tm.store(pair('Jembatan gantung itu akhirnya diresmikan oleh bupati.', 'The suspension bridge was at last inaugurated by the regent.'));
    expect(count(main.id)).toBe(3);
    const [best] = await lookup('Jembatan gantung itu akhirnya diresmikan oleh bupati.');
    expect(best).toMatchObject({ score: 100, target: 'The suspension bridge was at last inaugurated by the regent.', author: 'Rina Hapsari' });

    await call('updateMemory', { id: archive.id, writable: false });
    backend.services.tm.store(pair('Pasar terapung kembali ramai dikunjungi wisatawan.', 'The floating market is busy with tourists again.'));
    expect(count(main.id)).toBe(4);
    expect(count(archive.id)).toBe(3);
    // An English->Indonesian pair goes to no id->en memory; with no en->id memory yet, it makes the default one.
    backend.services.tm.store(pair('The bridge opened.', 'Jembatan dibuka.', { sourceLang: 'en', targetLang: 'id' }));
    expect(count(main.id)).toBe(4);
    const made = (await call<Memory[]>('listMemories', {})).filter((m) => m.sourceLang === 'en');
    expect(made).toEqual([expect.objectContaining({ name: 'Redaksi en → id', targetLang: 'id', units: 1, readable: true, writable: true })]);
  });

  it('scores identical sources 100 (white space aside), case or punctuation changes 99, and edits by word edit distance', async () => {
    const exact = await lookup('  Pemerintah daerah   menaikkan anggaran pendidikan tahun ini. ');
    expect(exact[0]).toMatchObject({ score: 100, memoryName: expect.any(String), target: 'The regional government raised the education budget this year.' });
    expect(exact[0]!.diff.every((d) => d.op === 'equal' || d.text.trim() === '')).toBe(true);

    const punct = await lookup('pemerintah daerah menaikkan anggaran pendidikan tahun ini!');
    expect(punct[0]!.score).toBe(99);

    // One word of seven replaced: floor(100 × (1 − 1/7)) = 85.
    const fuzzy = await lookup('Pemerintah daerah menaikkan anggaran kesehatan tahun ini.');
    expect(fuzzy[0]!.score).toBe(85);
    expect(fuzzy[0]!.diff).toEqual(
      expect.arrayContaining([
        { op: 'delete', text: 'pendidikan' },
        { op: 'insert', text: 'kesehatan' },
      ]),
    );
    expect(fuzzy[0]!.diff.filter((d) => d.op === 'equal').map((d) => d.text).join('')).toContain('Pemerintah daerah menaikkan anggaran');

    // Two of seven words changed (71) is above the default 70 but below an asked-for 80.
    const two = 'Pemerintah pusat menaikkan anggaran kesehatan tahun ini.';
    expect((await lookup(two))[0]!.score).toBe(71);
    expect(await lookup(two, { minScore: 80 })).toEqual([]);
    expect(await lookup('Sebuah kalimat yang sama sekali berbeda.')).toEqual([]);
  });

  it('scores 101 when the context matches too', async () => {
    const source = 'Nelayan di Kupang belum melaut karena cuaca buruk.';
    expect((await lookup(source, { context: 'Ombak tinggi.|Harga ikan naik.' }))[0]!.score).toBe(101);
    expect((await lookup(source, { context: 'Lain cerita.' }))[0]!.score).toBe(100);
    expect((await lookup(source))[0]!.score).toBe(100);
  });

  it('never matches an unreadable memory, and returns matches best first with the memory name', async () => {
    await call('updateMemory', { id: archive.id, readable: false });
    const matches = await lookup('Jembatan gantung itu akhirnya diresmikan oleh bupati.');
    expect(matches.map((m) => m.memoryName)).not.toContain('Arsip');
    await call('updateMemory', { id: archive.id, readable: true });
    // The archive is not writable any more: only the main memory learns the newer translation.
    backend.services.tm.store(pair('Jembatan gantung itu akhirnya diresmikan oleh bupati.', 'The regent finally opened the suspension bridge.'));
    const both = await lookup('Jembatan gantung itu akhirnya diresmikan oleh bupati.');
    expect(new Set(both.map((m) => m.memoryName))).toEqual(new Set(['Berita', 'Arsip']));
    expect(new Set(both.map((m) => m.target))).toEqual(new Set(['The regent finally opened the suspension bridge.', 'The suspension bridge was at last inaugurated by the regent.']));
    expect(both.map((m) => m.score)).toEqual([...both.map((m) => m.score)].sort((a, b) => b - a));
    expect(await call('lookupTm', { source: 'Pemerintah daerah menaikkan anggaran pendidikan tahun ini.', sourceLang: 'en', targetLang: 'id' })).toEqual([]);
  });

  it('finds substrings in source or target with their offsets, case-insensitively, and only in readable memories', async () => {
    const hits = await call<ConcordanceHit[]>('concordance', { query: 'anggaran PENDIDIKAN', side: 'source', sourceLang: 'id', targetLang: 'en' });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.source.slice(h.start, h.end)).toBe('anggaran pendidikan');
    const target = await call<ConcordanceHit[]>('concordance', { query: 'floating', side: 'target', sourceLang: 'id', targetLang: 'en' });
    expect(target).toHaveLength(1);
    expect(target[0]!.target.slice(target[0]!.start, target[0]!.end)).toBe('floating');
    // "di" is part of too many words to narrow the search; a scan, newest first, still finds it.
    const short = await call<ConcordanceHit[]>('concordance', { query: 'di', side: 'source', sourceLang: 'id', targetLang: 'en', limit: 2 });
    expect(short).toHaveLength(2);
    for (const h of short) expect(h.source.slice(h.start, h.end).toLowerCase()).toBe('di');
    await call('updateMemory', { id: main.id, readable: false });
    const hidden = await call<ConcordanceHit[]>('concordance', { query: 'floating', side: 'target', sourceLang: 'id', targetLang: 'en' });
    expect(hidden).toEqual([]);
    await call('updateMemory', { id: main.id, readable: true });
    // Quotes and FTS syntax in the query are text, not operators.
    expect(await call('concordance', { query: '"OR" NEAR(', side: 'source', sourceLang: 'id', targetLang: 'en' })).toEqual([]);
  });

  it('pre-translates many sources at once, with progress and a working abort', async () => {
    const sources = ['Jembatan gantung itu akhirnya diresmikan oleh bupati.', 'Kalimat baru tanpa padanan apa pun di memori.', 'Jembatan gantung itu akhirnya diresmikan oleh bupati.'];
    const progress: number[] = [];
    const out = await backend.services.tm.lookupMany(sources, 'id', 'en', 75, (done) => progress.push(done));
    expect(out[0]?.score).toBe(100);
    expect(out[1]).toBeNull();
    expect(out[2]?.target).toBe(out[0]?.target);
    expect(progress.at(-1)).toBe(3);
    const controller = new AbortController();
    controller.abort();
    await expect(backend.services.tm.lookupMany(sources, 'id', 'en', 75, undefined, controller.signal)).rejects.toThrow();
  });

  it('spreads a long article over worker threads with the same results as this thread, and stops them on abort', async () => {
    const tm = backend.services.tm;
    const article = Array.from({ length: 240 }, (_, i) =>
      i % 3 === 0 ? 'Jembatan gantung itu akhirnya diresmikan oleh bupati.' : i % 3 === 1 ? `Pemerintah daerah menaikkan anggaran pendidikan tahun ${2000 + i}.` : `Kalimat nomor ${i} tidak ada di memori.`,
    );
    const progress: number[] = [];
    const inWorkers = await tm.lookupMany(article, 'id', 'en', 75, (done) => progress.push(done));
    const here = tm.lookupManySync(article, 'id', 'en', 75);
    expect(inWorkers.map((m) => m && [m.unitId, m.score, m.target])).toEqual(here.map((m) => m && [m.unitId, m.score, m.target]));
    expect(inWorkers.filter(Boolean)).toHaveLength(160);
    expect(progress.at(-1)).toBe(240);
    // A segment confirmed after the index file was written: the workers load the file and catch
    // the new unit up themselves (the file is not rewritten first, ~0.5 s at a million units).
    const file = join(dir, tmIndexDirName, 'fuzzy.bin');
    const written = statSync(file).mtimeMs;
    tm.store(pair('Kalimat nomor 2 tidak ada di memori.', 'Sentence number 2 is not in the memory.'));
    const again = await tm.lookupMany(article, 'id', 'en', 75);
    expect(again[2]).toMatchObject({ score: 100, target: 'Sentence number 2 is not in the memory.' });
    // The other "Kalimat nomor N …" sentences now have it as a fuzzy match (one word differs).
    expect(again[5]).toMatchObject({ target: 'Sentence number 2 is not in the memory.', score: expect.any(Number) });
    expect(again[5]!.score).toBeLessThan(100);
    expect(statSync(file).mtimeMs).toBe(written);
    const controller = new AbortController();
    const running = tm.lookupMany(article, 'id', 'en', 75, () => controller.abort(), controller.signal);
    await expect(running).rejects.toThrow();
  }, 60_000);
});

describe('the saved index', () => {
  it('is written to the data folder, reloaded by the next service, and caught up or rebuilt when the table changed behind its back', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'redaksi-tm-index-'));
    try {
      const db = openDatabase(join(folder, 'redaksi.db'));
      const memoryId = '0b7e8f52-3a43-4d39-9a39-5d8fbcc1f0a1';
      db.prepare("INSERT INTO memories (id, name, source_lang, target_lang, created_at) VALUES (?, 'Olahraga', 'id', 'en', '2026-01-01T00:00:00.000Z')").run(memoryId);
      const first = new TranslationMemoryService(db, { author: () => 'Rina', dataDir: folder });
      first.store(pair('Tim bulu tangkis putri meraih medali emas di Manila.', 'The women’s badminton team won gold in Manila.'));
      expect(first.lookup({ source: 'Tim bulu tangkis putri meraih medali perak di Manila.', sourceLang: 'id', targetLang: 'en' })[0]!.score).toBe(88);
      first.close();
      const file = join(folder, tmIndexDirName, 'fuzzy.bin');
      expect(statSync(file).size).toBeGreaterThan(0);

      // Rows appended by SQL (a TMX import) before the next start: caught up on load.
      const insert = db.prepare("INSERT INTO tm_units (memory_id, source, target, created_at, updated_at) VALUES (?, ?, ?, '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z')");
      insert.run(memoryId, 'Pelari maraton asal Kenya memecahkan rekor lintasan.', 'A Kenyan marathon runner broke the course record.');
      const second = new TranslationMemoryService(db, { author: () => 'Rina', dataDir: folder });
      expect(second.lookup({ source: 'Pelari maraton asal Kenya memecahkan rekor lintasan.', sourceLang: 'id', targetLang: 'en' })[0]?.score).toBe(100);

      // While running: the importer writes rows and calls afterBulkInsert.
      insert.run(memoryId, 'Stadion baru itu berkapasitas tiga puluh ribu penonton.', 'The new stadium holds thirty thousand spectators.');
      expect(second.lookup({ source: 'Stadion baru itu berkapasitas tiga puluh ribu penonton.', sourceLang: 'id', targetLang: 'en' })).toEqual([]);
      await second.afterBulkInsert(memoryId);
      expect(second.lookup({ source: 'Stadion baru itu berkapasitas tiga puluh ribu penonton.', sourceLang: 'id', targetLang: 'en' })[0]?.score).toBe(100);
      second.close();

      // A row rewritten behind its back cannot be caught up: the index is rebuilt.
      db.prepare("UPDATE tm_units SET source = 'Atlet angkat besi itu gagal di percobaan ketiga.' WHERE source LIKE 'Tim bulu%'").run();
      db.prepare('DELETE FROM tm_units WHERE source LIKE ?').run('Pelari%');
      const third = new TranslationMemoryService(db, { author: () => 'Rina', dataDir: folder });
      expect(third.lookup({ source: 'Atlet angkat besi itu gagal di percobaan ketiga.', sourceLang: 'id', targetLang: 'en' })[0]?.score).toBe(100);
      expect(third.lookup({ source: 'Pelari maraton asal Kenya memecahkan rekor lintasan.', sourceLang: 'id', targetLang: 'en' })).toEqual([]);
      third.close();

      // A damaged file is ignored (and replaced), never trusted.
      rmSync(file);
      expect(existsSync(file)).toBe(false);
      const fourth = new TranslationMemoryService(db, { author: () => 'Rina', dataDir: folder });
      expect(fourth.lookup({ source: 'Stadion baru itu berkapasitas tiga puluh ribu penonton.', sourceLang: 'id', targetLang: 'en' })[0]?.score).toBe(100);
      expect(existsSync(file)).toBe(true);
      fourth.close();
      db.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('recall against a brute-force scan', () => {
  it('finds the same top-5 scores as scoring every unit, on a seeded 20k-unit memory', () => {
    const db = openDatabase(':memory:');
    const memoryId = '5a1d8c0e-2b7f-4f6a-9d3e-7c4b1a2e9f00';
    db.prepare("INSERT INTO memories (id, name, source_lang, target_lang, created_at) VALUES (?, 'Sintetis', 'id', 'en', '2026-01-01T00:00:00.000Z')").run(memoryId);
    // The concordance triggers cost most of the insert time and play no part in fuzzy lookup.
    for (const op of ['insert', 'delete', 'update']) db.exec(`DROP TRIGGER tm_units_words_${op}`);
    const gen = new TmGenerator(7);
    const insert = db.prepare("INSERT INTO tm_units (memory_id, source, target, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')");
    const sources: string[][] = [];
    db.transaction(() => {
      for (let i = 0; i < 20_000; i++) {
        const u = gen.unit();
        sources.push(tmWords(u.source));
        insert.run(memoryId, u.source, u.target);
      }
    })();
    const tm = new TranslationMemoryService(db, { author: () => 'x' });
    let expectedTotal = 0;
    let found = 0;
    let bestMissed = 0;
    for (let q = 0; q < 40; q++) {
      const query = gen.query();
      const words = tmWords(query);
      // Exact scan (texts differing only in spacing count as 99 here; the generator makes none).
      const [minLen, maxLen] = lengthWindow(words.length, 70);
      const brute = sources
        .filter((s) => s.length >= minLen && s.length <= maxLen)
        .map((s) => wordSimilarity(s, words))
        .filter((s) => s >= 70)
        .sort((a, b) => b - a)
        .slice(0, 5);
      const got = tm.lookup({ source: query, sourceLang: 'id', targetLang: 'en', limit: 5 }).map((m) => Math.min(99, m.score));
      expectedTotal += brute.length;
      const left = [...got];
      for (const s of brute) {
        const at = left.indexOf(s);
        if (at >= 0) {
          left.splice(at, 1);
          found++;
        }
      }
      if (brute.length && got[0] !== brute[0]) bestMissed++;
    }
    expect(expectedTotal).toBeGreaterThan(20);
    expect(found / expectedTotal).toBeGreaterThanOrEqual(0.99);
    expect(bestMissed).toBe(0);
    db.close();
  }, 120_000);
});
