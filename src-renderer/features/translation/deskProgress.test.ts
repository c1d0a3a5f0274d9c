import { describe, expect, it } from 'vitest';
import { deskProgress } from './deskProgress.ts';
import { segment } from './deskLogic.fixtures.ts';

describe('deskProgress', () => {
  it('counts statuses and the confirmed share, leaving removed sentences out', () => {
    const p = deskProgress([
      segment('b1.0', { status: 'translated' }),
      segment('b1.1', { status: 'approved' }),
      segment('b2.0', { status: 'draft', sourceChanged: true }),
      segment('b3.0'),
      segment('b4.0', { status: 'translated', removedFromSource: true }),
    ]);
    expect(p.total).toBe(4);
    expect(p.confirmed).toBe(2);
    expect(p.percent).toBe(50);
    expect(p.counts).toEqual({ new: 1, draft: 1, translated: 1, reviewed: 0, approved: 1 });
    expect(p.sourceChanged).toBe(1);
  });

  it('shows 100 % only when every segment is confirmed', () => {
    const segments = Array.from({ length: 200 }, (_, i) => segment(`b${i}.0`, { status: i === 0 ? 'draft' : 'reviewed' }));
    expect(deskProgress(segments).percent).toBe(99);
    expect(deskProgress([]).percent).toBe(0);
  });
});
