import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../createBackend.ts';
import { realSpellChecker, testCacheDir } from '../spelling/testing/realDictionaries.ts';
import { dictionaryCacheDir } from './proofreadingService.ts';

let dir: string;
let backend: Backend;
let articleA: string;
let articleB: string;

// Our own text: "klontongwati" is a made-up word; "dirumah" breaks the di- rule.
const text = 'Pedagang klontongwati berkumpul dirumah kepala desa.';

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function findings(articleId: string): Promise<string[]> {
  const { results } = await call<{ results: Array<{ key: string; findings: Array<{ rule: string; text: string }> }> }>('proofreadBlocks', {
    articleId,
    lang: 'id',
    blocks: [{ key: 'p1', text }],
  });
  return results[0]!.findings.map((f) => `${f.rule}:${f.text}`);
}

function open(): Backend {
  return createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test', dispatch: { validateOutput: true } });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-proofreading-'));
  // The shared test cache saves expanding the dictionaries again; the worker reads it from the data folder.
  await realSpellChecker();
  if (existsSync(testCacheDir)) cpSync(testCacheDir, dictionaryCacheDir(dir), { recursive: true });
  backend = open();
  articleA = (await call<{ id: string }>('createArticle', { lang: 'id', title: 'Pasar desa' })).id;
  articleB = (await call<{ id: string }>('createArticle', { lang: 'id', title: 'Balai desa' })).id;
}, 180_000);

afterAll(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ProofreadingService', () => {
  it('does not start the worker until the first check', () => {
    expect(backend.services.proofreading.workerStarts).toBe(0);
  });

  it('finds the unknown word and the joined preposition', { timeout: 120_000 }, async () => {
    expect(await findings(articleA)).toEqual(['spelling.unknown:klontongwati', 'id.di-place:dirumah']);
    expect(backend.services.proofreading.workerStarts).toBe(1);
  });

  it('keeps the personal dictionary and switched-off rules across a reopen of the data folder', { timeout: 120_000 }, async () => {
    await call('addToDictionary', { word: 'klontongwati' });
    const settings = await call<{ disabledRules: string[]; dictionary: string[] }>('setProofreadingRule', { rule: 'id.di-place', enabled: false });
    expect(settings).toEqual({ disabledRules: ['id.di-place'], dictionary: ['klontongwati'] });
    // With the rule off nothing reports it as a di- problem (whether spelling then flags the word is the spelling checker's business).
    expect((await findings(articleA)).filter((f) => !f.startsWith('spelling.') || f.includes('klontongwati'))).toEqual([]);

    backend.close();
    backend = open();
    expect(await call('getProofreadingSettings', {})).toEqual(settings);
    expect((await findings(articleA)).filter((f) => !f.startsWith('spelling.') || f.includes('klontongwati'))).toEqual([]);

    await call('removeFromDictionary', { word: 'Klontongwati' });
    await call('setProofreadingRule', { rule: 'id.di-place', enabled: true });
    expect(await findings(articleA)).toEqual(['spelling.unknown:klontongwati', 'id.di-place:dirumah']);
  });

  it('"ignore all" applies to one article only', { timeout: 60_000 }, async () => {
    expect(await call('ignoreWord', { articleId: articleA, word: 'klontongwati' })).toEqual({ ignored: ['klontongwati'] });
    expect(await findings(articleA)).toEqual(['id.di-place:dirumah']);
    expect(await findings(articleB)).toEqual(['spelling.unknown:klontongwati', 'id.di-place:dirumah']);
  });

  it('"ignore all" words go with their article when the trash is emptied', async () => {
    const scratch = await call<{ id: string }>('createArticle', { lang: 'id' });
    await call('ignoreWord', { articleId: scratch.id, word: 'klontongwati' });
    const key = `proofreading.ignored.${scratch.id}`;
    const stored = () => backend.db.prepare('SELECT count(*) FROM settings WHERE key = ?').pluck().get(key);
    expect(stored()).toBe(1);
    await call('deleteArticle', { id: scratch.id });
    await call('emptyTrash', {});
    expect(stored()).toBe(0);
    // Another article's words stay.
    expect(await findings(articleA)).toEqual(['id.di-place:dirumah']);
  });

  it('an unknown rule id is NOT_FOUND and changes nothing', async () => {
    const before = await call('getProofreadingSettings', {});
    expect(await backend.dispatch('setProofreadingRule', { rule: 'id.no-such-rule', enabled: false })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('getProofreadingSettings', {})).toEqual(before);
  });

  it('lists every rule with both UI languages', async () => {
    const { rules } = await call<{ rules: Array<{ id: string; title: { id: string; en: string } }> }>('listProofreadingRules', {});
    const ids = rules.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['spelling.unknown', 'id.di-place', 'id.nonstandard', 'date.weekday', 'en.a-an']));
    for (const r of rules) expect(r.title.id && r.title.en).toBeTruthy();
  });

  it('a crashed worker is PROOFREADING_UNAVAILABLE for the request it took down, then restarts', { timeout: 120_000 }, async () => {
    const service = backend.services.proofreading;
    const starts = service.workerStarts;
    // Reaching into the client to crash it the way a native fault would.
    const crash = service['client'].request('crash', {}).catch(() => 'crashed');
    const during = backend.dispatch('proofreadBlocks', { articleId: articleB, lang: 'id', blocks: [{ key: 'p1', text }] });
    expect(await crash).toBe('crashed');
    expect(await during).toMatchObject({ ok: false, error: { code: 'PROOFREADING_UNAVAILABLE' } });
    expect(await findings(articleB)).toEqual(['spelling.unknown:klontongwati', 'id.di-place:dirumah']);
    expect(service.workerStarts).toBe(starts + 1);
  });
});
