import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Editor, type AnyExtension } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { documentExtensions } from '../../../../src-preload/contract/documentSchema.ts';
import { AutolinkFilter } from '../autolinkFilter/index.ts';
import { TableFixFilter, mayFixTables } from './extension.ts';

const text = (t: string) => ({ type: 'text', text: t });
const paragraph = (t: string) => ({ type: 'paragraph', content: t ? [text(t)] : [] });
const cell = (t: string) => ({ type: 'tableCell', content: [paragraph(t)] });
const row = (...cells: string[]) => ({ type: 'tableRow', content: cells.map(cell) });

/** A table whose second row lacks a cell: the shape the table plugin's repair pass fixes. */
const content = {
  type: 'doc',
  content: [
    paragraph('Harga cabai naik lagi.'),
    { type: 'table', content: [row('Kota', 'Harga'), row('Medan')] },
    { type: 'blockquote', content: [paragraph('Kata warga pasar.')] },
    paragraph('Akhir berita.'),
  ],
};

/** A state with the plugins the extensions build (a headless editor's own state has none). */
class Desk {
  readonly editor: Editor;
  state: EditorState;
  constructor(extensions: AnyExtension[]) {
    this.editor = new Editor({ element: null, content, extensions });
    // Built straight from JSON: the editor's own content check would already have repaired it.
    this.state = EditorState.create({ doc: PmNode.fromJSON(this.editor.schema, content), plugins: this.editor.extensionManager.plugins });
  }
  apply(make: (state: EditorState) => Transaction): void {
    this.state = this.state.apply(make(this.state));
  }
  destroy(): void {
    this.editor.destroy();
  }
}

const cellsInRows = (state: EditorState) => {
  const out: number[] = [];
  state.doc.descendants((node) => {
    if (node.type.name === 'tableRow') out.push(node.childCount);
  });
  return out;
};

describe('TableFixFilter', () => {
  it('skips only a letter typed at an empty cursor outside any table', () => {
    const desk = new Desk([...documentExtensions]);
    try {
      const { state } = desk;
      const typed = (pos: number, t = 'a') => {
        const tr = state.tr.setSelection(TextSelection.create(state.doc, pos)).insertText(t);
        return mayFixTables([tr], state.apply(tr));
      };
      expect(typed(3)).toBe(false);
      expect(typed(3, 'kata ')).toBe(false);
      const inCell = 1 + state.doc.child(0).nodeSize + 4;
      expect(state.doc.resolve(inCell).parent.textContent).toBe('Kota');
      expect(typed(inCell)).toBe(true);
      const split = state.tr.split(3);
      expect(mayFixTables([split], state.apply(split))).toBe(true);
      const range = state.tr.setSelection(TextSelection.create(state.doc, 2, 6));
      expect(mayFixTables([range], state.apply(range))).toBe(true);
    } finally {
      desk.destroy();
    }
  });

  it('still repairs a broken table when typing in it, and leaves every document as the plugin alone would', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('type' as const), text: fc.constantFrom('a', 'kata ', ' ') }),
      fc.record({ kind: fc.constant('split' as const) }),
      fc.record({ kind: fc.constant('backspace' as const) }),
      fc.record({ kind: fc.constant('move' as const), to: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const plain = new Desk([...documentExtensions]);
        const filtered = new Desk([...documentExtensions, AutolinkFilter, TableFixFilter]);
        try {
          for (const o of ops) {
            for (const desk of [plain, filtered]) {
              desk.apply((state) => {
                const tr = state.tr;
                const { from } = state.selection;
                if (o.kind === 'type') tr.insertText(o.text);
                else if (o.kind === 'split') tr.split(from);
                else if (o.kind === 'backspace' && state.doc.resolve(from).parentOffset > 0) tr.delete(from - 1, from);
                else if (o.kind === 'move') tr.setSelection(TextSelection.near(state.doc.resolve(1 + (o.to % (state.doc.content.size - 1)))));
                return tr;
              });
            }
            expect(filtered.state.doc.toJSON()).toEqual(plain.state.doc.toJSON());
            expect(filtered.state.selection.toJSON()).toEqual(plain.state.selection.toJSON());
          }
        } finally {
          plain.destroy();
          filtered.destroy();
        }
      }),
      { numRuns: 60 },
    );
    // Not vacuous: typing in the broken table repairs it, with the filter too; typing outside leaves it.
    const desk = new Desk([...documentExtensions, AutolinkFilter, TableFixFilter]);
    try {
      desk.apply((s) => s.tr.setSelection(TextSelection.create(s.doc, 3)).insertText('a'));
      expect(cellsInRows(desk.state)).toEqual([2, 1]);
      const inCell = 1 + desk.state.doc.child(0).nodeSize + 4;
      desk.apply((s) => s.tr.setSelection(TextSelection.create(s.doc, inCell)).insertText('a'));
      expect(cellsInRows(desk.state)).toEqual([2, 2]);
    } finally {
      desk.destroy();
    }
  });

  it('keeps the autolink filter working beside it (both wrap the same plugin list)', () => {
    const desk = new Desk([...documentExtensions, AutolinkFilter, TableFixFilter]);
    try {
      // Typed at the end of the first paragraph, one character at a time.
      for (const ch of ' https://kompas.id ') desk.apply((s) => s.tr.setSelection(TextSelection.create(s.doc, s.doc.child(0).nodeSize - 1)).insertText(ch));
      const links: string[] = [];
      desk.state.doc.descendants((node) => {
        if (node.isText && node.marks.some((m) => m.type.name === 'link')) links.push(node.text!);
      });
      expect(links).toEqual(['https://kompas.id']);
      const plugin = desk.state.plugins.find((p) => (p as unknown as { key: string }).key.startsWith('autolink$'))!;
      // The autolink plugin's appendTransaction is the filter's wrapper (appendTransactionFilter.ts), not TipTap's own.
      expect(String(plugin.spec.appendTransaction)).toContain('mustRun(transactions, newState)');
    } finally {
      desk.destroy();
    }
  });
});
