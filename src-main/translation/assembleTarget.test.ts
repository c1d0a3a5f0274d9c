import { describe, expect, it } from 'vitest';
import { parseDocument } from '../services/documentValidation.ts';
import { assembleTarget, type AssemblySegment } from './assembleTarget.ts';
import { blockSentences, segmentArticle } from './segmentArticle.ts';

type Json = Record<string, unknown>;
const text = (t: string, ...marks: Json[]): Json => (marks.length ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const p = (...content: Json[]): Json => ({ type: 'paragraph', content });
const cell = (t: string): Json => ({ type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [p(text(t))] });

/** Segments the source, translates with `translate` (source sentence -> target, '' to leave it), assembles. */
function run(doc: Json, translate: (source: string) => string, title = '') {
  const blocks = new Map<string, AssemblySegment[]>();
  for (const b of segmentArticle({ title, standfirst: '', doc })) {
    blocks.set(b.path, blockSentences(b, 'id').map((s) => ({ source: s.text, sourceMarks: s.marks, target: translate(s.text) })));
  }
  return assembleTarget({ doc, blocks, claims: new Map() });
}

describe('assembleTarget', () => {
  it('keeps a table with some text in shape, with empty cells for the rest, and a valid document', () => {
    const doc = { type: 'doc', content: [{ type: 'table', content: [{ type: 'tableRow', content: [cell('Harga.'), cell('Naik.')] }] }] };
    const out = run(doc, (s) => (s === 'Harga.' ? 'Price.' : ''));
    expect(out.doc.content).toEqual([
      { type: 'table', content: [{ type: 'tableRow', content: [{ ...cell('Price.') }, { type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: 'paragraph' }] }] }] },
    ]);
    expect(() => parseDocument(out.doc)).not.toThrow();
    // Nothing translated: the table goes, and the body is one empty paragraph.
    expect(run(doc, () => '').doc).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('keeps a list item valid when only its nested list is translated', () => {
    const item = (t: string, ...more: Json[]): Json => ({ type: 'listItem', content: [p(text(t)), ...more] });
    const doc = { type: 'doc', content: [{ type: 'bulletList', content: [item('Induk.', { type: 'bulletList', content: [item('Anak.')] })] }] };
    const out = run(doc, (s) => (s === 'Anak.' ? 'Child.' : ''));
    expect(() => parseDocument(out.doc)).not.toThrow();
    expect(JSON.stringify(out.doc)).toContain('Child.');
  });

  it('puts a mark on every occurrence it had, in order, and drops one whose text is not in the target', () => {
    const doc = { type: 'doc', content: [p(text('Rp'), text(' 5 juta untuk '), text('Budi', { type: 'bold' }), text(' dan '), text('Budi', { type: 'bold' }), text('. '), text('Anggaran', { type: 'italic' }), text(' naik.'))] };
    const out = run(doc, (s) => (s === 'Judul' ? 'Headline' : s.startsWith('Rp') ? 'Rp 5 million for Budi and Budi.' : 'The budget rose.'), 'Judul');
    const content = (out.doc.content[0] as Json).content as Json[];
    expect(content.filter((n) => n.marks).map((n) => [n.text, n.marks])).toEqual([
      ['Budi', [{ type: 'bold' }]],
      ['Budi', [{ type: 'bold' }]],
    ]);
    expect(out.title).toBe('Headline');
    expect(() => parseDocument(out.doc)).not.toThrow();
  });
});

describe('assembleTarget headline', () => {
  it('makes the headline one line of text whatever the segment held', () => {
    const out = run({ type: 'doc', content: [p(text('Isi.'))] }, (s) => (s === 'Judul' ? 'Two\nlines\u0007 here' : ''), 'Judul');
    expect(out.title).toBe('Two lines here');
  });
});
