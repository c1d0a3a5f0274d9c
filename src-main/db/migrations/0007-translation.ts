import type { Migration } from '../migration.ts';

/**
 * The translation desk (issue 6), in three parts.
 *
 * Translations: a target article linked to its source article. The source's sentences are its
 * segments; a segment's id is the key its block got when first seen (`next_block_key` counts
 * them) and the sentence's position in that block, so ids stay put when the source is edited
 * elsewhere. A segment whose source sentence changed keeps its target and is flagged; one whose
 * sentence was removed is kept and marked removed, never deleted.
 *
 * Translation memory: memories (language pair, read/write flags) and their units. Fuzzy lookup
 * uses an index kept outside SQL (see src-main/tm/); `tm_units` is its source of truth, and
 * the trigram FTS tables serve concordance search.
 *
 * Glossary: one entry holds both languages (our pair is always id-en), forbidden variants per
 * language as JSON arrays.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'translation',
  up(db) {
    db.exec(`
      -- Translations -------------------------------------------------------------------------
      CREATE TABLE translations (
        target_article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        source_article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        source_lang       TEXT NOT NULL CHECK (source_lang IN ('id', 'en')),
        target_lang       TEXT NOT NULL CHECK (target_lang IN ('id', 'en')),
        next_block_key    INTEGER NOT NULL DEFAULT 0,
        created_by        TEXT NOT NULL DEFAULT '',
        created_at        TEXT NOT NULL,
        -- The source as last synced: its body version and standfirst (metadata, outside the version).
        source_version    INTEGER NOT NULL DEFAULT 0,
        source_standfirst TEXT NOT NULL DEFAULT '',
        -- The target article version the desk last wrote: another version means it was edited elsewhere.
        assembled_version INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX translations_source ON translations (source_article_id);

      -- The source's text blocks as last synced: the key each got when first seen, where it is in
      -- the source body (JSON child-index path, or "headline"/"standfirst"), and its text. Assembly
      -- finds each block's segments through the path; sync aligns old blocks to new by text.
      CREATE TABLE segment_blocks (
        article_id    TEXT NOT NULL REFERENCES translations (target_article_id) ON DELETE CASCADE,
        key           INTEGER NOT NULL,
        ord           INTEGER NOT NULL,
        path          TEXT NOT NULL,
        block_type    TEXT NOT NULL,
        text          TEXT NOT NULL,
        next_position INTEGER NOT NULL DEFAULT 0,
        removed       INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (article_id, key)
      ) STRICT;

      -- Claims of the source carried over to the target: the target's copy of each.
      CREATE TABLE translation_claims (
        article_id      TEXT NOT NULL REFERENCES translations (target_article_id) ON DELETE CASCADE,
        source_claim_id TEXT NOT NULL,
        target_claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        PRIMARY KEY (article_id, source_claim_id)
      ) STRICT;

      CREATE TABLE segments (
        article_id      TEXT NOT NULL REFERENCES translations (target_article_id) ON DELETE CASCADE,
        id              TEXT NOT NULL,
        ord             INTEGER NOT NULL,
        block_type      TEXT NOT NULL,
        source          TEXT NOT NULL,
        source_marks    TEXT NOT NULL DEFAULT '[]',
        target          TEXT NOT NULL DEFAULT '',
        status          TEXT NOT NULL DEFAULT 'new'
          CHECK (status IN ('new', 'draft', 'translated', 'reviewed', 'approved')),
        origin          TEXT CHECK (origin IN ('human', 'tm', 'propagated', 'source-copy', 'mt', 'xliff')),
        match_score     INTEGER,
        source_changed  INTEGER NOT NULL DEFAULT 0,
        previous_source TEXT,
        removed         INTEGER NOT NULL DEFAULT 0,
        updated_by      TEXT NOT NULL DEFAULT '',
        updated_at      TEXT NOT NULL,
        PRIMARY KEY (article_id, id)
      ) STRICT;
      CREATE INDEX segments_order ON segments (article_id, ord);

      -- Translation memory -------------------------------------------------------------------
      CREATE TABLE memories (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        source_lang TEXT NOT NULL CHECK (source_lang IN ('id', 'en')),
        target_lang TEXT NOT NULL CHECK (target_lang IN ('id', 'en')),
        readable    INTEGER NOT NULL DEFAULT 1,
        writable    INTEGER NOT NULL DEFAULT 1,
        created_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE tm_units (
        id                INTEGER PRIMARY KEY,
        memory_id         TEXT NOT NULL REFERENCES memories (id) ON DELETE CASCADE,
        source            TEXT NOT NULL,
        target            TEXT NOT NULL,
        author            TEXT NOT NULL DEFAULT '',
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        origin_article_id TEXT,
        context           TEXT NOT NULL DEFAULT '',
        -- Set by a TMX import on the rows it writes, so a cancelled, refused or stopped import can
        -- find and delete exactly those (a small random number; NULL, and free, for other units).
        import_tag        INTEGER
      ) STRICT;
      CREATE INDEX tm_units_memory ON tm_units (memory_id);
      -- Concordance: substring search in either side. External content (no second copy of the
      -- text); the triggers keep it in step with every write, bulk TMX imports included.
      CREATE VIRTUAL TABLE tm_units_search USING fts5(
        source, target, content = 'tm_units', content_rowid = 'id', tokenize = 'trigram'
      );
      CREATE TRIGGER tm_units_search_insert AFTER INSERT ON tm_units BEGIN
        INSERT INTO tm_units_search (rowid, source, target) VALUES (new.id, new.source, new.target);
      END;
      CREATE TRIGGER tm_units_search_delete AFTER DELETE ON tm_units BEGIN
        INSERT INTO tm_units_search (tm_units_search, rowid, source, target) VALUES ('delete', old.id, old.source, old.target);
      END;
      CREATE TRIGGER tm_units_search_update AFTER UPDATE OF source, target ON tm_units BEGIN
        INSERT INTO tm_units_search (tm_units_search, rowid, source, target) VALUES ('delete', old.id, old.source, old.target);
        INSERT INTO tm_units_search (rowid, source, target) VALUES (new.id, new.source, new.target);
      END;

      -- Glossary -----------------------------------------------------------------------------
      CREATE TABLE glossary_terms (
        id             TEXT PRIMARY KEY,
        term_id        TEXT NOT NULL DEFAULT '',
        term_en        TEXT NOT NULL DEFAULT '',
        forbidden_id   TEXT NOT NULL DEFAULT '[]',
        forbidden_en   TEXT NOT NULL DEFAULT '[]',
        note           TEXT NOT NULL DEFAULT '',
        case_sensitive INTEGER NOT NULL DEFAULT 0,
        updated_by     TEXT NOT NULL DEFAULT '',
        updated_at     TEXT NOT NULL
      ) STRICT;
    `);
  },
};
