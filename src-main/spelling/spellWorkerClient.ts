/**
 * The main-process side of the spell worker: starts it, sends typed requests and resolves each
 * with its reply. A crashed worker rejects every pending request instead of taking the caller down.
 */
import { Worker } from 'node:worker_threads';
import type { SpellReply, SpellRequest, SpellRequests, SpellRequestType } from './spellWorkerProtocol.ts';

/** Where the worker entry is: the .ts source under Node, `out/main/spellWorker.js` in the bundle. */
export function defaultSpellWorkerUrl(): URL {
  const here = import.meta.url;
  const file = here.endsWith('.ts') ? '../workers/spellWorker.ts' : /\/chunks\/[^/]+$/.test(here) ? '../spellWorker.js' : './spellWorker.js';
  return new URL(file, here);
}

export class SpellWorkerClient {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private failure: Error | null = null;

  constructor(workerUrl: URL = defaultSpellWorkerUrl()) {
    this.worker = new Worker(workerUrl, { stdout: true, stderr: true });
    this.worker.stdout.resume();
    this.worker.stderr.resume();
    this.worker.on('message', (reply: SpellReply) => {
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.value);
      else waiter.reject(new Error(reply.message));
    });
    const fail = (error: Error) => {
      this.failure = error;
      for (const waiter of this.pending.values()) waiter.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the spell worker stopped (exit code ${code})`)));
  }

  request<K extends SpellRequestType>(type: K, input: SpellRequests[K]['input']): Promise<SpellRequests[K]['output']> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, type, ...input } as SpellRequest);
    });
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}
