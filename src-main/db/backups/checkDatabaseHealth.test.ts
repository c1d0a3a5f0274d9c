/**
 * R5 (RELIABILITY.md): a damaged database is reported, opened read-only, never modified or
 * deleted. The fixtures are damaged here, byte by byte: flipped bytes in page 2, a truncated file,
 * a garbage header. After a start the file's sha256 is unchanged, writes are refused with
 * DB_READONLY, reads answer where SQLite can read, and restoring a backup moves the damaged file
 * aside (same bytes) instead of deleting it.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, truncateSync, closeSync, writeSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, databaseFileName, type Backend } from '../../createBackend.ts';
import { checkDatabaseHealth } from './checkDatabaseHealth.ts';
import type { Article } from '../../../src-preload/contract/domain.ts';
import type { Backup, DatabaseHealth, RestoreResult } from '../../../src-preload/contract/backups.ts';

const root = mkdtempSync(join(tmpdir(), 'redaksi-r5-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function must<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}
const open = (dir: string) => createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test', dispatch: { validateOutput: true } });

let healthy: string;
let backupName: string;
let articleId: string;

/** A closed, healthy database with a few articles and one backup of it. */
beforeAll(async () => {
  healthy = join(root, 'healthy');
  const backend = open(healthy);
  for (let i = 0; i < 40; i++) {
    const a = await must<Article>(backend, 'createArticle', { lang: 'id', title: `Laporan pasar nomor ${i}` });
    await must(backend, 'saveArticle', { id: a.id, title: a.title, doc: paragraph(`Harga beras naik ${i} persen di pasar induk. `.repeat(30)), baseVersion: a.version });
    articleId ??= a.id;
  }
  backupName = (await must<Backup>(backend, 'createBackup', {})).id;
  backend.close();
});

/** Copies the healthy folder and damages its database with `damage`. */
function damaged(name: string, damage: (file: string) => void): { dir: string; file: string } {
  const dir = join(root, name);
  mkdirSync(join(dir, 'backups'), { recursive: true });
  copyFileSync(join(healthy, databaseFileName), join(dir, databaseFileName));
  copyFileSync(join(healthy, 'backups', backupName), join(dir, 'backups', backupName));
  const file = join(dir, databaseFileName);
  damage(file);
  return { dir, file };
}

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, bytes, 0, bytes.length, offset);
  closeSync(fd);
}

const fixtures: [string, (file: string) => void][] = [
  [
    'flipped bytes in page 2',
    (file) => {
      const page = readFileSync(file).readUInt16BE(16) || 65536;
      const original = readFileSync(file).subarray(page, page + 64);
      overwrite(file, page, Buffer.from(original.map((b) => b ^ 0xff)));
    },
  ],
  [
    // Damage away from the articles table: the library must still be readable.
    'flipped header of a revisions page',
    (file) => {
      const db = new Database(file, { readonly: true });
      const page = db.prepare("SELECT max(pageno) FROM dbstat WHERE name = 'revisions' AND pagetype = 'leaf'").pluck().get() as number;
      const size = db.pragma('page_size', { simple: true }) as number;
      db.close();
      const offset = (page - 1) * size;
      overwrite(file, offset, Buffer.from(readFileSync(file).subarray(offset, offset + 8).map((b) => b ^ 0xff)));
    },
  ],
  ['truncated to a third', (file) => truncateSync(file, Math.floor(statSync(file).size / 3))],
  ['garbage header', (file) => overwrite(file, 0, Buffer.from('Ini bukan basis data, hanya teks acak. '.repeat(3)))],
];

describe.each(fixtures)('R5: %s', (name, damage) => {
  it('is reported damaged, opened read-only, refuses writes, and its bytes never change', async () => {
    const { dir, file } = damaged(name.replaceAll(' ', '-'), damage);
    const before = sha256(file);
    expect(checkDatabaseHealth(file).ok).toBe(false);

    const backend = open(dir);
    const health = await must<DatabaseHealth>(backend, 'getDatabaseHealth', {});
    expect(health).toMatchObject({ status: 'damaged', readOnly: true, path: file });
    expect(health.detail.length).toBeGreaterThan(0);

    // Writes are refused with the typed error, whatever their kind.
    for (const [method, input] of [
      ['createArticle', { lang: 'id', title: 'Tidak boleh tersimpan' }],
      ['saveArticle', { id: articleId, title: 'x', doc: paragraph('x'), baseVersion: 2 }],
      ['updateSettings', { userName: 'Rina' }],
      ['deleteArticle', { id: articleId }],
      ['createBackup', {}],
    ] as const) {
      expect(await backend.dispatch(method, input), method).toMatchObject({ ok: false, error: { code: 'DB_READONLY' } });
    }
    // Reads answer (with what SQLite can still read, possibly nothing, never a crash of the bridge).
    const list = await backend.dispatch('listArticles', {});
    if (name.includes('revisions')) {
      expect(list.ok && list.value).toHaveLength(40);
      expect(await backend.dispatch('getArticle', { id: articleId })).toMatchObject({ ok: true, value: { title: 'Laporan pasar nomor 0' } });
    } else if (!list.ok) {
      // Where SQLite cannot read (the table's own pages are gone), the read fails cleanly.
      expect(list.error.code).toBe('INTERNAL');
    }
    expect(await backend.dispatch('listBackups', {})).toMatchObject({ ok: true });
    backend.close();
    // A second start sees the same damage and still does not touch the file.
    const again = open(dir);
    expect(again.health.readOnly).toBe(true);
    again.close();
    expect(existsSync(file)).toBe(true);
    expect(sha256(file)).toBe(before);

    // The way out: restore a backup. The damaged file is renamed aside, byte for byte, never deleted.
    const fixer = open(dir);
    const result = await must<RestoreResult>(fixer, 'restoreBackup', { id: backupName });
    expect(result.beforeRestore).toBeUndefined();
    expect(result.damagedCopyPath).toMatch(/redaksi-damaged-\d{8}-\d{6}(-\d+)?\.db$/);
    expect(sha256(result.damagedCopyPath!)).toBe(before);
    expect(fixer.health).toMatchObject({ status: 'ok', readOnly: false });
    const restored = await must<Article>(fixer, 'getArticle', { id: articleId });
    expect(restored.title).toBe('Laporan pasar nomor 0');
    await must(fixer, 'createArticle', { lang: 'id', title: 'Tersimpan lagi' });
    fixer.close();
    expect(readdirSync(dir).filter((f) => f.startsWith('redaksi-damaged-') && f.endsWith('.db'))).toHaveLength(1);
  });
});

it('a healthy database passes the check quickly', () => {
  const result = checkDatabaseHealth(join(healthy, databaseFileName));
  expect(result.ok).toBe(true);
  expect(result.ms).toBeLessThan(1000);
});
