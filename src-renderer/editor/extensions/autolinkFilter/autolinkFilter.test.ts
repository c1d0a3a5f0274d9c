import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Editor, type AnyExtension } from '@tiptap/core';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { documentExtensions } from '../../../../src-preload/contract/documentSchema.ts';
import { AutolinkFilter, mayAutolink } from './extension.ts';

/**
 * An editor state with the plugins the extensions build (a headless editor has no view, so its
 * own state has none); `apply` runs a transaction through every plugin, appendTransaction included.
 */
class Desk {
  readonly editor: Editor;
  state: EditorState;
  constructor(extensions: AnyExtension[], text = 'Baca di') {
    this.editor = new Editor({ element: null, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }, extensions });
    this.state = EditorState.create({ doc: this.editor.state.doc, plugins: this.editor.extensionManager.plugins });
  }
  apply(make: (state: EditorState) => Transaction): void {
    this.state = this.state.apply(make(this.state));
  }
  destroy(): void {
    this.editor.destroy();
  }
}

/** Types `text` at the end of the document, one character per transaction, as a writer would. */
function typeAtEnd(desk: Desk, text: string): void {
  for (const ch of text) desk.apply((s) => s.tr.setSelection(TextSelection.create(s.doc, s.doc.content.size - 1)).insertText(ch));
}

function links(desk: Desk): string[] {
  const out: string[] = [];
  desk.state.doc.descendants((node) => {
    const link = node.marks.find((m) => m.type.name === 'link');
    if (node.isText && link) out.push(`${node.text}=>${String(link.attrs.href)}`);
  });
  return out;
}

describe('AutolinkFilter', () => {
  it('still turns an address into a link when the space after it is typed, one character at a time', () => {
    const desk = new Desk([...documentExtensions, AutolinkFilter]);
    try {
      typeAtEnd(desk, ' https://kompas.id');
      expect(links(desk)).toEqual([]);
      typeAtEnd(desk, ' lalu');
      expect(links(desk)).toEqual(['https://kompas.id=>https://kompas.id']);
      expect(desk.state.doc.textContent).toBe('Baca di https://kompas.id lalu');
    } finally {
      desk.destroy();
    }
  });

  it('skips only plain text typed at a point that does not end in whitespace', () => {
    const desk = new Desk([...documentExtensions]);
    try {
      const { state } = desk;
      const end = state.doc.content.size - 1;
      expect(mayAutolink([state.tr.insertText('a', end)])).toBe(false);
      expect(mayAutolink([state.tr.insertText('kata', end)])).toBe(false);
      expect(mayAutolink([state.tr.setSelection(TextSelection.create(state.doc, 1))])).toBe(false);
      expect(mayAutolink([state.tr.insertText(' ', end)])).toBe(true);
      expect(mayAutolink([state.tr.insertText('a\u00a0', end)])).toBe(true);
      expect(mayAutolink([state.tr.insertText('x', 1, 3)])).toBe(true);
      expect(mayAutolink([state.tr.delete(1, 2)])).toBe(true);
      expect(mayAutolink([state.tr.split(end)])).toBe(true);
      expect(mayAutolink([state.tr.addMark(1, 3, state.schema.marks.bold!.create())])).toBe(true);
      expect(mayAutolink([state.tr.insertText('a', end), state.tr.insertText(' ', end)])).toBe(true);
      // With the document after the insertion: a space after a plain word cannot link anything.
      const typed = (text: string) => {
        const tr = state.tr.insertText(text, end);
        return mayAutolink([tr], tr.doc);
      };
      expect(typed(' ')).toBe(false);
      expect(typed('kata ')).toBe(false);
      expect(typed('.id ')).toBe(true);
      expect(typed('@contoh.id ')).toBe(true);
      expect(typed(':8080 ')).toBe(true);
      expect(typed('localhost ')).toBe(true);
      const linked = state.tr.insertText(' ', end).addMark(end, end + 1, state.schema.marks.link!.create({ href: 'https://kompas.id' }));
      expect(mayAutolink([linked], linked.doc)).toBe(true);
    } finally {
      desk.destroy();
    }
  });

  it('leaves every document exactly as TipTap autolink alone would, whatever is typed, split or deleted', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('type' as const), text: fc.constantFrom('a', 'kata', ' ', 'kompas.id', 'https://contoh.co.id/x', 'http://', 'mailto:r@contoh.id', '.', '(', ')', '\u00a0', 'www.', 'id', 'kata ', 'kompas.id ', 'localhost', 'LocalHost:3000 ', 'r@contoh', '[x.id] ', 'ke-2 ') }),
      fc.record({ kind: fc.constant('split' as const) }),
      fc.record({ kind: fc.constant('backspace' as const) }),
      fc.record({ kind: fc.constant('move' as const), to: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const plain = new Desk([...documentExtensions]);
        const filtered = new Desk([...documentExtensions, AutolinkFilter]);
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
          }
        } finally {
          plain.destroy();
          filtered.destroy();
        }
      }),
      { numRuns: 60 },
    );
    // Not vacuous: the unfiltered plugin does link in this setting.
    const plain = new Desk([...documentExtensions]);
    typeAtEnd(plain, ' https://contoh.co.id/x ');
    expect(links(plain)).toEqual(['https://contoh.co.id/x=>https://contoh.co.id/x']);
    plain.destroy();
  });
});
