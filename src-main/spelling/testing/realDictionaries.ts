/**
 * The shipped dictionaries for tests, through one cache folder shared by every test file and run
 * (the cache is keyed by the files' hash and written atomically, so sharing it is safe); the
 * first run pays the expansion once.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDictionarySources, defaultResourcesDir, loadDictionary } from '../loadDictionary.ts';
import { readNonstandardTable, SpellChecker } from '../spellChecker.ts';

export const testCacheDir = join(tmpdir(), 'redaksi-spell-test-cache');

export async function realSpellChecker(): Promise<SpellChecker> {
  const sources = defaultDictionarySources();
  const [id, en] = await Promise.all([loadDictionary(sources.id, testCacheDir), loadDictionary(sources.en, testCacheDir)]);
  // A generous suggestion budget: the same suggestions however loaded the machine is.
  return new SpellChecker({ id, en }, readNonstandardTable(join(defaultResourcesDir(), 'dictionaries', 'id_ID-nonstandard.tsv')), { suggestBudgetMs: 2000 });
}
