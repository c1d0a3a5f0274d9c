import { describe, expect, it } from 'vitest';
import { buildWordSet, WordSet, wordSetKey } from './wordSet.ts';

const key = new Uint8Array(32).fill(7);

describe('WordSet', () => {
  const words = new Map<string, number>([
    ['anak', 0],
    ['anak-anak', 0],
    ['Jakarta', 0],
    ['café', 2],
    ['naïve', 1],
  ]);
  const binary = buildWordSet(words, key);

  it('finds every word with its attributes and nothing else', () => {
    const set = new WordSet(binary);
    expect(set.size).toBe(5);
    for (const [w, a] of words) expect(set.lookup(w)).toBe(a);
    for (const w of ['ana', 'anakk', 'jakarta', 'cafe', '', 'x'.repeat(300)]) expect(set.lookup(w)).toBe(-1);
    expect(new Map(set.entries())).toEqual(words);
  });

  it('survives a round-trip through bytes at an unaligned offset', () => {
    const shifted = new Uint8Array(binary.length + 1);
    shifted.set(binary, 1);
    const set = new WordSet(shifted.subarray(1));
    expect(set.has('café')).toBe(true);
    expect(wordSetKey(shifted.subarray(1))).toEqual(key);
  });

  it('rejects truncated or foreign buffers', () => {
    expect(wordSetKey(binary.subarray(0, binary.length - 1))).toBeNull();
    expect(wordSetKey(new TextEncoder().encode('not a word set at all, just some text that is long enough to have a header'))).toBeNull();
    expect(() => new WordSet(binary.subarray(0, 40))).toThrow(/not a word set/);
  });
});
