import type { ArticlesRepo } from '../db/repos/articlesRepo.ts';
import { hitEnd, hitStart, type SearchRepo } from '../db/repos/searchRepo.ts';
import type { SearchHit, SearchSegment } from '../../src-preload/contract/domain.ts';
import { toFtsSearch } from './searchQuery.ts';
import type { SearchIndexer } from './searchIndexer.ts';

/**
 * Splits text marked by `highlight()`/`snippet()` into segments. The renderer shows `hit`
 * segments as <mark> elements: the text never travels or renders as HTML.
 */
export function markedToSegments(marked: string): SearchSegment[] {
  const segments: SearchSegment[] = [];
  const push = (text: string, hit: boolean) => {
    const clean = text.replace(/\s*\n\s*/g, ' ');
    if (clean === '') return;
    const last = segments.at(-1);
    if (last && last.hit === hit) last.text += clean;
    else segments.push({ text: clean, hit });
  };
  for (const part of marked.split(new RegExp(`(${hitStart}[^${hitEnd}]*${hitEnd})`, 'u'))) {
    if (part.startsWith(hitStart)) push(part.slice(1, -1), true);
    else push(part, false);
  }
  return segments;
}

/** Full-text search over headline, standfirst and body of every article outside the trash. */
export class SearchService {
  private readonly search: SearchRepo;
  private readonly articles: ArticlesRepo;
  private readonly indexer: SearchIndexer;

  /** `indexer` holds the saves not yet in the index; every query brings them in first. */
  constructor(search: SearchRepo, articles: ArticlesRepo, indexer: SearchIndexer) {
    this.search = search;
    this.articles = articles;
    this.indexer = indexer;
  }

  /** Re-indexes pending saves and stops the indexer's timer: call before the database closes. */
  close(): void {
    this.indexer.close();
  }

  /**
   * One page of results, best first: the article, its headline with hits marked, and a snippet
   * from the body (or the standfirst when only it matched). A query with nothing searchable in
   * it returns no results rather than an error.
   */
  query(input: { query: string; limit?: number | undefined; offset?: number | undefined }): SearchHit[] {
    const fts = toFtsSearch(input.query);
    if (!fts) return [];
    // Acknowledged saves whose re-index is still pending must be findable too.
    this.indexer.flush();
    const matches = this.search.search(fts, input.limit ?? 20, input.offset ?? 0);
    const summaries = new Map(this.articles.summaries(matches.map((m) => m.articleId)).map((s) => [s.id, s]));
    return matches.flatMap((m) => {
      const summary = summaries.get(m.articleId);
      if (!summary) return [];
      const snippet = m.body.includes(hitStart) || !m.standfirst.includes(hitStart) ? (m.body || m.standfirst) : m.standfirst;
      return [{ summary, headline: markedToSegments(m.headline), snippet: markedToSegments(snippet) }];
    });
  }
}
