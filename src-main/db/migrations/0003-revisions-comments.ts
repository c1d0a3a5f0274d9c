import type { Migration } from '../migration.ts';

/**
 * Revisions (snapshots of headline and body) and comment threads with their messages. Rows go
 * with their article only when the article row itself is deleted (emptying the trash).
 */
export const migration0003: Migration = {
  version: 3,
  name: 'revisions-comments',
  up(db) {
    db.exec(`
      CREATE TABLE revisions (
        id              TEXT PRIMARY KEY,
        article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        number          INTEGER NOT NULL CHECK (number > 0),
        article_version INTEGER NOT NULL,
        title           TEXT NOT NULL,
        doc             TEXT NOT NULL,
        word_count      INTEGER NOT NULL DEFAULT 0,
        kind            TEXT NOT NULL CHECK (kind IN ('auto', 'named', 'status', 'restore')),
        name            TEXT,
        restored_from   INTEGER,
        author          TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL,
        UNIQUE (article_id, number)
      ) STRICT;
      CREATE TABLE comment_threads (
        id          TEXT PRIMARY KEY,
        article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        quote       TEXT NOT NULL,
        created_by  TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        resolved_at TEXT,
        resolved_by TEXT
      ) STRICT;
      CREATE INDEX comment_threads_article ON comment_threads (article_id, created_at);
      CREATE TABLE comment_messages (
        id         TEXT PRIMARY KEY,
        thread_id  TEXT NOT NULL REFERENCES comment_threads (id) ON DELETE CASCADE,
        author     TEXT NOT NULL DEFAULT '',
        body       TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX comment_messages_thread ON comment_messages (thread_id, created_at);
    `);
  },
};
