import type { Migration } from '../migration.ts';

/**
 * The fact-check desk (issue 5). A claim is tracked here; the article text carries only a `claim`
 * mark with its id, so deleting the text never deletes the claim (it becomes "orphaned").
 * Evidence items belong to a claim; a local file given as evidence is kept in the row itself
 * (at most 20 MB, checked by the service). `claim_events` is the claim's history.
 * `status_history.note` records why the readiness gate was overridden.
 *
 * The source library: documents imported as evidence material, split into passages (paragraphs)
 * that an FTS5 index over `source_passages` makes searchable, the same tokenizer as article
 * search (accents and case folded, 2- and 3-character prefixes indexed). Triggers keep the index
 * in step, so a source and its index are written in one transaction or not at all.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'factcheck',
  up(db) {
    db.exec(`
      ALTER TABLE status_history ADD COLUMN note TEXT NOT NULL DEFAULT '';

      CREATE TABLE claims (
        id           TEXT PRIMARY KEY,
        article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        quote        TEXT NOT NULL,
        status       TEXT NOT NULL DEFAULT 'unchecked'
          CHECK (status IN ('unchecked', 'in-progress', 'verified', 'false', 'misleading', 'unverifiable')),
        verdict_note TEXT NOT NULL DEFAULT '',
        reasons      TEXT NOT NULL DEFAULT '[]',
        figures      TEXT NOT NULL DEFAULT '[]',
        created_by   TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL,
        updated_by   TEXT NOT NULL DEFAULT '',
        updated_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX claims_article ON claims (article_id, created_at);

      CREATE TABLE sources (
        id          TEXT PRIMARY KEY,
        title       TEXT NOT NULL,
        file_name   TEXT NOT NULL,
        format      TEXT NOT NULL CHECK (format IN ('txt', 'md', 'html', 'docx', 'pdf')),
        byte_size   INTEGER NOT NULL CHECK (byte_size >= 0),
        imported_by TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE claim_evidence (
        id           TEXT PRIMARY KEY,
        claim_id     TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        title        TEXT NOT NULL,
        url          TEXT NOT NULL DEFAULT '',
        publisher    TEXT NOT NULL DEFAULT '',
        published_on TEXT,
        excerpt      TEXT NOT NULL DEFAULT '',
        file_name    TEXT,
        file_type    TEXT,
        file_bytes   BLOB,
        source_id    TEXT REFERENCES sources (id) ON DELETE SET NULL,
        created_by   TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX claim_evidence_claim ON claim_evidence (claim_id, created_at);

      CREATE TABLE claim_events (
        id         INTEGER PRIMARY KEY,
        claim_id   TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        action     TEXT NOT NULL CHECK (action IN ('created', 'status', 'note', 'evidence-added', 'evidence-removed')),
        detail     TEXT NOT NULL DEFAULT '',
        changed_by TEXT NOT NULL DEFAULT '',
        changed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX claim_events_claim ON claim_events (claim_id, id);

      CREATE TABLE source_passages (
        rowid     INTEGER PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        ordinal   INTEGER NOT NULL,
        text      TEXT NOT NULL,
        UNIQUE (source_id, ordinal)
      ) STRICT;
      CREATE VIRTUAL TABLE source_search USING fts5 (
        text,
        content = 'source_passages', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      CREATE TRIGGER source_passages_insert AFTER INSERT ON source_passages BEGIN
        INSERT INTO source_search (rowid, text) VALUES (new.rowid, new.text);
      END;
      CREATE TRIGGER source_passages_delete AFTER DELETE ON source_passages BEGIN
        INSERT INTO source_search (source_search, rowid, text) VALUES ('delete', old.rowid, old.text);
      END;
    `);
  },
};
