/**
 * Skipping a third-party plugin's `appendTransaction` on keystrokes it can do nothing with
 * (AutolinkFilter, TableFixFilter). The plugins are TipTap's and prosemirror-tables', so they are
 * not changed at their source: the editor's extension manager hands out its `plugins` through a
 * getter (read when the view is created), and the filter wraps that getter.
 */
import { Extension } from '@tiptap/core';
import type { Plugin, Transaction, EditorState } from '@tiptap/pm/state';
import { ReplaceStep, type Step } from '@tiptap/pm/transform';

/** Decides from the transactions and the state after them whether the plugin must run. */
export type AppendPredicate = (transactions: readonly Transaction[], newState: EditorState) => boolean;

/** True when `step` inserts at a point (no range replaced) a flat slice of text nodes only. */
export function insertsTextAtPoint(step: Step): step is ReplaceStep {
  if (!(step instanceof ReplaceStep)) return false;
  const { from, to, slice } = step;
  if (from !== to || slice.openStart !== 0 || slice.openEnd !== 0 || slice.content.childCount === 0) return false;
  for (let i = 0; i < slice.content.childCount; i++) if (!slice.content.child(i).isText) return false;
  return true;
}

/** Makes the plugins among `plugins` whose key starts with `keyPrefix` run `appendTransaction` only when `mustRun` says so. */
export function filterAppendTransaction(plugins: Plugin[], keyPrefix: string, mustRun: AppendPredicate): Plugin[] {
  for (const plugin of plugins) {
    const spec = plugin.spec;
    const append = spec.appendTransaction;
    if (!append || !(plugin as unknown as { key: string }).key.startsWith(keyPrefix)) continue;
    spec.appendTransaction = (transactions, oldState, newState) => (mustRun(transactions, newState) ? append.call(plugin, transactions, oldState, newState) : undefined);
  }
  return plugins;
}

/** An extension that applies `filterAppendTransaction` to the editor's plugins. */
export function appendTransactionFilter(name: string, keyPrefix: string, mustRun: AppendPredicate): Extension {
  return Extension.create({
    name,
    onBeforeCreate() {
      // Runs in the Editor constructor before the view (and its state's plugins) is created.
      const manager = this.editor.extensionManager;
      // Another filter may have wrapped the getter already: wrap whatever is there.
      const getter = (Object.getOwnPropertyDescriptor(manager, 'plugins') ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(manager), 'plugins'))?.get;
      if (!getter) return;
      Object.defineProperty(manager, 'plugins', { configurable: true, get: () => filterAppendTransaction(getter.call(manager) as Plugin[], keyPrefix, mustRun) });
    },
  });
}
