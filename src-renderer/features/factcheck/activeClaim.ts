/** The selected claim lives in the editor's highlight state, so the bar, the panel and clicks in the text agree on it. */
import type { Editor } from '@tiptap/core';
import { claimHighlightKey } from '../../editor/extensions/claim/index.ts';

export function activeClaimOf(editor: Editor | null): string | null {
  if (!editor || editor.isDestroyed) return null;
  return claimHighlightKey.getState(editor.state)?.active ?? null;
}

export function setActiveClaim(editor: Editor | null, claimId: string | null): void {
  if (!editor || editor.isDestroyed) return;
  const current = claimHighlightKey.getState(editor.state);
  if (!current || current.active === claimId) return;
  editor.commands.setClaimHighlight({ statuses: current.statuses, labels: current.labels, active: claimId });
}

/** Selects a claim's text in the editor, scrolls to it and makes it the selected claim; false when its mark is gone. */
export function showClaimInText(editor: Editor | null, claimId: string): boolean {
  if (!editor || editor.isDestroyed) return false;
  setActiveClaim(editor, claimId);
  if (!editor.commands.selectClaim(claimId)) return false;
  editor.commands.focus(undefined, { scrollIntoView: true });
  return true;
}
