import type { Migration } from '../migration.ts';

/**
 * Articles whose search row is behind their stored text. A save only marks its article here
 * (a tiny write inside the save's transaction); re-indexing a long body in FTS5 costs tens of
 * milliseconds, so it happens later in its own transaction (SearchIndexer), and a search first
 * re-indexes whatever is marked. A crash between the two leaves the mark, never a silent gap.
 * `seq` keeps the order of the saves, so re-indexing assigns search rowids in change order.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'search-index-state',
  up(db) {
    db.exec(`
      CREATE TABLE search_stale (
        article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        seq        INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
