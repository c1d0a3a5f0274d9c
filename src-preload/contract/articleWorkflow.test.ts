import { describe, expect, it } from 'vitest';
import { allowedStatusMoves, articleStatuses, isStatusMoveAllowed, type ArticleStatus } from './articleWorkflow.ts';

describe('article workflow', () => {
  it.each<[ArticleStatus, ArticleStatus[]]>([
    ['draft', ['editing', 'archived']],
    ['editing', ['draft', 'fact-check', 'archived']],
    ['fact-check', ['draft', 'editing', 'translation', 'ready', 'archived']],
    ['translation', ['draft', 'editing', 'fact-check', 'ready', 'archived']],
    ['ready', ['draft', 'editing', 'fact-check', 'translation', 'published', 'archived']],
    ['published', ['draft', 'editing', 'fact-check', 'translation', 'ready', 'archived']],
  ])('from %s: %j', (from, moves) => {
    expect(allowedStatusMoves(from)).toEqual(moves);
  });

  it('never allows staying put, and only forward moves of one stage (or fact-check -> ready)', () => {
    const order = articleStatuses.filter((s) => s !== 'archived');
    for (const from of articleStatuses) {
      expect(isStatusMoveAllowed(from, from)).toBe(false);
      if (from === 'archived') continue;
      for (const to of order) {
        const jump = order.indexOf(to) - order.indexOf(from);
        if (jump > 1) expect(isStatusMoveAllowed(from, to)).toBe(from === 'fact-check' && to === 'ready');
      }
    }
  });

  it('leaves the archive only to draft or the stage it was archived from', () => {
    expect(allowedStatusMoves('archived')).toEqual(['draft']);
    expect(allowedStatusMoves('archived', null)).toEqual(['draft']);
    expect(allowedStatusMoves('archived', 'published')).toEqual(['draft', 'published']);
    expect(allowedStatusMoves('archived', 'draft')).toEqual(['draft']);
    expect(isStatusMoveAllowed('archived', 'ready', 'fact-check')).toBe(false);
  });
});
