/**
 * Reads the concordance vocabulary in a worker thread (src-main/workers/tmVocabularyWorker.ts):
 * the main process only receives the word lists.
 */
import { Worker } from 'node:worker_threads';
import { workerEntryExists, workerEntryUrl } from '../workers/workerEntryUrl.ts';
import { ConcordanceVocabulary, type VocabularyLists } from './concordanceVocabulary.ts';

export type VocabularyMessage = { type: 'done'; maxId: number; lists: VocabularyLists } | { type: 'error'; message: string };

/** The vocabulary of the database at `dbPath` and the last unit id it covers; null when no worker entry is bundled. */
export async function loadVocabularyInWorker(dbPath: string): Promise<{ vocabulary: ConcordanceVocabulary; maxId: number } | null> {
  if (!workerEntryExists('tmVocabularyWorker')) return null;
  const url = workerEntryUrl('tmVocabularyWorker');
  const message = await new Promise<VocabularyMessage>((resolve, reject) => {
    const worker = new Worker(url, { workerData: { dbPath } });
    worker.once('message', (m: VocabularyMessage) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`vocabulary worker exited with code ${code}`)));
  });
  if (message.type === 'error') throw new Error(message.message);
  return { vocabulary: ConcordanceVocabulary.fromLists(message.lists), maxId: message.maxId };
}
