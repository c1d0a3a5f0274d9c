/**
 * The main-process side of the MT worker (src-main/workers/mtWorker.ts), which hosts every engine
 * so a translation never blocks IPC: a Bergamot batch is seconds of synchronous WASM, and the HTTP
 * engines' retries and timers live there too.
 *
 * One persistent worker, started on the first call (never on the app's start-up path) and stopped
 * after two minutes without work or by `close()`; it keeps the Bergamot model loaded in between.
 * A worker that dies (crash, out of memory) rejects every pending call with MT_UNAVAILABLE and the
 * next call starts a fresh one. Cancel rejects the call at once with the signal's reason and asks
 * the worker to stop the job; a job still running 2 s later is stuck in a WASM batch that cannot
 * be interrupted, so the worker is terminated (its other calls get MT_UNAVAILABLE).
 */
import { Worker } from 'node:worker_threads';
import { isErrorCode, type ErrorCode } from '../../src-preload/contract/errors.ts';
import { AppError } from '../services/appError.ts';
import { workerEntryUrl } from '../workers/workerEntryUrl.ts';
import type { BergamotRuntimeStats } from './engines/bergamotEngine.ts';
import type { MtEngineConfig, MtRequest } from './mtEngine.ts';

/** Main → worker. */
export type MtWorkerRequest =
  | { type: 'translate'; id: number; config: MtEngineConfig; request: MtRequest }
  | { type: 'cancel'; id: number }
  /** Loads the Bergamot WASM now (before the first translation) and reports how long it took. */
  | { type: 'warm-up'; id: number }
  /** For the crash tests: the worker exits as if it had crashed. */
  | { type: 'crash' }
  /** For the cancel tests: the worker's thread stays busy for `ms`, as in a long WASM batch. */
  | { type: 'stall'; ms: number };

/** Worker → main. Every job ends with exactly one `done`, `error` or `cancelled`. */
export type MtWorkerMessage =
  | { type: 'progress'; id: number; done: number }
  | { type: 'done'; id: number; translations: string[] }
  | { type: 'error'; id: number; code: ErrorCode; message: string }
  | { type: 'cancelled'; id: number }
  | { type: 'warmed-up'; id: number; stats: BergamotRuntimeStats };

export interface MtTranslateOptions {
  signal?: AbortSignal;
  /** How many segments of the request are translated so far. */
  onProgress?: (done: number) => void;
}

export interface MtWorkerClientOptions {
  workerUrl?: URL;
  /** A worker without work for this long is stopped (default 2 minutes). */
  idleMs?: number;
  /** How long a cancelled job may keep running before the worker is terminated (default 2 s). */
  cancelGraceMs?: number;
  /** V8 heap limit of the worker (default 1024 MB; WASM memory is counted apart from it). */
  maxOldGenerationSizeMb?: number;
}

/** Where the worker entry is: the .ts source under Node, `out/main/mtWorker.js` in the bundle. */
export function defaultMtWorkerUrl(): URL {
  return workerEntryUrl('mtWorker');
}

interface Job {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onProgress?: ((done: number) => void) | undefined;
}

interface Running {
  worker: Worker;
  /** Calls waiting for their answer. */
  jobs: Map<number, Job>;
  /** Cancelled jobs the worker has not confirmed yet, with the timer that terminates it. */
  cancelling: Map<number, NodeJS.Timeout>;
  idleTimer: NodeJS.Timeout | null;
  failed: boolean;
}

export class MtWorkerClient {
  private readonly options: MtWorkerClientOptions;
  private running: Running | null = null;
  private nextId = 1;
  /** How many workers were started (1 + restarts); for tests and logs. */
  starts = 0;

  constructor(options: MtWorkerClientOptions = {}) {
    this.options = options;
  }

  /** True while a worker is running. */
  get started(): boolean {
    return this.running !== null && !this.running.failed;
  }

