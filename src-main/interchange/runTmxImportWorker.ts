import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { Lang } from '../../src-preload/contract/domain.ts';
import type { ErrorCode } from '../../src-preload/contract/errors.ts';
import { AppError } from '../services/appError.ts';
import { workerEntryUrl } from '../workers/workerEntryUrl.ts';
import type { XmlLimits } from './xmlTokenizer.ts';

/** What the TMX import worker is given. */
export interface TmxImportRequest {
  databasePath: string;
  /** Where the rows go and how they are tagged (see `deleteImportedRows`). */
  rows: ImportedRows;
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
  /** Where the reader posts `{ type: 'progress', done, total }` (bytes read). */
  progressPort: MessagePort;
  /** Int32 at index 0: above 0 while the main thread wants to write (see `WriteGate`). */
  writeGate?: SharedArrayBuffer;
}

/** What the writing half gives the reading half (src-main/workers/tmxParseWorker.ts). */
export interface TmxParseRequest {
  filePath: string;
  sourceLang: Lang;
  targetLang: Lang;
  maxTextChars: number;
  limits?: Partial<XmlLimits>;
  cancelFlag: SharedArrayBuffer;
  /** Int32: batches posted and not yet taken; the reader waits at `maxBatchesInFlight`. */
  inFlight: SharedArrayBuffer;
  batchPort: MessagePort;
  progressPort: MessagePort;
}

/**
 * Batches of parsed units the reader may be ahead of the writer (200 units each, ~25 MB in all):
 * enough to keep reading, and reporting progress, through a commit (up to ~0.5 s late in a
 * million-unit import, when the word index merges its segments).
 */
export const maxBatchesInFlight = 256;

/** From the reader to the writer: batches of units (five strings each), then exactly one of the others. */
export type TmxBatchMessage =
  | { type: 'units'; units: string[]; done: number }
  | { type: 'end'; skipped: number; units: number }
  | { type: 'stopped' }
  | { type: 'error'; code: ErrorCode; message: string };

/** The rows one import writes: tagged with `tag`, in `memoryId`, all with ids above `afterId`. */
export interface ImportedRows {
  memoryId: string;
  tag: number;
  afterId: number;
}

/** Messages from the worker: progress, then exactly one of the others. */
export type TmxImportMessage =
  | { type: 'progress'; done: number; total: number }
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
  /** V8 heap of the writing worker: it holds the batches the reader is ahead (`maxBatchesInFlight`). */
  heapMb?: number;
  workerUrl?: URL;
}

export const defaultTmxImportWorkerUrl = (): URL => workerEntryUrl('tmxImportWorker');

/** Thrown when the import stopped because its signal was aborted; nothing was written. */
export class TmxImportCancelled extends Error {}

/**
 * Puts an import on the list of imports under way (`tm_imports`, migration 0008) before its worker
 * writes anything; the worker takes it off with its last batch, `deleteImportedRows` on failure.
 */
export function recordImportStarted(db: Database.Database, rows: ImportedRows, now: string): void {
  db.prepare('INSERT INTO tm_imports (tag, memory_id, after_id, started_at) VALUES (?, ?, ?, ?)').run(rows.tag, rows.memoryId, rows.afterId, now);
}

/** Takes an import off the list of imports under way. */
export function forgetImport(db: Database.Database, tag: number): void {
  db.prepare('DELETE FROM tm_imports WHERE tag = ?').run(tag);
}

/** Imports the app did not live to finish (a row is left in `tm_imports`): their rows are taken back. */
export function interruptedImports(db: Database.Database): ImportedRows[] {
  return db.prepare<[], ImportedRows>('SELECT memory_id AS memoryId, tag, after_id AS afterId FROM tm_imports').all();
}

/**
 * Removes the rows an import wrote: how a cancelled or failed import takes back its committed
 * batches. Walks the ids above `afterId` in windows, one transaction each, so other writers
 * (autosave) get the lock in between; units stored meanwhile by the desk carry no tag and stay.
 */
