import { describe, expect, it } from 'vitest';
import { checkStyle } from './checkStyle.ts';
import { loadNonstandardForms, parseNonstandardForms, standardFormOf } from './nonstandardForms.ts';

describe('the nonstandard table', () => {
  it('is the shared data file and holds the forms editors fix daily', () => {
    const forms = loadNonstandardForms();
    const expected: Record<string, string> = {
      resiko: 'risiko', himbau: 'imbau', dihimbau: 'diimbau', milyar: 'miliar', merubah: 'mengubah', nafas: 'napas',
      praktek: 'praktik', ijin: 'izin', jaman: 'zaman', analisa: 'analisis', sistim: 'sistem', propinsi: 'provinsi',
      apotik: 'apotek', antri: 'antre', atlit: 'atlet', kwalitas: 'kualitas', nasehat: 'nasihat', obyek: 'objek',
      tehnik: 'teknik', kharisma: 'karisma', sekedar: 'sekadar', silahkan: 'silakan', jadual: 'jadwal', hakekat: 'hakikat',
    };
    for (const [wrong, right] of Object.entries(expected)) expect(forms.get(wrong), wrong).toBe(right);
    expect(forms.size).toBeGreaterThan(150);
    // Correct words must never be in the left column.
    for (const ok of ['ijazah', 'risiko', 'izin', 'praktik', 'hutan', 'sistem']) expect(forms.has(ok), ok).toBe(false);
  });

  it('parses tab-separated pairs and skips comments and blank lines', () => {
    const forms = parseNonstandardForms('# comment\n\nResiko\trisiko\r\nbadline\nwalikota\twali kota\n');
    expect([...forms]).toEqual([['resiko', 'risiko'], ['walikota', 'wali kota']]);
  });
});

describe('id.nonstandard', () => {
  const forms = loadNonstandardForms();
  it.each([
    ['resiko', 'risiko'],
    ['Resiko', 'Risiko'],
    ['MILYAR', 'MILIAR'],
    ['resikonya', 'risikonya'],
    ['atlit-atlit', 'atlet-atlet'],
    ['Atlit-atlit', 'Atlet-atlet'],
    ['apapun', 'apa pun'],
    ['walikota', 'wali kota'],
  ])('%j -> %j', (wrong, right) => {
    expect(standardFormOf(wrong, forms)).toBe(right);
  });

  it('reports each nonstandard word with its fix and leaves standard words alone', () => {
    const text = 'Warga dihimbau menjauhi resiko, sementara atlet dan analis mengubah jadwal.';
    const found = checkStyle(text, 'id', { uiLanguage: 'id' }).filter((f) => f.rule === 'id.nonstandard');
    expect(found.map((f) => [f.text, f.suggestions])).toEqual([['dihimbau', ['diimbau']], ['resiko', ['risiko']]]);
    expect(found[0]!.message).toContain('diimbau');
  });
});
