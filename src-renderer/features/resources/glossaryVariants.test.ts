import { describe, expect, it } from 'vitest';
import { formatVariants, parseVariants } from './glossaryVariants.ts';

describe('parseVariants', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['pemda; pemkot', ['pemda', 'pemkot']],
    ['Rp 1,5 triliun\n  bank  sentral ;; bank sentral', ['Rp 1,5 triliun', 'bank sentral']],
  ])('%j -> %j', (text, variants) => {
    expect(parseVariants(text)).toEqual(variants);
  });
  it('keeps at most 50, as the contract allows', () => {
    expect(parseVariants(Array.from({ length: 60 }, (_, i) => `v${i}`).join(';'))).toHaveLength(50);
  });
  it('reads back what formatVariants wrote', () => {
    expect(parseVariants(formatVariants(['kenaikan harga', 'inflasi, tahunan']))).toEqual(['kenaikan harga', 'inflasi, tahunan']);
  });
});
