import { describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import { NodeSelection, TextSelection, type Selection } from '@tiptap/pm/state';
import { documentExtensions } from '../../../src-preload/contract/documentSchema.ts';
import { sameToolStates, toolbarGroups, toolStates } from './formattingTools.ts';

const text = (t: string, marks?: string[]) => ({ type: 'text', text: t, ...(marks ? { marks: marks.map((type) => ({ type })) } : {}) });
const paragraph = (...content: object[]) => ({ type: 'paragraph', content });
const heading = (level: number, t: string) => ({ type: 'heading', attrs: { level }, content: [text(t)] });
const item = (...content: object[]) => ({ type: 'listItem', content });
const cell = (t: string) => ({ type: 'tableCell', content: [paragraph(text(t))] });

/** Every kind of block the pressed states depend on, nested where the format allows it. */
const content = {
  type: 'doc',
  content: [
    heading(2, 'Judul dua'),
    paragraph(text('Harga '), text('cabai', ['bold']), text(' naik ', ['italic', 'underline']), text('lagi')),
    heading(3, 'Judul tiga'),
    { type: 'bulletList', content: [item(paragraph(text('satu'))), item(paragraph(text('dua')), { type: 'orderedList', content: [item(paragraph(text('dua.a')))] })] },
    { type: 'blockquote', content: [paragraph(text('kutipan', ['strike'])), { type: 'bulletList', content: [item(paragraph(text('dalam')))] }] },
    { type: 'horizontalRule' },
    { type: 'table', content: [{ type: 'tableRow', content: [cell('Kota'), cell('Medan')] }] },
    paragraph(text('akhir '), { type: 'text', text: 'tautan', marks: [{ type: 'link', attrs: { href: 'https://kompas.id' } }] }, text(' lalu')),
  ],
};

/** The states as TipTap's own isActive reports them (what the toolbar showed before). */
const reference: Record<string, [string, Record<string, unknown>?]> = {
  heading2: ['heading', { level: 2 }],
  heading3: ['heading', { level: 3 }],
  bulletList: ['bulletList'],
  orderedList: ['orderedList'],
  blockquote: ['blockquote'],
  bold: ['bold'],
  italic: ['italic'],
  underline: ['underline'],
  strike: ['strike'],
  link: ['link'],
};

describe('toolStates', () => {
  it('reports the same pressed and enabled states as TipTap isActive, wherever the cursor or selection is', () => {
    const editor = new Editor({ element: null, content, extensions: documentExtensions });
    try {
      const tools = toolbarGroups.flat();
      const { doc } = editor.state;
      const selections: Selection[] = [];
      for (let pos = 0; pos <= doc.content.size; pos++) {
        const $pos = doc.resolve(pos);
        if ($pos.parent.inlineContent) selections.push(TextSelection.create(doc, pos));
        if ($pos.nodeAfter && NodeSelection.isSelectable($pos.nodeAfter)) selections.push(NodeSelection.create(doc, pos));
      }
      for (let pos = 1; pos + 7 <= doc.content.size; pos += 3) selections.push(TextSelection.between(doc.resolve(pos), doc.resolve(pos + 7)));
      let pressed = 0;
      for (const [i, selection] of selections.entries()) {
        const tr = editor.state.tr.setSelection(selection);
        // Stored marks (bold toggled at an empty cursor) win over the marks at the cursor.
        if (selection.empty && i % 4 === 0) tr.setStoredMarks([editor.schema.marks.bold!.create()]);
        editor.view.dispatch(tr);
        const states = toolStates(editor, tools);
        const expected = tools.flatMap((tool) => {
          const ref = reference[tool.id];
          const active = ref ? editor.isActive(ref[0], ref[1]) : (tool.active?.(editor) ?? false);
          return [active, tool.enabled?.(editor) ?? true];
        });
        expect(states, `selection ${selection.from}-${selection.to}`).toEqual(expected);
        pressed += tools.filter((tool, i) => reference[tool.id] && states[i * 2]).length;
      }
      // Not vacuous: the tools are pressed somewhere.
      expect(pressed).toBeGreaterThan(40);
    } finally {
      editor.destroy();
    }
  });
});

describe('sameToolStates', () => {
  it('is true only for the same states in the same order', () => {
    expect(sameToolStates([true, false], [true, false])).toBe(true);
    expect(sameToolStates([true, false], [false, true])).toBe(false);
    expect(sameToolStates([true, false], [true, false, true])).toBe(false);
    expect(sameToolStates([], [])).toBe(true);
    expect(sameToolStates([], null)).toBe(false);
  });
});
