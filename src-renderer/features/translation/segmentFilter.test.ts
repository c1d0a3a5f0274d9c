import { describe, expect, it } from 'vitest';
import { filterSegments, neighbourId, nextUnconfirmedId, segmentContext } from './segmentFilter.ts';
import { segment } from './deskLogic.fixtures.ts';

const rows = [
  segment('b1.0', { status: 'translated' }),
  segment('b1.1', { status: 'draft' }),
  segment('b2.0', { status: 'approved', sourceChanged: true }),
  segment('b3.0'),
  segment('b4.0', { removedFromSource: true }),
];
const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('filterSegments', () => {
  it('keeps every row for "all" and only unconfirmed rows still in the source for "untranslated"', () => {
    expect(ids(filterSegments(rows, 'all', new Map()))).toEqual(['b1.0', 'b1.1', 'b2.0', 'b3.0', 'b4.0']);
    expect(ids(filterSegments(rows, 'untranslated', new Map()))).toEqual(['b1.1', 'b3.0']);
  });

  it('filters rows with QA findings and rows whose source changed', () => {
    expect(ids(filterSegments(rows, 'qa', new Map([['b1.0', 2], ['b3.0', 0]])))).toEqual(['b1.0']);
    expect(ids(filterSegments(rows, 'source-changed', new Map()))).toEqual(['b2.0']);
  });
});

describe('nextUnconfirmedId', () => {
  it('goes to the next unconfirmed row, wrapping to the top, and gives up when all are done', () => {
    expect(nextUnconfirmedId(rows, 'b1.0')).toBe('b1.1');
    expect(nextUnconfirmedId(rows, 'b1.1')).toBe('b3.0');
    expect(nextUnconfirmedId(rows, 'b3.0')).toBe('b1.1');
    expect(nextUnconfirmedId([segment('b1.0', { status: 'translated' })], 'b1.0')).toBeNull();
  });
});

describe('neighbourId', () => {
  it('moves up and down and stops at the ends', () => {
    expect(neighbourId(rows, 'b1.1', 1)).toBe('b2.0');
    expect(neighbourId(rows, 'b1.1', -1)).toBe('b1.0');
    expect(neighbourId(rows, 'b1.0', -1)).toBeNull();
    expect(neighbourId(rows, 'b4.0', 1)).toBeNull();
    expect(neighbourId(rows, null, 1)).toBe('b1.0');
  });
});

describe('segmentContext', () => {
  it('is the neighbouring source sentences still in the source, as main stores them with a confirmed pair', () => {
    expect(segmentContext(rows, 'b1.1')).toBe('Kalimat b1.0.\nKalimat b2.0.');
    expect(segmentContext(rows, 'b1.0')).toBe('\nKalimat b1.1.');
    // b4.0 was removed from the source: b3.0 is the last live sentence.
    expect(segmentContext(rows, 'b3.0')).toBe('Kalimat b2.0.\n');
    expect(segmentContext(rows, 'b9.9')).toBe('');
  });
});
