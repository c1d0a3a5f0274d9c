import { describe, expect, it } from 'vitest';
import { Node as PmNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { getDocumentSchema } from '../../../../src-preload/contract/documentSchema.ts';
import { commentIdsAt, commentPositions, commentRanges } from './commentRanges.ts';
import { activeClass, commentHighlightKey, commentHighlightPlugin, resolvedClass } from './commentHighlightPlugin.ts';

const schema = getDocumentSchema();
const a = '3f2b8c1e-9a4d-4e6f-8b1a-2c3d4e5f6a7b';
const b = '9b1d2c3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e';
const comment = (id: string) => ({ type: 'comment', attrs: { commentId: id } });

// "Harga [cabai [rawit]] naik." with thread a on "cabai rawit" (split by a bold mark) and b on "rawit".
const doc = PmNode.fromJSON(schema, {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Harga ' },
        { type: 'text', text: 'cabai ', marks: [comment(a)] },
        { type: 'text', text: 'rawit', marks: [{ type: 'bold' }, comment(a), comment(b)] },
        { type: 'text', text: ' naik.' },
      ],
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'Lagi', marks: [comment(a)] }] },
  ],
});

describe('comment ranges', () => {
  it('finds every thread id still in the text, with where it first appears', () => {
    expect(commentPositions(doc)).toEqual(new Map([[a, 7], [b, 13]]));
    expect(commentPositions(PmNode.fromJSON(schema, { type: 'doc', content: [{ type: 'paragraph' }] }))).toEqual(new Map());
  });

  it('merges adjacent marked text nodes into one range per stretch', () => {
    expect(commentRanges(doc, a)).toEqual([
      { from: 7, to: 18 },
      { from: 26, to: 30 },
    ]);
    expect(commentRanges(doc, b)).toEqual([{ from: 13, to: 18 }]);
    expect(doc.textBetween(7, 18)).toBe('cabai rawit');
  });

  it('reports the threads under the cursor', () => {
    expect(commentIdsAt(doc, 14)).toEqual([a, b]);
    expect(commentIdsAt(doc, 3)).toEqual([]);
  });
});

describe('the comment mark while typing', () => {
  it('does not extend to text typed right after it (not inclusive)', () => {
    let state = EditorState.create({ schema, doc });
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 18)));
    state = state.apply(state.tr.insertText('!'));
    expect(state.doc.textBetween(7, 19)).toBe('cabai rawit!');
    expect(commentRanges(state.doc, a)[0]).toEqual({ from: 7, to: 18 });
  });
});

describe('comment highlight plugin', () => {
  const classesOf = (state: EditorState) =>
    commentHighlightKey
      .getState(state)!
      .decorations.find()
      .map((d) => [d.from, d.to, (d as unknown as { type: { attrs: { class: string } } }).type.attrs.class]);

  it('dims fully resolved text, emphasises the selected thread, and maps through edits', () => {
    let state = EditorState.create({ schema, doc, plugins: [commentHighlightPlugin()] });
    expect(classesOf(state)).toEqual([]);
    state = state.apply(state.tr.setMeta(commentHighlightKey, { resolved: new Set([a]), active: null }));
    // "rawit" also carries the open thread b, so it is not dimmed.
    expect(classesOf(state)).toEqual([
      [7, 13, resolvedClass],
      [26, 30, resolvedClass],
    ]);
    state = state.apply(state.tr.setMeta(commentHighlightKey, { resolved: new Set([a]), active: b }));
    expect(classesOf(state)).toEqual([
      [7, 13, resolvedClass],
      [13, 18, activeClass],
      [26, 30, resolvedClass],
    ]);
    state = state.apply(state.tr.insertText('Kata ', 1));
    expect(classesOf(state)).toEqual([
      [12, 18, resolvedClass],
      [18, 23, activeClass],
      [31, 35, resolvedClass],
    ]);
  });
});
