/**
 * The main-process side of the proofreading worker (src-main/workers/proofreadWorker.ts): starts
 * it on the first request (never on the app's start-up path), loads the dictionaries there, keeps
 * the personal dictionary and the switched-off rules in sync, and resolves each request with its
 * reply. The worker runs the whole proofreading pass, so a long check never blocks IPC.
 *
 * A worker that crashes, exits or does not answer in time rejects every pending request with
 * `ProofreadWorkerError` and is thrown away; the next request starts a fresh one and sends it the
 * current word lists again, so one bad paragraph cannot switch proofreading off for the session.
 */
import { Worker } from 'node:worker_threads';
import type { Lang, UiLanguage } from '../../src-preload/contract/domain.ts';
import type { AnalyseClaimsResult } from '../../src-preload/contract/factcheck.ts';
import type { Finding } from './finding.ts';
import { workerEntryUrl } from '../workers/workerEntryUrl.ts';

export interface ProofreadBlock {
  key: string;
  text: string;
  lang: Lang;
}

export interface ProofreadRequests {
  /** Loads both dictionaries through the binary cache in `cacheDir` (null: no cache). */
  load: { input: { cacheDir: string | null; resourcesDir?: string }; output: { ms: number; fromCache: boolean } };
  /** The personal dictionary and switched-off rules, replacing what the worker had. */
  sync: { input: { personal: string[]; disabled: string[] }; output: null };
  /** Findings per block, offsets into the block's text; spelling without suggestions (asked per word). */
  check: {
    input: { blocks: ProofreadBlock[]; uiLanguage: UiLanguage; ignored: string[] };
    output: Array<{ key: string; findings: Finding[] }>;
  };
  suggest: { input: { word: string; lang: Lang; limit?: number }; output: string[] };
  /** Claim candidates and consistency findings over a whole article (src-main/factcheck/analyseBlocks.ts). */
  analyse: { input: { blocks: Array<{ key: string; text: string }>; lang: Lang; uiLanguage: UiLanguage }; output: AnalyseClaimsResult };
  /** For the crash tests: the worker exits as if it had crashed. */
  crash: { input: Record<string, never>; output: null };
}

export type ProofreadRequestType = keyof ProofreadRequests;

export type ProofreadRequest = { [K in ProofreadRequestType]: { id: number; type: K } & ProofreadRequests[K]['input'] }[ProofreadRequestType];

export type ProofreadReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

/** The worker failed (crashed, exited, timed out) or refused a request; the caller maps it to an AppError. */
export class ProofreadWorkerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProofreadWorkerError';
  }
}

/** Where the worker entry is: the .ts source under Node, `out/main/proofreadWorker.js` in the bundle. */
export function defaultProofreadWorkerUrl(): URL {
  return workerEntryUrl('proofreadWorker');
}

export interface ProofreadWorkerClientOptions {
  workerUrl?: URL;
  /** Dictionary cache folder (`<dataDir>/cache/dictionaries`); null: expand every time. */
  cacheDir: string | null;
  resourcesDir?: string;
  /** The word lists to send to every fresh worker (read when it starts). */
  syncState: () => ProofreadRequests['sync']['input'];
  /** A worker that takes longer than this for one request is stopped (default 30 s; loading gets 4x). */
  timeoutMs?: number;
}

interface Running {
  worker: Worker;
  pending: Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>;
  /** Resolves once the dictionaries are loaded and the word lists sent. */
  ready: Promise<void>;
  /** The dictionaries are loaded (and the first word lists were sent right after). */
  loaded: boolean;
  failed: boolean;
}

export class ProofreadWorkerClient {
  private readonly options: ProofreadWorkerClientOptions;
  private running: Running | null = null;
  private nextId = 1;
  /** How many workers were started (1 + restarts); for tests and logs. */
  starts = 0;

  constructor(options: ProofreadWorkerClientOptions) {
    this.options = options;
  }

  /** Sends a request, starting (or restarting) the worker first if needed. */
  async request<K extends Exclude<ProofreadRequestType, 'load'>>(type: K, input: ProofreadRequests[K]['input']): Promise<ProofreadRequests[K]['output']> {
    const running = this.ensureRunning();
    await running.ready;
    return this.send(running, type, input);
  }

  /**
   * Sends the current word lists to a running worker (one still loading reads them when its load
   * ends, a stopped one when it starts). Posted at once, so any check sent after it sees them.
   */
  async sync(): Promise<void> {
    const running = this.running;
    if (!running || running.failed || !running.loaded) return;
    await this.send(running, 'sync', this.options.syncState()).catch(() => undefined);
  }

  /** True while a worker is started (loading or ready). */
  get started(): boolean {
    return this.running !== null && !this.running.failed;
  }

  async terminate(): Promise<void> {
    const running = this.running;
    this.running = null;
    if (running) {
      this.fail(running, new ProofreadWorkerError('the proofreading worker was stopped'));
      await running.worker.terminate();
    }
  }

  private ensureRunning(): Running {
    if (this.running && !this.running.failed) return this.running;
    this.starts++;
    const worker = new Worker(this.options.workerUrl ?? defaultProofreadWorkerUrl(), { stdout: true, stderr: true });
    worker.stdout.resume();
    worker.stderr.resume();
    // Never keeps the app (or a test run) alive by itself.
    worker.unref();
    const running: Running = { worker, pending: new Map(), ready: Promise.resolve(), loaded: false, failed: false };
    worker.on('message', (reply: ProofreadReply) => {
      const waiter = running.pending.get(reply.id);
      if (!waiter) return;
      running.pending.delete(reply.id);
      clearTimeout(waiter.timer);
      if (reply.ok) waiter.resolve(reply.value);
      else waiter.reject(new ProofreadWorkerError(reply.message));
    });
    worker.on('error', (error) => this.fail(running, new ProofreadWorkerError(`the proofreading worker failed: ${error.message}`)));
    worker.on('exit', (code) => this.fail(running, new ProofreadWorkerError(`the proofreading worker stopped (exit code ${code})`)));
    running.ready = (async () => {
      const load: ProofreadRequests['load']['input'] = { cacheDir: this.options.cacheDir };
      if (this.options.resourcesDir) load.resourcesDir = this.options.resourcesDir;
      await this.send(running, 'load', load, 4);
      running.loaded = true;
      await this.send(running, 'sync', this.options.syncState());
    })();
    // Callers see the failure through `ready`; this only keeps it from being reported as unhandled.
    running.ready.catch(() => undefined);
    this.running = running;
    return running;
  }

  private send<K extends ProofreadRequestType>(running: Running, type: K, input: ProofreadRequests[K]['input'], timeoutFactor = 1): Promise<ProofreadRequests[K]['output']> {
    if (running.failed) return Promise.reject(new ProofreadWorkerError('the proofreading worker is not running'));
    const id = this.nextId++;
    const timeoutMs = (this.options.timeoutMs ?? 30_000) * timeoutFactor;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        // A worker stuck on one request is stuck for all of them: stop it; the next request restarts.
        this.fail(running, new ProofreadWorkerError(`the proofreading worker did not answer "${type}" within ${timeoutMs} ms`));
        void running.worker.terminate();
      }, timeoutMs);
      running.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      running.worker.postMessage({ id, type, ...input } as ProofreadRequest);
    });
  }

  private fail(running: Running, error: Error): void {
    if (running.failed) return;
    running.failed = true;
    for (const waiter of running.pending.values()) {
      clearTimeout(waiter.timer);
      waiter.reject(error);
    }
    running.pending.clear();
    if (this.running === running) this.running = null;
  }
}
