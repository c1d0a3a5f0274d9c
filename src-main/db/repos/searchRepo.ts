import type { Db } from '../openDatabase.ts';

/** The searchable text of one article. */
export interface SearchText {
  title: string;
  standfirst: string;
  body: string;
}

/** One ranked match with its text marked up: hits are wrapped in `hitStart` ... `hitEnd`. */
export interface SearchMatch {
  articleId: string;
  headline: string;
  standfirst: string;
  body: string;
}

/** What a search runs: the query that decides the matches, and how to rank them cheaply. */
export interface FtsSearch {
  /** The FTS5 query (`toFtsQuery` in services/searchQuery.ts): an article is a result when it matches this. */
  match: string;
  /**
   * The same terms with each phrase as a NEAR group of its words, or null when there is no
   * phrase. bm25 of a phrase first counts the articles that contain it by matching the phrase
   * in every article (~4 ms for a common phrase in 10k articles, whatever is ranked); for a NEAR
   * group it counts each word, from doclist sizes. Among articles that contain the phrase, the
   * NEAR group finds the same occurrences, so the order barely changes (the same top 20 for
   * each of bench/search.bench.ts's phrases over its 10k articles, ranking 1,000 newest).
   */
  rank: string | null;
  /**
   * A phrase or a prefix: each ranked row costs bm25 several times what a plain word does
   * (positions to check, or every word with the prefix), so fewer of the newest matches are ranked.
   */
  narrow: boolean;
}

/** Marks around hits in `highlight()`/`snippet()` output. Control characters: stored text never contains them. */
export const hitStart = '\u0002';
export const hitEnd = '\u0003';

/**
 * How many of the newest matches a query ranks. bm25 has to score every row it ranks, which cost
 * ~20 ms for a word found in all of 10k articles; ranking the 1,000 most recently changed
 * matches keeps every query class within a few ms (bench/search.bench.ts). A word that common
 * has an IDF near zero, so its bm25 order says little anyway, and on a news desk recent wins
 * ties. Queries with fewer matches are ranked exactly.
 */
export const rankWindow = 1000;

/**
 * The rank window of a query with a phrase or a prefix (`FtsSearch.narrow`): bm25 costs ~3 us per
 * ranked row for those, against ~1 us for plain words, so 1,000 rows alone took ~3 ms
 * (bench/search.bench.ts). Queries with fewer matches are still ranked exactly.
 */
export const narrowRankWindow = 200;

/** Column weights for bm25: a hit in the headline counts most, then the standfirst, then the body. */
const bm25 = 'bm25(article_search, 10.0, 4.0, 1.0)';

/** Tokens of context around the hits in a snippet (FTS5 allows at most 64). */
const snippetTokens = 24;

/**
 * SQL for the search index: `search_docs` (plain text, one row per article outside the trash) and
 * the FTS5 table `article_search` that triggers keep in step with it (migration 0002).
 */
export class SearchRepo {
  private readonly stmts;

