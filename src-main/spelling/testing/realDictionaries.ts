/**
 * The shipped dictionaries for tests, through one cache folder shared by every test file and run
 * (the cache is keyed by the files' hash and written atomically, so sharing it is safe); the
 * first run pays the expansion once.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpellChecker } from '../../proofreading/loadSpellChecker.ts';
import { defaultResourcesDir } from '../loadDictionary.ts';
import type { SpellChecker } from '../spellChecker.ts';

export const testCacheDir = join(tmpdir(), 'redaksi-spell-test-cache');

export async function realSpellChecker(): Promise<SpellChecker> {
  // A generous suggestion budget: the same suggestions however loaded the machine is.
  return (await loadSpellChecker(testCacheDir, defaultResourcesDir(), { suggestBudgetMs: 2000 })).checker;
}
