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
   * best first, with hits marked. bm25 ranks the newest `rankWindow` matches (more when paging
   * deeper), so the cost does not grow with how common a word is.
   */
  search(ftsQuery: string, limit: number, offset: number): SearchMatch[] {
    const window = Math.max(rankWindow, 2 * (offset + limit));
    const rowids = this.stmts.top.all(ftsQuery, window, limit, offset);
    if (rowids.length === 0) return [];
    const list = JSON.stringify(rowids);
    const marked = new Map(this.stmts.marked.all(ftsQuery, Math.max(...rowids), list, rowids.length).map((r) => [r.rowid, r]));
    const ids = new Map(this.stmts.articleIds.all(list).map((r) => [r.rowid, r.article_id]));
    return rowids.flatMap((rowid) => {
      const m = marked.get(rowid);
      const articleId = ids.get(rowid);
      return m && articleId ? [{ articleId, headline: m.headline, standfirst: m.standfirst, body: m.body }] : [];
    });
  }
}
