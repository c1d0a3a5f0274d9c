/**
 * Claim tools for the drafting editor: commands that add, remove and select a claim's `claim`
 * mark, status highlighting, clicks on a claim, and the Ctrl+Alt+K shortcut. Creating the claim
 * itself is the UI's job (it needs main to answer with an id), so the shortcut and clicks call
 * handlers the UI sets in `storage.claimTools`. The mark is part of the stored format
 * (`src-preload/contract/claimMark.ts`) and carries only the id.
 */
import { Extension, type Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { claimMarkName } from '../../../../src-preload/contract/claimMark.ts';
import { claimHighlightKey, claimHighlightPlugin, type ClaimHighlight } from './claimHighlightPlugin.ts';
import { claimRanges } from './claimRanges.ts';

export interface ClaimToolsStorage {
  /** Marks the selection as a new claim (Ctrl+Alt+K); returns false when it cannot. */
  onMarkSelection: (() => boolean) | null;
  /** A claim's text was clicked. */
  onClaimClick: ((claimId: string) => void) | null;
}

declare module '@tiptap/core' {
  interface Storage {
    claimTools: ClaimToolsStorage;
  }
  interface Commands<ReturnType> {
    claimTools: {
      /** Marks [from, to) (the selection when omitted) with claim `claimId`. */
      setClaim: (claimId: string, range?: { from: number; to: number }) => ReturnType;
      /** Removes claim `claimId`'s mark wherever it is. */
      unsetClaim: (claimId: string) => ReturnType;
      /** Selects the first stretch of text marked with `claimId` and scrolls to it; false when it has none. */
      selectClaim: (claimId: string) => ReturnType;
      /** Tells the editor each claim's status and which one is selected, for highlighting. */
      setClaimHighlight: (highlight: ClaimHighlight) => ReturnType;
    };
  }
}

/** Sets the UI's handlers; returns the function that removes them. */
export function handleClaimTools(editor: Editor, handlers: Partial<ClaimToolsStorage>): () => void {
  const storage = editor.storage.claimTools;
  Object.assign(storage, handlers);
  return () => {
    if (handlers.onMarkSelection && storage.onMarkSelection === handlers.onMarkSelection) storage.onMarkSelection = null;
    if (handlers.onClaimClick && storage.onClaimClick === handlers.onClaimClick) storage.onClaimClick = null;
  };
}

/** Has no options. */
export const ClaimTools = Extension.create<Record<string, never>, ClaimToolsStorage>({
  name: 'claimTools',

  addStorage() {
    return { onMarkSelection: null, onClaimClick: null };
  },

  addCommands() {
    return {
      setClaim:
        (claimId, range) =>
        ({ state, tr, dispatch }) => {
          const type = state.schema.marks[claimMarkName];
          if (!type) return false;
          const ranges = range ? [range] : state.selection.ranges.map((r) => ({ from: r.$from.pos, to: r.$to.pos }));
          if (ranges.every((r) => r.from >= r.to) || ranges.some((r) => r.to > state.doc.content.size)) return false;
          if (dispatch) for (const r of ranges) tr.addMark(r.from, r.to, type.create({ claimId }));
          return true;
        },
      unsetClaim:
        (claimId) =>
        ({ state, tr, dispatch }) => {
          const type = state.schema.marks[claimMarkName];
          if (!type) return false;
          const ranges = claimRanges(state.doc, claimId);
          if (ranges.length === 0) return false;
          if (dispatch) for (const r of ranges) tr.removeMark(r.from, r.to, type.create({ claimId }));
          return true;
        },
      selectClaim:
        (claimId) =>
        ({ state, tr, dispatch }) => {
          const first = claimRanges(state.doc, claimId)[0];
          if (!first) return false;
          if (dispatch) tr.setSelection(TextSelection.create(state.doc, first.from, first.to)).scrollIntoView();
          return true;
        },
      setClaimHighlight:
        (highlight) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(claimHighlightKey, highlight).setMeta('addToHistory', false);
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-Alt-k': () => this.storage.onMarkSelection?.() ?? false };
  },

  addProseMirrorPlugins() {
    return [claimHighlightPlugin({ onClick: (id) => this.storage.onClaimClick?.(id) })];
  },
});
