import { describe, expect, it } from 'vitest';
import { evidenceFtsQuery, evidenceTerms, matchedTerms, passageValues } from './evidenceTerms.ts';

const matches = (claim: string, passage: string, lang: 'id' | 'en' = 'id') => matchedTerms(evidenceTerms(claim, lang), passage, passageValues(passage));

describe('evidenceTerms', () => {
  it('reads figures and names, not currency codes, sentence openers or months', () => {
    const terms = evidenceTerms('Pemerintah menargetkan US$ 130 miliar pada 8 September 2016, kata Kepala BPS Suhariyanto.', 'id');
    expect(terms.map((t) => t.label)).toEqual(['US$ 130 miliar', '8 September 2016', 'Kepala BPS Suhariyanto']);
    expect(terms.find((t) => t.kind === 'name')).toMatchObject({ forms: ['Kepala BPS Suhariyanto', 'Suhariyanto'] });
  });

  it('matches a number however it is written, by value', () => {
    const claim = 'Transaksi ditargetkan US$ 130 miliar.';
    for (const passage of ['worth 130 billion dollars', 'senilai 130.000.000.000 dolar AS', 'about US$130bn', 'USD 130,000,000,000 in total']) {
      expect(matches(claim, passage), passage).toEqual(['US$ 130 miliar']);
    }
    for (const passage of ['130 desa terendam', 'sebesar US$ 13 miliar', '130 juta dolar']) expect(matches(claim, passage), passage).toEqual([]);
  });

  it('keeps percentages apart from counts, and reads the other language\'s separators', () => {
    expect(matches('Ekspor naik 5,08 persen.', 'Exports grew 5.08 percent.')).toEqual(['5,08 persen']);
    expect(matches('Ekspor naik 5,08 persen.', 'Ada 5,08 ton ekspor.')).toEqual([]);
    expect(matches('Sebanyak 1.250 warga mengungsi.', 'About 1,250 residents fled.')).toEqual(['1.250']);
  });

  it('matches dates by day, and a year alone by the year', () => {
    expect(matches('Pada 8 September 2016 tarif naik.', 'Tarif berlaku sejak 8 September 2016.')).toEqual(['8 September 2016']);
    expect(matches('Pada 8 September 2016 tarif naik.', 'Tarif berlaku sejak 9 September 2016.')).toEqual([]);
    expect(matches('Target tercapai pada 2020.', 'By 2020 the target was met.')).toEqual(['2020']);
  });

  it('matches names as written, a surname alone too, but not a different person', () => {
    const claim = 'Menteri Komunikasi dan Informatika Rudiantara menyebut angka itu.';
    expect(matches(claim, 'Rudiantara said so on Monday.')).toEqual(['Rudiantara']);
    expect(matches(claim, 'Rudianto said so on Monday.')).toEqual([]);
    expect(matches(claim, 'rudiantara (lower case) is not the name as written')).toEqual([]);
  });

  it('builds an FTS5 query of quoted phrases ORed, or null when the claim has nothing to look for', () => {
    expect(evidenceFtsQuery(evidenceTerms('Rudiantara menargetkan US$ 130 miliar.', 'id'))).toBe('"130" OR "Rudiantara"');
    expect(evidenceFtsQuery(evidenceTerms('ini dan itu saja', 'id'))).toBeNull();
    // A quote inside a name cannot break out of its FTS5 string.
    expect(evidenceFtsQuery([{ kind: 'name', label: 'O"Brien', forms: ['O"Brien'], fts: ['O"Brien'] }])).toBe('"O""Brien"');
  });
});
