import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';

export interface DatabaseHealthCheck {
  ok: boolean;
  /** What SQLite said when it was not ok (first lines of quick_check, or the open error). */
  detail: string;
  /** How long the check took, in ms (goal: under 1 s for a 100 MB database). */
  ms: number;
}

/**
 * Start-up check, before anything writes to the file: `PRAGMA quick_check` on a read-only
 * connection (the main file is never written; a -wal left by a crash is read, not replayed into
 * it). A file SQLite refuses to read (garbage header, truncated) is not ok either. A missing file
 * is ok: the app creates a new one.
 */
export function checkDatabaseHealth(file: string): DatabaseHealthCheck {
  const started = performance.now();
  const done = (ok: boolean, detail: string): DatabaseHealthCheck => ({ ok, detail, ms: Math.round(performance.now() - started) });
  if (!existsSync(file)) return done(true, '');
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = (db.pragma('quick_check(5)') as { quick_check: string }[]).map((r) => r.quick_check);
    return rows.length === 1 && rows[0] === 'ok' ? done(true, '') : done(false, rows.join('; ').slice(0, 1000));
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    // Busy or unreadable is not "damaged": the normal open reports those as it always did.
    if (!code.startsWith('SQLITE_CORRUPT') && !code.startsWith('SQLITE_NOTADB')) return done(true, '');
    return done(false, `${code}: ${(error as Error).message}`.slice(0, 1000));
  } finally {
    db?.close();
  }
}
