import { describe, expect, it } from 'vitest';
import { parseValues } from '../language/parseValues.ts';
import { splitSentences } from '../language/splitSentences.ts';
import { tokenize } from '../language/tokenize.ts';
import { detectClaims } from './detectClaims.ts';

// Written for this test: a short Indonesian report with every kind of claim and a sentence with none.
const report = [
  'Menteri Perdagangan Rina Hapsari mengatakan ekspor kopi naik 12,5 persen menjadi US$ 1,3 miliar.',
  '"Ini capaian tertinggi sejak 2010," ujar Rina di Jakarta, Kamis (8/9/2016).',
  'Cuaca di pelabuhan cerah dan kapal berangkat seperti biasa.',
  'Menurut Kepala Dinas Pertanian Andi Saputra, panen tahun ini lebih awal.',
].join(' ');

describe('detectClaims', () => {
  const claims = detectClaims(report, 'id');
  const byStart = (s: string) => claims.find((c) => c.text.startsWith(s));

  it('picks the sentences with something to check, and leaves the rest', () => {
    expect(claims).toHaveLength(3);
    expect(byStart('Cuaca')).toBeUndefined();
  });

  it('says why, with parsed values and attributions', () => {
    const first = byStart('Menteri')!;
    const money = first.reasons.find((r) => r.kind === 'quantity' && r.value?.kind === 'money');
    expect(money?.value).toMatchObject({ kind: 'money', currency: 'USD', value: 1.3e9 });
    expect(first.reasons.find((r) => r.value?.kind === 'percent')?.value).toMatchObject({ value: 12.5 });
    expect(first.reasons.find((r) => r.kind === 'named')?.text).toBe('Menteri Perdagangan Rina Hapsari');

    const quote = byStart('"Ini')!;
    expect(quote.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['superlative', 'quote', 'date']));
    expect(quote.reasons.find((r) => r.kind === 'quote')).toMatchObject({ attribution: 'ujar', speaker: 'Rina' });

    const reported = byStart('Menurut')!;
    expect(reported.reasons.find((r) => r.kind === 'quote')).toMatchObject({ attribution: 'menurut' });
    expect(reported.reasons.find((r) => r.kind === 'named')?.text).toBe('Kepala Dinas Pertanian Andi Saputra');
  });

  it('orders candidates by check-worthiness: figures and records before a bare attribution', () => {
    expect(claims.at(-1)!.text.startsWith('Menurut')).toBe(true);
    for (const c of claims) for (const r of c.reasons) expect(report.slice(r.start, r.end)).toBe(r.text);
  });

  it('does not take "kata" the noun for an attribution', () => {
    expect(detectClaims('Kata itu berasal dari bahasa Jawa kuno.', 'id')).toEqual([]);
  });

  it('works on English copy', () => {
    const en = detectClaims('The ministry said exports hit a record $1.3 billion in 2024. The weather was fine.', 'en');
    expect(en).toHaveLength(1);
    expect(en[0]!.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['quantity', 'superlative', 'quote']));
  });
});

describe('detectClaims: figures and the main reason', () => {
  it('lists figures in reading order with values and units, and a main reason', () => {
    const [c] = detectClaims('Sejak 2019, ekspor naik 12,5 persen menjadi US$ 1,3 miliar, tercatat Kamis (8/9/2016).', 'id');
    expect(c!.reason).toBe('quantity');
    expect(c!.figures).toEqual([
      { kind: 'date', text: '2019', value: null, unit: null },
      { kind: 'percent', text: '12,5 persen', value: 12.5, unit: '%' },
      { kind: 'money', text: 'US$ 1,3 miliar', value: 1.3e9, unit: 'USD' },
      { kind: 'date', text: 'Kamis (8/9/2016)', value: '2016-09-08', unit: null },
    ]);
  });

  it('takes a month written alone as an incomplete date, but not "may" the verb', () => {
    expect(detectClaims('Proyek itu selesai pada April.', 'id')[0]?.figures).toEqual([{ kind: 'date', text: 'April', value: null, unit: null }]);
    expect(detectClaims('It may rain here.', 'en')).toEqual([]);
  });

  it('the main reason is the weightiest: a superlative quote outranks its attribution', () => {
    const [c] = detectClaims('"Ini yang terbesar," kata Rina.', 'id');
    expect(c!.reason).toBe('superlative');
  });
});

describe('detectClaims: what else makes a sentence worth checking', () => {
  const kinds = (s: string, lang: 'id' | 'en' = 'id') => detectClaims(s, lang).flatMap((c) => c.reasons.map((r) => `${r.kind}:${r.text}`));

  it('small counts in words, but not "salah satu"', () => {
    expect(kinds('Tiga pasien meninggal dunia.')).toEqual(['quantity:Tiga']);
    expect(kinds('Ia salah satu warga di sana.')).toEqual([]);
  });

  it('a name set off by commas, but not a region after a place', () => {
    expect(kinds('Warga Banyuresmi, Iis Suryani, kehilangan rumahnya.')).toEqual(['named:Iis Suryani']);
    expect(kinds('Perajin di Pekalongan, Jawa Tengah, sibuk membatik.')).toEqual([]);
  });

  it('organisations by name or acronym, not time zones or roman numerals', () => {
    expect(kinds('Audit BPKP menemukan banyak pembelian tanpa bukti.')).toEqual(['named:BPKP']);
    expect(kinds('Ekonom Universitas Andalas menilai pasar tumbuh.')).toEqual(expect.arrayContaining(['named:Universitas Andalas', 'quote:menilai']));
    expect(kinds('Rapat Komisi V dimulai pukul 10.00 WIB di gedung itu.').filter((k) => k.startsWith('named'))).toEqual(['named:Komisi V']);
  });

  it('reported opinions and denials are claims; so are "pekan lalu" and "last year"', () => {
    expect(kinds('The operator denied the report.', 'en')).toEqual(['quote:denied']);
    expect(kinds('Laporan itu dirilis pekan lalu.')).toEqual(['date:pekan lalu']);
  });

  it('a title-case headline does not make names out of its capitalised words', () => {
    expect(detectClaims('Mantan Kepala Dinas Didakwa Korupsi Pengadaan Alat', 'id')).toEqual([]);
    expect(detectClaims('Kepala Dinas Pendidikan Darmawan Sulistyo didakwa korupsi.', 'id')[0]?.reason).toBe('named');
  });

  it('reads the tokens, sentences and values a caller already has instead of computing them again', () => {
    const tokens = tokenize(report, { lang: 'id' });
    const sentences = splitSentences(report, { tokens });
    const values = parseValues(report, { lang: 'id', tokens });
    expect(detectClaims(report, 'id', { tokens, sentences, values })).toEqual(detectClaims(report, 'id'));
    // The values given are the ones used: without them no sentence has a figure.
    const withoutValues = detectClaims(report, 'id', { tokens, sentences, values: [] });
    expect(withoutValues.flatMap((c) => c.reasons).filter((r) => r.kind === 'quantity')).toEqual([]);
    expect(withoutValues.flatMap((c) => c.figures)).toEqual([]);
  });
});
