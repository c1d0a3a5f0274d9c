/**
 * Worker-thread entry for spelling: loads the dictionaries and checks text off the main thread,
 * so neither the app's main process nor the renderer ever blocks on a 300k-word dictionary.
 * Protocol: src-main/spelling/spellWorkerProtocol.ts; one reply per request, in order.
 */
import { parentPort } from 'node:worker_threads';
import { loadSpellChecker } from '../proofreading/loadSpellChecker.ts';
import { defaultResourcesDir } from '../spelling/loadDictionary.ts';
import type { SpellChecker } from '../spelling/spellChecker.ts';
import type { SpellReply, SpellRequest, SpellRequests } from '../spelling/spellWorkerProtocol.ts';

let checker: SpellChecker | null = null;

async function handle(request: SpellRequest): Promise<unknown> {
  if (request.type === 'load') {
    const loaded = await loadSpellChecker(request.cacheDir, request.resourcesDir ?? defaultResourcesDir());
    checker = loaded.checker;
    const value: SpellRequests['load']['output'] = { ms: loaded.ms, fromCache: loaded.fromCache, words: loaded.checker.wordCounts() };
    return value;
  }
  if (!checker) throw new Error('dictionaries are not loaded yet: send "load" first');
  switch (request.type) {
    case 'check':
      return checker.checkText(request.text, request.lang, { suggestions: request.suggestions ?? false, ignoredOnce: request.ignoredOnce ?? [] });
    case 'suggest':
      return checker.suggest(request.word, request.lang, request.limit ?? 8);
    case 'addWord':
      checker.addWord(request.word);
      return null;
    case 'ignoreAll':
      checker.ignoreAll(request.word);
      return null;
  }
}

// Requests are handled one after the other, so replies come back in order.
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (request: SpellRequest) => {
  queue = queue.then(async () => {
    let reply: SpellReply;
    try {
      reply = { id: request.id, ok: true, value: await handle(request) };
    } catch (error) {
      reply = { id: request.id, ok: false, message: (error as Error).message };
    }
    parentPort!.postMessage(reply);
  });
});
