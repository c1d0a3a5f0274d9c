/**
 * Worker-thread entry for pre-translation lookups (src-main/tm/lookupInWorkers.ts): opens the
 * database read-only, loads the saved fuzzy index without ever writing it, looks up its share
 * of the sources and posts progress every 50 segments and the matches at the end.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/openDatabase.ts';
import { TranslationMemoryService } from '../services/translationMemoryService.ts';
import type { TmLookupJob, TmLookupMessage } from '../tm/lookupInWorkers.ts';

const job = workerData as TmLookupJob;
const post = (message: TmLookupMessage) => parentPort!.postMessage(message);
try {
  const db = openDatabase(job.dbPath, { readonly: true });
  try {
    const tm = new TranslationMemoryService(db, { author: () => '', dataDir: job.dataDir, readOnlyIndex: true });
    const matches = tm.lookupManySync(job.sources, job.sourceLang, job.targetLang, job.minScore, job.contexts ?? undefined, (done) => {
      if (done % 50 === 0) post({ type: 'progress', done });
    });
    post({ type: 'progress', done: job.sources.length });
    post({ type: 'done', matches });
  } finally {
    db.close();
  }
} catch (error) {
  post({ type: 'error', message: (error as Error).message });
}
