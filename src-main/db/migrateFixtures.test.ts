/**
 * R8 (RELIABILITY.md): a database written by any earlier schema version opens with today's code
 * and keeps every word, setting, tag, status, revision and comment; and a kill in the middle of a
 * migration leaves the old schema or the new one, never half of it.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, databaseFileName, type Backend } from '../createBackend.ts';
import type { MethodName } from '../../src-preload/contract/channels.ts';
import { fixtureArticles, fixtureComment, fixtureMedia, fixtureRevision, fixtureSettings } from './fixtures/schemaFixtureContent.ts';
import { fixtureGlossaryId, fixturePath, fixtureTmUnits, fixtureWriters } from './fixtures/makeSchemaFixtures.ts';
import { migrations } from './migrations.ts';
import { latestSchemaVersion, openDatabase } from './openDatabase.ts';

const dir = mkdtempSync(join(tmpdir(), 'redaksi-r8-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every version before the current one must have a frozen fixture: users have such files. */
const earlierVersions = Array.from({ length: latestSchemaVersion - 1 }, (_, i) => i + 1);

function openCopy(version: number): Backend {
  const dataDir = mkdtempSync(join(dir, `v${version}-`));
  copyFileSync(fixturePath(version), join(dataDir, databaseFileName));
  return createBackend({ dataDir, systemLocale: 'en-US', appVersion: '0.0.0-test', dispatch: { logError: (method, error) => console.error(method, error) } });
}

async function call<T>(backend: Backend, method: MethodName, input: unknown): Promise<T> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

it('every earlier schema version has a committed fixture written at that version', () => {
  expect(earlierVersions.length).toBeGreaterThan(0);
  for (const version of earlierVersions) {
    expect(existsSync(fixturePath(version)), `schema-v${version}.db (run makeSchemaFixtures.ts ${version})`).toBe(true);
    expect(fixtureWriters[version], `a writer for version ${version}`).toBeTypeOf('function');
    const raw = new Database(fixturePath(version), { readonly: true, fileMustExist: true });
    try {
      expect(raw.pragma('user_version', { simple: true })).toBe(version);
    } finally {
      raw.close();
    }
  }
});

// The ones present; the test above fails for a missing one.
const fixtureVersions = earlierVersions.filter((version) => existsSync(fixturePath(version)));

