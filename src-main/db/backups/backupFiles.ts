import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Why a backup was made. `scheduled`: at start-up when the newest is over a day old, and every 30
 * minutes while the database changed; `pre-migration`: the file as it was before a schema upgrade;
 * `manual`: "Back up now"; `before-restore`: the state a restore replaced.
 */
export const backupReasons = ['scheduled', 'pre-migration', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

/**
 * Rotation policy: keep the newest 10 scheduled and the newest 5 pre-migration backups; backups the
 * user asked for (manual) or that hold a state a restore replaced (before-restore) are never
 * deleted automatically.
 */
export const keepNewest: Readonly<Partial<Record<BackupReason, number>>> = { scheduled: 10, 'pre-migration': 5 };

/** `redaksi-YYYYMMDD-HHMMSS-<reason>[-N].db`, time in UTC so names sort by time everywhere. */
export const backupNamePattern = /^redaksi-(\d{8})-(\d{6})-(scheduled|pre-migration|manual|before-restore)(?:-(\d{1,4}))?\.db$/;

export interface BackupFile {
  /** The file name: the backup's id. */
  id: string;
  reason: BackupReason;
  createdAt: string;
  sizeBytes: number;
}

function stamp(date: Date): string {
  const iso = date.toISOString(); // 2026-11-28T10:39:50.123Z
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
}

/**
 * A file name for a new backup. Backups made in the same second get `-2`, `-3`… after the highest
 * suffix present (not the first free one: rotation may have deleted an earlier name, and reusing it
 * would rank the new backup as the oldest of that second).
 */
export function newBackupName(folder: string, reason: BackupReason, now: Date): string {
  const base = `redaksi-${stamp(now)}-${reason}`;
  let highest = 0;
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch {
    // No folder yet: the first backup.
  }
  for (const name of names) {
    if (name === `${base}.db`) highest = Math.max(highest, 1);
    const m = name.startsWith(`${base}-`) ? /-(\d{1,4})\.db$/.exec(name.slice(base.length)) : null;
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return highest === 0 ? `${base}.db` : `${base}-${highest + 1}.db`;
}

/** Parses a backup file name; null for anything else (temp files, stray files). */
export function parseBackupName(name: string): { reason: BackupReason; createdAt: string; order: number } | null {
  const m = backupNamePattern.exec(name);
  if (!m) return null;
  const [, d, t, reason, n] = m as unknown as [string, string, string, BackupReason, string | undefined];
  const createdAt = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.000Z`;
  return { reason, createdAt, order: Number(n ?? 1) };
}

/** Every backup in `folder`, newest first. */
export function listBackupFiles(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const rows: (BackupFile & { order: number })[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    try {
      rows.push({ id: name, reason: parsed.reason, createdAt: parsed.createdAt, sizeBytes: statSync(join(folder, name)).size, order: parsed.order });
    } catch {
      // Deleted between readdir and stat (another rotation): not listed.
    }
  }
  rows.sort((a, b) => (a.createdAt === b.createdAt ? b.order - a.order : a.createdAt < b.createdAt ? 1 : -1));
  return rows.map(({ order: _order, ...row }) => row);
}

/** Which backups the policy drops, from a newest-first list. Pure, so the policy is tested by itself. */
export function backupsToDrop(newestFirst: readonly BackupFile[]): BackupFile[] {
  const seen = new Map<BackupReason, number>();
  return newestFirst.filter((b) => {
    const limit = keepNewest[b.reason];
    if (limit === undefined) return false;
    const count = (seen.get(b.reason) ?? 0) + 1;
    seen.set(b.reason, count);
    return count > limit;
  });
}

/** Applies the rotation policy in `folder`; returns the ids removed. */
export function rotateBackups(folder: string): string[] {
  const dropped = backupsToDrop(listBackupFiles(folder));
  for (const b of dropped) rmSync(join(folder, b.id), { force: true });
  return dropped.map((b) => b.id);
}

/** Temp files are `.<name>.<pid>.<random>.tmp`; the pid says whether their writer may still run. */
export function tempFileName(finalName: string, random: string): string {
  return `.${finalName}.${process.pid}.${random}.tmp`;
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temp files a killed writer left in `folder` (R3: a kill may leave a temp file, never a
 * truncated backup). Files of a process that still runs (the CLI beside the app) are left alone.
 */
export function removeStaleTempFiles(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = /^\..+\.(\d+)\.[0-9a-f]+\.tmp(-wal|-shm|-journal)?$/.exec(name);
    if (!m || processAlive(Number(m[1]))) continue;
    rmSync(join(folder, name), { force: true });
    removed.push(name);
  }
  return removed;
}
