import Database from 'better-sqlite3';
import { AppError } from '../services/appError.ts';
import { latestSchemaVersion, migrations as defaultMigrations } from './migrations.ts';
import type { Migration } from './migration.ts';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Open without writing anything (a damaged or newer database is shown, never modified). */
  readonly?: boolean;
  /** Migrations to run; defaults to the app's list (tests pass their own). */
  migrations?: readonly Migration[];
  /**
   * Called before pending migrations run on a database that already has a schema (not a new one),
   * after its WAL was checkpointed into the file: the file is then complete and idle, so the hook
   * can copy it (the pre-migration backup). If it throws, nothing is migrated and the open fails.
   */
  beforeMigrate?: (file: string, from: number, to: number) => void;
}

/**
 * Pragmas measured to lose nothing (../shared/RELIABILITY.md). better-sqlite3 reopens a WAL
 * database at synchronous=NORMAL, so these are applied on every open, not just the first.
 */
const durablePragmas = [
  'journal_mode = WAL',
  'synchronous = FULL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
  'journal_size_limit = 67108864',
] as const;

/**
 * Opens (creating if needed) the database at `file`, applies the durable pragmas, checks they
 * stuck, and brings the schema up to date in one transaction. `:memory:` works for tests.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  try {
    // Check the version before any pragma: setting WAL on a database we are about to refuse
    // would already rewrite its header (R5: a refused database is never modified).
    refuseNewer(db, options.migrations ?? defaultMigrations);
    if (!options.readonly) {
      for (const pragma of durablePragmas) db.pragma(pragma);
      assertDurable(db, file);
    } else {
      db.pragma('busy_timeout = 5000');
      db.pragma('query_only = ON');
    }
    migrate(db, options.migrations ?? defaultMigrations, options.readonly ?? false, () => {
      const from = schemaVersion(db);
      if (!options.beforeMigrate || from === 0 || file === ':memory:' || file === '') return;
      db.pragma('wal_checkpoint(TRUNCATE)');
      options.beforeMigrate(file, from, (options.migrations ?? defaultMigrations).at(-1)?.version ?? 0);
    });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function assertDurable(db: Db, file: string): void {
  const synchronous = db.pragma('synchronous', { simple: true });
  const journal = String(db.pragma('journal_mode', { simple: true }));
  const foreignKeys = db.pragma('foreign_keys', { simple: true });
  // In-memory databases cannot use WAL; every file database must.
  const walExpected = file !== ':memory:' && file !== '';
  if (synchronous !== 2 || foreignKeys !== 1 || (walExpected && journal !== 'wal')) {
    throw new AppError('INTERNAL', `durable pragmas did not stick (synchronous=${String(synchronous)}, journal=${journal})`);
  }
}

/** Current `user_version` of an open database. */
export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

function refuseNewer(db: Db, list: readonly Migration[]): void {
  const current = schemaVersion(db);
  const latest = list.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new AppError('DB_TOO_NEW', `database schema ${current} is newer than this app understands (${latest})`);
  }
}

function migrate(db: Db, list: readonly Migration[], readonly: boolean, beforeMigrate: () => void): void {
  const current = schemaVersion(db);
  const latest = list.at(-1)?.version ?? 0;
  const pending = list.filter((m) => m.version > current);
  if (pending.length === 0) return;
  if (readonly) throw new AppError('DB_READONLY', `database needs migration to ${latest} but is open read-only`);
  beforeMigrate();
  // All pending steps and the version bump commit together: a kill leaves old or new, never half.
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
}

export { latestSchemaVersion };
