import { describe, expect, it } from 'vitest';
import { normaliseTag, normaliseTags } from './normaliseTag.ts';

describe('normaliseTag', () => {
  it.each<[string, { name: string; key: string } | null]>([
    ['Pemilu', { name: 'Pemilu', key: 'pemilu' }],
    ['  pemilu   2029 ', { name: 'pemilu 2029', key: 'pemilu 2029' }],
    ['#Jawa Tengah', { name: 'Jawa Tengah', key: 'jawa tengah' }],
    ['## kopi', { name: 'kopi', key: 'kopi' }],
    ['Kopi\u0301', { name: 'Kopí', key: 'kopí' }],
    ['C#', { name: 'C#', key: 'c#' }],
    ['#', null],
    ['   ', null],
  ])('%j', (raw, expected) => {
    expect(normaliseTag(raw)).toEqual(expected);
  });

  it('keeps the first spelling and the order, dropping duplicates regardless of case', () => {
    expect(normaliseTags(['Banjir', 'BANJIR', 'rob', '#banjir', 'Rob ']).map((t) => t.name)).toEqual(['Banjir', 'rob']);
  });
});
