import { describe, expect, it } from 'vitest';
import { derivationBases } from './indonesianMorphology.ts';

describe('derivationBases', () => {
  it.each([
    ['kembangkan', 'kembang'],
    ['diwaspadai', 'waspada'],
    ['diproyeksikan', 'proyeksi'],
    ['menulis', 'tulis'],
    ['memukul', 'pukul'],
    ['mengirim', 'kirim'],
    ['menyapu', 'sapu'],
    ['mengebom', 'bom'],
    ['memperbaiki', 'baik'],
    ['kesepahaman', 'sepaham'],
    ['pelari', 'lari'],
    ['berdasarkan', 'dasar'],
    ['terdampak', 'dampak'],
  ])('%s can come from %s', (word, base) => {
    expect(derivationBases(word)).toContain(base);
  });

  it('allows only real affix combinations: -an never follows meN-, di- or ter-', () => {
    // "menunjukan" misspells "menunjukkan"; meN- + tunjuk + -an is not Indonesian.
    expect(derivationBases('menunjukan')).not.toContain('tunjuk');
    expect(derivationBases('menunjukan')).not.toContain('menunjuk');
    expect(derivationBases('ditulisan')).not.toContain('tulis');
    // ke-...-kan is not a confix either.
    expect(derivationBases('kesehatkan')).not.toContain('sehat');
  });

  it('never offers bases shorter than four letters except after menge-/penge-', () => {
    expect(derivationBases('menyatkan').every((b) => b.length >= 4)).toBe(true);
    expect(derivationBases('dian')).toEqual([]);
  });
});
