import type { Migration } from '../migration.ts';

/**
 * A segment whose target came from machine translation records which engine wrote it (issue 7:
 * "each segment records where its text came from"). Null for every other origin; existing rows
 * keep null, since no engine wrote them.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'segment-mt-engine',
  up(db) {
    db.exec(`
      ALTER TABLE segments ADD COLUMN mt_engine TEXT
        CHECK (mt_engine IN ('bergamot', 'openai', 'libretranslate', 'deepl'));
    `);
  },
};