describe.each(fixtureVersions)('a schema-v%i database opened today', (version) => {
  let backend: Backend;
  beforeAll(() => {
    backend = openCopy(version);
  });
  afterAll(() => backend.close());
  const live = fixtureArticles.filter((a) => version === 1 || !a.deletedAt);

  it('is migrated to the current schema and passes integrity_check', () => {
    expect(backend.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(backend.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('keeps every article with its headline, language and body', async () => {
    const list = await call<{ id: string; title: string }[]>(backend, 'listArticles', {});
    expect(list.map((a) => a.id).sort()).toEqual(live.map((a) => a.id).sort());
    for (const a of fixtureArticles) {
      const article = await call<{ title: string; lang: string; doc: unknown; standfirst: string; byline: string; status: string; tags: string[] }>(
        backend,
        'getArticle',
        { id: a.id },
      );
      expect(article.title).toBe(a.title);
      expect(article.lang).toBe(a.lang);
      expect(article.doc).toEqual(a.doc);
      if (version >= 2) {
        expect(article).toMatchObject({ standfirst: a.standfirst ?? '', byline: a.byline ?? '', status: a.status ?? 'draft', tags: a.tags ?? [] });
      }
    }
  });

  it('keeps the trash', async () => {
    const trash = await call<{ id: string }[]>(backend, 'listArticles', { trashed: true });
    expect(trash.map((a) => a.id)).toEqual(version === 1 ? [] : fixtureArticles.filter((a) => a.deletedAt).map((a) => a.id));
  });

  it('finds the old text in search, without accents and by prefix', async () => {
    for (const [query, article] of [
      ['cabai rawit', fixtureArticles[0]!],
      ['containers', fixtureArticles[1]!],
      ['pasok*', fixtureArticles[0]!],
    ] as const) {
      const hits = await call<{ summary: { id: string } }[]>(backend, 'searchArticles', { query });
      expect(hits.map((h) => h.summary.id), query).toEqual([article.id]);
    }
  });

  it('keeps settings, status history, revisions and comments', async () => {
    const settings = await call<{ userName: string; uiLanguage: string }>(backend, 'getSettings', {});
    expect(settings).toMatchObject(fixtureSettings);
    if (version >= 2) {
      const status = await call<{ history: { to: string }[] }>(backend, 'getArticleStatus', { id: fixtureArticles[1]!.id });
      expect(status.history.map((h) => h.to)).toContain(fixtureArticles[1]!.status);
    }
    if (version >= 3) {
      const revisions = await call<{ name: string | null; author: string }[]>(backend, 'listRevisions', { articleId: fixtureRevision.articleId });
      expect(revisions).toEqual(expect.arrayContaining([expect.objectContaining({ name: fixtureRevision.name, author: fixtureRevision.author })]));
      const threads = await call<{ quote: string; messages: { body: string }[] }[]>(backend, 'listComments', { articleId: fixtureComment.articleId });
      expect(threads).toHaveLength(1);
      expect(threads[0]!.quote).toBe(fixtureComment.quote);
      expect(threads[0]!.messages.map((m) => m.body)).toEqual(fixtureComment.messages.map((m) => m.body));
    }
  });

  it('keeps translation memories and glossaries, found by lookup and concordance', async () => {
    if (version < 7) return;
    const [source, target] = fixtureTmUnits[0]!;
    const matches = await call<{ target: string; score: number }[]>(backend, 'lookupTm', { source, sourceLang: 'id', targetLang: 'en' });
    expect(matches[0]).toMatchObject({ target, score: 100 });
    // Version 8 replaced the concordance index: the units written before are in the new one.
    const hits = await call<{ target: string }[]>(backend, 'concordance', { query: 'suspension brid', side: 'target', sourceLang: 'id', targetLang: 'en' });
    expect(hits.map((h) => h.target)).toEqual([fixtureTmUnits[1]![1]]);
    const terms = await call<{ id: string; termEn: string; forbiddenEn: string[] }[]>(backend, 'listGlossaryTerms', {});
    expect(terms.find((t) => t.id === fixtureGlossaryId)).toMatchObject({ termEn: 'budget', forbiddenEn: ['spending plan'] });
  });

  it('keeps stored pictures, byte for byte', () => {
    if (version < 4) return;
    const m = fixtureMedia();
    expect(Buffer.from(backend.services.media.get(m.id)?.bytes ?? []).equals(m.bytes)).toBe(true);
  });

  it('saves on top of the migrated article', async () => {
    const a = fixtureArticles[0]!;
    const before = await call<{ version: number }>(backend, 'getArticle', { id: a.id });
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Disunting setelah pembaruan.' }] }] };
    const receipt = await call<{ version: number }>(backend, 'saveArticle', { id: a.id, title: a.title, doc, baseVersion: before.version });
    expect(receipt.version).toBe(before.version + 1);
    const hits = await call<unknown[]>(backend, 'searchArticles', { query: 'pembaruan' });
    expect(hits).toHaveLength(1);
  });
});

describe('a kill in the middle of a migration', () => {
  // A version-1 library big enough that migrating it (re-indexing every body) takes a while.
  const big = join(dir, 'big-v1.db');
  const articles = 1500;
  const db = openDatabase(big, { migrations: migrations.slice(0, 1) });
  const insert = db.prepare("INSERT INTO articles (id, title, lang, doc, word_count, created_at, updated_at) VALUES (?, ?, 'id', ?, 300, ?, ?)");
  const text = 'Petani kopi di dataran tinggi menunggu hujan pertama musim ini. '.repeat(30);
  db.transaction(() => {
    for (let i = 0; i < articles; i++) {
      const doc = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Nomor ${i}. ${text}` }] }] });
      insert.run(`article-${i}`, `Judul ${i}`, doc, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z');
    }
  })();
  db.close();

  const child = join(import.meta.dirname, 'testing', 'migrateChild.ts');
  /** Runs the child on `file`, killing it `afterMs` after it starts opening (never, if undefined); resolves with the time it ran. */
  function migrateAndKill(file: string, afterMs?: number): Promise<number> {
    return new Promise((resolve, reject) => {
      const proc = spawn(process.execPath, [child, file], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let opening = 0;
      proc.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (!opening && out.includes('opening')) {
          opening = performance.now();
          if (afterMs !== undefined) setTimeout(() => proc.kill('SIGKILL'), afterMs);
        }
      });
      proc.on('error', reject);
      proc.on('exit', () => resolve(performance.now() - opening));
    });
  }

  it('leaves the old schema or the new one, with every article, never half', async () => {
    // How long an unkilled migration takes on this machine now, so the kills spread over it
    // (from the start to well after the commit) however loaded the machine is.
    const timed = join(dir, 'timed.db');
    copyFileSync(big, timed);
    const duration = await migrateAndKill(timed);
    const seen = new Set<number>();
    for (let i = 0; i < 12; i++) {
      const file = join(dir, `kill-${i}.db`);
      copyFileSync(big, file);
      await migrateAndKill(file, (i / 11) * duration * 1.4);
      const raw = new Database(file, { fileMustExist: true });
      try {
        expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
        const version = raw.pragma('user_version', { simple: true }) as number;
        expect([1, latestSchemaVersion]).toContain(version);
        seen.add(version);
        expect(raw.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(articles);
        const hasSearch = raw.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'search_docs'").pluck().get();
        expect(hasSearch).toBe(version === 1 ? 0 : 1);
        if (version !== 1) expect(raw.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(articles);
      } finally {
        raw.close();
      }
      // Whatever the kill left, the next start finishes the job.
      const reopened = openDatabase(file);
      expect(reopened.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(articles);
      reopened.close();
    }
    // The kills landed on both sides of the commit (otherwise the test proved nothing).
    expect(seen).toEqual(new Set([1, latestSchemaVersion]));
  }, 120_000);
});
