import { describe, expect, it } from 'vitest';
import { Node as PmNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { getDocumentSchema } from '../../../src-preload/contract/documentSchema.ts';
import type { ClaimCandidate } from '../../../src-preload/contract/factcheck.ts';
import { analysisBlocks, placeSpan, visibleCandidates } from './claimPlacement.ts';

const schema = getDocumentSchema();
const p = (text: string, marks: unknown[] = []) => ({ type: 'paragraph', content: [{ type: 'text', text, ...(marks.length ? { marks } : {}) }] });
const first = 'Menteri Darmawan menyebut ekspor naik 12 persen.';
const second = 'Pabrik terbesar dibuka pada Kamis, 3 Juli 2025.';
const doc = PmNode.fromJSON(schema, {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Ekspor' }] },
    p(first),
    { type: 'paragraph' },
    { type: 'bulletList', content: [{ type: 'listItem', content: [p('Butir daftar tidak dikirim.')] }] },
    p(second),
  ],
});

const candidate = (block: string, text: string, blockText: string, score: number): ClaimCandidate => {
  const start = blockText.indexOf(text);
  return { key: block, start, end: start + text.length, text, reasons: [{ key: block, start, end: start + 2, text: text.slice(0, 2), kind: 'quantity' }], figures: [], score };
};

describe('analysisBlocks', () => {
  it('sends top-level headings and paragraphs with text, keyed by position', () => {
    const blocks = analysisBlocks(doc);
    expect(blocks.map((b) => b.text)).toEqual(['Ekspor', first, second]);
    for (const b of blocks) expect(doc.textBetween(b.pos + 1, b.pos + 1 + b.text.length)).toBe(b.text);
    expect(blocks[1]!.key).toBe(`b${blocks[1]!.pos}`);
  });
});

describe('placeSpan', () => {
  const sent = new Map(analysisBlocks(doc).map((b) => [b.key, b]));
  const secondKey = analysisBlocks(doc)[2]!.key;
  const span = { key: secondKey, start: 28, end: 33, text: 'Kamis' };

  it('maps key and offsets onto the document as sent', () => {
    const r = placeSpan(doc, sent, span)!;
    expect(doc.textBetween(r.from, r.to)).toBe('Kamis');
  });

  it('still finds the words after text was typed above them', () => {
    let state = EditorState.create({ schema, doc });
    state = state.apply(state.tr.insertText('Baru: ', 2));
    const r = placeSpan(state.doc, sent, span)!;
    expect(state.doc.textBetween(r.from, r.to)).toBe('Kamis');
  });

  it('finds the words in their paragraph after the paragraph itself changed, and gives up when they are gone', () => {
    let state = EditorState.create({ schema, doc });
    const pos = analysisBlocks(doc)[2]!.pos;
    state = state.apply(state.tr.insertText('Kemarin, ', pos + 1));
    const r = placeSpan(state.doc, sent, span)!;
    expect(state.doc.textBetween(r.from, r.to)).toBe('Kamis');
    const at = state.doc.textContent.indexOf('Kamis');
    expect(at).toBeGreaterThan(0);
    const after = state.apply(state.tr.delete(r.from, r.to));
    expect(placeSpan(after.doc, sent, span)).toBeNull();
    expect(placeSpan(doc, sent, { ...span, key: 'b9999' })).toBeNull();
  });
});

describe('visibleCandidates', () => {
  const blocks = analysisBlocks(doc);
  const sent = new Map(blocks.map((b) => [b.key, b]));
  const c1 = candidate(blocks[1]!.key, first, first, 2);
  const c2 = candidate(blocks[2]!.key, second, second, 5);

  it('orders by check-worthiness and drops dismissed ones', () => {
    expect(visibleCandidates(doc, sent, [c1, c2], new Set()).map((v) => v.candidate.text)).toEqual([second, first]);
    expect(visibleCandidates(doc, sent, [c1, c2], new Set([second])).map((v) => v.candidate.text)).toEqual([first]);
  });

  it('hides a candidate already covered (even partly) by a claim mark, and one whose text is gone', () => {
    let state = EditorState.create({ schema, doc });
    const r = placeSpan(doc, sent, c1)!;
    state = state.apply(state.tr.addMark(r.from + 8, r.from + 16, schema.marks.claim!.create({ claimId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee' })));
    expect(visibleCandidates(state.doc, sent, [c1, c2], new Set()).map((v) => v.candidate.text)).toEqual([second]);
    const r2 = placeSpan(state.doc, sent, c2)!;
    state = state.apply(state.tr.delete(r2.from, r2.to));
    expect(visibleCandidates(state.doc, sent, [c1, c2], new Set())).toEqual([]);
  });
});
