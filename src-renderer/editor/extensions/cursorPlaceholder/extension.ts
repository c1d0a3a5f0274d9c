/**
 * CursorPlaceholder: TipTap's Placeholder (same options, same classes and data attribute) for
 * the empty top-level block that holds the cursor, without its per-keystroke cost.
 *
 * TipTap's version asks `editor.isEmpty` on every view update, i.e. visits every block of the
 * article on every keystroke (its early exit only skips the work per block, not the loop), even
 * when the cursor's block has text and no placeholder is drawn. Here the whole-document question
 * is asked only when the cursor's block is empty, and stops at the first block with content.
 * Only the `showOnlyCurrent` behaviour (TipTap's default, the one the editor uses) is provided.
 */
import { isNodeEmpty } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { DEFAULT_DATA_ATTRIBUTE, Placeholder, preparePlaceholderAttribute } from '@tiptap/extensions';

export const cursorPlaceholderKey = new PluginKey('cursorPlaceholder');

/** Whether every top-level block is empty; stops at the first that is not. */
function documentIsEmpty(doc: PmNode): boolean {
  for (let i = 0; i < doc.childCount; i++) if (!isNodeEmpty(doc.child(i))) return false;
  return true;
}

export const CursorPlaceholder = Placeholder.extend({
  addProseMirrorPlugins() {
    const { editor, options } = this;
    const dataAttribute = `data-${preparePlaceholderAttribute(options.dataAttribute || DEFAULT_DATA_ATTRIBUTE)}`;
    return [
      new Plugin({
        key: cursorPlaceholderKey,
        props: {
          decorations: ({ doc, selection }) => {
            if (options.showOnlyWhenEditable && !editor.isEditable) return null;
            const { anchor } = selection;
            const $anchor = doc.resolve(anchor);
            // The top-level block around the cursor; with everything selected, the one after it.
            const node = $anchor.depth > 0 ? $anchor.node(1) : $anchor.nodeAfter;
            const pos = $anchor.depth > 0 ? $anchor.before(1) : anchor;
            // An empty textblock has no children (text nodes are never empty, a line break is not nothing).
            if (!node || !node.isTextblock || node.childCount > 0) return null;
            const props = { editor, node, pos, hasAnchor: true };
            const classes = [typeof options.emptyNodeClass === 'function' ? options.emptyNodeClass(props) : options.emptyNodeClass];
            if (documentIsEmpty(doc)) classes.push(options.emptyEditorClass);
            const text = typeof options.placeholder === 'function' ? options.placeholder(props) : options.placeholder;
            return DecorationSet.create(doc, [Decoration.node(pos, pos + node.nodeSize, { class: classes.join(' '), [dataAttribute]: text })]);
          },
        },
      }),
    ];
  },
});
