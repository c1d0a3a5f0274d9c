import type { Migration } from '../migration.ts';

/** Articles and key/value settings: the foundation's schema. */
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        id          TEXT PRIMARY KEY,
        title       TEXT NOT NULL DEFAULT '',
        lang        TEXT NOT NULL CHECK (lang IN ('id', 'en')),
        doc         TEXT NOT NULL,
        word_count  INTEGER NOT NULL DEFAULT 0,
        version     INTEGER NOT NULL DEFAULT 1,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX articles_updated_at ON articles (updated_at DESC);
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
