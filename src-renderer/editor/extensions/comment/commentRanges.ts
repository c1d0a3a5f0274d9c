import type { Node as PmNode } from '@tiptap/pm/model';
import { commentMarkName } from '../../../../src-preload/contract/commentMark.ts';
import { markIdsAt, markPositions, markRanges, type IdMark, type MarkRange } from './markRanges.ts';

/** A stretch of text carrying one thread's comment mark. */
export type CommentRange = MarkRange;

const commentMark: IdMark = { markName: commentMarkName, idAttr: 'commentId' };

/** Every thread id that still has a mark in `doc` (a thread missing here is detached), with where its first mark starts. */
export function commentPositions(doc: PmNode): Map<string, number> {
  return markPositions(doc, commentMark);
}

/** The ranges marked with `commentId`, adjacent text nodes merged, in document order. */
export function commentRanges(doc: PmNode, commentId: string): CommentRange[] {
  return markRanges(doc, commentMark, commentId);
}

/** Thread ids whose mark covers the position `pos` (the cursor), innermost first. */
export function commentIdsAt(doc: PmNode, pos: number): string[] {
  return markIdsAt(doc, pos, commentMark);
}
