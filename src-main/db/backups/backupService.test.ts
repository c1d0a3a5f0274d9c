/**
 * R4 (RELIABILITY.md): rotating backups keep exactly what the policy says, every kept backup opens
 * with integrity_check ok and holds its data, and the restore drill brings data back with the
 * state it replaced kept as a "before-restore" backup.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../createBackend.ts';
import { openDatabase } from '../openDatabase.ts';
import type { Migration } from '../migration.ts';
import { backupsToDrop, listBackupFiles, type BackupFile, type BackupReason } from './backupFiles.ts';
import { BackupSchedule, BackupStore } from './backupService.ts';
import type { Article } from '../../../src-preload/contract/domain.ts';
import type { Backup, RestoreResult } from '../../../src-preload/contract/backups.ts';

const root = mkdtempSync(join(tmpdir(), 'redaksi-r4-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
const freshDir = () => join(root, `d${++dirs}`);

const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
function textOf(article: Article): string {
  const p = article.doc.content?.[0] as { content?: { text: string }[] } | undefined;
  return p?.content?.[0]?.text ?? '';
}

async function must<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

function backendIn(dir: string): Backend {
  return createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test', dispatch: { validateOutput: true } });
}

/** Opens a backup on its own and returns its integrity_check answer and the titles it holds. */
function inspect(path: string): { check: string; titles: string[] } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const check = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    const titles = (db.prepare('SELECT title FROM articles ORDER BY title').pluck().all() as string[]);
    return { check, titles };
  } finally {
    db.close();
  }
}

describe('rotation policy (pure)', () => {
  it('drops all but the newest 10 scheduled and 5 pre-migration, never manual or before-restore', () => {
    const list: BackupFile[] = [];
    const add = (reason: BackupReason, n: number) => {
      for (let i = 0; i < n; i++) list.push({ id: `${reason}-${i}`, reason, createdAt: new Date(Date.UTC(2026, 10, 1, 0, list.length)).toISOString(), sizeBytes: 1 });
    };
    add('scheduled', 13);
    add('pre-migration', 7);
    add('manual', 30);
    add('before-restore', 12);
    const newestFirst = [...list].reverse();
    const dropped = backupsToDrop(newestFirst).map((b) => b.id).sort();
    expect(dropped).toEqual(['pre-migration-0', 'pre-migration-1', 'scheduled-0', 'scheduled-1', 'scheduled-2']);
  });
});

