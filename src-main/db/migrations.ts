import type { Migration } from './migration.ts';
import { migration0001 } from './migrations/0001-initial.ts';
import { migration0002 } from './migrations/0002-article-model.ts';
import { migration0003 } from './migrations/0003-revisions-comments.ts';
import { migration0004 } from './migrations/0004-media.ts';
import { migration0005 } from './migrations/0005-search-index-state.ts';
import { migration0006 } from './migrations/0006-factcheck.ts';
import { migration0007 } from './migrations/0007-translation.ts';
import { migration0008 } from './migrations/0008-concordance-words.ts';
import { migration0009 } from './migrations/0009-segment-mt-engine.ts';

/** Every migration in order. Append only: never edit or reorder a migration that has shipped. */
export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009];

/** The schema version this build writes. */
export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
