import fc from 'fast-check';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { Node as PmNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { getDocumentSchema } from '../../../src-preload/contract/documentSchema.ts';
import type { DocumentPatch } from '../../../src-preload/contract/domain.ts';
import { bodyToSave, changedBlockRange } from './changedBlocks.ts';

const schema = getDocumentSchema();
const paragraphs = ['Harga cabai naik.', 'Pedagang mengeluh.', 'Pembeli berkurang.', 'Pemerintah menjanjikan operasi pasar.', 'Stok dinilai aman.'];

function stateOf(texts: readonly string[]): EditorState {
  const doc = schema.node('doc', null, texts.map((t) => schema.node('paragraph', null, t ? [schema.text(t)] : [])));
  return EditorState.create({ schema, doc });
}

/** Document position just inside the start of top-level block `index`. */
function startOf(doc: PmNode, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  return pos + 1;
}

/** What main does with a patch: replace the range in the stored block list. */
function applyPatch(base: PmNode, patch: DocumentPatch): unknown {
  expect(patch.baseBlockCount).toBe(base.childCount);
  const blocks = (base.toJSON() as { content: unknown[] }).content;
  blocks.splice(patch.start, patch.deleteCount, ...patch.blocks);
  return { type: 'doc', content: blocks };
}

function edit(state: EditorState, change: (tr: Transaction) => void): PmNode {
  const tr = state.tr;
  change(tr);
  return state.apply(tr).doc;
}

describe('changedBlockRange / bodyToSave', () => {
  const base = stateOf(paragraphs);

  it('typing in one paragraph sends only that paragraph', () => {
    const next = edit(base, (tr) => tr.insertText(' Sekali lagi', startOf(base.doc, 2) + 5));
    expect(changedBlockRange(base.doc, next)).toEqual({ start: 2, deleteCount: 1, insertCount: 1 });
    const body = bodyToSave(base.doc, next);
    expect(body).toEqual({ patch: { start: 2, deleteCount: 1, blocks: [next.child(2).toJSON()], baseBlockCount: 5 } });
    expect(applyPatch(base.doc, (body as { patch: DocumentPatch }).patch)).toEqual(next.toJSON());
  });

  it('Enter in a paragraph replaces it by two; joining two paragraphs replaces them by one', () => {
    const split = edit(base, (tr) => tr.split(startOf(base.doc, 1) + 8));
    expect(changedBlockRange(base.doc, split)).toEqual({ start: 1, deleteCount: 1, insertCount: 2 });
    const joined = edit(base, (tr) => tr.join(startOf(base.doc, 4) - 1));
    expect(changedBlockRange(base.doc, joined)).toEqual({ start: 3, deleteCount: 2, insertCount: 1 });
  });

  it('finds changes at the very start and the very end of the document', () => {
    const atStart = edit(base, (tr) => tr.insert(0, schema.node('paragraph', null, [schema.text('Pembuka.')])));
    expect(changedBlockRange(base.doc, atStart)).toEqual({ start: 0, deleteCount: 0, insertCount: 1 });
    const atEnd = edit(base, (tr) => tr.insert(base.doc.content.size, schema.node('paragraph')));
    expect(changedBlockRange(base.doc, atEnd)).toEqual({ start: 5, deleteCount: 0, insertCount: 1 });
    const lastGone = edit(base, (tr) => tr.delete(startOf(base.doc, 4) - 1, base.doc.content.size));
    expect(changedBlockRange(base.doc, lastGone)).toEqual({ start: 4, deleteCount: 1, insertCount: 0 });
    expect(applyPatch(base.doc, (bodyToSave(base.doc, lastGone) as { patch: DocumentPatch }).patch)).toEqual(lastGone.toJSON());
  });

  it('an unchanged body sends an empty patch (a headline edit), a selection change too', () => {
    expect(changedBlockRange(base.doc, base.doc)).toBeNull();
    const moved = base.apply(base.tr.setSelection(TextSelection.create(base.doc, 3))).doc;
    expect(bodyToSave(base.doc, moved)).toEqual({ patch: { start: 0, deleteCount: 0, blocks: [], baseBlockCount: 5 } });
  });

  it('sends the whole document without a base, or when every block changed', () => {
    expect(bodyToSave(undefined, base.doc)).toEqual({ doc: base.doc.toJSON() });
    const replaced = edit(base, (tr) => tr.replaceWith(0, base.doc.content.size, schema.node('paragraph', null, [schema.text('Semua baru.')])));
    expect(bodyToSave(base.doc, replaced)).toEqual({ doc: replaced.toJSON() });
  });

  it('any sequence of edits gives a patch that turns the acknowledged body into the current one', () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() === s && s !== '') }),
      fc.record({ kind: fc.constant('split' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 30 }) }),
      fc.record({ kind: fc.constant('bold' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 30 }) }),
    );
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 12 }), (actions) => {
        let state = base;
        for (const a of actions) {
          const size = state.doc.content.size;
          const tr = state.tr;
          const at = 1 + (a.at % Math.max(1, size - 1));
          const $at = state.doc.resolve(at);
          if (a.kind === 'type' && $at.parent.isTextblock) tr.insertText(a.text, at);
          if (a.kind === 'split' && $at.parent.isTextblock) tr.split(at);
          if (a.kind === 'delete') tr.delete(at, Math.min(size - 1, at + a.length));
          if (a.kind === 'bold') tr.addMark(at, Math.min(size - 1, at + a.length), schema.marks.bold!.create());
          state = state.apply(tr);
        }
        const body = bodyToSave(base.doc, state.doc);
        const rebuilt = 'patch' in body ? applyPatch(base.doc, body.patch) : body.doc;
        expect(rebuilt).toEqual(state.doc.toJSON());
      }),
      { numRuns: 300 },
    );
  });
});
