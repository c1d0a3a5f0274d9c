import type { Db } from '../openDatabase.ts';

/** SQL for `search_stale` (migration 0005): which articles' search rows are behind their text. */
export class SearchIndexStateRepo {
  private readonly db: Db;
  private readonly stmts;

  constructor(db: Db) {
    this.db = db;
    this.stmts = {
      // A re-marked article moves to the end: re-indexing follows the order of the last saves.
      mark: db.prepare<[string]>(
        `INSERT INTO search_stale (article_id, seq) VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM search_stale))
         ON CONFLICT (article_id) DO UPDATE SET seq = excluded.seq`,
      ),
      stale: db.prepare<[], string>('SELECT article_id FROM search_stale ORDER BY seq').pluck(),
      any: db.prepare<[], number>('SELECT EXISTS (SELECT 1 FROM search_stale)').pluck(),
      clear: db.prepare<[string]>('DELETE FROM search_stale WHERE article_id = ?'),
    };
  }

  /** Records that the article's search row no longer matches its stored text. */
  mark(articleId: string): void {
    this.stmts.mark.run(articleId);
  }

  /** Articles whose search row is behind, in the order they were last marked. */
  staleIds(): string[] {
    return this.stmts.stale.all();
  }

  /** Whether any article's search row is behind (one index probe: cheap enough before every search). */
  anyStale(): boolean {
    return this.stmts.any.get() === 1;
  }

  /** The article's search row is up to date again. */
  clear(articleId: string): void {
    this.stmts.clear.run(articleId);
  }

  /** Whether the connection is still open (a timer may outlive it). */
  isOpen(): boolean {
    return this.db.open;
  }

  /** Runs `fn` in one immediate transaction (a savepoint when already inside one). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }
}
