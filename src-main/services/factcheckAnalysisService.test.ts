import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../createBackend.ts';
import { realSpellChecker, testCacheDir } from '../spelling/testing/realDictionaries.ts';
import { dictionaryCacheDir } from './proofreadingService.ts';

let dir: string;
let backend: Backend;
let articleId: string;

// Our own text: the count of evacuees changes between paragraphs, and one speaker is never introduced.
const blocks = [
  { key: 'a', text: 'Sebanyak 120 warga dievakuasi ke balai desa pada Senin (3/3/2025).' },
  { key: 'b', text: 'Petugas mendata 210 warga di balai desa itu. "Air naik cepat sekali," kata Dimas.' },
];

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

interface Analysis {
  candidates: Array<{ key: string; text: string }>;
  consistency: Array<{ rule: string; key: string; text: string; message: string; related?: { key: string; text: string } }>;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-factcheck-analysis-'));
  await realSpellChecker();
  if (existsSync(testCacheDir)) cpSync(testCacheDir, dictionaryCacheDir(dir), { recursive: true });
  backend = createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test', dispatch: { validateOutput: true } });
  articleId = (await call<{ id: string }>('createArticle', { lang: 'id', title: 'Banjir' })).id;
}, 180_000);

afterAll(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('analyseClaims', () => {
  it('returns candidates and consistency findings per paragraph, in the UI language, from the worker', { timeout: 120_000 }, async () => {
    const result = await call<Analysis>('analyseClaims', { articleId, lang: 'id', blocks });
    expect([...new Set(result.candidates.map((c) => c.key))].sort()).toEqual(['a', 'b']);
    expect(result.consistency.map((f) => `${f.rule} ${f.key}:${f.text} -> ${f.related?.key}:${f.related?.text}`)).toEqual([
      'consistency.quantity-mismatch b:210 -> a:120',
      'consistency.speaker-unintroduced b:Dimas -> b:"Air naik cepat sekali,"',
    ]);
    // systemLocale id-ID: Indonesian messages until the user picks another UI language.
    expect(result.consistency[0]!.message).toBe('Untuk warga ditulis "210" di sini, tetapi "120" di paragraf 1.');
    await call('updateSettings', { uiLanguage: 'en' });
    const english = await call<Analysis>('analyseClaims', { articleId, lang: 'id', blocks });
    expect(english.consistency[0]!.message).toBe('For warga this says "210", but "120" in paragraph 1.');
  });

  it('respects rules switched off in Settings', { timeout: 60_000 }, async () => {
    await call('setProofreadingRule', { rule: 'consistency.speaker-unintroduced', enabled: false });
    const result = await call<Analysis>('analyseClaims', { articleId, lang: 'id', blocks });
    expect(result.consistency.map((f) => f.rule)).toEqual(['consistency.quantity-mismatch']);
    await call('setProofreadingRule', { rule: 'consistency.speaker-unintroduced', enabled: true });
  });
});
