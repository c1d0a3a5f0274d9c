import { describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import { draftingExtensions } from '../../extensionSets.ts';

function draftingEditor(): Editor {
  // No element: the editor runs headless here (no DOM in unit tests); node views are built all the same.
  return new Editor({ element: null, content: { type: 'doc', content: [{ type: 'paragraph' }] }, extensions: draftingExtensions({ placeholder: 'Tulis' }) });
}

describe('StableNodeViews', () => {
  it('gives the view the same node-view functions on every read, so mounting <EditorContent> does not redraw the body', () => {
    const editor = draftingEditor();
    try {
      const first = editor.extensionManager.nodeViews;
      const second = editor.extensionManager.nodeViews;
      expect(second).toBe(first);
      expect(Object.keys(first).length).toBeGreaterThan(0);
      for (const name of Object.keys(first)) expect(second[name]).toBe(first[name]);
    } finally {
      editor.destroy();
    }
  });

  it('is only used with node views that draw without React (a React node view needs the redraw it prevents)', () => {
    const editor = draftingEditor();
    try {
      // The table's node view is plain DOM (TableView). A node view added to the drafting set must
      // be checked against the comment in extension.ts before it is added to this list.
      expect(Object.keys(editor.extensionManager.nodeViews).sort()).toEqual(['table']);
    } finally {
      editor.destroy();
    }
  });
});
