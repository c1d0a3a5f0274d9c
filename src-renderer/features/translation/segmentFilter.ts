/** The desk's row filter: everything, what still needs translating, rows with QA findings, rows whose source changed. */
import { confirmedSegmentStatuses, type Segment } from '../../../src-preload/contract/translation.ts';

export const deskFilters = ['all', 'untranslated', 'qa', 'source-changed'] as const;
export type DeskFilter = (typeof deskFilters)[number];

/** True when the segment still needs a translator's confirmation (new or draft, still in the source). */
export function isUnconfirmed(segment: Pick<Segment, 'status' | 'removedFromSource'>): boolean {
  return !segment.removedFromSource && !confirmedSegmentStatuses.includes(segment.status);
}

/**
 * The rows to show, in reading order. `findingCounts` is QA findings per segment id (whole-document
 * check, updated live for the row being typed in).
 */
export function filterSegments<S extends Pick<Segment, 'id' | 'status' | 'removedFromSource' | 'sourceChanged'>>(
  segments: readonly S[],
  filter: DeskFilter,
  findingCounts: ReadonlyMap<string, number>,
): S[] {
  switch (filter) {
    case 'all':
      return [...segments];
    case 'untranslated':
      return segments.filter(isUnconfirmed);
    case 'qa':
      return segments.filter((s) => (findingCounts.get(s.id) ?? 0) > 0);
    case 'source-changed':
      return segments.filter((s) => s.sourceChanged);
  }
}

/**
 * Where Ctrl+Enter goes after confirming `currentId`: the next unconfirmed row after it among the
 * visible ones, wrapping to the top; null when every visible row is confirmed.
 */
export function nextUnconfirmedId(visible: readonly Pick<Segment, 'id' | 'status' | 'removedFromSource'>[], currentId: string): string | null {
  const at = visible.findIndex((s) => s.id === currentId);
  for (let step = 1; step <= visible.length; step++) {
    const candidate = visible[(at + step + visible.length) % visible.length]!;
    if (candidate.id !== currentId && isUnconfirmed(candidate)) return candidate.id;
  }
  return null;
}

/** The visible row before (-1) or after (+1) `currentId`, or null at either end. */
export function neighbourId(visible: readonly Pick<Segment, 'id'>[], currentId: string | null, direction: -1 | 1): string | null {
  if (visible.length === 0) return null;
  const at = currentId === null ? -1 : visible.findIndex((s) => s.id === currentId);
  if (at === -1) return direction === 1 ? visible[0]!.id : visible[visible.length - 1]!.id;
  return visible[at + direction]?.id ?? null;
}

/**
 * The memory context of a segment: the source sentences before and after it among those still in
 * the source, joined by a line break (as main stores it with every confirmed pair), so a match
 * from the same surroundings scores 101.
 */
export function segmentContext(segments: readonly Pick<Segment, 'id' | 'source' | 'removedFromSource'>[], id: string): string {
  const live = segments.filter((s) => !s.removedFromSource);
  const i = live.findIndex((s) => s.id === id);
  if (i < 0) return '';
  return `${live[i - 1]?.source ?? ''}\n${live[i + 1]?.source ?? ''}`;
}
