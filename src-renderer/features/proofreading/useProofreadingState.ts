/**
 * Reads the editor's proofreading state for React. Selectors run per transaction, so they return
 * only numbers and strings that change when findings change (never the list itself).
 */
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { proofreadingState, type ProofreadingStatus } from '../../editor/extensions/proofreading/index.ts';
import type { FindingKind } from '../../../src-preload/contract/proofreading.ts';

export interface ProofreadingSummary {
  version: number;
  status: ProofreadingStatus;
  errorCode: string | null;
  /** "spelling:2,style:1": a string, so equal counts compare equal. */
  counts: string;
}

export function useProofreadingSummary(editor: Editor | null): ProofreadingSummary | null {
  return useEditorState({
    editor,
    selector: ({ editor: e }) => {
      if (!e) return null;
      const s = proofreadingState(e.state);
      return {
        version: s.version,
        status: s.status,
        errorCode: s.errorCode,
        counts: Object.entries(s.counts)
          .filter(([, n]) => n > 0)
          .map(([k, n]) => `${k}:${n}`)
          .join(','),
      };
    },
    equalityFn: (a, b) => a === b || (a !== null && b !== null && a.version === b.version && a.status === b.status && a.errorCode === b.errorCode && a.counts === b.counts),
  });
}

export function parseCounts(counts: string): Array<[FindingKind, number]> {
  if (!counts) return [];
  return counts.split(',').map((part) => {
    const [kind, n] = part.split(':');
    return [kind as FindingKind, Number(n)];
  });
}
