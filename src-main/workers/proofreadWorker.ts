/**
 * Worker-thread entry for proofreading in the app: loads the dictionaries (from the binary cache
 * when it is there) and runs proofreadText over the editor's paragraphs off the main thread, so
 * IPC never waits on a check; also claim candidates and consistency checks over a whole article
 * (src-main/factcheck/analyseBlocks.ts). Protocol and lifecycle: src-main/proofreading/proofreadWorkerClient.ts;
 * one reply per request, in order.
 */
import { parentPort } from 'node:worker_threads';
import { analyseBlocks } from '../factcheck/analyseBlocks.ts';
import type { ProofreadReply, ProofreadRequest, ProofreadRequests } from '../proofreading/proofreadWorkerClient.ts';
import { proofreadText } from '../proofreading/proofreadText.ts';
import { defaultNonstandardFile, loadNonstandardForms, type NonstandardForms } from '../proofreading/styleRules/nonstandardForms.ts';
import { defaultDictionarySources, defaultResourcesDir, loadDictionary } from '../spelling/loadDictionary.ts';
import { SpellChecker } from '../spelling/spellChecker.ts';

let checker: SpellChecker | null = null;
let nonstandard: NonstandardForms | undefined;
let disabled = new Set<string>();

async function load(request: ProofreadRequests['load']['input']): Promise<ProofreadRequests['load']['output']> {
  const started = performance.now();
  const resources = request.resourcesDir ?? defaultResourcesDir();
  const sources = defaultDictionarySources(resources);
  const [id, en] = await Promise.all([loadDictionary(sources.id, request.cacheDir), loadDictionary(sources.en, request.cacheDir)]);
  nonstandard = loadNonstandardForms(defaultNonstandardFile(resources));
  // Both features read the same table: the spelling checker gets it as a plain map.
  checker = new SpellChecker({ id, en }, new Map(nonstandard));
  return { ms: performance.now() - started, fromCache: id.fromCache && en.fromCache };
}

function sync({ personal, disabled: off }: ProofreadRequests['sync']['input']): null {
  if (!checker) throw new Error('dictionaries are not loaded yet: send "load" first');
  const wanted = new Set(personal.map((w) => w.toLowerCase()));
  for (const word of checker.personalWords()) if (!wanted.has(word)) checker.removeWord(word);
  const have = new Set(checker.personalWords());
  for (const word of wanted) if (!have.has(word)) checker.addWord(word);
  disabled = new Set(off);
  return null;
}

function check({ blocks, uiLanguage, ignored }: ProofreadRequests['check']['input']): ProofreadRequests['check']['output'] {
  if (!checker) throw new Error('dictionaries are not loaded yet: send "load" first');
  // "Ignore all" is per article: the words come with each request instead of living in the checker.
  const ignoredWords = new Set(ignored.map((w) => w.toLowerCase()));
  const year = new Date().getFullYear();
  return blocks.map(({ key, text, lang }) => {
    const findings = proofreadText(text, { lang, uiLanguage, spell: checker, disabled, defaultYear: year, ...(nonstandard ? { nonstandard } : {}) });
    return { key, findings: ignoredWords.size ? findings.filter((f) => f.kind !== 'spelling' || !ignoredWords.has(f.text.toLowerCase())) : findings };
  });
}

async function handle(request: ProofreadRequest): Promise<unknown> {
  switch (request.type) {
    case 'load':
      return load(request);
    case 'sync':
      return sync(request);
    case 'check':
      return check(request);
    case 'analyse':
      // Needs no dictionary, but shares the worker so a long article never blocks IPC either.
      return analyseBlocks(request.blocks, request.lang, { uiLanguage: request.uiLanguage, disabled, defaultYear: new Date().getFullYear() });
    case 'suggest':
      if (!checker) throw new Error('dictionaries are not loaded yet: send "load" first');
      return checker.suggest(request.word, request.lang, request.limit ?? 6);
    case 'crash':
      process.exit(70);
  }
}

// Requests are handled one after the other, so replies come back in order.
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (request: ProofreadRequest) => {
  queue = queue.then(async () => {
    let reply: ProofreadReply;
    try {
      reply = { id: request.id, ok: true, value: await handle(request) };
    } catch (error) {
      reply = { id: request.id, ok: false, message: (error as Error).message };
    }
    parentPort!.postMessage(reply);
  });
});
