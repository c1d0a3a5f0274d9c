import type { Migration } from '../migration.ts';

/**
 * Images the editor inserted or an import brought in, stored by the app so an article never
 * hot-links anything. The id is the sha256 of the bytes (the same picture added twice is one row);
 * articles refer to it as `media/<id>`. Rows are not tied to an article: one picture may appear in
 * several articles and in their revisions.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'media',
  up(db) {
    db.exec(`
      CREATE TABLE media (
        id          TEXT PRIMARY KEY CHECK (length(id) = 64 AND id NOT GLOB '*[^0-9a-f]*'),
        mime        TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
        byte_size   INTEGER NOT NULL CHECK (byte_size > 0),
        width       INTEGER,
        height      INTEGER,
        created_at  TEXT NOT NULL,
        bytes       BLOB NOT NULL
      ) STRICT;
    `);
  },
};
