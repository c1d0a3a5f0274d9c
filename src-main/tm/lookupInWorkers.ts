/**
 * Pre-translation over both cores: the sources are split between worker threads
 * (src-main/workers/tmLookupWorker.ts), each opening the database read-only and loading the
 * saved fuzzy index (the caller saves it first), so the main thread only waits for messages and
 * typing stays responsive. Workers are stopped when the signal aborts.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../../src-preload/contract/domain.ts';
import type { TmMatch } from '../../src-preload/contract/translation.ts';
import { workerEntryExists, workerEntryUrl } from '../workers/workerEntryUrl.ts';

export interface TmLookupJob {
  dbPath: string;
  dataDir: string;
  sources: string[];
  contexts: string[] | null;
  sourceLang: Lang;
  targetLang: Lang;
  minScore: number;
}

export type TmLookupMessage = { type: 'progress'; done: number } | { type: 'done'; matches: (TmMatch | null)[] } | { type: 'error'; message: string };

/** Where the worker entry is: the .ts source under Node, `out/main/tmLookupWorker.js` in the bundle. */
export function tmLookupWorkerUrl(): URL {
  return workerEntryUrl('tmLookupWorker');
}

/** Whether workers can be used here (the entry exists: a bundle without it falls back to the main thread). */
export function tmLookupWorkersAvailable(): boolean {
  return workerEntryExists('tmLookupWorker');
}

export async function lookupInWorkers(
  job: Omit<TmLookupJob, 'sources' | 'contexts'>,
  sources: readonly string[],
  contexts: readonly string[] | undefined,
  onProgress?: (done: number) => void,
  signal?: AbortSignal,
): Promise<(TmMatch | null)[]> {
  signal?.throwIfAborted();
  const count = Math.max(1, Math.min(2, availableParallelism(), Math.ceil(sources.length / 100)));
  const size = Math.ceil(sources.length / count);
  const done = new Array<number>(count).fill(0);
  const workers: Worker[] = [];
  const stopAll = () => {
    for (const w of workers) void w.terminate();
  };
  signal?.addEventListener('abort', stopAll, { once: true });
  try {
    const parts = await Promise.all(
      Array.from({ length: count }, (_, part) => {
        const from = part * size;
        const slice: TmLookupJob = {
          ...job,
          sources: sources.slice(from, from + size),
          contexts: contexts ? contexts.slice(from, from + size) : null,
        };
        return new Promise<(TmMatch | null)[]>((resolve, reject) => {
          const worker = new Worker(tmLookupWorkerUrl(), { workerData: slice, stdout: true, stderr: true });
          worker.stdout.resume();
          worker.stderr.resume();
          workers.push(worker);
          worker.on('message', (message: TmLookupMessage) => {
            if (message.type === 'progress') {
              done[part] = message.done;
              onProgress?.(done.reduce((a, b) => a + b, 0));
            } else if (message.type === 'done') resolve(message.matches);
            else reject(new Error(message.message));
          });
          worker.once('error', reject);
          worker.once('exit', (code) => reject(signal?.aborted ? signal.reason : new Error(`translation memory worker exited with ${code}`)));
        });
      }),
    );
    signal?.throwIfAborted();
    return parts.flat();
  } finally {
    signal?.removeEventListener('abort', stopAll);
    stopAll();
  }
}