export function deleteImportedRows(db: Database.Database, rows: ImportedRows): void;
/** The same, awaiting `pause` between windows (recovery at start-up keeps the main thread free). */
export function deleteImportedRows(db: Database.Database, rows: ImportedRows, pause: () => Promise<void>): Promise<void>;
export function deleteImportedRows(db: Database.Database, rows: ImportedRows, pause?: () => Promise<void>): void | Promise<void> {
  const { maxId } = db.prepare<[], { maxId: number }>('SELECT coalesce(max(id), 0) AS maxId FROM tm_units').get()!;
  const remove = db.prepare<[number, number, string, number]>('DELETE FROM tm_units WHERE id > ? AND id <= ? AND memory_id = ? AND import_tag = ?');
  const window = 5000;
  const windows = function* () {
    for (let from = rows.afterId; from < maxId; from += window) yield from;
  };
  if (!pause) {
    for (const from of windows()) db.transaction(() => remove.run(from, from + window, rows.memoryId, rows.tag))();
    forgetImport(db, rows.tag);
    return;
  }
  return (async () => {
    for (const from of windows()) {
      db.transaction(() => remove.run(from, from + window, rows.memoryId, rows.tag))();
      await pause();
    }
    forgetImport(db, rows.tag);
  })();
}

/** A worker that was stopped (deadline, memory, crash) could not take back its batches: the caller does, once it has exited. */
export class TmxImportAbandoned extends Error {
  override readonly cause: unknown;
  readonly rows: ImportedRows;
  constructor(cause: unknown, rows: ImportedRows) {
    super('the import worker stopped');
    this.cause = cause;
    this.rows = rows;
  }
}

/**
 * Runs one TMX import in a fresh worker thread with a heap limit and a deadline. The worker
 * commits in short batches (so saves are never locked out for long) and takes them back itself
 * when cancelled or refused. Resolves with the counts; rejects with an `AppError` (the worker's
 * own code), `TmxImportCancelled`, or `TmxImportAbandoned` (timeout, memory exhaustion, crash),
 * raised only once the worker has exited, after which the caller deletes its rows.
 */
export function runTmxImportWorker(request: Omit<TmxImportRequest, 'cancelFlag' | 'progressPort'>, fileBytes: number, options: RunTmxImportOptions): Promise<TmxImportOutcome> {
  const cancelFlag = new SharedArrayBuffer(4);
  const progress = new MessageChannel();
  const heapMb = options.heapMb ?? 96;
  const timeoutMs = options.timeoutMs ?? 10 * 60_000 + Math.ceil(fileBytes / (1024 * 1024)) * 5000;
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(options.workerUrl ?? defaultTmxImportWorkerUrl(), {
      workerData: { ...request, cancelFlag, progressPort: progress.port2 } satisfies TmxImportRequest,
      transferList: [progress.port2],
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
      progress.port1.close();
      fn();
      void worker.terminate();
    };
    // A stopped worker may be mid-batch: reject only once it has exited, so the caller's
    // deletion sees every row it committed.
    const abandon = (error: AppError): void =>
      settle(() => {
        const fail = () => reject(new TmxImportAbandoned(error, request.rows));
        worker.terminate().then(fail, fail);
      });
    let killAfterCancel: ReturnType<typeof setTimeout> | undefined;
    // The worker checks the flag between 64 KB pieces; if it is stuck, stop it anyway.
    const onAbort = (): void => {
      Atomics.store(new Int32Array(cancelFlag), 0, 1);
      killAfterCancel = setTimeout(() => abandon(new AppError('IMPORT_FAILED', 'the import did not stop when asked')), 10_000);
    };
    if (options.signal.aborted) onAbort();
    else options.signal.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => {
      abandon(new AppError('IMPORT_FAILED', `the import took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`));
    }, timeoutMs);
    progress.port1.on('message', (message: TmxImportMessage) => {
      if (message.type === 'progress' && !settled) options.onProgress(message.done, message.total);
    });
    worker.on('message', (message: TmxImportMessage) => {
      switch (message.type) {
        case 'progress':
          if (!settled) options.onProgress(message.done, message.total);
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
      abandon(new AppError('IMPORT_FAILED', message));
    });
    worker.once('exit', (code) => {
      abandon(new AppError('IMPORT_FAILED', `the import stopped unexpectedly (exit code ${code})`));
    });
  });
}
