/**
 * Which comment threads still have their mark in the text, and where the first one starts, so
 * the panel can sort threads in reading order and show the others as detached.
 */
import type { Editor } from '@tiptap/core';
import { commentPositions } from '../../editor/extensions/comment/index.ts';
import { useDocumentScan } from '../../editor/useDocumentScan.ts';

export function usePresentComments(editor: Editor | null, enabled: boolean): ReadonlyMap<string, number> | null {
  return useDocumentScan(editor, enabled, commentPositions)?.value ?? null;
}
