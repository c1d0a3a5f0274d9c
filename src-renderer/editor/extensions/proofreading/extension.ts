/**
 * Proofreading in the drafting editor: underlines from main's proofreading worker (see
 * proofreadingPlugin.ts) and the commands the note (popover), the Problems panel and Settings
 * use. The UI that shows the note sets `storage.proofreading.onOpen`; a click on an underline or
 * Alt+Enter on one calls it. Without a `check` function (other editor roles, tests) it does nothing.
 */
import { Extension, type Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { closeHistory } from '@tiptap/pm/history';
import { findingAt, proofreadingKey, proofreadingPlugin, type PlacedFinding, type ProofreadingMeta, type ProofreadingPluginOptions } from './proofreadingPlugin.ts';

export interface ProofreadingOptions {
  check: ProofreadingPluginOptions['check'] | null;
  debounceMs?: number;
}

export interface ProofreadingStorage {
  /** Shows the note for a finding (set by the UI that shows it); `keyboard` when opened with Alt+Enter. */
  onOpen: ((found: PlacedFinding, keyboard: boolean) => void) | null;
}

declare module '@tiptap/core' {
  interface Storage {
    proofreading: ProofreadingStorage;
  }
  interface Commands<ReturnType> {
    proofreading: {
      /** Opens the note on the underlined word at the cursor; false when there is none. */
      openProofreadingNote: () => ReturnType;
      /** Replaces a finding's text (if it is still there) with `replacement`: one undo step. */
      applyProofreadingFix: (found: PlacedFinding, replacement: string) => ReturnType;
      /** "Ignore": drops this one underline (for this session). */
      ignoreProofreadingFinding: (found: PlacedFinding) => ReturnType;
      /** Drops every underline of a rule (switched off) or of a spelling word (ignored, added to the dictionary). */
      removeProofreadingFindings: (which: { rule?: string; word?: string }) => ReturnType;
      /** Checks the whole text again (a rule switched on, a word taken out of the dictionary). */
      recheckProofreading: () => ReturnType;
      /** Selects a finding's text and scrolls to it. */
      selectProofreadingFinding: (found: PlacedFinding) => ReturnType;
    };
  }
}

/** Sets the handler that shows the note (one at a time); returns the function that removes it. */
export function handleProofreadingNotes(editor: Editor, handler: NonNullable<ProofreadingStorage['onOpen']>): () => void {
  const storage = editor.storage.proofreading;
  storage.onOpen = handler;
  return () => {
    if (storage.onOpen === handler) storage.onOpen = null;
  };
}

/** True when the document still has the finding's text where the underline is. */
function stillThere(doc: { textBetween(from: number, to: number): string; content: { size: number } }, found: PlacedFinding): boolean {
  return found.to <= doc.content.size && doc.textBetween(found.from, found.to) === found.finding.text;
}

export const Proofreading = Extension.create<ProofreadingOptions, ProofreadingStorage>({
  name: 'proofreading',

  addOptions() {
    return { check: null };
  },

  addStorage() {
    return { onOpen: null };
  },

  addCommands() {
    const meta = (m: ProofreadingMeta) => m;
    return {
      openProofreadingNote:
        () =>
        ({ state }) => {
          const found = findingAt(state, state.selection.from);
          if (!found || !this.storage.onOpen) return false;
          this.storage.onOpen(found, true);
          return true;
        },
      applyProofreadingFix:
        (found, replacement) =>
        ({ state, tr, dispatch }) => {
          if (!stillThere(state.doc, found)) return false;
          if (dispatch) {
            tr.insertText(replacement, found.from, found.to);
            closeHistory(tr);
            tr.setSelection(TextSelection.create(tr.doc, found.from + replacement.length));
          }
          return true;
        },
      ignoreProofreadingFinding:
        (found) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(proofreadingKey, meta({ type: 'ignoreOnce', from: found.from, to: found.to }));
          return true;
        },
      removeProofreadingFindings:
        (which) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(proofreadingKey, meta({ type: 'remove', ...which }));
          return true;
        },
      recheckProofreading:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(proofreadingKey, meta({ type: 'fullPass' }));
          return true;
        },
      selectProofreadingFinding:
        (found) =>
        ({ state, tr, dispatch }) => {
          if (found.to > state.doc.content.size) return false;
          if (dispatch) tr.setSelection(TextSelection.create(state.doc, found.from, found.to)).scrollIntoView();
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return { 'Alt-Enter': () => this.editor.commands.openProofreadingNote() };
  },

  addProseMirrorPlugins() {
    const check = this.options.check;
    if (!check) return [];
    const storage = this.storage;
    return [
      proofreadingPlugin({
        check,
        onClick: (found) => storage.onOpen?.(found, false),
        ...(this.options.debounceMs !== undefined ? { debounceMs: this.options.debounceMs } : {}),
      }),
    ];
  },
});
