import { describe, expect, it } from 'vitest';
import { sourcePieces } from './sourcePieces.ts';

describe('sourcePieces', () => {
  it('cuts the sentence at every edge of overlapping marks, glossary terms and claims', () => {
    const text = 'Harga beras naik 5 persen.';
    const pieces = sourcePieces(
      text,
      [{ type: 'bold', from: 0, to: 11 }],
      [{ start: 6, end: 11, termId: 't1', term: 'beras', translation: 'rice', note: '' }],
      [{ start: 6, end: 25, claimId: '7b0c1a52-3f5e-4b8e-9d3a-2f1c0e9a4b11', status: 'verified' }],
    );
    expect(pieces.map((p) => p.text)).toEqual(['Harga ', 'beras', ' naik 5 persen', '.']);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces[0]).toMatchObject({ marks: ['bold'], glossary: [], claims: [] });
    expect(pieces[1]!.marks).toEqual(['bold']);
    expect(pieces[1]!.glossary.map((g) => g.translation)).toEqual(['rice']);
    expect(pieces[1]!.claims.map((c) => c.status)).toEqual(['verified']);
    expect(pieces[2]).toMatchObject({ marks: [], glossary: [] });
    expect(pieces[2]!.claims).toHaveLength(1);
    expect(pieces[3]).toMatchObject({ marks: [], glossary: [], claims: [] });
  });

  it('returns the plain text as one piece and survives spans past the end', () => {
    expect(sourcePieces('Tanpa tanda.', [], [], []).map((p) => p.text)).toEqual(['Tanpa tanda.']);
    expect(sourcePieces('Pendek.', [{ type: 'italic', from: 3, to: 99 }], [], []).map((p) => [p.text, p.marks])).toEqual([
      ['Pen', []],
      ['dek.', ['italic']],
    ]);
  });
});
