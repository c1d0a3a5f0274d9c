/**
 * Ranges of marks that carry only an id (the `comment` and `claim` marks): which ids are in the
 * text, where each one's stretches are, and which ids cover a position. Shared by the comment and
 * claim extensions so both read the document the same way.
 */
import type { Node as PmNode } from '@tiptap/pm/model';

/** A stretch of text carrying one id's mark. */
export interface MarkRange {
  from: number;
  to: number;
}

/** Which mark, and the attribute that holds its id. */
export interface IdMark {
  markName: string;
  idAttr: string;
}

/** The ids of `mark` on a text node, in mark order. */
export function markIdsOf(node: PmNode, { markName, idAttr }: IdMark): string[] {
  const ids: string[] = [];
  for (const mark of node.marks) {
    const id: unknown = mark.attrs[idAttr];
    if (mark.type.name === markName && typeof id === 'string') ids.push(id);
  }
  return ids;
}

/** Every id that still has a mark in `doc`, with where its first stretch starts. */
export function markPositions(doc: PmNode, mark: IdMark): Map<string, number> {
  const positions = new Map<string, number>();
  doc.descendants((node, pos) => {
    if (node.isText) for (const id of markIdsOf(node, mark)) if (!positions.has(id)) positions.set(id, pos);
  });
  return positions;
}

/** The ranges marked with `id`, adjacent text nodes merged, in document order. */
export function markRanges(doc: PmNode, mark: IdMark, id: string): MarkRange[] {
  const ranges: MarkRange[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText || !markIdsOf(node, mark).includes(id)) return;
    const last = ranges.at(-1);
    if (last && last.to === pos) last.to = pos + node.nodeSize;
    else ranges.push({ from: pos, to: pos + node.nodeSize });
  });
  return ranges;
}

/** Ids whose mark covers the position `pos` (the cursor), in mark order. */
export function markIdsAt(doc: PmNode, pos: number, mark: IdMark): string[] {
  const $pos = doc.resolve(pos);
  const node = $pos.nodeAfter ?? $pos.nodeBefore;
  return node ? markIdsOf(node, mark) : [];
}

/** True when any text in [from, to) carries `mark` (of any id). */
export function rangeHasMark(doc: PmNode, from: number, to: number, mark: IdMark): boolean {
  let found = false;
  doc.nodesBetween(from, to, (node) => {
    if (found) return false;
    if (node.isText && markIdsOf(node, mark).length > 0) found = true;
    return !found;
  });
  return found;
}
