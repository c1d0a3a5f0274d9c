import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { Lang } from '../../src-preload/contract/domain.ts';
import type { ErrorCode } from '../../src-preload/contract/errors.ts';
import { AppError } from '../services/appError.ts';
import type { XmlLimits } from './xmlTokenizer.ts';

/** What the TMX import worker is given. */
export interface TmxImportRequest {
  databasePath: string;
  filePath: string;
  memoryId: string;
  sourceLang: Lang;
  targetLang: Lang;
  /** Int32 at index 0: set to 1 to ask the worker to roll back and stop. */
  cancelFlag: SharedArrayBuffer;
  /** Timestamp for units whose file gives none. */
  now: string;
  limits?: Partial<XmlLimits>;
  /** Longest unit side kept (the contract's `maxSegmentText`). */
  maxTextChars: number;
}

/** Rowids of `tm_units` one committed batch inserted (contiguous: one writer per transaction). */
export interface ImportedRange {
  first: number;
  last: number;
}

/** Messages from the worker: progress and committed batches, then exactly one of the others. */
export type TmxImportMessage =
  | { type: 'progress'; done: number; total: number }
  | ({ type: 'committed' } & ImportedRange)
  | { type: 'done'; imported: number; skipped: number; units: number }
  | { type: 'cancelled' }
  | { type: 'error'; code: ErrorCode; message: string };

export interface TmxImportOutcome {
  imported: number;
  skipped: number;
  units: number;
}

export interface RunTmxImportOptions {
  onProgress(done: number, total: number): void;
  signal: AbortSignal;
  /**
   * Stop the worker after this long. Default 10 min plus 5 s per MB: parsing is linear and capped, so
   * this only ends a stall; the FTS indexing of the inserts dominates, and a busy machine is slow.
   */
  timeoutMs?: number;
  /** V8 heap of the worker; the parse keeps one 64 KB piece and one unit at a time. */
  heapMb?: number;
  workerUrl?: URL;
}

/** Where the worker entry is: the `.ts` source under Node, `out/main/tmxImportWorker.js` in the bundle. */
export function defaultTmxImportWorkerUrl(): URL {
  const here = import.meta.url;
  const file = here.endsWith('.ts') ? '../workers/tmxImportWorker.ts' : /\/chunks\/[^/]+$/.test(here) ? '../tmxImportWorker.js' : './tmxImportWorker.js';
  return new URL(file, here);
}

/** Thrown when the import stopped because its signal was aborted; nothing was written. */
export class TmxImportCancelled extends Error {}

/**
 * Removes the units of committed batches: how a cancelled or failed import takes back what it
 * wrote. A batch of deletes per transaction, so other writers (autosave) get the lock in between.
 */
export function deleteImportedRanges(db: Database.Database, memoryId: string, ranges: readonly ImportedRange[]): void {
  const remove = db.prepare('DELETE FROM tm_units WHERE memory_id = ? AND id BETWEEN ? AND ?');
  const step = 2000;
  for (const range of ranges) {
    for (let first = range.first; first <= range.last; first += step) {
      db.transaction(() => remove.run(memoryId, first, Math.min(range.last, first + step - 1)))();
    }
  }
}

/** A worker that was stopped (deadline, memory, crash) could not take back its batches: the caller does. */
export class TmxImportAbandoned extends Error {
  override readonly cause: unknown;
  readonly ranges: readonly ImportedRange[];
  constructor(cause: unknown, ranges: readonly ImportedRange[]) {
    super('the import worker stopped');
    this.cause = cause;
    this.ranges = ranges;
  }
}

/**
 * Runs one TMX import in a fresh worker thread with a heap limit and a deadline. The worker
 * commits in short batches (so saves are never locked out for long) and takes them back itself
 * when cancelled or refused. Resolves with the counts; rejects with an `AppError` (the worker's
 * own code), `TmxImportCancelled`, or `TmxImportAbandoned` (timeout, memory exhaustion, crash)
 * carrying the batches the stopped worker had committed, which the caller must delete.
 */
export function runTmxImportWorker(request: Omit<TmxImportRequest, 'cancelFlag'>, fileBytes: number, options: RunTmxImportOptions): Promise<TmxImportOutcome> {
  const cancelFlag = new SharedArrayBuffer(4);
  const heapMb = options.heapMb ?? 96;
  const timeoutMs = options.timeoutMs ?? 10 * 60_000 + Math.ceil(fileBytes / (1024 * 1024)) * 5000;
  return new Promise((resolve, reject) => {
    let settled = false;
    const committed: ImportedRange[] = [];
    const abandon = (error: AppError) => new TmxImportAbandoned(error, committed);
    const worker = new Worker(options.workerUrl ?? defaultTmxImportWorkerUrl(), {
      workerData: { ...request, cancelFlag } satisfies TmxImportRequest,
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(killAfterCancel);
      options.signal.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    let killAfterCancel: ReturnType<typeof setTimeout> | undefined;
    // The worker checks the flag between 64 KB pieces; if it is stuck, stop it anyway.
    const onAbort = (): void => {
      Atomics.store(new Int32Array(cancelFlag), 0, 1);
      killAfterCancel = setTimeout(() => settle(() => reject(abandon(new AppError('IMPORT_FAILED', 'the import did not stop when asked')))), 10_000);
    };
    if (options.signal.aborted) onAbort();
    else options.signal.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => {
      settle(() => reject(abandon(new AppError('IMPORT_FAILED', `the import took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`))));
    }, timeoutMs);
    worker.on('message', (message: TmxImportMessage) => {
      switch (message.type) {
        case 'progress':
          if (!settled) options.onProgress(message.done, message.total);
          return;
        case 'committed':
          committed.push({ first: message.first, last: message.last });
          return;
        case 'done':
          return settle(() => resolve({ imported: message.imported, skipped: message.skipped, units: message.units }));
        case 'cancelled':
          return settle(() => reject(new TmxImportCancelled('cancelled')));
        case 'error':
          return settle(() => reject(new AppError(message.code, message.message)));
      }
    });
    worker.once('error', (error: Error & { code?: string }) => {
      const message = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `the file needs more than ${heapMb} MB of memory to import` : `the import failed: ${error.message}`;
      settle(() => reject(abandon(new AppError('IMPORT_FAILED', message))));
    });
    worker.once('exit', (code) => {
      settle(() => reject(abandon(new AppError('IMPORT_FAILED', `the import stopped unexpectedly (exit code ${code})`))));
    });
  });
}
