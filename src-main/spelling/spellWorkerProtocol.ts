/**
 * The messages between the main process and the spell worker (src-main/workers/spellWorker.ts).
 * Every request carries an id; the worker answers each with exactly one reply of the same id,
 * in order. Dictionaries are loaded by `load` (never on the app's startup path: the caller sends
 * it when the first check is needed); other requests before a successful `load` fail.
 */
import type { SpellLang } from './loadDictionary.ts';
import type { SpellFinding } from './spellChecker.ts';

export interface SpellRequests {
  /** Loads the dictionaries, through the binary cache in `cacheDir` (null: no cache). */
  load: { input: { cacheDir: string | null; resourcesDir?: string }; output: { ms: number; fromCache: boolean; words: Partial<Record<SpellLang, number>> } };
  check: {
    input: { text: string; lang: SpellLang; suggestions?: boolean; ignoredOnce?: Array<{ start: number; text: string }> };
    output: SpellFinding[];
  };
  suggest: { input: { word: string; lang: SpellLang; limit?: number }; output: string[] };
  addWord: { input: { word: string }; output: null };
  ignoreAll: { input: { word: string }; output: null };
}

export type SpellRequestType = keyof SpellRequests;

export type SpellRequest = { [K in SpellRequestType]: { id: number; type: K } & SpellRequests[K]['input'] }[SpellRequestType];

export type SpellReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };
