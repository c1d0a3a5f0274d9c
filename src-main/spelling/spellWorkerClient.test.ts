import { afterAll, describe, expect, it } from 'vitest';
import { SpellWorkerClient } from './spellWorkerClient.ts';
import { testCacheDir } from './testing/realDictionaries.ts';

const client = new SpellWorkerClient();
afterAll(() => client.terminate());

describe('spell worker protocol', () => {
  it('refuses work before load, then loads, checks with offsets, suggests and learns words', { timeout: 120_000 }, async () => {
    await expect(client.request('suggest', { word: 'rumh', lang: 'id' })).rejects.toThrow(/load/);
    const loaded = await client.request('load', { cacheDir: testCacheDir });
    expect(loaded.words.id).toBeGreaterThan(300_000);
    expect(loaded.words.en).toBeGreaterThan(100_000);
    const text = 'Rumah itu dihimbau kosong. Ada salah ketk.';
    const findings = await client.request('check', { text, lang: 'id' });
    expect(findings.map((f) => [f.text, f.start, f.end, f.rule])).toEqual([
      ['dihimbau', 10, 18, 'spelling.nonstandard'],
      ['ketk', text.indexOf('ketk'), text.indexOf('ketk') + 4, 'spelling.unknown'],
    ]);
    expect(await client.request('suggest', { word: 'rumh', lang: 'id', limit: 3 })).toContain('rumah');
    await client.request('addWord', { word: 'ketk' });
    expect(await client.request('check', { text, lang: 'id' })).toHaveLength(1);
  });
});
