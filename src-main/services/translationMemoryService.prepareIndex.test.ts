import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db } from '../db/openDatabase.ts';
import type * as BuildIndexInWorkers from '../tm/buildIndexInWorkers.ts';
import { TmGenerator } from '../tm/generateTmUnits.ts';
import { tmIndexDirName, TranslationMemoryService, type TmUnitInput } from './translationMemoryService.ts';

// The real worker build, counted: the tests tell a build in workers from one on this thread.
// `afterRead` runs once the workers have read the table, before the service gets their index.
// `fail` makes the next build fail as a crashed worker would.
const workerBuilds = vi.hoisted(() => ({ count: 0, afterRead: null as (() => void) | null, fail: false }));
vi.mock('../tm/buildIndexInWorkers.ts', async (importOriginal) => {
  const original = await importOriginal<typeof BuildIndexInWorkers>();
  return {
    ...original,
    buildIndexInWorkers: async (...args: Parameters<typeof original.buildIndexInWorkers>) => {
      workerBuilds.count++;
      if (workerBuilds.fail) throw new Error('translation memory index worker exited with 1');
      const built = await original.buildIndexInWorkers(...args);
      workerBuilds.afterRead?.();
      workerBuilds.afterRead = null;
      return built;
    },
  };
});

const newsId = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const sportId = '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const at = '2026-03-01T08:00:00.000Z';

const pair = (source: string, target: string): TmUnitInput => ({ source, target, sourceLang: 'id', targetLang: 'en', author: 'Dewi Lestari', originArticleId: null, context: '' });

let dir: string;
let db: Db;
let services: TranslationMemoryService[];

/** A memory in a real database file: generated units around a few written ones, in two memories. */
function fill(units: number, from = 0): void {
  const insert = db.prepare('INSERT INTO tm_units (memory_id, source, target, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const gen = new TmGenerator(11 + from);
  db.transaction(() => {
    for (let i = from; i < from + units; i++) {
      const u = gen.unit();
      insert.run(i % 9 === 0 ? sportId : newsId, u.source, u.target, at, at);
    }
  })();
}

function service(dataDir = dir): TranslationMemoryService {
  // From 0 units: these small memories go to the workers as a million-unit one would.
  const tm = new TranslationMemoryService(db, { author: () => 'Dewi Lestari', dataDir, indexWorkersFrom: 0 });
  services.push(tm);
  return tm;
}

const indexFile = (dataDir = dir) => join(dataDir, tmIndexDirName, 'fuzzy.bin');
const lookup = (tm: TranslationMemoryService, source: string) => tm.lookup({ source, sourceLang: 'id', targetLang: 'en' });
const rowsWithSource = (source: string) => db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM tm_units WHERE source = ?').get(source)!.n;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-tm-prepare-'));
  db = openDatabase(join(dir, 'redaksi.db'));
  services = [];
  workerBuilds.count = 0;
  workerBuilds.afterRead = null;
  workerBuilds.fail = false;
  db.prepare("INSERT INTO memories (id, name, source_lang, target_lang, created_at) VALUES (?, 'Berita', 'id', 'en', ?)").run(newsId, at);
  db.prepare("INSERT INTO memories (id, name, source_lang, target_lang, created_at) VALUES (?, 'Olahraga', 'id', 'en', ?)").run(sportId, at);
  fill(1_200);
  const written = db.prepare('INSERT INTO tm_units (memory_id, source, target, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  written.run(newsId, 'Bupati meresmikan pasar tradisional yang baru dibangun di pinggir kota.', 'The regent opened the newly built traditional market on the edge of town.', at, at);
  written.run(sportId, 'Pebulu tangkis muda itu lolos ke babak final turnamen di Surabaya.', 'The young badminton player reached the final of the tournament in Surabaya.', at, at);
  fill(1_200, 1_200);
});

