import { describe, expect, it } from 'vitest';
import type { Job } from '../../src-preload/contract/translation.ts';
import { jobPercent, pollJob } from './jobProgress.ts';

function job(patch: Partial<Job>): Job {
  return { id: '7c1f4a52-2f60-4a43-9d7e-0b8f64f7a001', kind: 'tmx-import', state: 'running', done: 0, total: 0, startedAt: '2026-01-05T08:00:00.000Z', error: null, result: null, ...patch };
}

describe('jobPercent', () => {
  it.each([
    [{ done: 0, total: 0 }, null],
    [{ done: 250, total: 1000 }, 25],
    [{ done: 999, total: 1000 }, 99],
    // Bytes read can reach the total before the import has been committed: not 100 % yet.
    [{ done: 1000, total: 1000 }, 99],
    [{ done: 1000, total: 1000, state: 'done' as const }, 100],
    [{ done: 0, total: 0, state: 'done' as const }, 100],
  ])('%j -> %s', (patch, percent) => {
    expect(jobPercent(job(patch))).toBe(percent);
  });
});

describe('pollJob', () => {
  it('reports every state until the job finishes, then resolves with the last', async () => {
    const states = [job({ done: 10, total: 100 }), job({ done: 60, total: 100 }), job({ done: 100, total: 100, state: 'done', result: { imported: 3 } })];
    const seen: Job[] = [];
    const asked: number[] = [];
    const last = await pollJob(job({}), {
      getJob: async () => states.shift()!,
      onUpdate: (j) => seen.push(j),
      signal: new AbortController().signal,
      sleep: async (ms) => void asked.push(ms),
    });
    expect(seen.map((j) => j.done)).toEqual([0, 10, 60, 100]);
    expect(last?.state).toBe('done');
    expect(asked).toEqual([250, 250, 250]);
  });

  it('stops quietly when the view goes away', async () => {
    const controller = new AbortController();
    let polls = 0;
    const last = await pollJob(job({}), {
      getJob: async () => {
        polls++;
        controller.abort();
        return job({ done: 5, total: 10 });
      },
      onUpdate: () => {},
      signal: controller.signal,
      sleep: async () => {},
    });
    expect(last).toBeNull();
    expect(polls).toBe(1);
  });

  it('rejects when a poll fails, so the caller can show the error', async () => {
    await expect(
      pollJob(job({}), { getJob: () => Promise.reject(new Error('gone')), onUpdate: () => {}, signal: new AbortController().signal, sleep: async () => {} }),
    ).rejects.toThrow('gone');
  });
});
