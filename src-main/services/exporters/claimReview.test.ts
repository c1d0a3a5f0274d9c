import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../createBackend.ts';
import type { Article } from '../../../src-preload/contract/domain.ts';
import { claimStatuses, type Claim, type ClaimStatus } from '../../../src-preload/contract/factcheck.ts';
import { claimReviews } from './claimReview.ts';

/**
 * The properties every exported ClaimReview carries, with their types. schema.org itself marks
 * nothing as required; this is the set Google's ClaimReview structured-data guidelines list as
 * required (claimReviewed, reviewRating with alternateName, author) plus what makes the review
 * self-describing without the article (@context, @type, datePublished, itemReviewed, inLanguage).
 * `url` is required there too: it is written only when the article's address is known, which
 * Redaksi, an offline desk, does not know yet; the unit test below checks it when given.
 */
const required: Record<string, 'string' | 'object' | 'number'> = {
  '@context': 'string',
  '@type': 'string',
  claimReviewed: 'string',
  reviewRating: 'object',
  'reviewRating.@type': 'string',
  'reviewRating.ratingValue': 'number',
  'reviewRating.bestRating': 'number',
  'reviewRating.worstRating': 'number',
  'reviewRating.alternateName': 'string',
  author: 'object',
  'author.@type': 'string',
  'author.name': 'string',
  datePublished: 'string',
  itemReviewed: 'object',
  'itemReviewed.@type': 'string',
  'itemReviewed.datePublished': 'string',
  'itemReviewed.appearance': 'object',
  inLanguage: 'string',
};

const at = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);

let dir: string;
let backend: Backend;
let article: Article;
const byStatus = new Map<ClaimStatus, Claim>();

async function call<T>(method: Parameters<Backend['dispatch']>[0], input: unknown): Promise<T> {
  const r = await backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-claimreview-'));
  backend = createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test' });
  article = await call<Article>('createArticle', { lang: 'id', title: 'Target transaksi daring' });
  await call('updateArticleMeta', { id: article.id, outlet: 'Warta Nusantara', datelineDate: '2016-09-08' });
  for (const status of claimStatuses) {
    const claim = await call<Claim>('createClaim', { articleId: article.id, text: `Klaim berstatus ${status} </script><script>alert(1)</script>.` });
    byStatus.set(status, status === 'unchecked' ? claim : await call<Claim>('updateClaim', { claimId: claim.id, status, verdictNote: `Catatan ${status}` }));
  }
});
afterAll(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('exportFactCheck claimreview', () => {
  it('is a JSON array with one typed ClaimReview per claim that has a verdict, on a 1–5 scale', async () => {
    const file = await call<{ fileName: string; mediaType: string; dataBase64: string }>('exportFactCheck', { articleId: article.id, format: 'claimreview' });
    expect(file.fileName).toMatch(/\.jsonld$/);
    expect(file.mediaType).toBe('application/ld+json; charset=utf-8');
    const raw = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    // Safe to paste into <script type="application/ld+json">: no "<" at all, the JSON unchanged.
    expect(raw).not.toContain('<');
    const reviews = JSON.parse(raw) as Record<string, unknown>[];
    expect(Array.isArray(reviews)).toBe(true);

    // Unchecked and in-progress claims have no verdict: left out.
    expect(reviews.map((r) => r.claimReviewed)).toEqual(
      ['verified', 'false', 'misleading', 'unverifiable'].map((s) => `Klaim berstatus ${s} </script><script>alert(1)</script>.`),
    );
    for (const review of reviews) {
      for (const [path, type] of Object.entries(required)) {
        const value = at(review, path);
        expect(typeof value, path).toBe(type);
        if (type === 'string') expect((value as string).length, path).toBeGreaterThan(0);
      }
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      expect(at(review, 'reviewRating.@type')).toBe('Rating');
      expect(at(review, 'author.@type')).toBe('Organization');
      expect(at(review, 'author.name')).toBe('Warta Nusantara');
      expect(at(review, 'itemReviewed.@type')).toBe('Claim');
      expect(at(review, 'itemReviewed.datePublished')).toBe('2016-09-08');
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(review.inLanguage).toBe('id');
      expect(review).not.toHaveProperty('url');
      const { ratingValue, bestRating, worstRating } = review.reviewRating as { ratingValue: number; bestRating: number; worstRating: number };
      expect(worstRating).toBe(1);
      expect(bestRating).toBe(5);
      expect(ratingValue).toBeGreaterThanOrEqual(worstRating);
      expect(ratingValue).toBeLessThanOrEqual(bestRating);
    }
    const rating = (i: number) => reviews[i]!.reviewRating as { ratingValue: number; alternateName: string };
    expect([0, 1, 2, 3].map((i) => [rating(i).ratingValue, rating(i).alternateName])).toEqual([
      [5, 'True'],
      [1, 'False'],
      [2, 'Misleading'],
      [3, 'Unproven'],
    ]);
    expect(reviews[1]!.reviewBody).toBe('Catatan false');
  });

  it('an article without verdicts exports an empty array; the outlet falls back to "Redaksi"; a known url is written', () => {
    const claim = byStatus.get('verified')!;
    expect(claimReviews({ headline: 'x', lang: 'en', outlet: '', articleDate: '2026-01-02T03:04:05.000Z', claims: [byStatus.get('unchecked')!, byStatus.get('in-progress')!] })).toEqual([]);
    const [review] = claimReviews({ headline: 'Judul', lang: 'en', outlet: '  ', articleDate: '2026-01-02T03:04:05.000Z', url: 'https://warta.example/berita/1', claims: [claim] });
    expect(review).toMatchObject({
      author: { '@type': 'Organization', name: 'Redaksi' },
      url: 'https://warta.example/berita/1',
      inLanguage: 'en',
      itemReviewed: { datePublished: '2026-01-02', appearance: { '@type': 'CreativeWork', headline: 'Judul', url: 'https://warta.example/berita/1' } },
    });
  });
});
