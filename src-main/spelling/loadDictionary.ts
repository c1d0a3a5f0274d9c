/**
 * Finds the dictionary files and turns them into a ready WordSet, through a binary cache in the
 * app's data folder: the first load expands the hunspell files (~2 s for id_ID) and writes
 * `<cacheDir>/<lang>-<key>.wordset`; later loads read that file and are ready in milliseconds.
 * The key is a hash of every input file and of the expander's format, so a changed dictionary,
 * supplement or expander rebuilds the cache by itself, and a damaged cache file is rebuilt too.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../services/exporters/writeFileAtomic.ts';
import { affEncoding, parseAffix, type AffixData } from './affixFile.ts';
import { expandDictionary, parseDic } from './expandDictionary.ts';
import { buildWordSet, WordSet, wordSetFormat, wordSetKey } from './wordSet.ts';

export type SpellLang = 'id' | 'en';

export interface DictionarySource {
  lang: SpellLang;
  aff: string;
  dic: string;
  /** Our own word lists in .dic syntax (`word` or `word/FLAGS` with the .aff's flags), expanded too. */
  supplements: string[];
}

/** Bumped when the expander's output changes for the same input files, to invalidate caches. */
const expanderVersion = 1;

/**
 * The repo's `resources/` folder. From the TypeScript sources (tests, CLI, web host) this module
 * is src-main/spelling/; in the electron-vite bundle it is out/main/ or out/main/chunks/. All of
 * them sit under the app root, as resources/locales does (bundled at build time; dictionaries are
 * read at run time instead because they are megabytes).
 */
export function defaultResourcesDir(moduleUrl: string = import.meta.url): string {
  const here = dirname(fileURLToPath(moduleUrl));
  const up = moduleUrl.endsWith('.ts') ? '../..' : /[/\\]chunks$/.test(here) ? '../../..' : '../..';
  return join(here, up, 'resources');
}

/** Where `dictionary-en` (an npm dependency, not copied into the repo) keeps index.aff/.dic. */
export function englishDictionaryDir(): string {
  return dirname(createRequire(import.meta.url).resolve('dictionary-en'));
}

export function defaultDictionarySources(resourcesDir: string = defaultResourcesDir()): Record<SpellLang, DictionarySource> {
  const dictionaries = join(resourcesDir, 'dictionaries');
  const en = englishDictionaryDir();
  return {
    id: {
      lang: 'id',
      aff: join(dictionaries, 'id_ID', 'id_ID.aff'),
      dic: join(dictionaries, 'id_ID', 'id_ID.dic'),
      supplements: [join(dictionaries, 'id_ID-supplement.txt')],
    },
    en: { lang: 'en', aff: join(en, 'index.aff'), dic: join(en, 'index.dic'), supplements: [] },
  };
}

export interface LoadedDictionary {
  lang: SpellLang;
  words: WordSet;
  /** TRY, REP, KEY and friends, for suggestions. */
  affix: AffixData;
  fromCache: boolean;
  cacheFile: string | null;
}

interface SourceBytes {
  aff: Uint8Array;
  dic: Uint8Array;
  supplements: Uint8Array[];
}

function readSource(source: DictionarySource): SourceBytes {
  return { aff: readFileSync(source.aff), dic: readFileSync(source.dic), supplements: source.supplements.map((p) => readFileSync(p)) };
}

function cacheKey(bytes: SourceBytes): Uint8Array {
  const hash = createHash('sha256');
  hash.update(`redaksi-wordset ${wordSetFormat} ${expanderVersion}\0`);
  for (const part of [bytes.aff, bytes.dic, ...bytes.supplements]) {
    // Length-prefixed so moving bytes between files changes the key.
    hash.update(`${part.length}\0`);
    hash.update(part);
  }
  return new Uint8Array(hash.digest());
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

function decode(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding).decode(bytes);
}

/** Expands the source into word -> attributes (the slow part the cache saves). */
export function expandSource(bytes: SourceBytes, affix: AffixData): Map<string, number> {
  const stems = parseDic(decode(bytes.dic, affix.encoding), affix);
  // Supplements are ours and always UTF-8.
  for (const supplement of bytes.supplements) stems.push(...parseDic(decode(supplement, 'utf-8'), affix));
  return expandDictionary(stems, affix);
}

/**
 * Loads one language: from `cacheDir` when a cache file with the inputs' key exists and is
 * intact, otherwise by expanding the files and writing the cache (older cache files of the same
 * language are removed). `cacheDir: null` never touches the disk beyond reading the sources.
 */
export async function loadDictionary(source: DictionarySource, cacheDir: string | null): Promise<LoadedDictionary> {
  const bytes = readSource(source);
  const affix = parseAffix(decode(bytes.aff, affEncoding(bytes.aff)));
  const key = cacheKey(bytes);
  const name = `${source.lang}-${hex(key).slice(0, 16)}.wordset`;
  const cacheFile = cacheDir ? join(cacheDir, name) : null;
  if (cacheFile) {
    const cached = readCache(cacheFile, key);
    if (cached) return { lang: source.lang, words: cached, affix, fromCache: true, cacheFile };
  }
  const binary = buildWordSet(expandSource(bytes, affix), key);
  if (cacheDir && cacheFile) {
    mkdirSync(cacheDir, { recursive: true });
    for (const old of readdirSync(cacheDir)) {
      if (old.startsWith(`${source.lang}-`) && old.endsWith('.wordset') && old !== name) rmSync(join(cacheDir, old), { force: true });
    }
    // A cache that cannot be written (read-only or full disk) costs speed next time, not correctness.
    await writeFileAtomic(cacheFile, binary).catch(() => undefined);
  }
  return { lang: source.lang, words: new WordSet(binary), affix, fromCache: false, cacheFile };
}

function readCache(file: string, key: Uint8Array): WordSet | null {
  let buffer: Uint8Array;
  try {
    buffer = readFileSync(file);
  } catch {
    return null;
  }
  const stored = wordSetKey(buffer);
  if (!stored || Buffer.compare(stored, key) !== 0) return null;
  return new WordSet(buffer);
}
