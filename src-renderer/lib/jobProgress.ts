/** Progress of a long job (TMX import, pre-translation) as the renderer shows it, and the loop that polls it. */
import type { Job } from '../../src-preload/contract/translation.ts';

/** How often a running job is asked for its progress (main reports at least this often). */
export const jobPollIntervalMs = 250;

/** Whole percent done, or null while the total is unknown (main reports total 0 then). */
export function jobPercent(job: Pick<Job, 'done' | 'total' | 'state'>): number | null {
  if (job.state === 'done') return 100;
  if (job.total <= 0) return null;
  // Never claim 100 % before main says done: the last step (indexing) still runs then.
  return Math.min(99, Math.floor((job.done / job.total) * 100));
}

export function isJobFinished(job: Pick<Job, 'state'>): boolean {
  return job.state !== 'running';
}

export interface PollJobOptions {
  getJob: (id: string) => Promise<Job>;
  onUpdate: (job: Job) => void;
  /** Stops polling (the view went away); the job itself keeps running. */
  signal: AbortSignal;
  intervalMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `getJob` until the job finishes, reporting every state it sees; resolves with the last
 * one (or null when stopped). A failing poll ends the loop by rejecting: the caller shows it.
 */
export async function pollJob(job: Job, { getJob, onUpdate, signal, intervalMs = jobPollIntervalMs, sleep = defaultSleep }: PollJobOptions): Promise<Job | null> {
  let current = job;
  onUpdate(current);
  while (!isJobFinished(current)) {
    await sleep(intervalMs);
    if (signal.aborted) return null;
    current = await getJob(current.id);
    if (signal.aborted) return null;
    onUpdate(current);
  }
  return current;
}
