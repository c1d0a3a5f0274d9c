/**
 * What an autosave sends: only the top-level blocks that changed since the body main last
 * acknowledged. ProseMirror never copies a node a transaction did not touch, so unchanged blocks
 * of the new document are the very same objects as in the acknowledged one: comparing
 * references finds the changed range without serialising anything, and only that range is
 * turned into JSON.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import type { DocumentJson, DocumentPatch } from '../../../src-preload/contract/domain.ts';

/** `deleteCount` blocks of the old body from `start` became `insertCount` blocks of the new one. */
export interface BlockRange {
  start: number;
  deleteCount: number;
  insertCount: number;
}

/**
 * The smallest range of top-level blocks outside which `base` and `next` share every block (by
 * identity), or null when they share all of them. A block rebuilt with equal content counts as
 * changed: that costs a few bytes, never correctness.
 */
export function changedBlockRange(base: PmNode, next: PmNode): BlockRange | null {
  if (base === next) return null;
  const before = base.childCount;
  const after = next.childCount;
  const shorter = Math.min(before, after);
  let start = 0;
  while (start < shorter && base.child(start) === next.child(start)) start++;
  if (start === before && before === after) return null;
  let tail = 0;
  while (tail < shorter - start && base.child(before - 1 - tail) === next.child(after - 1 - tail)) tail++;
  return { start, deleteCount: before - start - tail, insertCount: after - start - tail };
}

/** The body part of a `saveArticle` input. */
export type BodyToSave = { doc: DocumentJson } | { patch: DocumentPatch };

/**
 * The body to save for `next`: a patch of `base` (the body main acknowledged, as the editor's
 * own node) carrying only the changed blocks, or the whole document when there is no base or
 * every block changed (a patch would be as large and needs main's copy of the base).
 */
export function bodyToSave(base: PmNode | undefined, next: PmNode): BodyToSave {
  if (base) {
    const range = changedBlockRange(base, next) ?? { start: 0, deleteCount: 0, insertCount: 0 };
    if (range.insertCount < next.childCount) {
      const blocks: Record<string, unknown>[] = [];
      for (let i = range.start; i < range.start + range.insertCount; i++) blocks.push(next.child(i).toJSON() as Record<string, unknown>);
      return { patch: { start: range.start, deleteCount: range.deleteCount, blocks, baseBlockCount: base.childCount } };
    }
  }
  return { doc: next.toJSON() as DocumentJson };
}
