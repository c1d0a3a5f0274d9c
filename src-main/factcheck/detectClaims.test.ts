import { describe, expect, it } from 'vitest';
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
