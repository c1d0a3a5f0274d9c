/**
 * Named extension sets per editor role. Each starts from the stored-document extensions so the
 * editor can never produce a node that main would refuse.
 */
import type { AnyExtension } from '@tiptap/core';
import { Dropcursor, Gapcursor, UndoRedo } from '@tiptap/extensions';
import { documentExtensions } from '../../src-preload/contract/documentSchema.ts';
import { FindReplace } from './extensions/findReplace/index.ts';
import { PasteFilter } from './extensions/pasteFilter/index.ts';
import { CommentTools } from './extensions/comment/index.ts';
import { ClaimTools } from './extensions/claim/index.ts';
import { StableNodeViews } from './extensions/stableNodeViews/index.ts';
import { CursorPlaceholder } from './extensions/cursorPlaceholder/index.ts';
import { ImageUpload, type ImageUploadOptions } from './extensions/imageUpload/index.ts';
import { Proofreading, type ProofreadingOptions } from './extensions/proofreading/index.ts';
import { AutolinkFilter } from './extensions/autolinkFilter/index.ts';
import { TableFixFilter } from './extensions/tableFixFilter/index.ts';

export interface DraftingOptions {
  /** Text shown in an empty article body, read when drawn so it follows the UI language. */
  placeholder: string | (() => string);
  /** Text shown in an empty heading that holds the cursor (same rules); none when omitted. */
  headingPlaceholder?: string | (() => string);
  /** Stores a pasted or dropped picture file (see ImageUpload); without it such files are ignored. */
  uploadImage?: ImageUploadOptions['upload'];
  /** Proofreading of the article (underlines, notes); off when omitted. */
  proofreading?: ProofreadingOptions;
}

const read = (text: string | (() => string)) => (typeof text === 'function' ? text() : text);

/** The drafting desk: the full document format plus editing behaviour. */
export function draftingExtensions({ placeholder, headingPlaceholder, uploadImage, proofreading }: DraftingOptions): AnyExtension[] {
  return [
    ...documentExtensions,
    UndoRedo.configure({ depth: 500 }),
    Dropcursor,
    Gapcursor,
    CursorPlaceholder.configure({
      placeholder: ({ node }) => read(node.type.name === 'heading' && headingPlaceholder ? headingPlaceholder : placeholder),
    }),
    FindReplace,
    PasteFilter,
    CommentTools,
    ClaimTools,
    StableNodeViews,
    AutolinkFilter,
    TableFixFilter,
    ImageUpload.configure({ upload: uploadImage ?? null }),
    Proofreading.configure(proofreading ?? { check: null }),
  ];
}
