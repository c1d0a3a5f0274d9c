/** Where claims are in the text: the `claim` mark carries only the claim id (see contract/claimMark.ts). */
import type { Node as PmNode } from '@tiptap/pm/model';
import { claimMarkName } from '../../../../src-preload/contract/claimMark.ts';
import { markIdsAt, markIdsOf, markPositions, markRanges, rangeHasMark, type IdMark, type MarkRange } from '../comment/markRanges.ts';

export const claimMark: IdMark = { markName: claimMarkName, idAttr: 'claimId' };

/** Claim ids on one text node. */
export function claimIdsOf(node: PmNode): string[] {
  return markIdsOf(node, claimMark);
}

/** Every claim still marked in `doc` (a claim missing here is orphaned), with where it first starts. */
export function claimPositions(doc: PmNode): Map<string, number> {
  return markPositions(doc, claimMark);
}

/** The current ranges of one claim, in document order. */
export function claimRanges(doc: PmNode, claimId: string): MarkRange[] {
  return markRanges(doc, claimMark, claimId);
}

/** Claims covering the position `pos` (the cursor). */
export function claimIdsAt(doc: PmNode, pos: number): string[] {
  return markIdsAt(doc, pos, claimMark);
}

/** True when some text in [from, to) is already part of a claim. */
export function rangeHasClaim(doc: PmNode, from: number, to: number): boolean {
  return rangeHasMark(doc, from, to, claimMark);
}