  constructor(db: Db) {
    const nextRowid = '(SELECT coalesce(max(rowid), 0) + 1 FROM search_docs)';
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO search_docs (rowid, article_id, title, standfirst, body) VALUES (${nextRowid}, @articleId, @title, @standfirst, @body)
         ON CONFLICT (article_id) DO UPDATE SET rowid = ${nextRowid}, title = excluded.title, standfirst = excluded.standfirst, body = excluded.body`,
      ),
      // Unchanged text (a formatting-only save) rewrites nothing: re-indexing a long body is the costly part.
      updateTitleBody: db.prepare(
        `UPDATE search_docs SET rowid = ${nextRowid}, title = @title, body = @body
         WHERE article_id = @articleId AND (title <> @title OR body <> @body)`,
      ),
      updateStandfirst: db.prepare(
        `UPDATE search_docs SET rowid = ${nextRowid}, standfirst = @standfirst WHERE article_id = @articleId AND standfirst <> @standfirst`,
      ),
      remove: db.prepare<[string]>('DELETE FROM search_docs WHERE article_id = ?'),
      // The window is the newest matches, read newest first: FTS5 walks a doclist backwards
      // cheaply, while a `rowid >= x` bound costs a fixed ~1 ms per common term (measured).
      top: db.prepare<[string, number, number, number], number>(
        `SELECT rowid FROM (
           SELECT rowid, ${bm25} AS score FROM article_search WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT ?
         ) ORDER BY score, rowid DESC LIMIT ? OFFSET ?`,
      ).pluck(),
      // The window alone (no bm25), for ranking it by another query.
      newest: db.prepare<[string, number], number>('SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT ?').pluck(),
      // bm25 of the ranking query for the window's rows only, walked like `marked` below.
      scoreAmong: db.prepare<[string, number, string, number], { rowid: number; score: number }>(
        `SELECT rowid, ${bm25} AS score FROM article_search
         WHERE article_search MATCH ? AND rowid <= ? AND +rowid IN (SELECT value FROM json_each(?))
         ORDER BY rowid DESC LIMIT ?`,
      ),
      // One backwards pass from the newest chosen row that stops once all are found. `+rowid`
      // keeps the IN list away from the FTS5 cursor, which would otherwise re-run the query per row.
      marked: db.prepare<[string, number, string, number], { rowid: number; headline: string; standfirst: string; body: string }>(
        `SELECT rowid,
                highlight(article_search, 0, char(2), char(3)) AS headline,
                snippet(article_search, 1, char(2), char(3), '…', ${snippetTokens}) AS standfirst,
                snippet(article_search, 2, char(2), char(3), '…', ${snippetTokens}) AS body
         FROM article_search
         WHERE article_search MATCH ? AND rowid <= ? AND +rowid IN (SELECT value FROM json_each(?))
         ORDER BY rowid DESC LIMIT ?`,
      ),
      articleIds: db.prepare<[string], { rowid: number; article_id: string }>(
        'SELECT rowid, article_id FROM search_docs WHERE rowid IN (SELECT value FROM json_each(?))',
      ),
      indexed: db.prepare<[string], SearchText>('SELECT title, standfirst, body FROM search_docs WHERE article_id = ?'),
    };
  }

  /** Adds an article's text to the index, or replaces it. */
  put(articleId: string, text: SearchText): void {
    this.stmts.insert.run({ articleId, ...text });
  }

  /** New headline and body for an indexed article; nothing happens when it is not indexed (in the trash). */
  updateTitleBody(articleId: string, title: string, body: string): void {
    this.stmts.updateTitleBody.run({ articleId, title, body });
  }

  /** New standfirst for an indexed article; nothing happens when it is not indexed. */
  updateStandfirst(articleId: string, standfirst: string): void {
    this.stmts.updateStandfirst.run({ articleId, standfirst });
  }

  /** Takes an article out of the index. */
  remove(articleId: string): void {
    this.stmts.remove.run(articleId);
  }

  /** The text indexed for an article, or undefined when it is not indexed. */
  indexed(articleId: string): SearchText | undefined {
    return this.stmts.indexed.get(articleId);
  }

  /**
   * Runs an FTS5 query (already sanitised: see searchQuery.ts) and returns one page of matches,
   * best first, with hits marked. bm25 ranks the newest `rankWindow` matches (`narrowRankWindow`
   * for phrases and prefixes; more when paging deeper), so the cost does not grow with how
   * common a word is.
   */
  search(query: FtsSearch, limit: number, offset: number): SearchMatch[] {
    const window = Math.max(query.narrow ? narrowRankWindow : rankWindow, 2 * (offset + limit));
    const rowids = this.rank(query, window, limit, offset);
    if (rowids.length === 0) return [];
    const ftsQuery = query.match;
    const list = JSON.stringify(rowids);
    const marked = new Map(this.stmts.marked.all(ftsQuery, Math.max(...rowids), list, rowids.length).map((r) => [r.rowid, r]));
    const ids = new Map(this.stmts.articleIds.all(list).map((r) => [r.rowid, r.article_id]));
    return rowids.flatMap((rowid) => {
      const m = marked.get(rowid);
      const articleId = ids.get(rowid);
      return m && articleId ? [{ articleId, headline: m.headline, standfirst: m.standfirst, body: m.body }] : [];
    });
  }

  /** Rowids of one page of the newest `window` matches, best first. */
  private rank(query: FtsSearch, window: number, limit: number, offset: number): number[] {
    if (query.rank === null) return this.stmts.top.all(query.match, window, limit, offset);
    const candidates = this.stmts.newest.all(query.match, window);
    if (candidates.length === 0) return [];
    const scored = this.stmts.scoreAmong.all(query.rank, candidates[0]!, JSON.stringify(candidates), candidates.length);
    // Every phrase match matches its NEAR group; should FTS5 ever disagree, rank by the phrase itself.
    if (scored.length !== candidates.length) return this.stmts.top.all(query.match, window, limit, offset);
    scored.sort((a, b) => a.score - b.score || b.rowid - a.rowid);
    return scored.slice(offset, offset + limit).map((r) => r.rowid);
  }
}