  /**
   * Translates one request with the engine `config` names; resolves with one string per segment.
   * Rejects with the engine's AppError, MT_UNAVAILABLE when the worker died, or the signal's reason.
   */
  translate(config: MtEngineConfig, request: MtRequest, options: MtTranslateOptions = {}): Promise<string[]> {
    const { signal, onProgress } = options;
    if (signal?.aborted) return Promise.reject(signal.reason);
    const running = this.ensureRunning();
    const id = this.nextId++;
    return new Promise<string[]>((resolve, reject) => {
      const onAbort = () => {
        if (!running.jobs.delete(id)) return;
        reject(signal!.reason);
        this.cancel(running, id);
      };
      running.jobs.set(id, {
        resolve: (value) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(value as string[]);
        },
        reject: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
        onProgress,
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      this.touch(running);
      this.post(running, { type: 'translate', id, config, request });
    });
  }

  /** Starts the worker and loads the Bergamot WASM, so the first offline translation does not wait for it. */
  warmUp(): Promise<BergamotRuntimeStats> {
    const running = this.ensureRunning();
    const id = this.nextId++;
    return new Promise<BergamotRuntimeStats>((resolve, reject) => {
      running.jobs.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.touch(running);
      this.post(running, { type: 'warm-up', id });
    });
  }

  /** For the crash tests: makes the worker exit as a crash would. */
  crashForTest(): void {
    if (this.running && !this.running.failed) this.running.worker.postMessage({ type: 'crash' } satisfies MtWorkerRequest);
  }

  /** For the cancel tests: keeps the worker's thread busy for `ms`, deaf to cancel like a long WASM batch. */
  stallForTest(ms: number): void {
    if (this.running && !this.running.failed) this.running.worker.postMessage({ type: 'stall', ms } satisfies MtWorkerRequest);
  }

  /** Stops the worker; pending calls reject with MT_UNAVAILABLE. */
  async close(): Promise<void> {
    const running = this.running;
    if (!running) return;
    this.fail(running, new AppError('MT_UNAVAILABLE', 'the translation worker was stopped'));
    await running.worker.terminate();
  }

  private ensureRunning(): Running {
    if (this.running && !this.running.failed) return this.running;
    this.starts++;
    const worker = new Worker(this.options.workerUrl ?? defaultMtWorkerUrl(), {
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb ?? 1024 },
    });
    worker.stdout.resume();
    worker.stderr.resume();
    // Never keeps the app (or a test run) alive by itself.
    worker.unref();
    const running: Running = { worker, jobs: new Map(), cancelling: new Map(), idleTimer: null, failed: false };
    worker.on('message', (message: MtWorkerMessage) => this.receive(running, message));
    worker.on('error', (error) => this.fail(running, new AppError('MT_UNAVAILABLE', `the translation worker failed: ${error.message}`)));
    worker.on('exit', (code) => this.fail(running, new AppError('MT_UNAVAILABLE', `the translation worker stopped (exit code ${code})`)));
    this.running = running;
    return running;
  }

  private receive(running: Running, message: MtWorkerMessage): void {
    if (message.type !== 'progress' && running.cancelling.has(message.id)) {
      // The cancelled job has stopped: no need to terminate the worker.
      clearTimeout(running.cancelling.get(message.id));
      running.cancelling.delete(message.id);
      this.touch(running);
      return;
    }
    const job = running.jobs.get(message.id);
    if (!job) return;
    if (message.type === 'progress') {
      job.onProgress?.(message.done);
      return;
    }
    running.jobs.delete(message.id);
    if (message.type === 'done') job.resolve(message.translations);
    else if (message.type === 'warmed-up') job.resolve(message.stats);
    else if (message.type === 'error') job.reject(new AppError(isErrorCode(message.code) ? message.code : 'MT_UNAVAILABLE', message.message));
    else job.reject(new AppError('MT_UNAVAILABLE', 'the translation was stopped'));
    this.touch(running);
  }

  private cancel(running: Running, id: number): void {
    if (running.failed) return;
    running.cancelling.set(
      id,
      setTimeout(() => {
        // Still busy after the grace period: stuck inside one WASM batch, which nothing can interrupt.
        this.fail(running, new AppError('MT_UNAVAILABLE', 'the translation worker was stopped because a cancelled job did not stop'));
        void running.worker.terminate();
      }, this.options.cancelGraceMs ?? 2_000),
    );
    this.post(running, { type: 'cancel', id });
  }

  private post(running: Running, message: MtWorkerRequest): void {
    running.worker.postMessage(message);
  }

  /** Restarts the idle countdown when nothing is left to do, and stops it while work is pending. */
  private touch(running: Running): void {
    if (running.idleTimer) clearTimeout(running.idleTimer);
    running.idleTimer = null;
    if (running.failed || running.jobs.size > 0 || running.cancelling.size > 0) return;
    running.idleTimer = setTimeout(() => {
      if (running.jobs.size > 0 || running.cancelling.size > 0) return;
      this.fail(running, new AppError('MT_UNAVAILABLE', 'the translation worker was idle and stopped'));
      void running.worker.terminate();
    }, this.options.idleMs ?? 120_000);
    // The countdown alone must not keep the process alive.
    running.idleTimer.unref();
  }

  private fail(running: Running, error: AppError): void {
    if (running.failed) return;
    running.failed = true;
    if (running.idleTimer) clearTimeout(running.idleTimer);
    for (const timer of running.cancelling.values()) clearTimeout(timer);
    running.cancelling.clear();
    const jobs = [...running.jobs.values()];
    running.jobs.clear();
    for (const job of jobs) job.reject(error);
    if (this.running === running) this.running = null;
  }
}
