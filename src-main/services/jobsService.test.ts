import { describe, expect, it } from 'vitest';
import { AppError } from './appError.ts';
import { JobsService } from './jobsService.ts';

/** A promise and the functions that settle it, so a test decides when a job's work ends. */
function gate<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('JobsService', () => {
  it('returns a running job at once, reports progress, then the result', async () => {
    const jobs = new JobsService({ now: () => new Date('2026-02-05T08:00:00Z') });
    const step = gate<void>();
    const started = jobs.start('tmx-import', async (job) => {
      job.progress(10, 40);
      await step.promise;
      job.progress(30);
      return { imported: 12, skipped: 1 };
    });
    expect(started).toMatchObject({ kind: 'tmx-import', state: 'running', done: 0, total: 0, startedAt: '2026-02-05T08:00:00.000Z', error: null, result: null });
    await Promise.resolve();
    await Promise.resolve();
    expect(jobs.get(started.id)).toMatchObject({ state: 'running', done: 10, total: 40 });
    step.resolve();
    const done = await jobs.wait(started.id);
    expect(done).toMatchObject({ state: 'done', done: 40, total: 40, result: { imported: 12, skipped: 1 }, error: null });
  });

  it('keeps a thrown AppError as the error, and an unexpected one as INTERNAL', async () => {
    const jobs = new JobsService();
    const typed = jobs.start('tmx-import', () => Promise.reject(new AppError('IMPORT_FAILED', 'the file is not well-formed XML')));
    const untyped = jobs.start('pretranslate', () => Promise.reject(new TypeError('boom')));
    expect(await jobs.wait(typed.id)).toMatchObject({ state: 'failed', error: { code: 'IMPORT_FAILED', message: 'the file is not well-formed XML' }, result: null });
    expect(await jobs.wait(untyped.id)).toMatchObject({ state: 'failed', error: { code: 'INTERNAL', message: 'boom' } });
  });

  it('cancel aborts the signal and the job ends cancelled; cancelling a finished job changes nothing', async () => {
    const jobs = new JobsService();
    const job = jobs.start('pretranslate', (ctx) => new Promise((_resolve, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('stopped')))));
    expect(jobs.cancel(job.id).id).toBe(job.id);
    expect(await jobs.wait(job.id)).toMatchObject({ state: 'cancelled', error: null });
    expect(jobs.cancel(job.id).state).toBe('cancelled');
    const quick = jobs.start('pretranslate', () => Promise.resolve({ filled: 3 }));
    await jobs.wait(quick.id);
    expect(jobs.cancel(quick.id)).toMatchObject({ state: 'done', result: { filled: 3 } });
  });

  it('forgets the oldest finished jobs beyond the limit, never a running one', async () => {
    const jobs = new JobsService({ keepFinished: 2 });
    const hold = gate<Record<string, number>>();
    const running = jobs.start('tmx-import', () => hold.promise);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const j = jobs.start('pretranslate', () => Promise.resolve({ i }));
      await jobs.wait(j.id);
      ids.push(j.id);
    }
    expect(() => jobs.get(ids[0]!)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => jobs.get(ids[1]!)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(jobs.get(ids[3]!).result).toEqual({ i: 3 });
    expect(jobs.get(running.id).state).toBe('running');
    jobs.close();
    hold.reject(new Error('closed'));
    expect((await jobs.wait(running.id)).state).toBe('cancelled');
  });

  it('an unknown id is NOT_FOUND', () => {
    expect(() => new JobsService().get('6f1c2d3e-0000-4000-8000-000000000000')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
