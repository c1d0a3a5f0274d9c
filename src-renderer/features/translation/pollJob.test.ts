import { describe, expect, it } from 'vitest';
import type { Job } from '../../../src-preload/contract/translation.ts';
import { jobPercent, pollJob } from './pollJob.ts';

const job = (patch: Partial<Job>): Job => ({
  id: '0f7a6c52-1d3b-4e8f-a2c4-5b6d7e8f9a0b',
  kind: 'pretranslate',
  state: 'running',
  done: 0,
  total: 10,
  startedAt: '2026-01-05T08:00:00.000Z',
  error: null,
  result: null,
  ...patch,
});

describe('pollJob', () => {
  it('asks every interval until the job ends and reports each step', async () => {
    const answers = [job({ done: 4 }), job({ done: 9 }), job({ state: 'done', done: 10, result: { filled: 7, total: 10 } })];
    const slept: number[] = [];
    const seen: number[] = [];
    const end = await pollJob(job({}), {
      get: () => Promise.resolve(answers.shift()!),
      onProgress: (j) => seen.push(j.done),
      sleep: (ms) => (slept.push(ms), Promise.resolve()),
    });
    expect(end?.state).toBe('done');
    expect(end?.result).toEqual({ filled: 7, total: 10 });
    expect(seen).toEqual([0, 4, 9, 10]);
    expect(slept).toEqual([250, 250, 250]);
  });

  it('stops asking once aborted', async () => {
    const controller = new AbortController();
    let asked = 0;
    const end = await pollJob(job({}), {
      get: () => (asked++, Promise.resolve(job({ done: asked }))),
      onProgress: () => {
        if (asked === 2) controller.abort();
      },
      signal: controller.signal,
      sleep: () => Promise.resolve(),
    });
    expect(end).toBeNull();
    expect(asked).toBe(2);
  });
});

describe('jobPercent', () => {
  it('is unknown without a total and 100 when done', () => {
    expect(jobPercent({ done: 5, total: 0, state: 'running' })).toBeNull();
    expect(jobPercent({ done: 1, total: 3, state: 'running' })).toBe(33);
    expect(jobPercent({ done: 0, total: 0, state: 'done' })).toBe(100);
  });
});
