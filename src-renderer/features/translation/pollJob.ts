/**
 * Follows a long job (pre-translation) to its end: asks main for its progress every `intervalMs`
 * (250 ms: fast enough for a moving bar, a trivial cost for main) and resolves with the final
 * state. Stops asking when the caller goes away (`signal`), leaving the job to run.
 */
import type { Job } from '../../../src-preload/contract/translation.ts';

export interface PollJobOptions {
  get: (id: string) => Promise<Job>;
  onProgress: (job: Job) => void;
  intervalMs?: number;
  signal?: AbortSignal;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves with the job once it is done, failed or cancelled; null when aborted first. */
export async function pollJob(job: Job, { get, onProgress, intervalMs = 250, signal, sleep = defaultSleep }: PollJobOptions): Promise<Job | null> {
  let current = job;
  onProgress(current);
  while (current.state === 'running') {
    await sleep(intervalMs);
    if (signal?.aborted) return null;
    current = await get(current.id);
    if (signal?.aborted) return null;
    onProgress(current);
  }
  return current;
}

/** A job's progress in whole percent, or null while the total is not known yet. */
export function jobPercent(job: Pick<Job, 'done' | 'total' | 'state'>): number | null {
  if (job.state === 'done') return 100;
  if (job.total <= 0) return null;
  return Math.min(100, Math.floor((job.done * 100) / job.total));
}
