/**
 * Puts main's acknowledgement of a segment save on screen: the saved segment and the exact
 * repeats it filled (propagated) replace the rows by id, in place. A row with an edit main has
 * not seen yet keeps the text on screen, so an answer to an older save never rolls back typing.
 */
import type { Segment, SegmentUpdateResult } from '../../../src-preload/contract/translation.ts';
import type { SegmentEdit } from './segmentSaver.ts';

export function applySaved(segments: readonly Segment[], result: SegmentUpdateResult, pendingEdit: (id: string) => SegmentEdit | undefined): Segment[] {
  const incoming = new Map<string, Segment>([result.segment, ...result.propagated].map((s) => [s.id, s]));
  return segments.map((row) => {
    const saved = incoming.get(row.id);
    if (!saved) return row;
    const pending = pendingEdit(row.id);
    return pending ? { ...saved, target: pending.target, status: pending.status } : saved;
  });
}
