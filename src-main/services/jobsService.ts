/**
 * Long jobs (TMX import, pre-translation): started by a service, polled by the renderer with
 * `getJob`, stopped with `cancelJob`. Jobs live in memory only: a job belongs to this run of the
 * app, and what a job writes commits all at once at its end, so a job lost with the process left
 * nothing half done behind.
 */
import { randomUUID } from 'node:crypto';
import type { Job } from '../../src-preload/contract/translation.ts';
import { AppError } from './appError.ts';

export interface JobContext {
  /** Report progress: units done, and the total when known. */
  progress(done: number, total?: number): void;
  /** Aborted when the user cancels. */
  signal: AbortSignal;
}

export interface JobsOptions {
  now?: () => Date;
  /** Finished jobs remembered for `get` (oldest forgotten first). */
  keepFinished?: number;
}

interface Entry {
  job: Job;
  controller: AbortController;
  /** Settles when `run` has returned or thrown. */
  finished: Promise<void>;
}

export class JobsService {
  private readonly jobs = new Map<string, Entry>();
  private readonly now: () => Date;
  private readonly keepFinished: number;

  constructor(options: JobsOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.keepFinished = options.keepFinished ?? 50;
  }

  /** Starts `run` now and returns the job; `run`'s resolved value becomes `result`, a thrown AppError `error`. */
  start(kind: Job['kind'], run: (job: JobContext) => Promise<Record<string, number>>): Job {
    const controller = new AbortController();
    const job: Job = { id: randomUUID(), kind, state: 'running', done: 0, total: 0, startedAt: this.now().toISOString(), error: null, result: null };
    const context: JobContext = {
      progress: (done, total) => {
        if (job.state !== 'running') return;
        job.done = Math.max(0, done);
        if (total !== undefined) job.total = Math.max(0, total);
      },
      signal: controller.signal,
    };
    const finished = (async () => {
      try {
        // A microtask later, so `start` returns the running job before any work happens.
        await Promise.resolve();
        controller.signal.throwIfAborted();
        const result = await run(context);
        // A job that finished before it noticed a late cancel did its work: say so rather than 'cancelled'.
        job.state = 'done';
        job.result = result;
        if (job.total > 0) job.done = job.total;
      } catch (error) {
        if (controller.signal.aborted) job.state = 'cancelled';
        else {
          job.state = 'failed';
          job.error =
            error instanceof AppError
              ? { code: error.code, message: error.message }
              : { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
        }
      }
      this.forgetOld();
    })();
    this.jobs.set(job.id, { job, controller, finished });
    return { ...job };
  }

  get(id: string): Job {
    return { ...this.entry(id).job };
  }

  /**
   * Asks a running job to stop: its signal aborts, and when `run` then throws the job is
   * 'cancelled' (it rolled back what it did). A finished job is returned as it is.
   */
  cancel(id: string): Job {
    const entry = this.entry(id);
    if (entry.job.state === 'running') entry.controller.abort();
    return { ...entry.job };
  }

  /** Resolves with the job once it has finished (tests, the CLI). */
  async wait(id: string): Promise<Job> {
    const entry = this.entry(id);
    await entry.finished;
    return { ...entry.job };
  }

  /** Cancels every running job (the backend is closing). */
  close(): void {
    for (const entry of this.jobs.values()) if (entry.job.state === 'running') entry.controller.abort();
  }

  private entry(id: string): Entry {
    const entry = this.jobs.get(id);
    if (!entry) throw new AppError('NOT_FOUND', `no job ${id}`);
    return entry;
  }

  private forgetOld(): void {
    const finished = [...this.jobs.values()].filter((e) => e.job.state !== 'running');
    for (const entry of finished.slice(0, Math.max(0, finished.length - this.keepFinished))) this.jobs.delete(entry.job.id);
  }
}
