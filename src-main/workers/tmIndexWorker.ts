/**
 * Worker-thread entry for rebuilding the fuzzy index (src-main/tm/buildIndexInWorkers.ts): opens
 * the database read-only, indexes the rows of its share of the id range in id order, and posts
 * the index's arrays back with their buffers transferred (no copy of tens of megabytes).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/openDatabase.ts';
import { transferablesOf, type TmIndexJob, type TmIndexMessage } from '../tm/buildIndexInWorkers.ts';
import { FuzzyIndex, type IndexedUnit } from '../tm/fuzzyIndex.ts';

const job = workerData as TmIndexJob;
try {
  const db = openDatabase(job.dbPath, { readonly: true });
  try {
    const rows = db
      .prepare<[number, number], IndexedUnit>('SELECT id, memory_id AS memoryId, source FROM tm_units WHERE id > ? AND id <= ? ORDER BY id')
      .iterate(job.afterId, job.toId);
    const arrays = FuzzyIndex.build(rows).toArrays();
    const message: TmIndexMessage = { type: 'done', arrays };
    parentPort!.postMessage(message, transferablesOf(arrays));
  } finally {
    db.close();
  }
} catch (error) {
  parentPort!.postMessage({ type: 'error', message: (error as Error).message } satisfies TmIndexMessage);
}
