import { describe, expect, it } from 'vitest';
import { blockSentences, segmentArticle } from './segmentArticle.ts';

type Json = Record<string, unknown>;
const text = (t: string, ...marks: Json[]): Json => (marks.length ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const p = (...content: Json[]): Json => ({ type: 'paragraph', content });
const cell = (t: string): Json => ({ type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [p(text(t))] });

describe('segmentArticle', () => {
  it('leaves comments out of the marks, reads hard breaks as line breaks, and names blocks by their container', () => {
    const doc = {
      type: 'doc',
      content: [
        p(text('Kata '), text('penting', { type: 'comment', attrs: { threadId: 'x' } }, { type: 'italic' }), { type: 'hardBreak' }, text('Baris dua.')),
        { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [p(text('Butir.'))] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [cell('Sel.')] }] },
      ],
    };
    const blocks = segmentArticle({ title: '  Judul\nbaris ', standfirst: '', doc });
    expect(blocks.map((b) => [b.path, b.type, b.text])).toEqual([
      ['headline', 'headline', 'Judul baris'],
      ['0', 'paragraph', 'Kata penting\nBaris dua.'],
      ['1.0.0', 'orderedList', 'Butir.'],
      ['2.0.0.0', 'table', 'Sel.'],
    ]);
    expect(blocks[1]!.marks).toEqual([{ type: 'italic', from: 5, to: 12 }]);
    expect(blockSentences(blocks[1]!, 'id').map((s) => s.text)).toEqual(['Kata penting', 'Baris dua.']);
  });

  it('walks a hostile, deeply nested body without overflowing', () => {
    let node: Json = p(text('Dalam.'));
    for (let i = 0; i < 5000; i++) node = { type: 'blockquote', content: [node] };
    expect(() => segmentArticle({ title: '', standfirst: '', doc: { type: 'doc', content: [node] } })).not.toThrow();
  });
});
