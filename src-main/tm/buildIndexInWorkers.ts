/**
 * Rebuilding the fuzzy index over both cores, off the calling thread: the id range of `tm_units`
 * is split evenly between worker threads (src-main/workers/tmIndexWorker.ts), each opening the
 * database read-only, reading and indexing its share of the rows and posting the index's arrays
 * back (transferred, not copied); the caller merges them (FuzzyIndex.merge) into the index one
 * build over every row would give. Workers are stopped when the signal aborts.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerEntryExists, workerEntryUrl } from '../workers/workerEntryUrl.ts';
import { FuzzyIndex, type FuzzyIndexArrays } from './fuzzyIndex.ts';

/** One worker's share: the rows with `afterId < id <= toId`. */
export interface TmIndexJob {
  dbPath: string;
  afterId: number;
  toId: number;
}

export type TmIndexMessage = { type: 'done'; arrays: FuzzyIndexArrays } | { type: 'error'; message: string };

/** Where the worker entry is: the .ts source under Node, `out/main/tmIndexWorker.js` in the bundle. */
export const tmIndexWorkerUrl = (): URL => workerEntryUrl('tmIndexWorker');

/** Whether workers can be used here (the entry exists: a bundle without it rebuilds on the calling thread). */
export function tmIndexWorkersAvailable(): boolean {
  return workerEntryExists('tmIndexWorker');
}

/** The buffers behind an index's arrays, for postMessage's transfer list (each once). */
export function transferablesOf(arrays: FuzzyIndexArrays): ArrayBuffer[] {
  const views = [arrays.vocabKeys, arrays.postStart, arrays.postings, arrays.unitIds, arrays.unitMem, arrays.unitLen];
  return [...new Set(views.map((v) => v.buffer as ArrayBuffer))];
}

/**
 * The index of every row of the database at `dbPath` with `id <= maxId` (the caller's signature
 * of the table, taken before: rows added since are for it to catch up), built by `workers`
 * threads (default: one per core, at most two) over equal shares of the id range.
 */
export async function buildIndexInWorkers(dbPath: string, maxId: number, signal?: AbortSignal, workers = Math.min(2, availableParallelism())): Promise<FuzzyIndex> {
  signal?.throwIfAborted();
  const count = Math.max(1, workers);
  const started: Worker[] = [];
  const stopAll = () => {
    for (const w of started) void w.terminate();
  };
  signal?.addEventListener('abort', stopAll, { once: true });
  try {
    const parts = await Promise.all(
      Array.from({ length: count }, (_, part) => {
        const job: TmIndexJob = { dbPath, afterId: Math.floor((maxId * part) / count), toId: Math.floor((maxId * (part + 1)) / count) };
        return new Promise<FuzzyIndex>((resolve, reject) => {
          const worker = new Worker(tmIndexWorkerUrl(), { workerData: job, stdout: true, stderr: true });
          worker.stdout.resume();
          worker.stderr.resume();
          started.push(worker);
          worker.on('message', (message: TmIndexMessage) => {
            if (message.type === 'done') resolve(FuzzyIndex.fromArrays(message.arrays));
            else reject(new Error(message.message));
          });
          worker.once('error', reject);
          worker.once('exit', (code) => reject(signal?.aborted ? signal.reason : new Error(`translation memory index worker exited with ${code}`)));
        });
      }),
    );
    signal?.throwIfAborted();
    return FuzzyIndex.merge(parts);
  } finally {
    signal?.removeEventListener('abort', stopAll);
    stopAll();
  }
}
