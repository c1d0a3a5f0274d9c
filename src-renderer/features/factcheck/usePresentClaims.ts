/**
 * Which claims still have their mark in the live text, and where each starts, so the panel shows
 * the others as orphaned and sorts in reading order. `version` changes with every rescan, so
 * things read from the document (candidates already marked) are recomputed with it.
 */
import type { Editor } from '@tiptap/core';
import { claimPositions } from '../../editor/extensions/claim/index.ts';
import { useDocumentScan } from '../../editor/useDocumentScan.ts';

export interface PresentClaims {
  positions: ReadonlyMap<string, number>;
  version: number;
}

export function usePresentClaims(editor: Editor | null, enabled: boolean): PresentClaims | null {
  const scan = useDocumentScan(editor, enabled, claimPositions);
  return scan ? { positions: scan.value, version: scan.version } : null;
}
