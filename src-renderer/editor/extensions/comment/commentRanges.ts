import type { Node as PmNode } from '@tiptap/pm/model';
import { commentMarkName } from '../../../../src-preload/contract/commentMark.ts';

/** A stretch of text carrying one thread's comment mark. */
export interface CommentRange {
  from: number;
  to: number;
}

function commentIdsOf(node: PmNode): string[] {
  const ids: string[] = [];
  for (const mark of node.marks) {
    if (mark.type.name === commentMarkName && typeof mark.attrs.commentId === 'string') ids.push(mark.attrs.commentId);
  }
  return ids;
}

/** Every thread id that still has a mark in `doc` (a thread missing here is detached), with where its first mark starts. */
export function commentPositions(doc: PmNode): Map<string, number> {
  const positions = new Map<string, number>();
  doc.descendants((node, pos) => {
    if (node.isText) for (const id of commentIdsOf(node)) if (!positions.has(id)) positions.set(id, pos);
  });
  return positions;
}

/** The ranges marked with `commentId`, adjacent text nodes merged, in document order. */
export function commentRanges(doc: PmNode, commentId: string): CommentRange[] {
  const ranges: CommentRange[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText || !commentIdsOf(node).includes(commentId)) return;
    const last = ranges.at(-1);
    if (last && last.to === pos) last.to = pos + node.nodeSize;
    else ranges.push({ from: pos, to: pos + node.nodeSize });
  });
  return ranges;
}

/** Thread ids whose mark covers the position `pos` (the cursor), innermost first. */
export function commentIdsAt(doc: PmNode, pos: number): string[] {
  const $pos = doc.resolve(pos);
  const node = $pos.nodeAfter ?? $pos.nodeBefore;
  return node ? commentIdsOf(node) : [];
}
