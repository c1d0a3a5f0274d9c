/**
 * Long jobs (TMX import, pre-translation): started by a service, polled by the renderer with
 * `getJob`, stopped with `cancelJob`. SCAFFOLD: the interchange helper replaces the bodies.
 */
import type { Job } from '../../src-preload/contract/translation.ts';
import { AppError } from './appError.ts';

export interface JobContext {
  /** Report progress: units done, and the total when known. */
  progress(done: number, total?: number): void;
  /** Aborted when the user cancels. */
  signal: AbortSignal;
}

export class JobsService {
  /** Starts `run` now and returns the job; `run`'s resolved value becomes `result`, a thrown AppError `error`. */
  start(kind: Job['kind'], run: (job: JobContext) => Promise<Record<string, number>>): Job {
    void [kind, run];
    throw new AppError('INTERNAL', 'jobs: not built yet');
  }
  get(id: string): Job {
    throw new AppError('NOT_FOUND', `no job ${id}`);
  }
  cancel(id: string): Job {
    throw new AppError('NOT_FOUND', `no job ${id}`);
  }
  /** Cancels every running job (the backend is closing). */
  close(): void {}
}
