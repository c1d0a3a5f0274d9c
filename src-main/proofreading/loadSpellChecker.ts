/**
 * Builds the spelling checker from the shipped dictionaries (id_ID with our supplement, en_US
 * from `dictionary-en`) and the non-standard table, through the binary word-set cache in
 * `cacheDir` (null: expand in memory, write nothing). Used by the proofreading worker and the CLI.
 */
import { join } from 'node:path';
import { defaultDictionarySources, defaultResourcesDir, loadDictionary } from '../spelling/loadDictionary.ts';
import { readNonstandardTable, SpellChecker } from '../spelling/spellChecker.ts';

export interface LoadedSpellChecker {
  checker: SpellChecker;
  /** Wall time of the load, and whether both languages came from the cache. */
  ms: number;
  fromCache: boolean;
}

export async function loadSpellChecker(
  cacheDir: string | null,
  resourcesDir: string = defaultResourcesDir(),
  options: { suggestBudgetMs?: number } = {},
): Promise<LoadedSpellChecker> {
  const started = performance.now();
  const sources = defaultDictionarySources(resourcesDir);
  const [id, en] = await Promise.all([loadDictionary(sources.id, cacheDir), loadDictionary(sources.en, cacheDir)]);
  const checker = new SpellChecker({ id, en }, readNonstandardTable(join(resourcesDir, 'dictionaries', 'id_ID-nonstandard.tsv')), options);
  return { checker, ms: performance.now() - started, fromCache: id.fromCache && en.fromCache };
}
