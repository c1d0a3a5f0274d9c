import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../createBackend.ts';
import { AppError } from '../services/appError.ts';
import { describeStartupError, startupErrorKind } from './startupError.ts';

function fsError(code: string) {
  return Object.assign(new Error(code), { code });
}

describe('startupErrorKind', () => {
  it.each([
    [new AppError('DB_TOO_NEW', 'x'), 'tooNew'],
    [fsError('SQLITE_CORRUPT'), 'damaged'],
    [fsError('SQLITE_NOTADB'), 'damaged'],
    [fsError('SQLITE_BUSY'), 'busy'],
    [fsError('SQLITE_FULL'), 'diskFull'],
    [fsError('ENOSPC'), 'diskFull'],
    [fsError('EACCES'), 'noAccess'],
    [fsError('SQLITE_CANTOPEN'), 'noAccess'],
    [new Error('boom'), 'other'],
    [null, 'other'],
    ['string', 'other'],
  ] as const)('%s -> %s', (error, kind) => {
    expect(startupErrorKind(error)).toBe(kind);
  });
});

describe('describeStartupError', () => {
  it('names the file, says nothing changed, in the OS language', () => {
    const en = describeStartupError(new AppError('DB_TOO_NEW', 'x'), '/data/redaksi.db', 'en-US');
    expect(en.title).toMatch(/cannot open/);
    expect(en.message).toMatch(/newer version/);
    expect(en.message).toMatch(/not changed or deleted/);
    expect(en.message).toContain('/data/redaksi.db');
    const id = describeStartupError(new AppError('DB_TOO_NEW', 'x'), '/data/redaksi.db', 'id-ID');
    expect(id.message).toMatch(/versi Redaksi yang lebih baru/);
    expect(id.message).toMatch(/tidak mengubah atau menghapus/);
  });

  it('includes the message only for unexpected errors', () => {
    expect(describeStartupError(new Error('weird thing'), 'p', 'en').message).toContain('weird thing');
    expect(describeStartupError(fsError('SQLITE_NOTADB'), 'p', 'en').message).not.toContain('SQLITE');
  });
});

describe('real database failures map to clear kinds and leave the file alone', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'redaksi-startup-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function openFails(): unknown {
    try {
      createBackend({ dataDir: dir, systemLocale: 'en', appVersion: '0.0.0' }).close();
    } catch (error) {
      return error;
    }
    throw new Error('expected createBackend to fail');
  }

  it('a database from a newer app is tooNew', () => {
    const db = new Database(join(dir, 'redaksi.db'));
    db.pragma('user_version = 9999');
    db.close();
    expect(startupErrorKind(openFails())).toBe('tooNew');
    // Not byte-identical: openDatabase applies journal_mode=WAL before its version check.
    const reopened = new Database(join(dir, 'redaksi.db'), { readonly: true });
    expect(reopened.pragma('user_version', { simple: true })).toBe(9999);
    reopened.close();
  });

  it('a file that is not a database no longer stops the start: it opens read-only as damaged, untouched', () => {
    writeFileSync(join(dir, 'redaksi.db'), 'this is not sqlite, just text that is long enough '.repeat(200));
    const before = readFileSync(join(dir, 'redaksi.db'));
    const backend = createBackend({ dataDir: dir, systemLocale: 'en', appVersion: '0.0.0' });
    try {
      expect(backend.health).toMatchObject({ status: 'damaged', readOnly: true });
    } finally {
      backend.close();
    }
    expect(readFileSync(join(dir, 'redaksi.db')).equals(before)).toBe(true);
    // What the error box would say, were SQLite's refusal to reach it (a file opened by another tool, say).
    expect(startupErrorKind(Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' }))).toBe('damaged');
  });
});
