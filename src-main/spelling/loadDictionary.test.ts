import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultDictionarySources, defaultResourcesDir, loadDictionary, type DictionarySource } from './loadDictionary.ts';
import { fixtureAff, fixtureDic } from './testing/fixtureAffix.ts';

const dir = mkdtempSync(join(tmpdir(), 'redaksi-spell-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fixtureSource(): DictionarySource {
  writeFileSync(join(dir, 't.aff'), fixtureAff);
  writeFileSync(join(dir, 't.dic'), fixtureDic);
  writeFileSync(join(dir, 'supplement.txt'), '# ours\nunggah/M0\n');
  return { lang: 'id', aff: join(dir, 't.aff'), dic: join(dir, 't.dic'), supplements: [join(dir, 'supplement.txt')] };
}

describe('loadDictionary', () => {
  it('builds the cache once, then loads the same words from it', async () => {
    const source = fixtureSource();
    const cache = join(dir, 'cache-a');
    const cold = await loadDictionary(source, cache);
    expect(cold.fromCache).toBe(false);
    expect(readdirSync(cache)).toHaveLength(1);
    const warm = await loadDictionary(source, cache);
    expect(warm.fromCache).toBe(true);
    expect(new Map(warm.words.entries())).toEqual(new Map(cold.words.entries()));
    // The supplement is expanded with the .aff's flags.
    expect(warm.words.has('mengunggah')).toBe(true);
  });

  it('rebuilds when a dictionary file changes and drops the stale cache file', async () => {
    const source = fixtureSource();
    const cache = join(dir, 'cache-b');
    await loadDictionary(source, cache);
    writeFileSync(source.supplements[0]!, 'unggah/M0\nluring\n');
    const changed = await loadDictionary(source, cache);
    expect(changed.fromCache).toBe(false);
    expect(changed.words.has('luring')).toBe(true);
    expect(readdirSync(cache)).toHaveLength(1);
    expect((await loadDictionary(source, cache)).fromCache).toBe(true);
  });

  it('rebuilds a damaged cache file instead of trusting it', async () => {
    const source = fixtureSource();
    const cache = join(dir, 'cache-c');
    const first = await loadDictionary(source, cache);
    writeFileSync(first.cacheFile!, 'garbage');
    const again = await loadDictionary(source, cache);
    expect(again.fromCache).toBe(false);
    expect(again.words.has('membaca')).toBe(true);
  });

  it('finds the shipped id_ID files and dictionary-en in node_modules', () => {
    const sources = defaultDictionarySources();
    expect(sources.id.aff).toBe(join(defaultResourcesDir(), 'dictionaries', 'id_ID', 'id_ID.aff'));
    expect(sources.en.dic).toMatch(/dictionary-en[/\\]index\.dic$/);
  });

  it('resolves resources/ from the bundle layout too (out/main and out/main/chunks)', () => {
    expect(defaultResourcesDir('file:///app/out/main/proofreadWorker.js')).toBe(join('/app', 'resources'));
    expect(defaultResourcesDir('file:///app/out/main/chunks/loadDictionary-abc.js')).toBe(join('/app', 'resources'));
  });
});
