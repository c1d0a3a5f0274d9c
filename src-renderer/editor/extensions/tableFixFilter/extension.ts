/**
 * TableFixFilter: the table plugin's repair pass (prosemirror-tables' `fixTables` plus its
 * selection normalising, run from `appendTransaction`) without its cost on the ordinary keystroke.
 *
 * That pass walks the top level of the old and new documents side by side on every transaction
 * that changes the document, to find changed tables and check their shape. A letter typed into a
 * paragraph that is not inside a table changes no table (only the ancestors of the caret change),
 * and with the caret left as an empty text cursor there is no cell selection to normalise, so the
 * pass can only return nothing. It is skipped for exactly that case: one transaction of one step
 * inserting text at a point, no table around it, an empty text cursor after it. Everything else
 * (typing in a cell, Enter, paste, delete, undo, selections) runs it as before.
 *
 * It wraps the `plugins` getter of the editor's extension manager, as AutolinkFilter does.
 */
import { Extension } from '@tiptap/core';
import { TextSelection, type EditorState, type Plugin, type Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';

/** True when `transactions` leading to `state` may leave a table to repair or a selection to normalise. */
export function mayFixTables(transactions: readonly Transaction[], state: EditorState): boolean {
  if (transactions.length !== 1 || transactions[0]!.steps.length !== 1) return true;
  const step = transactions[0]!.steps[0];
  if (!(step instanceof ReplaceStep)) return true;
  const { from, to, slice } = step;
  if (from !== to || slice.openStart !== 0 || slice.openEnd !== 0 || slice.content.childCount === 0) return true;
  for (let i = 0; i < slice.content.childCount; i++) if (!slice.content.child(i).isText) return true;
  const { selection } = state;
  if (!(selection instanceof TextSelection) || !selection.empty) return true;
  const $at = state.doc.resolve(from);
  for (let d = $at.depth; d > 0; d--) if ($at.node(d).type.spec.tableRole) return true;
  return false;
}

/** Makes the table plugin among `plugins` skip transactions that cannot need its repair pass. */
export function filterTableFix(plugins: Plugin[]): Plugin[] {
  for (const plugin of plugins) {
    const spec = plugin.spec;
    const append = spec.appendTransaction;
    if (!append || !(plugin as unknown as { key: string }).key.startsWith('selectingCells$')) continue;
    spec.appendTransaction = (transactions, oldState, newState) => (mayFixTables(transactions, newState) ? append.call(plugin, transactions, oldState, newState) : undefined);
  }
  return plugins;
}

export const TableFixFilter = Extension.create({
  name: 'tableFixFilter',

  onBeforeCreate() {
    // Runs in the Editor constructor before the view (and its state's plugins) is created.
    const manager = this.editor.extensionManager;
    // Another filter may have wrapped the getter already: wrap whatever is there.
    const getter = (Object.getOwnPropertyDescriptor(manager, 'plugins') ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(manager), 'plugins'))?.get;
    if (!getter) return;
    Object.defineProperty(manager, 'plugins', { configurable: true, get: () => filterTableFix(getter.call(manager) as Plugin[]) });
  },
});
