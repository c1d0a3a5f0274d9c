/**
 * Machine translation through the real backend (bridge dispatch, SQLite, the MT worker) against
 * local test servers that speak the engines' protocols: the engines' settings and keys, the
 * no-traffic-unless-switched-on rule, MT suggestions with QA, pre-translation (memory first, then
 * MT as drafts, stored in a memory only once a person confirms), and the model manager.
 * The servers' "translations" are their fixed test transform (`[en] ` + text), never real output.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src-preload/contract/errors.ts';
import type { MtModel, MtSettingsView, MtSuggestion } from '../../src-preload/contract/mt.ts';
import type { Job, TmMatch, TranslationSummary, TranslationView } from '../../src-preload/contract/translation.ts';
import type { Article } from '../../src-preload/contract/domain.ts';
import { createBackend, type Backend } from '../createBackend.ts';
import { startFakeMtServer, type FakeMtServer } from '../mt/testing/fakeMtServers.ts';
import { buildModelZip, makeTestModel } from '../mt/models/testing/makeTestModel.ts';

let dir: string;
let backend: Backend;
let server: FakeMtServer;

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = (await backend.dispatch(method as never, input as never)) as Result<T>;
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value;
}
async function failure(method: string, input: unknown): Promise<string> {
  const r = (await backend.dispatch(method as never, input as never)) as Result<unknown>;
  if (r.ok) throw new Error(`${method} should have failed`);
  return r.error.code;
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** An Indonesian article of our own, translated to English: returns the target article id. */
async function translation(sentences: string[]): Promise<string> {
  const a = await call<Article>('createArticle', { lang: 'id', title: 'Harga pangan di Bandung' });
  await call('saveArticle', { id: a.id, title: a.title, doc: { type: 'doc', content: sentences.map(paragraph) }, baseVersion: a.version });
  const t = await call<TranslationSummary>('createTranslation', { sourceArticleId: a.id, targetLang: 'en' });
  return t.target.articleId;
}

async function waitJob(job: Job): Promise<Job> {
  return backend.services.jobs.wait(job.id);
}

beforeAll(async () => {
  server = await startFakeMtServer('openai');
});
afterAll(async () => {
  await server.close();
});

