/**
 * What `dispatch` turns errors into: the codes the renderer explains to an editor (DISK_FULL,
 * DB_BUSY, DB_READONLY, CONFLICT …), and INTERNAL for everything else, logged but never leaked.
 * Disk full and a locked database are produced for real on SQLite files (R6).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorCodes, type ErrorCode } from '../../src-preload/contract/errors.ts';
import { createBackend, type Backend } from '../createBackend.ts';
import { latestSchemaVersion, openDatabase } from '../db/openDatabase.ts';
import { AppError } from '../services/appError.ts';
import { createServices } from '../services/createServices.ts';
import { createDispatch } from './dispatch.ts';
import { createHandlers, type Handlers } from './handlers.ts';

let dir: string;
let backend: Backend;
let logged: { method: string; error: unknown }[];

function open(): Backend {
  return createBackend({
    dataDir: dir,
    systemLocale: 'id-ID',
    appVersion: '0.0.0-test',
    dispatch: { validateOutput: true, logError: (method, error) => logged.push({ method, error }) },
  });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-dispatch-'));
  logged = [];
  backend = open();
});

afterEach(() => {
  if (backend.db.open) backend.close();
  rmSync(dir, { recursive: true, force: true });
});

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...texts: string[]) => ({ type: 'doc', content: texts.map(paragraph) });

/** Creates an article and saves a first body into it; returns its id and version. */
async function savedArticle(b: Backend = backend) {
  const created = await b.dispatch('createArticle', { lang: 'id', title: 'Harga beras naik' });
  if (!created.ok) throw new Error(created.error.message);
  const id = (created.value as { id: string }).id;
  const body = doc('Harga beras medium naik Rp1.000 per kilogram.', 'Pedagang di pasar-pasar tradisional mengeluh.');
  const saved = await b.dispatch('saveArticle', { id, title: 'Harga beras naik', doc: body, baseVersion: 1 });
  if (!saved.ok) throw new Error(saved.error.message);
  return { id, version: (saved.value as { version: number }).version, body };
}

/** Handlers of a real backend with one method replaced. */
function handlersWith(override: Partial<Handlers>): Handlers {
  const services = createServices(backend.db, { systemLocale: 'id-ID' });
  return { ...createHandlers({ services, app: { name: 'Redaksi', version: '0', schemaVersion: 1 } }), ...override };
}

/** A paragraph-per-line body of roughly `kb` kilobytes of varied Indonesian text. */
function bigDoc(kb: number) {
  const words = ['pemerintah', 'daerah', 'mengumumkan', 'anggaran', 'baru', 'untuk', 'perbaikan', 'jalan-jalan', 'desa', 'tahun', 'depan'];
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < kb * 1024; i++) {
    const line = `${i}. ${Array.from({ length: 20 }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' ')}.`;
    lines.push(line);
    size += line.length;
  }
  return doc(...lines);
}

