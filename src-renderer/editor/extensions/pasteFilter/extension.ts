/**
 * PasteFilter: cleans pasted (and dropped) HTML before ProseMirror parses it. The schema already
 * drops unknown nodes, images and `javascript:` links (see documentSchema.ts); this removes the
 * inline styles that would otherwise each log a CSP violation while parsing.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { stripInlineStyles } from './stripInlineStyles.ts';

export interface PasteFilterOptions {
  /** Remove `style` attributes from pasted HTML. Default `true`. */
  stripStyles: boolean;
}

export const pasteFilterKey = new PluginKey('pasteFilter');

export const PasteFilter = Extension.create<PasteFilterOptions>({
  name: 'pasteFilter',

  addOptions() {
    return { stripStyles: true };
  },

  addProseMirrorPlugins() {
    const { stripStyles } = this.options;
    return [
      new Plugin({
        key: pasteFilterKey,
        props: {
          transformPastedHTML: (html) => (stripStyles ? stripInlineStyles(html) : html),
        },
      }),
    ];
  },
});
