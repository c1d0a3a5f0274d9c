import { describe, expect, it } from 'vitest';
import { parseTagLine, worstSaveState } from './useArticleMeta.ts';

describe('parseTagLine', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['Ekonomi, Aceh', ['Ekonomi', 'Aceh']],
    [' pemilu ,, ,Jawa Tengah ', ['pemilu', 'Jawa Tengah']],
    [`${'x'.repeat(70)}, y`, ['x'.repeat(60), 'y']],
  ])('%j -> %j', (line, tags) => {
    expect(parseTagLine(line)).toEqual(tags);
  });

  it('keeps at most 50 tags, as the contract allows', () => {
    expect(parseTagLine(Array.from({ length: 60 }, (_, i) => `t${i}`).join(','))).toHaveLength(50);
  });
});

describe('worstSaveState', () => {
  it.each([
    [['saved', 'saved'], 'saved'],
    [['saved', 'dirty'], 'dirty'],
    [['dirty', 'saving'], 'saving'],
    [['saving', 'error'], 'error'],
  ] as const)('%j -> %s', (states, expected) => {
    expect(worstSaveState(...states)).toBe(expected);
  });
});
