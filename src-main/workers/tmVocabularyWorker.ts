/**
 * Worker-thread entry that reads the concordance vocabulary (src-main/tm/loadVocabularyInWorker.ts):
 * reading every word of the word index takes seconds at a million units, which must not block the
 * main process. Opens the database read-only and posts the words with the last unit id they cover.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/openDatabase.ts';
import { ConcordanceVocabulary } from '../tm/concordanceVocabulary.ts';
import type { VocabularyMessage } from '../tm/loadVocabularyInWorker.ts';

const post = (message: VocabularyMessage) => parentPort!.postMessage(message);
try {
  const db = openDatabase((workerData as { dbPath: string }).dbPath, { readonly: true });
  try {
    // One read transaction: the id and the words describe the same state of the table.
    const { maxId, vocabulary } = db.transaction(() => ({
      maxId: db.prepare<[], number>('SELECT coalesce(max(id), 0) FROM tm_units').pluck().get()!,
      vocabulary: ConcordanceVocabulary.load(db),
    }))();
    post({ type: 'done', maxId, lists: vocabulary.toLists() });
  } finally {
    db.close();
  }
} catch (error) {
  post({ type: 'error', message: (error as Error).message });
}
