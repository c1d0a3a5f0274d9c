import { describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { getDocumentSchema, documentExtensions } from '../../../../src-preload/contract/documentSchema.ts';
import { claimIdsAt, claimPositions, claimRanges, rangeHasClaim } from './claimRanges.ts';
import { claimActiveClass, claimHighlightKey, claimHighlightPlugin, mostUrgentStatus } from './claimHighlightPlugin.ts';
import { ClaimTools, handleClaimTools } from './extension.ts';

const schema = getDocumentSchema();
const a = '3f2b8c1e-9a4d-4e6f-8b1a-2c3d4e5f6a7b';
const b = '9b1d2c3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e';
const claim = (id: string) => ({ type: 'claim', attrs: { claimId: id } });
const comment = { type: 'comment', attrs: { commentId: '11111111-2222-4333-8444-555555555555' } };

// "Ekspor naik [12 persen] pada [2023]." — claim a on "12 persen" (split by bold), b on "2023";
// a comment on "naik 12" shares text with claim a and must not be taken for a claim.
const doc = PmNode.fromJSON(schema, {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Ekspor ' },
        { type: 'text', text: 'naik ', marks: [comment] },
        { type: 'text', text: '12', marks: [comment, claim(a)] },
        { type: 'text', text: ' persen', marks: [{ type: 'bold' }, claim(a)] },
        { type: 'text', text: ' pada ' },
        { type: 'text', text: '2023', marks: [claim(b)] },
        { type: 'text', text: '.' },
      ],
    },
  ],
});

describe('claim ranges', () => {
  it('finds each claim still marked, merged across formatting, and which claims cover a position', () => {
    expect(claimPositions(doc)).toEqual(new Map([[a, 13], [b, 28]]));
    expect(claimRanges(doc, a)).toEqual([{ from: 13, to: 22 }]);
    expect(doc.textBetween(13, 22)).toBe('12 persen');
    expect(claimIdsAt(doc, 14)).toEqual([a]);
    expect(claimIdsAt(doc, 9)).toEqual([]);
    expect(rangeHasClaim(doc, 1, 12)).toBe(false);
    expect(rangeHasClaim(doc, 1, 14)).toBe(true);
  });

  it('does not grow when typing right after a claim, and keeps it when typing inside', () => {
    let state = EditorState.create({ schema, doc });
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 22)));
    state = state.apply(state.tr.insertText('!'));
    expect(claimRanges(state.doc, a)).toEqual([{ from: 13, to: 22 }]);
    state = state.apply(state.tr.insertText(',5', 15));
    expect(state.doc.textBetween(...Object.values(claimRanges(state.doc, a)[0]!) as [number, number])).toBe('12,5 persen');
  });
});

describe('claim highlight', () => {
  const decos = (state: EditorState) =>
    claimHighlightKey
      .getState(state)!
      .decorations.find()
      .map((d) => [d.from, d.to, (d as unknown as { type: { attrs: { class: string; title?: string } } }).type.attrs.class]);

  it('draws nothing until the panel sends statuses; then each status and the selected claim; edits map', () => {
    let state = EditorState.create({ schema, doc, plugins: [claimHighlightPlugin({ onClick: () => {} })] });
    expect(decos(state)).toEqual([]);
    state = state.apply(state.tr.setMeta(claimHighlightKey, { statuses: new Map(), labels: {}, active: null }));
    // A claim the panel has no status for yet looks unchecked.
    expect(decos(state)).toEqual([
      [13, 15, 'claim-mark--unchecked'],
      [15, 22, 'claim-mark--unchecked'],
      [28, 32, 'claim-mark--unchecked'],
    ]);
    state = state.apply(state.tr.setMeta(claimHighlightKey, { statuses: new Map([[a, 'verified'], [b, 'false']]), labels: { false: 'Klaim: Salah' }, active: b }));
    expect(decos(state)).toEqual([
      [13, 15, 'claim-mark--verified'],
      [15, 22, 'claim-mark--verified'],
      [28, 32, `claim-mark--false ${claimActiveClass}`],
    ]);
    const title = (claimHighlightKey.getState(state)!.decorations.find(28, 32)[0] as unknown as { type: { attrs: { title?: string } } }).type.attrs.title;
    expect(title).toBe('Klaim: Salah');
    state = state.apply(state.tr.insertText('Data: ', 1));
    expect(decos(state).at(-1)).toEqual([34, 38, `claim-mark--false ${claimActiveClass}`]);
  });

  it('is redrawn when a claim mark is added or removed (accept, delete, undo), not only when the panel says so', () => {
    const c = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    let state = EditorState.create({ schema, doc, plugins: [claimHighlightPlugin({ onClick: () => {} })] });
    state = state.apply(state.tr.addMark(1, 7, schema.marks.claim!.create({ claimId: c })));
    expect(decos(state)[0]).toEqual([1, 7, 'claim-mark--unchecked']);
    state = state.apply(state.tr.removeMark(1, 7, schema.marks.claim!.create({ claimId: c })));
    expect(decos(state).some(([from]) => from === 1)).toBe(false);
    // Deleting a claim's text and typing it back unmarked leaves no highlight behind.
    state = state.apply(state.tr.delete(28, 32));
    state = state.apply(state.tr.insertText('2024', 28));
    expect(decos(state).some(([from]) => from === 28)).toBe(false);
  });

  it('picks the status that most needs attention where claims overlap', () => {
    expect(mostUrgentStatus(['verified', 'false'])).toBe('false');
    expect(mostUrgentStatus(['verified', 'unverifiable'])).toBe('unverifiable');
    expect(mostUrgentStatus([])).toBe('unchecked');
  });
});

describe('claim commands in an editor', () => {
  function makeEditor() {
    return new Editor({ element: null, extensions: [...documentExtensions, ClaimTools], content: doc.toJSON() });
  }

  it('marks a range, selects it, and removes it', () => {
    const editor = makeEditor();
    const c = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    expect(editor.commands.setClaim(c, { from: 1, to: 7 })).toBe(true);
    expect(claimRanges(editor.state.doc, c)).toEqual([{ from: 1, to: 7 }]);
    expect(editor.commands.selectClaim(c)).toBe(true);
    expect(editor.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to)).toBe('Ekspor');
    expect(editor.commands.unsetClaim(c)).toBe(true);
    expect(claimPositions(editor.state.doc).has(c)).toBe(false);
    expect(editor.commands.selectClaim(c)).toBe(false);
    editor.commands.setTextSelection(3);
    expect(editor.commands.setClaim(c)).toBe(false); // nothing selected
    editor.destroy();
  });

  it('sends Ctrl+Alt+K and clicks to the handlers the UI set, and forgets them when removed', () => {
    const editor = makeEditor();
    const calls: string[] = [];
    const off = handleClaimTools(editor, { onMarkSelection: () => (calls.push('mark'), true), onClaimClick: (id) => calls.push(id) });
    editor.storage.claimTools.onMarkSelection?.();
    editor.storage.claimTools.onClaimClick?.(a);
    expect(calls).toEqual(['mark', a]);
    off();
    expect(editor.storage.claimTools.onMarkSelection).toBeNull();
    expect(editor.storage.claimTools.onClaimClick).toBeNull();
    editor.destroy();
  });
});
