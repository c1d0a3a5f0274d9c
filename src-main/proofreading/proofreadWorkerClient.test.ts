import { afterAll, describe, expect, it } from 'vitest';
import { testCacheDir } from '../spelling/testing/realDictionaries.ts';
import { ProofreadWorkerClient, ProofreadWorkerError } from './proofreadWorkerClient.ts';

const syncState = { personal: [] as string[], disabled: [] as string[] };
const client = new ProofreadWorkerClient({ cacheDir: testCacheDir, syncState: () => syncState });
afterAll(() => client.terminate());

// Our own text: a joined preposition, an unknown word, a weekday that does not match its date.
const paragraph = 'Warga berkumpul dirumah kepala desa pada Senin (5/2/2025) untuk membahas klontongwati.';

function rules(findings: Array<{ rule: string; text: string }>): string[] {
  return findings.map((f) => `${f.rule}:${f.text}`);
}

describe('proofreading worker client', () => {
  it('starts on the first request, checks blocks by key with offsets into each text, and suggests', { timeout: 120_000 }, async () => {
    expect(client.started).toBe(false);
    const results = await client.request('check', {
      blocks: [
        { key: 'a', text: paragraph, lang: 'id' },
        { key: 'b', text: 'This is a apple.', lang: 'en' },
      ],
      uiLanguage: 'en',
      ignored: [],
    });
    expect(results.map((r) => r.key)).toEqual(['a', 'b']);
    const a = results[0]!.findings;
    expect(rules(a)).toEqual(expect.arrayContaining(['id.di-place:dirumah', 'date.weekday:Senin', 'spelling.unknown:klontongwati']));
    for (const f of a) expect(paragraph.slice(f.start, f.end)).toBe(f.text);
    // The editor asks for spelling suggestions per word, so the pass does not compute them.
    expect(a.find((f) => f.rule === 'spelling.unknown')!.suggestions).toEqual([]);
    expect(rules(results[1]!.findings)).toContain('en.a-an:a');
    expect(await client.request('suggest', { word: 'rumh', lang: 'id' })).toContain('rumah');
  });

  it('applies the synced personal dictionary and switched-off rules, and per-request ignored words', { timeout: 60_000 }, async () => {
    syncState.personal = ['klontongwati'];
    syncState.disabled = ['date.weekday'];
    await client.sync();
    const [synced] = await client.request('check', { blocks: [{ key: 'a', text: paragraph, lang: 'id' }], uiLanguage: 'id', ignored: [] });
    expect(rules(synced!.findings)).toEqual(['id.di-place:dirumah']);
    syncState.personal = [];
    syncState.disabled = [];
    await client.sync();
    const [ignored] = await client.request('check', { blocks: [{ key: 'a', text: paragraph, lang: 'id' }], uiLanguage: 'id', ignored: ['KLONTONGWATI'] });
    expect(rules(ignored!.findings)).toEqual(['id.di-place:dirumah', 'date.weekday:Senin']);
  });

  it('a crashed worker fails its pending requests with ProofreadWorkerError, and the next request restarts it with the word lists', { timeout: 120_000 }, async () => {
    const startsBefore = client.starts;
    syncState.personal = ['klontongwati'];
    await client.sync();
    const crash = client.request('crash', {});
    const pending = client.request('check', { blocks: [{ key: 'a', text: paragraph, lang: 'id' }], uiLanguage: 'id', ignored: [] });
    await expect(crash).rejects.toBeInstanceOf(ProofreadWorkerError);
    await expect(pending).rejects.toThrow(/stopped|exit/);
    const [again] = await client.request('check', { blocks: [{ key: 'a', text: paragraph, lang: 'id' }], uiLanguage: 'id', ignored: [] });
    expect(client.starts).toBe(startsBefore + 1);
    // The fresh worker got the personal dictionary when it started.
    expect(rules(again!.findings)).not.toContain('spelling.unknown:klontongwati');
    syncState.personal = [];
  });

  it('a worker that does not answer in time is stopped and reported, never left hanging', { timeout: 120_000 }, async () => {
    const slow = new ProofreadWorkerClient({ cacheDir: testCacheDir, syncState: () => syncState, timeoutMs: 1 });
    try {
      // 1 ms is too short even for loading from the cache (the load gets 4 ms).
      await expect(slow.request('suggest', { word: 'rumh', lang: 'id' })).rejects.toThrow(/did not answer/);
      expect(slow.started).toBe(false);
    } finally {
      await slow.terminate();
    }
  });
});
