/**
 * The desk header's numbers: segments per status and how far the translation is. Sentences
 * removed from the source are left out: they are kept so no translation is lost, not work to do.
 */
import { confirmedSegmentStatuses, segmentStatuses, type Segment, type SegmentStatus } from '../../../src-preload/contract/translation.ts';

export interface DeskProgress {
  counts: Record<SegmentStatus, number>;
  /** Segments still in the source. */
  total: number;
  /** Translated, reviewed or approved. */
  confirmed: number;
  /** confirmed / total, whole percent, rounded down so 100 means really done. */
  percent: number;
  sourceChanged: number;
}

export function deskProgress(segments: readonly Pick<Segment, 'status' | 'removedFromSource' | 'sourceChanged'>[]): DeskProgress {
  const counts = Object.fromEntries(segmentStatuses.map((s) => [s, 0])) as Record<SegmentStatus, number>;
  let total = 0;
  let sourceChanged = 0;
  for (const segment of segments) {
    if (segment.removedFromSource) continue;
    total++;
    counts[segment.status]++;
    if (segment.sourceChanged) sourceChanged++;
  }
  const confirmed = confirmedSegmentStatuses.reduce((sum, s) => sum + counts[s], 0);
  return { counts, total, confirmed, percent: total === 0 ? 0 : Math.floor((confirmed * 100) / total), sourceChanged };
}
