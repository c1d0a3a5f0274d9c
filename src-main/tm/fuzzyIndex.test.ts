import { describe, expect, it } from 'vitest';
import { FuzzyIndex, type IndexedUnit } from './fuzzyIndex.ts';
import { TmGenerator } from './generateTmUnits.ts';

/**
 * Units over three memories with gaps in their ids (rows deleted long ago), hand-written ones
 * first so words repeat across the parts' boundaries and a memory first appears in a later part.
 */
function unitsFixture(): IndexedUnit[] {
  const written = [
    'Harga beras di pasar induk turun dua persen pekan ini.',
    'Pemerintah kota menunda pembangunan jalan layang hingga tahun depan.',
    'Harga beras di pasar induk naik tiga persen pekan ini.',
    'Nelayan belum melaut karena ombak tinggi.',
  ];
  const gen = new TmGenerator(7);
  const units: IndexedUnit[] = written.map((source, i) => ({ id: 3 + i * 2, memoryId: 'berita', source }));
  let id = 20;
  for (let i = 0; i < 1_500; i++) {
    id += 1 + (i % 7 === 0 ? 5 : 0);
    // The archive memory only starts after the first third: a later part brings a new slot.
    const memoryId = i > 500 && i % 5 === 0 ? 'arsip' : i % 11 === 0 ? 'olahraga' : 'berita';
    units.push({ id, memoryId, source: i % 97 === 0 ? written[i % written.length]! : gen.unit().source });
  }
  return units;
}

const bytesOf = (index: FuzzyIndex) => Buffer.concat(index.serialize({ from: 'test' }));

/** Splits `units` (in id order) into `count` runs of ids, as the workers split the id range. */
function split(units: readonly IndexedUnit[], count: number): IndexedUnit[][] {
  const maxId = units.at(-1)!.id;
  return Array.from({ length: count }, (_, k) => units.filter((u) => u.id > Math.floor((maxId * k) / count) && u.id <= Math.floor((maxId * (k + 1)) / count)));
}

describe('FuzzyIndex.merge', () => {
  const units = unitsFixture();
  const whole = FuzzyIndex.build(units);
  const queries = [
    'Harga beras di pasar induk turun tiga persen pekan ini.',
    'Nelayan belum melaut karena ombak tinggi.',
    'Pemerintah kota menunda pembangunan jalan layang.',
    ...new Array(20).fill(0).map((_, i) => units[100 + i * 60]!.source),
  ];

  it.each([2, 3])('of %i parts over ascending id ranges is the index one build over every unit gives', (count) => {
    const parts = split(units, count);
    expect(parts.every((p) => p.length > 0)).toBe(true);
    const merged = FuzzyIndex.merge(parts.map((p) => FuzzyIndex.build(p)));
    expect(merged.size).toBe(units.length);
    // Same words, postings, unit ids, memory slots and lengths, byte for byte.
    expect(bytesOf(merged).equals(bytesOf(whole))).toBe(true);
    const allowed = (index: FuzzyIndex) => index.slotsOf(['berita', 'arsip']);
    for (const q of queries) {
      const got = merged.idsOf(merged.candidates(q, allowed(merged), 70, 20));
      expect(got).toEqual(whole.idsOf(whole.candidates(q, allowed(whole), 70, 20)));
    }
    // And the matches a user would get: the rice-price sentences (the written ones and their repeats).
    const sourceOf = new Map(units.map((u) => [u.id, u.source]));
    const best = merged.idsOf(merged.candidates(queries[0]!, allowed(merged), 70, 5));
    expect(best.length).toBeGreaterThan(0);
    for (const id of best) expect(sourceOf.get(id)).toMatch(/^Harga beras di pasar induk/);
  });

  it('keeps an empty part (a share of the id range whose rows were all deleted) harmless', () => {
    const [first, second] = split(units, 2);
    const merged = FuzzyIndex.merge([FuzzyIndex.build(first!), FuzzyIndex.build([]), FuzzyIndex.build(second!)]);
    expect(bytesOf(merged).equals(bytesOf(whole))).toBe(true);
  });

  it('survives the arrays crossing to another thread and back (toArrays / fromArrays)', () => {
    const parts = split(units, 2).map((p) => FuzzyIndex.fromArrays(structuredClone(FuzzyIndex.build(p).toArrays())));
    expect(bytesOf(FuzzyIndex.merge(parts)).equals(bytesOf(whole))).toBe(true);
  });

  it('takes units added after a part was built (its delta lists) and keeps adding after the merge', () => {
    const [first, second] = split(units, 2);
    const head = FuzzyIndex.build(first!.slice(0, 300));
    for (const u of first!.slice(300)) head.add(u);
    const merged = FuzzyIndex.merge([head, FuzzyIndex.build(second!)]);
    expect(bytesOf(merged).equals(bytesOf(whole))).toBe(true);
    merged.add({ id: 99_999, memoryId: 'baru', source: 'Jembatan gantung di desa itu akhirnya diperbaiki.' });
    const found = merged.candidates('Jembatan gantung di desa itu akhirnya diperbaiki.', merged.slotsOf(['baru']), 100, 5);
    expect(merged.idsOf(found)).toEqual([99_999]);
  });

  it('refuses parts out of id order (their units would be out of order)', () => {
    const [first, second] = split(units, 2);
    expect(() => FuzzyIndex.merge([FuzzyIndex.build(second!), FuzzyIndex.build(first!)])).toThrow(/ascending/);
  });

  it('leaves a dropped memory dropped', () => {
    const [first, second] = split(units, 2);
    const head = FuzzyIndex.build(first!);
    head.dropMemory('olahraga');
    const merged = FuzzyIndex.merge([head, FuzzyIndex.build(second!)]);
    // Only the second part's sports units are matchable again.
    const sport = units.filter((u) => u.memoryId === 'olahraga');
    const secondIds = new Set(second!.map((u) => u.id));
    const q = sport.find((u) => !secondIds.has(u.id))!;
    expect(merged.idsOf(merged.candidates(q.source, merged.slotsOf(['olahraga']), 100, 5))).not.toContain(q.id);
    const r = sport.find((u) => secondIds.has(u.id))!;
    expect(merged.idsOf(merged.candidates(r.source, merged.slotsOf(['olahraga']), 100, 5))).toContain(r.id);
  });
});
