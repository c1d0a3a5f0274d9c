/** Small segments for the desk's logic tests (our own Indonesian sentences). */
import type { Segment } from '../../../src-preload/contract/translation.ts';

export function segment(id: string, patch: Partial<Segment> = {}): Segment {
  return {
    id,
    index: Number(id.slice(1).split('.')[0]),
    blockType: 'paragraph',
    source: `Kalimat ${id}.`,
    sourceMarks: [],
    target: '',
    status: 'new',
    origin: null,
    mtEngine: null,
    matchScore: null,
    sourceChanged: false,
    previousSource: null,
    removedFromSource: false,
    updatedAt: '2026-01-05T08:00:00.000Z',
    updatedBy: 'Sari',
    glossary: [],
    claims: [],
    ...patch,
  };
}
