/**
 * Named extension sets per editor role. Each starts from the stored-document extensions so the
 * editor can never produce a node that main would refuse.
 */
import type { AnyExtension } from '@tiptap/core';
import { Dropcursor, Gapcursor, Placeholder, UndoRedo } from '@tiptap/extensions';
import { documentExtensions } from '../../src-preload/contract/documentSchema.ts';
import { FindReplace } from './extensions/findReplace/index.ts';
import { PasteFilter } from './extensions/pasteFilter/index.ts';
import { CommentTools } from './extensions/comment/index.ts';

export interface DraftingOptions {
  /** Text shown in an empty article body, read when drawn so it follows the UI language. */
  placeholder: string | (() => string);
  /** Text shown in an empty heading that holds the cursor (same rules); none when omitted. */
  headingPlaceholder?: string | (() => string);
}

const read = (text: string | (() => string)) => (typeof text === 'function' ? text() : text);

/** The drafting desk: the full document format plus editing behaviour. */
export function draftingExtensions({ placeholder, headingPlaceholder }: DraftingOptions): AnyExtension[] {
  return [
    ...documentExtensions,
    UndoRedo.configure({ depth: 500 }),
    Dropcursor,
    Gapcursor,
    Placeholder.configure({
      placeholder: ({ node }) => read(node.type.name === 'heading' && headingPlaceholder ? headingPlaceholder : placeholder),
    }),
    FindReplace,
    PasteFilter,
    CommentTools,
  ];
}
