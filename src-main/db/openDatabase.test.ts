import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion, openDatabase, schemaVersion } from './openDatabase.ts';
import { migrations } from './migrations.ts';
import type { Migration } from './migration.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function pragmas(db: Database.Database) {
  return {
    journal: db.pragma('journal_mode', { simple: true }),
    synchronous: db.pragma('synchronous', { simple: true }),
    foreignKeys: db.pragma('foreign_keys', { simple: true }),
    busyTimeout: db.pragma('busy_timeout', { simple: true }),
    journalSizeLimit: db.pragma('journal_size_limit', { simple: true }),
  };
}

const durable = { journal: 'wal', synchronous: 2, foreignKeys: 1, busyTimeout: 5000, journalSizeLimit: 67108864 };

describe('openDatabase', () => {
  it('applies WAL, synchronous=FULL and the other pragmas on first open (R2)', () => {
    const db = openDatabase(join(dir, 'a.db'));
    expect(pragmas(db)).toEqual(durable);
    db.close();
  });

  it('re-applies them on every reopen, where better-sqlite3 would fall back to NORMAL (R2)', () => {
    const file = join(dir, 'a.db');
    openDatabase(file).close();
    // A plain reopen shows the trap: WAL persists but synchronous does not.
    const plain = new Database(file);
    expect(plain.pragma('synchronous', { simple: true })).not.toBe(2);
    plain.close();
    for (let i = 0; i < 3; i++) {
      const db = openDatabase(file);
      expect(pragmas(db)).toEqual(durable);
      db.close();
    }
  });

  it('records user_version and creates the schema', () => {
    const db = openDatabase(join(dir, 'a.db'));
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['articles', 'settings']));
    db.close();
  });

  it('replays every migration on :memory: in order, zero-padded and contiguous', () => {
    const db = openDatabase(':memory:');
    expect(schemaVersion(db)).toBe(migrations.length);
    migrations.forEach((m, i) => expect(m.version).toBe(i + 1));
    db.close();
  });

  it('keeps content across a reopen with a newer migration list', () => {
    const file = join(dir, 'a.db');
    const db = openDatabase(file);
    db.prepare("INSERT INTO settings (key, value) VALUES ('k', '\"v\"')").run();
    db.close();
    const extra: Migration = { version: latestSchemaVersion + 1, name: 'extra', up: (d) => d.exec('CREATE TABLE extra (x INTEGER) STRICT') };
    const again = openDatabase(file, { migrations: [...migrations, extra] });
    expect(schemaVersion(again)).toBe(latestSchemaVersion + 1);
    expect(again.prepare("SELECT value FROM settings WHERE key='k'").pluck().get()).toBe('"v"');
    again.close();
  });

  it('rolls back every step of a failed migration run: old schema, old version, nothing half-done', () => {
    const file = join(dir, 'a.db');
    openDatabase(file).close();
    const good: Migration = { version: latestSchemaVersion + 1, name: 'good', up: (d) => d.exec('CREATE TABLE t1 (x INTEGER)') };
    const bad: Migration = { version: latestSchemaVersion + 2, name: 'bad', up: (d) => d.exec('CREATE TABLE oops (') };
    expect(() => openDatabase(file, { migrations: [...migrations, good, bad] })).toThrow();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name='t1'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a database written by a newer app with DB_TOO_NEW and leaves it byte-identical', () => {
    const file = join(dir, 'a.db');
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestSchemaVersion + 5}`);
    raw.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(expect.objectContaining({ code: 'DB_TOO_NEW' }));
    expect(readFileSync(file).equals(before)).toBe(true);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(latestSchemaVersion + 5);
    check.close();
  });
});