describe('machine translation through the backend', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'redaksi-mt-'));
    backend = createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: 'test' });
  });
  afterAll(() => {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    server.requests.length = 0;
  });

  it('starts with every online engine off, and an engine that is off sends nothing at all', async () => {
    const view = await call<MtSettingsView>('getMtSettings', {});
    expect(view.engines.map((e) => [e.id, e.offline, e.enabled])).toEqual([
      ['bergamot', true, true],
      ['openai', false, false],
      ['libretranslate', false, false],
      ['deepl', false, false],
    ]);
    expect(view.defaultEngine).toBe('bergamot');
    await call('updateMtEngine', { id: 'openai', baseUrl: server.baseUrl, model: 'test-model' });
    const target = await translation(['Harga cabai naik 12 persen pekan ini.']);
    expect(await failure('suggestMt', { articleId: target, segmentId: 'b1.0', engine: 'openai' })).toBe('MT_ENGINE_OFF');
    expect(await failure('startPretranslate', { articleId: target, engine: 'openai' })).toBe('MT_ENGINE_OFF');
    // Bergamot with no model installed: a clear error, no network either.
    expect(await failure('suggestMt', { articleId: target, segmentId: 'b1.0', engine: 'bergamot' })).toBe('MT_NO_MODEL');
    expect(server.requests).toHaveLength(0);
  });

  it('stores a key encrypted, never shows it, and sends it only to the engine it belongs to', async () => {
    const key = 'sk-local-test-key-7f3a9c';
    const view = await call<MtSettingsView>('updateMtEngine', { id: 'openai', enabled: true, apiKey: key });
    const openai = view.engines.find((e) => e.id === 'openai')!;
    expect(openai).toMatchObject({ enabled: true, hasKey: true, baseUrl: server.baseUrl, model: 'test-model' });
    expect(openai.ready).toEqual([
      { from: 'id', to: 'en' },
      { from: 'en', to: 'id' },
    ]);
    expect(JSON.stringify(view)).not.toContain(key);
    // Not in the database file in plain text (the settings row holds ciphertext).
    backend.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(backend.databasePath).includes(Buffer.from(key))).toBe(false);

    const target = await translation(['Pedagang di Pasar Kosambi menjual beras Rp 13.500 per kilogram.']);
    const suggestion = await call<MtSuggestion>('suggestMt', { articleId: target, segmentId: 'b1.0', engine: 'openai' });
    expect(suggestion).toMatchObject({ engine: 'openai', target: '[en] Pedagang di Pasar Kosambi menjual beras Rp 13.500 per kilogram.' });
    // The test server's output is still Indonesian: translation QA says so before anyone uses it.
    expect(suggestion.findings.map((f) => f.rule)).toContain('untranslated');
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${key}`);
    // Nothing was saved: the segment is still empty.
    const view2 = await call<TranslationView>('getTranslation', { articleId: target });
    expect(view2.segments[0]!.target).toBe('');

    const removed = await call<MtSettingsView>('updateMtEngine', { id: 'openai', apiKey: null });
    expect(removed.engines.find((e) => e.id === 'openai')!.hasKey).toBe(false);
  });

  it('pre-translates from the memory first, then by MT as drafts that reach a memory only when confirmed', async () => {
    const memory = await call<{ id: string }>('createMemory', { name: 'Pangan', sourceLang: 'id', targetLang: 'en' });
    backend.services.tm.store({
      source: 'Harga bawang merah turun.',
      target: 'Shallot prices fell.',
      sourceLang: 'id',
      targetLang: 'en',
      author: 'Sari',
      originArticleId: null,
      context: '',
    });
    const target = await translation(['Harga bawang merah turun.', 'Stok beras di gudang Bulog cukup untuk tiga bulan.']);
    const job = await waitJob(await call<Job>('startPretranslate', { articleId: target, engine: 'openai' }));
    // Three segments: the headline and the two sentences; the memory fills one.
    expect(job).toMatchObject({ state: 'done', result: { filled: 1, machine: 2, total: 3 } });
    // The test server's output is still Indonesian: QA flags both before anyone confirms them.
    expect(job.result!.flagged).toBe(2);
    expect(server.requests).toHaveLength(1);
    const sent = JSON.stringify(server.requests[0]!.body);
    // Only what the memory could not fill went to the engine.
    expect(sent).toContain('Stok beras di gudang Bulog');
    expect(sent).not.toContain('bawang merah');

    const view = await call<TranslationView>('getTranslation', { articleId: target });
    const fromTm = view.segments.find((s) => s.source === 'Harga bawang merah turun.');
    const fromMt = view.segments.find((s) => s.source.startsWith('Stok beras'));
    expect(fromTm).toMatchObject({ origin: 'tm', status: 'translated', target: 'Shallot prices fell.', mtEngine: null });
    expect(fromMt).toMatchObject({ origin: 'mt', mtEngine: 'openai', status: 'draft', target: '[en] Stok beras di gudang Bulog cukup untuk tiga bulan.' });

    const lookup = () => call<TmMatch[]>('lookupTm', { source: 'Stok beras di gudang Bulog cukup untuk tiga bulan.', sourceLang: 'id', targetLang: 'en', minScore: 100 });
    expect(await lookup()).toEqual([]);
    // A person confirms it (unchanged): now it is stored, and the segment still says MT wrote it.
    const saved = await call<{ segment: { origin: string; mtEngine: string | null } }>('updateSegment', {
      articleId: target,
      segmentId: fromMt!.id,
      target: fromMt!.target,
      status: 'translated',
    });
    expect(saved.segment).toMatchObject({ origin: 'mt', mtEngine: 'openai' });
    expect((await lookup()).map((m) => [m.memoryId, m.target])).toEqual([[memory.id, fromMt!.target]]);
  });

  it('a failed engine fails the job and writes nothing; a cancelled one writes nothing either', async () => {
    const broken = await startFakeMtServer('openai', 'status:500');
    try {
      await call('updateMtEngine', { id: 'openai', baseUrl: broken.baseUrl });
      const target = await translation(['Bupati meresmikan pasar baru di Cicalengka.']);
      const job = await waitJob(await call<Job>('startPretranslate', { articleId: target, engine: 'openai' }));
      expect(job.state).toBe('failed');
      expect(job.error?.code).toBe('MT_UNAVAILABLE');
      const view = await call<TranslationView>('getTranslation', { articleId: target });
      expect(view.segments.every((s) => s.target === '')).toBe(true);
    } finally {
      await broken.close();
    }
    const hanging = await startFakeMtServer('openai', 'hang');
    try {
      await call('updateMtEngine', { id: 'openai', baseUrl: hanging.baseUrl });
      const target = await translation(['Warga antre minyak goreng sejak subuh.']);
      const started = await call<Job>('startPretranslate', { articleId: target, engine: 'openai' });
      await expect.poll(() => hanging.requests.length).toBe(1);
      await call('cancelJob', { id: started.id });
      expect((await waitJob(started)).state).toBe('cancelled');
      const view = await call<TranslationView>('getTranslation', { articleId: target });
      expect(view.segments[0]!.target).toBe('');
    } finally {
      await hanging.close();
      await call('updateMtEngine', { id: 'openai', baseUrl: server.baseUrl });
    }
  });

  it('installs a model archive the user chose (checked), makes Bergamot ready for it, and removes it', async () => {
    const model = makeTestModel('iden');
    const zip = Buffer.from(buildModelZip(model, { checksums: 'manifest' })).toString('base64');
    const models = await call<MtModel[]>('importMtModel', { files: [{ name: 'iden.zip', dataBase64: zip }] });
    expect(models).toEqual([expect.objectContaining({ from: 'id', to: 'en', origin: 'import', damaged: false })]);
    const view = await call<MtSettingsView>('getMtSettings', {});
    expect(view.engines.find((e) => e.id === 'bergamot')!.ready).toEqual([{ from: 'id', to: 'en' }]);

    // A damaged archive is refused and the installed model stays.
    const bad = Buffer.from(zip, 'base64');
    const middle = Math.floor(bad.length / 2);
    bad[middle] = bad[middle]! ^ 0xff;
    expect(await failure('importMtModel', { files: [{ name: 'iden.zip', dataBase64: bad.toString('base64') }] })).toMatch(/^(MT_MODEL_INVALID|IMPORT_FAILED)$/);
    expect(await call<MtModel[]>('listMtModels', {})).toEqual(models);

    // The test model is structurally valid but was never trained: Marian refuses to run it, and the
    // user is told the model is unusable rather than shown made-up text.
    const target = await translation(['Jalan tol Cisumdawu dibuka untuk umum.']);
    expect(await failure('suggestMt', { articleId: target, segmentId: 'b1.0', engine: 'bergamot' })).toBe('MT_MODEL_INVALID');

    expect(await call<MtModel[]>('removeMtModel', { from: 'id', to: 'en' })).toEqual([]);
    expect((await call<MtSettingsView>('getMtSettings', {})).engines.find((e) => e.id === 'bergamot')!.ready).toEqual([]);
  });
});

describe('where the system has no encrypted store', () => {
  it('refuses to store a key rather than keep it in plain text', async () => {
    const home = mkdtempSync(join(tmpdir(), 'redaksi-mt-nokeys-'));
    const b = createBackend({
      dataDir: home,
      systemLocale: 'en-GB',
      appVersion: 'test',
      secrets: {
        available: () => false,
        encrypt: () => {
          throw new Error('must not be called');
        },
        decrypt: () => {
          throw new Error('must not be called');
        },
      },
    });
    try {
      const r = (await b.dispatch('updateMtEngine', { id: 'deepl', apiKey: 'deepl-test-key:fx' })) as Result<MtSettingsView>;
      expect(r.ok).toBe(false);
      const view = (await b.dispatch('getMtSettings', {})) as Result<MtSettingsView>;
      expect(view.ok && view.value.keyStoreAvailable).toBe(false);
      expect(view.ok && view.value.engines.find((e) => e.id === 'deepl')!.hasKey).toBe(false);
    } finally {
      b.close();
      rmSync(home, { recursive: true, force: true });
    }
  });
});
