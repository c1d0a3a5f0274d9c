import { describe, expect, it } from 'vitest';
import { applySaved } from './applySaved.ts';
import { segment } from './deskLogic.fixtures.ts';

describe('applySaved', () => {
  const rows = [segment('b1.0'), segment('b2.0'), segment('b3.0')];

  it('replaces the saved row and the propagated repeats in place', () => {
    const next = applySaved(
      rows,
      {
        segment: segment('b1.0', { target: 'Rice prices rose.', status: 'translated' }),
        propagated: [segment('b3.0', { target: 'Rice prices rose.', status: 'translated', origin: 'propagated', matchScore: 100 })],
        version: 3,
      },
      () => undefined,
    );
    expect(next.map((s) => [s.id, s.target, s.status, s.origin])).toEqual([
      ['b1.0', 'Rice prices rose.', 'translated', null],
      ['b2.0', '', 'new', null],
      ['b3.0', 'Rice prices rose.', 'translated', 'propagated'],
    ]);
    expect(next[1]).toBe(rows[1]);
  });

  it('keeps text typed after the save on screen', () => {
    const next = applySaved(rows, { segment: segment('b1.0', { target: 'Rice', status: 'draft', updatedBy: 'Budi' }), propagated: [], version: 2 }, (id) =>
      id === 'b1.0' ? { target: 'Rice prices', status: 'draft' } : undefined,
    );
    expect(next[0]).toMatchObject({ target: 'Rice prices', status: 'draft', updatedBy: 'Budi' });
  });
});
