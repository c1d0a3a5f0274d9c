import type { Migration } from '../migration.ts';
import { documentPlainText, searchableText } from '../../language/documentPlainText.ts';

/**
 * The article model: standfirst, byline, dateline, outlet, notes, workflow status with its
 * history, tags, the trash (`deleted_at`), and full-text search.
 *
 * Search is an FTS5 table with external content: `search_docs` holds the plain text of the
 * headline, standfirst and body of every article outside the trash, and triggers keep the index
 * in step with it, so one transaction that writes an article and its `search_docs` row updates
 * both or neither. `search_docs.rowid` is re-assigned on every change, so rowid order is "most
 * recently changed": the search ranks the newest matches (see SearchRepo).
 * `unicode61 remove_diacritics 2` folds case and accents ("kopi" finds "Kopí"); `prefix='2 3'`
 * keeps 2- and 3-character prefix queries as fast as whole words.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'article-model',
  up(db) {
    db.exec(`
      ALTER TABLE articles ADD COLUMN standfirst TEXT NOT NULL DEFAULT '';
      ALTER TABLE articles ADD COLUMN byline TEXT NOT NULL DEFAULT '';
      ALTER TABLE articles ADD COLUMN dateline_place TEXT NOT NULL DEFAULT '';
      ALTER TABLE articles ADD COLUMN dateline_date TEXT;
      ALTER TABLE articles ADD COLUMN outlet TEXT NOT NULL DEFAULT '';
      ALTER TABLE articles ADD COLUMN notes TEXT NOT NULL DEFAULT '';
      ALTER TABLE articles ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'editing', 'fact-check', 'translation', 'ready', 'published', 'archived'));
      ALTER TABLE articles ADD COLUMN deleted_at TEXT;
      CREATE INDEX articles_status ON articles (status, updated_at DESC);
      CREATE INDEX articles_trash ON articles (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE TABLE article_tags (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        tag_key    TEXT NOT NULL,
        name       TEXT NOT NULL,
        position   INTEGER NOT NULL,
        PRIMARY KEY (article_id, tag_key)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX article_tags_key ON article_tags (tag_key, article_id);

      CREATE TABLE status_history (
        id          INTEGER PRIMARY KEY,
        article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        from_status TEXT,
        to_status   TEXT NOT NULL,
        changed_by  TEXT NOT NULL DEFAULT '',
        changed_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX status_history_article ON status_history (article_id, id);

      CREATE TABLE search_docs (
        rowid      INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE,
        title      TEXT NOT NULL,
        standfirst TEXT NOT NULL,
        body       TEXT NOT NULL
      ) STRICT;
      CREATE VIRTUAL TABLE article_search USING fts5 (
        title, standfirst, body,
        content = 'search_docs', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      CREATE TRIGGER search_docs_insert AFTER INSERT ON search_docs BEGIN
        INSERT INTO article_search (rowid, title, standfirst, body) VALUES (new.rowid, new.title, new.standfirst, new.body);
      END;
      CREATE TRIGGER search_docs_delete AFTER DELETE ON search_docs BEGIN
        INSERT INTO article_search (article_search, rowid, title, standfirst, body) VALUES ('delete', old.rowid, old.title, old.standfirst, old.body);
      END;
      CREATE TRIGGER search_docs_update AFTER UPDATE ON search_docs BEGIN
        INSERT INTO article_search (article_search, rowid, title, standfirst, body) VALUES ('delete', old.rowid, old.title, old.standfirst, old.body);
        INSERT INTO article_search (rowid, title, standfirst, body) VALUES (new.rowid, new.title, new.standfirst, new.body);
      END;
    `);
    // Index what version 1 stored, oldest change first, so rowid order is change order from the start.
    // Ids first, bodies one at a time: a large library must not be held in memory at once.
    const ids = db.prepare<[], string>('SELECT id FROM articles ORDER BY updated_at, id').pluck().all();
    const read = db.prepare<[string], { title: string; doc: string }>('SELECT title, doc FROM articles WHERE id = ?');
    const insert = db.prepare('INSERT INTO search_docs (article_id, title, standfirst, body) VALUES (?, ?, \'\', ?)');
    for (const id of ids) {
      const row = read.get(id)!;
      let body = '';
      try {
        body = documentPlainText(JSON.parse(row.doc));
      } catch {
        // A body that is not JSON cannot be searched, but must not stop the upgrade or lose the article.
      }
      insert.run(id, searchableText(row.title), body);
    }
  },
};
