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
 * The wrapping is appendTransactionFilter.ts, shared with AutolinkFilter.
 */
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { appendTransactionFilter, insertsTextAtPoint } from '../appendTransactionFilter.ts';

/** True when `transactions` leading to `state` may leave a table to repair or a selection to normalise. */
export function mayFixTables(transactions: readonly Transaction[], state: EditorState): boolean {
  if (transactions.length !== 1 || transactions[0]!.steps.length !== 1) return true;
  const step = transactions[0]!.steps[0]!;
  if (!insertsTextAtPoint(step)) return true;
  const { selection } = state;
  if (!(selection instanceof TextSelection) || !selection.empty) return true;
  const $at = state.doc.resolve(step.from);
  for (let d = $at.depth; d > 0; d--) if ($at.node(d).type.spec.tableRole) return true;
  return false;
}

export const TableFixFilter = appendTransactionFilter('tableFixFilter', 'selectingCells$', mayFixTables);
