import { describe, expect, it } from 'vitest';
import { analyseBlocks } from './analyseBlocks.ts';

// Our own text: a minister named two ways across paragraphs, a total that does not add up.
const blocks = [
  { key: 'p1', text: 'Menteri Perdagangan Rina Hapsari menargetkan ekspor US$ 130 miliar.' },
  { key: 'p2', text: '"Kami optimistis," kata Rina Hapsary di Jakarta.' },
  { key: 'p3', text: 'Bantuan total Rp 10 miliar, terdiri dari Rp 6 miliar dan Rp 5 miliar.' },
];

describe('analyseBlocks', () => {
  it('maps every span back to its paragraph key and offsets', () => {
    const { candidates, consistency } = analyseBlocks(blocks, 'id', { uiLanguage: 'en' });
    const textOf = (key: string) => blocks.find((b) => b.key === key)!.text;
    for (const c of candidates) {
      expect(textOf(c.key).slice(c.start, c.end)).toBe(c.text);
      for (const r of c.reasons) expect(textOf(r.key).slice(r.start, r.end)).toBe(r.text);
    }
    for (const f of consistency) {
      expect(textOf(f.key).slice(f.start, f.end)).toBe(f.text);
      expect(textOf(f.related!.key).slice(f.related!.start, f.related!.end)).toBe(f.related!.text);
    }
    expect(consistency.map((f) => `${f.rule} ${f.key}:${f.text} -> ${f.related?.key}:${f.related?.text}`)).toEqual([
      'consistency.name-variant p2:Hapsary -> p1:Hapsari',
      'consistency.total-mismatch p3:Rp 10 miliar -> p3:Rp 6 miliar dan Rp 5 miliar',
    ]);
    expect(consistency[0]!.message).toBe('Written "Hapsary" here, but "Hapsari" in paragraph 1; use one spelling of the name.');
  });

  it('lists claim candidates with their figures, best first', () => {
    const { candidates } = analyseBlocks(blocks, 'id', { uiLanguage: 'id' });
    const export130 = candidates.find((c) => c.key === 'p1')!;
    expect(export130.text).toBe(blocks[0]!.text);
    expect(export130.figures).toContainEqual({ kind: 'money', text: 'US$ 130 miliar', value: 130e9, unit: 'USD' });
    expect(candidates.map((c) => c.score)).toEqual([...candidates.map((c) => c.score)].sort((a, b) => b - a));
  });

  it('leaves switched-off rules out and writes messages in the UI language', () => {
    const { consistency } = analyseBlocks(blocks, 'id', { uiLanguage: 'id', disabled: new Set(['consistency.name-variant']) });
    expect(consistency.map((f) => f.rule)).toEqual(['consistency.total-mismatch']);
    expect(consistency[0]!.message).toBe('Rinciannya (Rp 6 miliar + Rp 5 miliar) berjumlah Rp 11 miliar, bukan Rp 10 miliar.');
  });
});