afterEach(() => {
  for (const tm of services) tm.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('prepareIndex', () => {
  it('builds in workers, from the database file, the index rebuild() builds, and lookups find their matches', async () => {
    const tm = service();
    await tm.prepareIndex();
    expect(workerBuilds.count).toBe(1);
    // Saved at once, with the table's signature: the file equals one written after a sync rebuild.
    const syncDir = mkdtempSync(join(tmpdir(), 'redaksi-tm-prepare-sync-'));
    try {
      const sync = service(syncDir);
      sync.rebuild();
      sync.close();
      expect(readFileSync(indexFile()).equals(readFileSync(indexFile(syncDir)))).toBe(true);
    } finally {
      rmSync(syncDir, { recursive: true, force: true });
    }
    const [best] = lookup(tm, 'Bupati meresmikan pasar tradisional yang baru dibangun di tengah kota.');
    expect(best).toMatchObject({ score: 90, memoryName: 'Berita', target: 'The regent opened the newly built traditional market on the edge of town.' });
    expect(lookup(tm, 'Pebulu tangkis muda itu lolos ke babak final turnamen di Surabaya.')[0]).toMatchObject({ score: 100, memoryName: 'Olahraga' });

    // The next start loads the saved file: no build at all.
    const next = service();
    await next.prepareIndex();
    expect(workerBuilds.count).toBe(1);
    expect(lookup(next, 'Pebulu tangkis muda itu lolos ke babak final turnamen di Surabaya.')[0]?.score).toBe(100);
  });

  it('builds once for concurrent callers, and resolves at once when the index is in use', async () => {
    const tm = service();
    const calls = [tm.prepareIndex(), tm.prepareIndex(), tm.prepareIndex()];
    expect(calls[1]).toBe(calls[0]);
    await Promise.all(calls);
    await tm.prepareIndex();
    expect(workerBuilds.count).toBe(1);
  });

  it('finds a unit stored while the workers build, and updates an identical source rather than adding it twice', async () => {
    const tm = service();
    const building = tm.prepareIndex();
    tm.store(pair('Warga desa bergotong royong memperbaiki jembatan bambu yang rusak.', 'Villagers worked together to repair the damaged bamboo bridge.'));
    tm.store(pair('Bupati meresmikan pasar tradisional yang baru dibangun di pinggir kota.', 'The regent inaugurated the new traditional market on the outskirts.'));
    await building;
    expect(workerBuilds.count).toBe(1);
    const [stored] = lookup(tm, 'Warga desa bergotong royong memperbaiki jembatan bambu yang rusak.');
    expect(stored).toMatchObject({ score: 100, target: 'Villagers worked together to repair the damaged bamboo bridge.' });
    // The pair went to both writable memories; the news memory's existing row was updated in place.
    expect(rowsWithSource('Warga desa bergotong royong memperbaiki jembatan bambu yang rusak.')).toBe(2);
    expect(rowsWithSource('Bupati meresmikan pasar tradisional yang baru dibangun di pinggir kota.')).toBe(2);
    const updated = lookup(tm, 'Bupati meresmikan pasar tradisional yang baru dibangun di pinggir kota.');
    expect(updated.map((m) => m.target)).toEqual(['The regent inaugurated the new traditional market on the outskirts.', 'The regent inaugurated the new traditional market on the outskirts.']);
    // What was saved knows the stored rows too.
    const next = service();
    await next.prepareIndex();
    expect(workerBuilds.count).toBe(1);
    expect(lookup(next, 'Warga desa bergotong royong memperbaiki jembatan bambu yang rusak.')[0]?.score).toBe(100);
  });

  it.each([
    ['before the workers read it', false, 1],
    ['after the workers read it (they try again)', true, 2],
  ])('ends with an index of what the table holds when a memory is deleted %s', async (_when, afterRead, builds) => {
    const tm = service();
    if (afterRead) workerBuilds.afterRead = () => tm.delete(sportId);
    const building = tm.prepareIndex();
    if (!afterRead) tm.delete(sportId);
    await building;
    expect(workerBuilds.count).toBe(builds);
    expect(lookup(tm, 'Pebulu tangkis muda itu lolos ke babak final turnamen di Surabaya.')).toEqual([]);
    const syncDir = mkdtempSync(join(tmpdir(), 'redaksi-tm-prepare-sync-'));
    try {
      const sync = service(syncDir);
      sync.rebuild();
      sync.close();
      expect(readFileSync(indexFile()).equals(readFileSync(indexFile(syncDir)))).toBe(true);
    } finally {
      rmSync(syncDir, { recursive: true, force: true });
    }
  });

  it('rebuilds in workers after a bulk insert too big to catch up, and lookups see the new rows', async () => {
    const tm = service();
    await tm.prepareIndex();
    // More rows than are caught up one by one (20,000), written behind the service's back.
    fill(20_500, 5_000);
    db.prepare('INSERT INTO tm_units (memory_id, source, target, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
      newsId,
      'Harga cabai merah di pasar induk melonjak menjelang hari raya.',
      'The price of red chillies at the wholesale market soared ahead of the holiday.',
      at,
      at,
    );
    await tm.afterBulkInsert(newsId);
    expect(workerBuilds.count).toBe(2);
    expect(lookup(tm, 'Harga cabai merah di pasar induk melonjak menjelang hari raya.')[0]?.score).toBe(100);
  }, 60_000);

  it('stops the workers when the service closes mid-build, without failing the callers or writing a file', async () => {
    const tm = service();
    const building = tm.prepareIndex();
    tm.close();
    await expect(building).resolves.toBeUndefined();
    expect(workerBuilds.count).toBe(1);
    expect(() => readFileSync(indexFile())).toThrow(/ENOENT/);
  });

  it('rebuilds on this thread when a worker fails, so lookups still work', async () => {
    workerBuilds.fail = true;
    const tm = service();
    await tm.prepareIndex();
    expect(workerBuilds.count).toBe(1);
    expect(lookup(tm, 'Pebulu tangkis muda itu lolos ke babak final turnamen di Surabaya.')[0]?.score).toBe(100);
    expect(readFileSync(indexFile()).length).toBeGreaterThan(0);
  });

  it('rebuilds on this thread for an in-memory database (no file for workers to open)', async () => {
    const memoryDb = openDatabase(':memory:');
    try {
      memoryDb.prepare("INSERT INTO memories (id, name, source_lang, target_lang, created_at) VALUES (?, 'Berita', 'id', 'en', ?)").run(newsId, at);
      memoryDb.prepare('INSERT INTO tm_units (memory_id, source, target, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(newsId, 'Hujan deras merendam ratusan rumah warga.', 'Heavy rain flooded hundreds of homes.', at, at);
      const tm = new TranslationMemoryService(memoryDb, { author: () => 'x', indexWorkersFrom: 0 });
      await tm.prepareIndex();
      expect(workerBuilds.count).toBe(0);
      expect(lookup(tm, 'Hujan deras merendam ratusan rumah warga.')[0]?.score).toBe(100);
    } finally {
      memoryDb.close();
    }
  });
});