describe('backups of a live database', () => {
  it('keeps exactly the newest 10 scheduled and 5 pre-migration; every kept one checks ok and has its data', async () => {
    const dir = freshDir();
    const backend = backendIn(dir);
    const store = new BackupStore(join(dir, 'backups'));
    const made: { id: string; reason: BackupReason; title: string }[] = [];
    for (let i = 0; i < 14; i++) {
      const title = `Banjir rob hari ke-${String(i).padStart(2, '0')}`;
      await must(backend, 'createArticle', { lang: 'id', title });
      const reason: BackupReason = i % 2 === 0 ? 'scheduled' : 'pre-migration';
      const b = await store.backupOpenDatabase(backend.db, reason);
      made.push({ id: b.id, reason, title });
    }
    for (let i = 0; i < 6; i++) {
      await must(backend, 'createArticle', { lang: 'en', title: `Flood day ${i}` });
      made.push({ id: (await store.backupOpenDatabase(backend.db, 'scheduled')).id, reason: 'scheduled', title: `Flood day ${i}` });
    }
    made.push({ id: (await must<Backup>(backend, 'createBackup', {})).id, reason: 'manual', title: 'Flood day 5' });
    backend.close();

    const kept = listBackupFiles(store.folder);
    const expected = [
      ...made.filter((m) => m.reason === 'scheduled').slice(-10),
      ...made.filter((m) => m.reason === 'pre-migration').slice(-5),
      ...made.filter((m) => m.reason === 'manual'),
    ].map((m) => m.id);
    expect(kept.map((b) => b.id).sort()).toEqual(expected.sort());
    expect(kept.filter((b) => b.reason === 'scheduled')).toHaveLength(10);
    expect(kept.filter((b) => b.reason === 'pre-migration')).toHaveLength(5);
    // Only finished backups are in the folder: no temp files, no -wal/-shm beside them.
    expect(readdirSync(store.folder).sort()).toEqual(expected.sort());
    for (const b of kept) {
      const { check, titles } = inspect(join(store.folder, b.id));
      expect(check, b.id).toBe('ok');
      expect(titles, b.id).toContain(made.find((m) => m.id === b.id)!.title);
      expect(b.sizeBytes).toBeGreaterThan(0);
    }
  });

  it('restore drill: change, restore, the old text is back and the replaced state is a before-restore backup', async () => {
    const dir = freshDir();
    const backend = backendIn(dir);
    const created = await must<Article>(backend, 'createArticle', { lang: 'id', title: 'Anggaran desa' });
    const v2 = await must<{ version: number }>(backend, 'saveArticle', { id: created.id, title: 'Anggaran desa', doc: paragraph('Teks yang dicadangkan.'), baseVersion: created.version });
    const backup = await must<Backup>(backend, 'createBackup', {});
    expect(backup.reason).toBe('manual');
    await must(backend, 'saveArticle', { id: created.id, title: 'Anggaran desa (revisi)', doc: paragraph('Teks sesudah cadangan.'), baseVersion: v2.version });
    const oldDb = backend.db;

    const result = await must<RestoreResult>(backend, 'restoreBackup', { id: backup.id });
    expect(result.restored).toBe(backup.id);
    expect(result.beforeRestore).toMatch(/-before-restore(-\d+)?\.db$/);
    // The backend swapped its connection; the bridge keeps answering from the restored file.
    expect(backend.db).not.toBe(oldDb);
    expect(oldDb.open).toBe(false);
    const restored = await must<Article>(backend, 'getArticle', { id: created.id });
    expect(textOf(restored)).toBe('Teks yang dicadangkan.');
    expect(restored.title).toBe('Anggaran desa');
    const list = await must<Backup[]>(backend, 'listBackups', {});
    expect(list.map((b) => b.id)).toContain(result.beforeRestore);

    // The state the restore replaced is in the before-restore backup, and restores too.
    const again = await must<RestoreResult>(backend, 'restoreBackup', { id: result.beforeRestore! });
    expect(again.beforeRestore).toBeDefined();
    const back = await must<Article>(backend, 'getArticle', { id: created.id });
    expect(textOf(back)).toBe('Teks sesudah cadangan.');
    // Writes work on the restored database, and it is durable (WAL, synchronous=FULL) again.
    await must(backend, 'saveArticle', { id: created.id, title: 'Anggaran desa (final)', doc: paragraph('Sesudah pemulihan.'), baseVersion: back.version });
    expect(backend.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(backend.db.pragma('synchronous', { simple: true })).toBe(2);
    backend.close();
    for (const b of listBackupFiles(join(dir, 'backups'))) expect(inspect(join(dir, 'backups', b.id)).check).toBe('ok');
  });

  it('refuses to restore a damaged backup file and leaves the database as it was', async () => {
    const dir = freshDir();
    const backend = backendIn(dir);
    await must(backend, 'createArticle', { lang: 'id', title: 'Tetap ada' });
    const name = 'redaksi-20261101-120000-manual.db';
    mkdirSync(join(dir, 'backups'), { recursive: true });
    writeFileSync(join(dir, 'backups', name), Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0x5a)]));
    const result = await backend.dispatch('restoreBackup', { id: name });
    expect(result).toMatchObject({ ok: false, error: { code: 'BACKUP_INVALID' } });
    const titles = (await must<{ title: string }[]>(backend, 'listArticles', {})).map((a) => a.title);
    expect(titles).toEqual(['Tetap ada']);
    expect(await backend.dispatch('restoreBackup', { id: 'redaksi-20261101-120000-scheduled.db' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    backend.close();
  });
});

describe('pre-migration backup', () => {
  const v1: Migration = { version: 1, name: 'notes', up: (db) => db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)') };
  const v2: Migration = { version: 2, name: 'notes.tag', up: (db) => db.exec("ALTER TABLE notes ADD COLUMN tag TEXT NOT NULL DEFAULT ''") };

  it('copies the old file (its WAL checkpointed in) before migrating, only when there is something to migrate', () => {
    const dir = freshDir();
    const file = join(dir, 'x.db');
    const store = new BackupStore(join(dir, 'backups'));
    const hook = (f: string) => void store.copyQuiescentFile(f, 'pre-migration');
    mkdirSync(dir, { recursive: true });
    // A new database has nothing to lose: no backup.
    const first = openDatabase(file, { migrations: [v1], beforeMigrate: hook });
    first.prepare('INSERT INTO notes (body) VALUES (?)').run('Catatan sebelum pembaruan');
    first.close();
    expect(store.list()).toEqual([]);
    // Up to date: no backup either.
    openDatabase(file, { migrations: [v1], beforeMigrate: hook }).close();
    expect(store.list()).toEqual([]);

    const db = openDatabase(file, { migrations: [v1, v2], beforeMigrate: hook });
    db.close();
    const backups = store.list();
    expect(backups.map((b) => b.reason)).toEqual(['pre-migration']);
    const old = new Database(join(store.folder, backups[0]!.id), { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    expect(old.prepare('SELECT body FROM notes').pluck().all()).toEqual(['Catatan sebelum pembaruan']);
    expect(old.pragma('integrity_check', { simple: true })).toBe('ok');
    old.close();
  });

  it('a failing backup stops the migration: the old schema stays', () => {
    const dir = freshDir();
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'y.db');
    openDatabase(file, { migrations: [v1] }).close();
    expect(() =>
      openDatabase(file, {
        migrations: [v1, v2],
        beforeMigrate: () => {
          throw new Error('disk full while backing up');
        },
      }),
    ).toThrow('disk full');
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });
});

describe('schedule', () => {
  it('backs up at start when none is newer than a day, then only when the database changed', async () => {
    const dir = freshDir();
    const backend = backendIn(dir);
    let runs = 0;
    const schedule = new BackupSchedule(
      backend.backups,
      async () => {
        runs++;
        await backend.backups.backupOpenDatabase(backend.db, 'scheduled');
      },
      () => `${String(backend.db.pragma('data_version', { simple: true }))}:${String(backend.db.prepare('SELECT total_changes()').pluck().get())}`,
      60 * 60_000,
    );
    await schedule.start();
    expect(runs).toBe(1);
    expect(await schedule.run(false)).toBe(false); // nothing changed
    await must(backend, 'createArticle', { lang: 'id', title: 'Perubahan' });
    expect(await schedule.run(false)).toBe(true);
    expect(await schedule.run(false)).toBe(false);
    schedule.stop();
    // A second start within the day makes no start-up backup.
    const later = new BackupSchedule(backend.backups, async () => void runs++, () => 'same', 60 * 60_000);
    await later.start();
    later.stop();
    expect(runs).toBe(2);
    expect(existsSync(join(dir, 'backups'))).toBe(true);
    backend.close();
  });
});
