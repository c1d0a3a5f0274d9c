import type { Migration } from '../migration.ts';

/**
 * Two changes to the translation memory's tables.
 *
 * Concordance moves from a trigram index to a word index. Measured at 1M units
 * (bench/tm.bench.ts, concordance): a trigram phrase query for a rare phrase read every posting
 * of its trigrams (each common in running text) and took ~300 ms; the word index, queried with the
 * rarest words of the phrase as the vocabulary expands them (src-main/tm/concordanceVocabulary.ts),
 * takes a few milliseconds and is a fifth of the size (no positions are stored: candidates are
 * checked against the text, so `detail = column` is enough and keeps the per-side filter).
 * Existing units are indexed here once.
 *
 * `tm_imports` lists the TMX imports under way: a row is written before the import's first batch
 * and deleted in the transaction of its last, so one left behind at start-up is an import the app
 * did not live to finish (killed, crashed), whose tagged units are then taken back.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'concordance-words',
  up(db) {
    db.exec(`
      DROP TRIGGER tm_units_search_insert;
      DROP TRIGGER tm_units_search_delete;
      DROP TRIGGER tm_units_search_update;
      DROP TABLE tm_units_search;
      CREATE VIRTUAL TABLE tm_units_words USING fts5(
        source, target, content = 'tm_units', content_rowid = 'id', tokenize = 'unicode61', detail = column
      );
      -- Each word of each side with the number of units using it: the concordance vocabulary.
      CREATE VIRTUAL TABLE tm_units_words_vocab USING fts5vocab(tm_units_words, 'col');
      CREATE TRIGGER tm_units_words_insert AFTER INSERT ON tm_units BEGIN
        INSERT INTO tm_units_words (rowid, source, target) VALUES (new.id, new.source, new.target);
      END;
      CREATE TRIGGER tm_units_words_delete AFTER DELETE ON tm_units BEGIN
        INSERT INTO tm_units_words (tm_units_words, rowid, source, target) VALUES ('delete', old.id, old.source, old.target);
      END;
      CREATE TRIGGER tm_units_words_update AFTER UPDATE OF source, target ON tm_units BEGIN
        INSERT INTO tm_units_words (tm_units_words, rowid, source, target) VALUES ('delete', old.id, old.source, old.target);
        INSERT INTO tm_units_words (rowid, source, target) VALUES (new.id, new.source, new.target);
      END;
      INSERT INTO tm_units_words (tm_units_words) VALUES ('rebuild');
      CREATE TABLE tm_imports (
        tag        INTEGER PRIMARY KEY,
        memory_id  TEXT NOT NULL,
        after_id   INTEGER NOT NULL,
        started_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
