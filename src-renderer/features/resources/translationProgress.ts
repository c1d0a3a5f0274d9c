/** What the editor shows about an article's translations: the other language and how far along each is. */
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { SegmentStatus, TranslationSummary } from '../../../src-preload/contract/translation.ts';

/** Statuses that count as done for the percentage (as `confirmedSegmentStatuses` in the contract). */
const confirmed: readonly SegmentStatus[] = ['translated', 'reviewed', 'approved'];

/** Our pair is always Indonesian–English: an article translates into the other one. */
export function otherLang(lang: Lang): Lang {
  return lang === 'id' ? 'en' : 'id';
}

/** Confirmed segments as a whole percent of all segments (an empty source counts as 0 %). */
export function translationPercent(summary: Pick<TranslationSummary, 'counts' | 'total'>): number {
  if (summary.total <= 0) return 0;
  const done = confirmed.reduce((sum, status) => sum + (summary.counts[status] ?? 0), 0);
  return Math.min(100, Math.floor((done / summary.total) * 100));
}

/** The translations made from `articleId`, and the one it is the target of (if any). */
export function splitTranslations(articleId: string, list: readonly TranslationSummary[]): { made: TranslationSummary[]; sourceOf: TranslationSummary | null } {
  return {
    made: list.filter((tr) => tr.source.articleId === articleId),
    sourceOf: list.find((tr) => tr.target.articleId === articleId) ?? null,
  };
}
