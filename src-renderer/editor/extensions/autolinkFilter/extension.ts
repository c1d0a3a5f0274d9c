/**
 * AutolinkFilter: TipTap's autolink (the link extension turns "kompas.id " into a link when the
 * space after it is typed) without its cost on every other keystroke.
 *
 * TipTap's autolink plugin does its work in `appendTransaction`, for every transaction that
 * changes the document: it compares the old and new documents, replays every step on a copy of
 * the old document and works out the changed ranges. In a 50k-word article that is about as much
 * as the keystroke itself, and for the ordinary keystroke (a letter typed into a paragraph) it
 * then finds nothing to do: it only links when the inserted text ends in whitespace, and only
 * unlinks trailing whitespace. So its `appendTransaction` is skipped for transactions that only
 * insert text not ending in whitespace (no deletion, no structure, no marks changed); it runs as
 * before for everything else (a space, Enter, a paste, a deletion, undo).
 *
 * It wraps the `plugins` getter of the editor's extension manager (read when the view is
 * created), as StableNodeViews wraps `nodeViews`.
 */
import { Extension } from '@tiptap/core';
import type { Plugin, Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';

/** TipTap's own whitespace class for autolink (extension-link's UNICODE_WHITESPACE_PATTERN). */
const whitespaceAtEnd = /[\0- \u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]$/;

/**
 * True when `transactions` can make autolink add or remove a link: anything but steps that each
 * insert plain text (at a point, not over a range) which does not end in whitespace.
 */
export function mayAutolink(transactions: readonly Transaction[]): boolean {
  for (const tr of transactions) {
    for (const step of tr.steps) {
      if (!(step instanceof ReplaceStep)) return true;
      const { from, to, slice } = step;
      if (from !== to || slice.openStart !== 0 || slice.openEnd !== 0 || slice.content.childCount === 0) return true;
      let text = '';
      for (let i = 0; i < slice.content.childCount; i++) {
        const node = slice.content.child(i);
        if (!node.isText) return true;
        text += node.text;
      }
      if (whitespaceAtEnd.test(text)) return true;
    }
  }
  return false;
}

/** Makes autolink plugins among `plugins` skip transactions that cannot link anything. */
export function filterAutolink(plugins: Plugin[]): Plugin[] {
  for (const plugin of plugins) {
    const spec = plugin.spec;
    const append = spec.appendTransaction;
    if (!append || !(plugin as unknown as { key: string }).key.startsWith('autolink$')) continue;
    spec.appendTransaction = (transactions, oldState, newState) => (mayAutolink(transactions) ? append.call(plugin, transactions, oldState, newState) : undefined);
  }
  return plugins;
}

export const AutolinkFilter = Extension.create({
  name: 'autolinkFilter',

  onBeforeCreate() {
    // Runs in the Editor constructor before the view (and its state's plugins) is created.
    const manager = this.editor.extensionManager;
    const getter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(manager), 'plugins')?.get;
    if (!getter) return;
    Object.defineProperty(manager, 'plugins', { configurable: true, get: () => filterAutolink(getter.call(manager) as Plugin[]) });
  },
});
