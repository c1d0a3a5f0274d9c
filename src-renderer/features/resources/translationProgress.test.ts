import { describe, expect, it } from 'vitest';
import type { TranslationSummary } from '../../../src-preload/contract/translation.ts';
import { otherLang, splitTranslations, translationPercent } from './translationProgress.ts';

function summary(sourceId: string, targetId: string, counts: Partial<TranslationSummary['counts']>, total: number): TranslationSummary {
  return {
    source: { articleId: sourceId, title: 'Harga beras naik', lang: 'id', version: 3 },
    target: { articleId: targetId, title: 'Rice prices rise', lang: 'en', version: 1 },
    createdAt: '2026-01-05T08:00:00.000Z',
    counts: { new: 0, draft: 0, translated: 0, reviewed: 0, approved: 0, ...counts },
    total,
    sourceChanged: 0,
  };
}

describe('translationPercent', () => {
  it('counts translated, reviewed and approved segments, not drafts', () => {
    expect(translationPercent(summary('a', 'b', { new: 4, draft: 2, translated: 2, reviewed: 1, approved: 1 }, 10))).toBe(40);
  });
  it('is 0 for an empty source and 100 when all are approved', () => {
    expect(translationPercent(summary('a', 'b', {}, 0))).toBe(0);
    expect(translationPercent(summary('a', 'b', { approved: 3 }, 3))).toBe(100);
  });
  it('rounds down, so 100 % means every segment is done', () => {
    expect(translationPercent(summary('a', 'b', { translated: 199, new: 1 }, 200))).toBe(99);
  });
});

describe('otherLang and splitTranslations', () => {
  it('translates into the other language of the pair', () => {
    expect(otherLang('id')).toBe('en');
    expect(otherLang('en')).toBe('id');
  });
  it('tells translations made from an article from the one it is the target of', () => {
    const made = summary('src', 'tgt', {}, 1);
    expect(splitTranslations('src', [made])).toEqual({ made: [made], sourceOf: null });
    expect(splitTranslations('tgt', [made])).toEqual({ made: [], sourceOf: made });
  });
});
