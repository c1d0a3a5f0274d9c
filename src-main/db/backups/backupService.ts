import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../services/appError.ts';
import type { Db } from '../openDatabase.ts';
import { backupNamePattern, listBackupFiles, newBackupName, removeStaleTempFiles, rotateBackups, tempFileName, type BackupFile, type BackupReason } from './backupFiles.ts';

/** fsync of a file by path (sync: the pre-migration copy runs inside the synchronous open). */
function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** fsync on the folder makes a rename durable on Linux and macOS; Windows cannot open folders. */
function syncFolderSync(folder: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems refuse fsync on folders; the data itself is already synced.
  }
}

function removeSidecars(path: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

/**
 * Makes `path` a self-contained file (rollback journal, so a backup is one file and opens without
 * a -wal beside it) and runs `PRAGMA integrity_check` on it. Throws `BACKUP_INVALID` when SQLite
 * does not call it ok; nothing outside `path` and its own sidecars is touched.
 */
export function verifyDatabaseFile(path: string): void {
  let db: Db | undefined;
  try {
    db = new Database(path, { fileMustExist: true });
    db.pragma('journal_mode = DELETE');
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const first = rows[0]?.integrity_check;
    if (rows.length !== 1 || first !== 'ok') throw new AppError('BACKUP_INVALID', `integrity_check of ${basename(path)}: ${rows.map((r) => r.integrity_check).slice(0, 3).join('; ')}`);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BACKUP_INVALID', `${basename(path)} is not a usable database: ${(error as Error).message}`);
  } finally {
    db?.close();
    removeSidecars(path);
  }
}

/**
 * The backups folder (`<data>/backups/`). Every backup is written to a temp file in that folder,
 * checked with integrity_check, fsynced and renamed to its final name (RELIABILITY.md: backup()
 * straight to the final name was corrupt in 27 of 40 kills), then the rotation policy runs.
 */
export class BackupStore {
  readonly folder: string;

  constructor(folder: string) {
    this.folder = folder;
  }

  list(): BackupFile[] {
    return listBackupFiles(this.folder);
  }

  /** Full path of a listed backup; `NOT_FOUND` for anything else (ids come from the bridge). */
  pathOf(id: string): string {
    if (!backupNamePattern.test(id) || !existsSync(join(this.folder, id))) throw new AppError('NOT_FOUND', `no backup ${id}`);
    return join(this.folder, id);
  }

  /** Leftovers of a writer that was killed (temp files); called at start. */
  cleanUp(): void {
    removeStaleTempFiles(this.folder);
  }

  /** Online backup of an open database (SQLite's backup API: consistent while the app writes). */
  async backupOpenDatabase(db: Db, reason: BackupReason): Promise<BackupFile> {
    return this.write(reason, (temp) => db.backup(temp).then(() => undefined));
  }

  /**
   * Copy of a database file nobody writes to at this moment (before a migration: its WAL was just
   * checkpointed into the file). Synchronous, because opening the database is.
   */
  copyQuiescentFile(file: string, reason: BackupReason): BackupFile {
    const { temp, finalPath } = this.prepare(reason);
    try {
      copyFileSync(file, temp);
      return this.finish(temp, finalPath);
    } catch (error) {
      rmSync(temp, { force: true });
      removeSidecars(temp);
      throw error;
    }
  }

  private prepare(reason: BackupReason): { temp: string; finalPath: string } {
    mkdirSync(this.folder, { recursive: true });
    const name = newBackupName(this.folder, reason, new Date());
    return { temp: join(this.folder, tempFileName(name, randomBytes(6).toString('hex'))), finalPath: join(this.folder, name) };
  }

  private async write(reason: BackupReason, fill: (temp: string) => Promise<void>): Promise<BackupFile> {
    const { temp, finalPath } = this.prepare(reason);
    try {
      await fill(temp);
      return this.finish(temp, finalPath);
    } catch (error) {
      rmSync(temp, { force: true });
      removeSidecars(temp);
      if (error instanceof AppError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOSPC' || code === 'SQLITE_FULL') throw new AppError('DISK_FULL', `backup failed: ${(error as Error).message}`);
      throw error;
    }
  }

  private finish(temp: string, finalPath: string): BackupFile {
    verifyDatabaseFile(temp);
    syncFile(temp);
    renameSync(temp, finalPath);
    syncFolderSync(this.folder);
    rotateBackups(this.folder);
    const made = this.list().find((b) => b.id === basename(finalPath));
    if (!made) throw new AppError('INTERNAL', `backup ${basename(finalPath)} vanished after writing`);
    return made;
  }
}

/**
 * Puts a copy of `source` in place of the database at `databasePath` (closed by the caller):
 * stale -wal/-shm/-journal go first (they belong to the old file and would be replayed into the
 * new one), then a temp copy next to the database is fsynced and renamed over it.
 */
export function installDatabaseFile(source: string, databasePath: string): void {
  const folder = dirname(databasePath);
  const temp = join(folder, tempFileName(basename(databasePath), randomBytes(6).toString('hex')));
  try {
    copyFileSync(source, temp);
    syncFile(temp);
    removeSidecars(databasePath);
    renameSync(temp, databasePath);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolderSync(folder);
}

/**
 * A damaged database is never deleted or written: before a restore replaces it, it is renamed to
 * `redaksi-damaged-<time>.db` (with its sidecars) in the same folder. Returns the new path.
 */
export function moveDamagedAside(databasePath: string, now = new Date()): string {
  const folder = dirname(databasePath);
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  let target = join(folder, `redaksi-damaged-${stamp}.db`);
  for (let n = 2; existsSync(target); n++) target = join(folder, `redaksi-damaged-${stamp}-${n}.db`);
  for (const suffix of ['-wal', '-shm', '-journal']) if (existsSync(databasePath + suffix)) renameSync(databasePath + suffix, target + suffix);
  renameSync(databasePath, target);
  syncFolderSync(folder);
  return target;
}

/** How often the schedule looks for changes, and how old the newest backup may be at start. */
export const backupIntervalMs = 30 * 60_000;
export const startupBackupAgeMs = 24 * 60 * 60_000;

/**
 * Scheduled backups, off the bridge's path: one at start when the newest backup is more than a
 * day old, then every 30 minutes if the database changed since the last one. "Changed" compares
 * `PRAGMA data_version` (commits by other connections: the TMX import worker) and
 * `total_changes()` (our own connection), read through `signature`.
 */
export class BackupSchedule {
  private timer: NodeJS.Timeout | undefined;
  private lastSignature: string | undefined;
  private running: Promise<unknown> | undefined;

  private readonly store: BackupStore;
  private readonly backup: () => Promise<unknown>;
  private readonly signature: () => string;
  private readonly intervalMs: number;

  constructor(store: BackupStore, backup: () => Promise<unknown>, signature: () => string, intervalMs = backupIntervalMs) {
    this.store = store;
    this.backup = backup;
    this.signature = signature;
    this.intervalMs = intervalMs;
  }

  /** Takes the start-up backup if due and starts the timer (unref'd: it never keeps a process alive). */
  async start(now = Date.now()): Promise<void> {
    const newest = this.store.list()[0];
    if (!newest || now - Date.parse(newest.createdAt) > startupBackupAgeMs) await this.run(true);
    else this.lastSignature = this.signature();
    this.timer = setInterval(() => void this.run(false).catch(() => undefined), this.intervalMs);
    this.timer.unref();
  }

  /** One tick: backs up only when the database changed since the last backup. */
  async run(force: boolean): Promise<boolean> {
    if (this.running) return false;
    const before = this.signature();
    if (!force && before === this.lastSignature) return false;
    this.running = this.backup();
    try {
      await this.running;
      this.lastSignature = before;
      return true;
    } finally {
      this.running = undefined;
    }
  }

  /** After a restore the connection is new: its counters start again. */
  rebase(): void {
    this.lastSignature = this.signature();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
