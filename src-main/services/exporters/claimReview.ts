import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { Claim, ClaimStatus } from '../../../src-preload/contract/factcheck.ts';

/** What the JSON-LD is made of. */
export interface ClaimReviewInput {
  headline: string;
  lang: Lang;
  /** The article's outlet; "Redaksi" when it has none. */
  outlet: string;
  /** The article's dateline date or, failing that, its creation date (YYYY-MM-DD or ISO time). */
  articleDate: string;
  /** The published article's address, when known; `url` is left out otherwise. */
  url?: string | undefined;
  claims: readonly Claim[];
}

type Verdict = Extract<ClaimStatus, 'verified' | 'false' | 'misleading' | 'unverifiable'>;

/**
 * The rating scale: 1 (worst) to 5 (best), the ratings Google's fact-check guidance and most
 * ClaimReview publishers use, with the textual rating every reader understands in `alternateName`.
 */
export const ratings: Readonly<Record<Verdict, { value: number; name: string }>> = {
  false: { value: 1, name: 'False' },
  misleading: { value: 2, name: 'Misleading' },
  unverifiable: { value: 3, name: 'Unproven' },
  verified: { value: 5, name: 'True' },
};
export const bestRating = 5;
export const worstRating = 1;

const isVerdict = (s: ClaimStatus): s is Verdict => s in ratings;

/** One schema.org ClaimReview object. */
export interface ClaimReviewJson {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  claimReviewed: string;
  reviewRating: { '@type': 'Rating'; ratingValue: number; bestRating: number; worstRating: number; alternateName: string };
  author: { '@type': 'Organization'; name: string };
  datePublished: string;
  url?: string;
  reviewBody?: string;
  itemReviewed: {
    '@type': 'Claim';
    datePublished: string;
    appearance: { '@type': 'CreativeWork'; headline: string; url?: string };
  };
  inLanguage: string;
}

/**
 * schema.org ClaimReview JSON-LD for the claims that have a verdict (verified, false,
 * misleading, unverifiable); unchecked and in-progress claims are left out. One object per
 * claim, in an array. `datePublished` is the day the verdict was last changed; the claim's own
 * date and appearance are the article's; `url` only when the article's address is known.
 * No speaker is given: claims do not record one.
 */
export function claimReviews(input: ClaimReviewInput): ClaimReviewJson[] {
  const day = (iso: string) => iso.slice(0, 10);
  const url = input.url?.trim();
  return input.claims.flatMap((claim): ClaimReviewJson[] => {
    if (!isVerdict(claim.status)) return [];
    const rating = ratings[claim.status];
    return [
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: claim.text,
        reviewRating: { '@type': 'Rating', ratingValue: rating.value, bestRating, worstRating, alternateName: rating.name },
        author: { '@type': 'Organization', name: input.outlet.trim() || 'Redaksi' },
        datePublished: day(claim.updatedAt),
        ...(url ? { url } : {}),
        ...(claim.verdictNote.trim() ? { reviewBody: claim.verdictNote.trim() } : {}),
        itemReviewed: {
          '@type': 'Claim',
          datePublished: day(input.articleDate),
          appearance: { '@type': 'CreativeWork', headline: input.headline.trim(), ...(url ? { url } : {}) },
        },
        inLanguage: input.lang,
      },
    ];
  });
}

/**
 * The JSON-LD as a UTF-8 file. "<" is written as \u003c (the same JSON) so the text can be pasted
 * into a `<script type="application/ld+json">` without a claim's "</script>" ending it early.
 */
export function claimReviewFile(input: ClaimReviewInput): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(claimReviews(input), null, 2).replace(/</g, '\\u003c')}\n`);
}
