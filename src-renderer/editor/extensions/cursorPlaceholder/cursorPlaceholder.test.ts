import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Editor, type AnyExtension } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import { AllSelection, EditorState, TextSelection, type Plugin } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { documentExtensions } from '../../../../src-preload/contract/documentSchema.ts';
import { CursorPlaceholder } from './extension.ts';

const options = {
  placeholder: ({ node }: { node: { type: { name: string } } }) => (node.type.name === 'heading' ? 'Subjudul' : 'Tulis berita'),
};

type Block = { kind: 'p' | 'h'; text: string } | { kind: 'quote'; text: string } | { kind: 'break' };

function docJson(blocks: Block[]) {
  return {
    type: 'doc',
    content: blocks.map((b) => {
      const text = 'text' in b && b.text ? [{ type: 'text', text: b.text }] : [];
      if (b.kind === 'h') return { type: 'heading', attrs: { level: 2 }, content: text };
      if (b.kind === 'quote') return { type: 'blockquote', content: [{ type: 'paragraph', content: text }] };
      if (b.kind === 'break') return { type: 'paragraph', content: [{ type: 'hardBreak' }] };
      return { type: 'paragraph', content: text };
    }),
  };
}

/** The plugin of `extension` built by a headless editor, and a state of `blocks` that uses it. */
function setup(extension: AnyExtension, blocks: Block[]) {
  const editor = new Editor({ element: null, content: docJson(blocks), extensions: [...documentExtensions, extension] });
  const plugins = editor.extensionManager.plugins;
  const state = EditorState.create({ doc: editor.state.doc, plugins });
  // A headless editor has no view to be editable; the one in the app is. (TipTap's own `isEmpty`
  // reads the editor's document, which is this state's.)
  Object.defineProperty(editor, 'isEditable', { value: true });
  return { editor, plugins, state };
}

/** [from, to, attrs] of every placeholder decoration the plugins draw for `state`. */
function drawn(plugins: readonly Plugin[], state: EditorState) {
  const out: [number, number, Record<string, unknown>][] = [];
  for (const p of plugins) {
    const set = (p.props.decorations as ((s: EditorState) => DecorationSet | null | undefined) | undefined)?.call(p, state);
    for (const d of set?.find() ?? []) out.push([d.from, d.to, (d as unknown as { type: { attrs: Record<string, unknown> } }).type.attrs]);
  }
  return out;
}

function withCursor(state: EditorState, at: number | 'all'): EditorState {
  const selection = at === 'all' ? new AllSelection(state.doc) : TextSelection.near(state.doc.resolve(Math.min(at, state.doc.content.size)));
  return state.apply(state.tr.setSelection(selection));
}

describe('CursorPlaceholder', () => {
  it('shows the placeholder in the empty paragraph holding the cursor, not in one with text', () => {
    const { plugins, state, editor } = setup(CursorPlaceholder.configure(options), [{ kind: 'p', text: 'Harga cabai naik.' }, { kind: 'p', text: '' }]);
    const emptyAt = state.doc.child(0).nodeSize + 1;
    expect(drawn(plugins, withCursor(state, emptyAt))).toEqual([[emptyAt - 1, emptyAt + 1, { class: 'is-empty', 'data-placeholder': 'Tulis berita' }]]);
    expect(drawn(plugins, withCursor(state, 3))).toEqual([]);
    editor.destroy();
  });

  it('marks an empty article as an empty editor, and an empty heading gets its own text', () => {
    const empty = setup(CursorPlaceholder.configure(options), [{ kind: 'p', text: '' }]);
    expect(drawn(empty.plugins, withCursor(empty.state, 1))).toEqual([[0, 2, { class: 'is-empty is-editor-empty', 'data-placeholder': 'Tulis berita' }]]);
    empty.editor.destroy();
    const heading = setup(CursorPlaceholder.configure(options), [{ kind: 'p', text: 'Isi.' }, { kind: 'h', text: '' }]);
    const at = heading.state.doc.child(0).nodeSize + 1;
    expect(drawn(heading.plugins, withCursor(heading.state, at))).toEqual([[at - 1, at + 1, { class: 'is-empty', 'data-placeholder': 'Subjudul' }]]);
    heading.editor.destroy();
  });

  it("draws exactly what TipTap's Placeholder draws, for any document and cursor (property)", () => {
    const block = fc.oneof(
      fc.record({ kind: fc.constantFrom('p' as const, 'h' as const), text: fc.constantFrom('', '', 'Kata', 'Rp 1.250') }),
      fc.record({ kind: fc.constant('quote' as const), text: fc.constantFrom('', 'Kutipan') }),
      fc.record({ kind: fc.constant('break' as const) }),
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), fc.oneof(fc.nat({ max: 60 }), fc.constant('all' as const)), (blocks, at) => {
        const ours = setup(CursorPlaceholder.configure(options), blocks);
        const theirs = setup(Placeholder.configure(options), blocks);
        expect(drawn(ours.plugins, withCursor(ours.state, at))).toEqual(drawn(theirs.plugins, withCursor(theirs.state, at)));
        ours.editor.destroy();
        theirs.editor.destroy();
      }),
      { numRuns: 40 },
    );
  });
});
