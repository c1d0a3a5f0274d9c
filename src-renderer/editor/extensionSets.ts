/**
 * Named extension sets per editor role. Each starts from the stored-document extensions so the
 * editor can never produce a node that main would refuse.
 */
import type { AnyExtension } from '@tiptap/core';
import { Dropcursor, Gapcursor, Placeholder, UndoRedo } from '@tiptap/extensions';
import { documentExtensions } from '../../src-preload/contract/documentSchema.ts';

export interface DraftingOptions {
  /** Text shown in an empty article body, read when drawn so it follows the UI language. */
  placeholder: string | (() => string);
}

/** The drafting desk: the full document format plus editing behaviour. */
export function draftingExtensions({ placeholder }: DraftingOptions): AnyExtension[] {
  return [...documentExtensions, UndoRedo.configure({ depth: 500 }), Dropcursor, Gapcursor, Placeholder.configure({ placeholder })];
}