describe('AppError codes pass through unchanged', () => {
  it('NOT_FOUND for an article that does not exist', async () => {
    const result = await backend.dispatch('getArticle', { id: '0b7e6c1a-2f3d-4c5b-9a8e-7d6c5b4a3f2e' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(logged).toEqual([]);
  });

  it('CONFLICT for a save based on an old version', async () => {
    const { id } = await savedArticle();
    const result = await backend.dispatch('saveArticle', { id, title: 'Versi lama', doc: doc('Teks usang.'), baseVersion: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(logged).toEqual([]);
  });

  it.each(errorCodes)('%s thrown as an AppError by a handler keeps its code and message', async (code: ErrorCode) => {
    const dispatch = createDispatch(
      handlersWith({
        getSettings: () => {
          throw new AppError(code, `sengaja: ${code}`);
        },
      }),
      { logError: (method, error) => logged.push({ method, error }) },
    );
    expect(await dispatch('getSettings', {})).toEqual({ ok: false, error: { code, message: `sengaja: ${code}` } });
    expect(logged).toEqual([]);
  });
});

describe('disk full (R6)', () => {
  it('is DISK_FULL, keeps the earlier text, and a retry succeeds once space is freed', async () => {
    const { id, version, body } = await savedArticle();
    const pages = Number(backend.db.pragma('page_count', { simple: true }));
    backend.db.pragma(`max_page_count = ${pages + 2}`);

    const big = bigDoc(300);
    const full = await backend.dispatch('saveArticle', { id, title: 'Anggaran desa', doc: big, baseVersion: version });
    expect(full).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(logged).toEqual([]);

    // Earlier text intact, nothing half-written; new small articles may still fit or fail cleanly.
    expect(await backend.dispatch('getArticle', { id })).toMatchObject({ ok: true, value: { doc: body, version, title: 'Harga beras naik' } });
    expect(backend.db.pragma('integrity_check', { simple: true })).toBe('ok');

    backend.db.pragma('max_page_count = 1073741823');
    const retry = await backend.dispatch('saveArticle', { id, title: 'Anggaran desa', doc: big, baseVersion: version });
    expect(retry).toMatchObject({ ok: true, value: { version: version + 1 } });
    expect(await backend.dispatch('getArticle', { id })).toMatchObject({ ok: true, value: { doc: big, version: version + 1, title: 'Anggaran desa' } });
  });

  it('creating an article on a full disk is DISK_FULL and leaves the list as it was', async () => {
    await savedArticle();
    const before = await backend.dispatch('listArticles', {});
    backend.db.pragma(`max_page_count = ${Number(backend.db.pragma('page_count', { simple: true }))}`);
    // A small row may still fit into free space on an existing page; keep creating until it does not.
    let created = 0;
    let result = await backend.dispatch('createArticle', { lang: 'en', title: 'x'.repeat(1000) });
    for (; result.ok && created < 50; created++) result = await backend.dispatch('createArticle', { lang: 'en', title: 'x'.repeat(1000) });
    expect(result).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    const after = await backend.dispatch('listArticles', {});
    if (!before.ok || !after.ok) throw new Error('list failed');
    const beforeList = before.value as unknown[];
    expect(after.value).toHaveLength(beforeList.length + created);
    expect(after.value).toEqual(expect.arrayContaining(beforeList));
    expect(backend.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('locked database (R6/R7)', () => {
  it('is DB_BUSY within the busy timeout, readers still see the saved text, and a retry succeeds', async () => {
    const { id, version, body } = await savedArticle();
    backend.db.pragma('busy_timeout = 50');
    const other = new Database(backend.databasePath);
    try {
      other.exec('BEGIN IMMEDIATE');

      const started = performance.now();
      const save = await backend.dispatch('saveArticle', { id, title: 'Harga beras turun', doc: doc('Harga kembali normal.'), baseVersion: version });
      expect(save).toMatchObject({ ok: false, error: { code: 'DB_BUSY' } });
      expect(performance.now() - started).toBeLessThan(2000);
      expect(await backend.dispatch('createArticle', { lang: 'en', title: 'Blocked' })).toMatchObject({ ok: false, error: { code: 'DB_BUSY' } });
      expect(await backend.dispatch('updateSettings', { userName: 'Budi' })).toMatchObject({ ok: false, error: { code: 'DB_BUSY' } });
      expect(logged).toEqual([]);

      // WAL: reading is not blocked by the other writer, and shows the last acknowledged text.
      expect(await backend.dispatch('getArticle', { id })).toMatchObject({ ok: true, value: { doc: body, version } });
      expect(await backend.dispatch('listArticles', {})).toMatchObject({ ok: true, value: [{ id }] });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }

    const retry = await backend.dispatch('saveArticle', { id, title: 'Harga beras turun', doc: doc('Harga kembali normal.'), baseVersion: version });
    expect(retry).toMatchObject({ ok: true, value: { version: version + 1 } });
    expect(await backend.dispatch('getArticle', { id })).toMatchObject({ ok: true, value: { title: 'Harga beras turun', version: version + 1 } });
    expect(await backend.dispatch('updateSettings', { userName: 'Budi' })).toMatchObject({ ok: true, value: { userName: 'Budi' } });
  });
});

describe('read-only database', () => {
  it('writes are DB_READONLY and reads still work (a damaged database is opened read-only)', async () => {
    const { id, body } = await savedArticle();
    backend.close();
    const db = openDatabase(join(dir, 'redaksi.db'), { readonly: true });
    try {
      const services = createServices(db, { systemLocale: 'en-US' });
      const dispatch = createDispatch(createHandlers({ services, app: { name: 'Redaksi', version: '0', schemaVersion: 1 } }), {
        validateOutput: true,
        logError: (method, error) => logged.push({ method, error }),
      });
      expect(await dispatch('getArticle', { id })).toMatchObject({ ok: true, value: { doc: body } });
      expect(await dispatch('saveArticle', { id, title: 'Tidak boleh', doc: doc('Tidak tersimpan.'), baseVersion: 2 })).toMatchObject({
        ok: false,
        error: { code: 'DB_READONLY' },
      });
      expect(await dispatch('createArticle', { lang: 'id' })).toMatchObject({ ok: false, error: { code: 'DB_READONLY' } });
      expect(await dispatch('updateSettings', { uiLanguage: 'en' })).toMatchObject({ ok: false, error: { code: 'DB_READONLY' } });
      expect(logged).toEqual([]);
    } finally {
      db.close();
    }
  });
});

describe('unexpected errors', () => {
  it('are INTERNAL, logged with the real error, and leak neither message nor stack', async () => {
    const secret = new Error('cannot read /home/wartawan/.config/redaksi/kunci-rahasia.pem');
    const dispatch = createDispatch(
      handlersWith({
        listArticles: () => {
          throw secret;
        },
      }),
      { logError: (method, error) => logged.push({ method, error }) },
    );
    const result = await dispatch('listArticles', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const text = JSON.stringify(result);
    expect(text).not.toContain('kunci-rahasia');
    expect(text).not.toContain('/home/');
    expect(text).not.toMatch(/\bat\s.+:\d+:\d+/);
    expect(logged).toEqual([{ method: 'listArticles', error: secret }]);
  });

  it('a non-Error throw and a rejected promise are INTERNAL too', async () => {
    const dispatch = createDispatch(
      handlersWith({
        getSettings: () => {
          throw 'string thrown' as unknown as Error;
        },
        getAppInfo: () => Promise.reject(new TypeError('x is undefined')),
      }),
      { logError: (method, error) => logged.push({ method, error }) },
    );
    expect(await dispatch('getSettings', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await dispatch('getAppInfo', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(logged.map((l) => l.method)).toEqual(['getSettings', 'getAppInfo']);
  });

  it('SQLite errors the user cannot act on (a constraint failure) are INTERNAL and logged, without the SQL message', async () => {
    const dispatch = createDispatch(
      handlersWith({
        createArticle: () => {
          backend.db.prepare("INSERT INTO articles (id, lang, doc, created_at, updated_at) VALUES ('x', 'fr', '{}', 'a', 'b')").run();
          throw new Error('unreachable');
        },
      }),
      { logError: (method, error) => logged.push({ method, error }) },
    );
    const result = await dispatch('createArticle', { lang: 'id' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toMatch(/CHECK|constraint|articles/i);
    expect(logged).toHaveLength(1);
    expect(logged[0]!.error).toMatchObject({ code: 'SQLITE_CONSTRAINT_CHECK' });
  });

  it('a call after the database was closed (e.g. during quit) is INTERNAL, not a crash', async () => {
    backend.close();
    const result = await backend.dispatch('listArticles', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(logged).toHaveLength(1);
  });

  it('without a logError option an unexpected error is still INTERNAL', async () => {
    const dispatch = createDispatch(
      handlersWith({
        listArticles: () => {
          throw new Error('boom');
        },
      }),
    );
    expect(await dispatch('listArticles', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('output validation', () => {
  it('catches a handler that returns the wrong shape when validateOutput is on', async () => {
    const handlers = handlersWith({
      getSettings: () => ({ uiLanguage: 'fr', uiLanguageChosen: 'yes', userName: 3 }) as never,
      getAppInfo: () => ({ name: 'Redaksi' }) as never,
    });
    const dispatch = createDispatch(handlers, { validateOutput: true });
    const settings = await dispatch('getSettings', {});
    expect(settings).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!settings.ok) expect(settings.error.message).toContain('getSettings returned invalid output');
    expect(await dispatch('getAppInfo', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });

    // Off (production): the value passes through untouched.
    const lax = createDispatch(handlers);
    expect(await lax('getAppInfo', {})).toEqual({ ok: true, value: { name: 'Redaksi' } });
  });

  it('catches drift between the database and the contract (a row the contract does not allow)', async () => {
    const { id } = await savedArticle();
    backend.db.prepare("UPDATE articles SET updated_at = 'kemarin sore' WHERE id = ?").run(id);
    expect(await backend.dispatch('listArticles', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await backend.dispatch('getArticle', { id })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('valid outputs pass through as the value', async () => {
    expect(await backend.dispatch('getAppInfo', {})).toEqual({ ok: true, value: { name: 'Redaksi', version: '0.0.0-test', schemaVersion: latestSchemaVersion } });
    expect(await backend.dispatch('reportQuitReady', { requestId: 'q-7' })).toEqual({ ok: true, value: {} });
  });
});

describe('unknown methods', () => {
  it.each(['deleteEverything', 'constructor', '__proto__', 'toString', 'api:listArticles', ''])('%j is UNKNOWN_METHOD', async (name) => {
    expect(await backend.dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });
});
