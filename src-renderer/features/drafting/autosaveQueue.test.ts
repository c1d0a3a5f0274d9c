import { describe, expect, it, vi } from 'vitest';
import { AutosaveQueue, type SaveState } from './autosaveQueue.ts';

function setup(save: () => Promise<void>) {
  const states: SaveState[] = [];
  const queue = new AutosaveQueue({ save, onState: (s) => states.push(s), delayMs: 400, maxWaitMs: 1000, retryDelaysMs: [1000] });
  return { queue, states };
}

describe('AutosaveQueue', () => {
  it('saves once, 400 ms after the last edit, and reports saved only after the ack', async () => {
    vi.useFakeTimers();
    let resolve!: () => void;
    const save = vi.fn(() => new Promise<void>((r) => (resolve = r)));
    const { queue, states } = setup(save);
    queue.markDirty();
    await vi.advanceTimersByTimeAsync(200);
    queue.markDirty();
    await vi.advanceTimersByTimeAsync(399);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(queue.current).toBe('saving');
    resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.current).toBe('saved');
    expect(states).toEqual(['dirty', 'saving', 'saved']);
    vi.useRealTimers();
  });

  it('saves within 1 s while typing never pauses', async () => {
    vi.useFakeTimers();
    const save = vi.fn(() => Promise.resolve());
    const { queue } = setup(save);
    for (let t = 0; t < 1000; t += 100) {
      queue.markDirty();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(save).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('never runs two saves at once and saves edits made during a save afterwards', async () => {
    vi.useFakeTimers();
    let running = 0;
    let maxRunning = 0;
    const resolvers: (() => void)[] = [];
    const save = vi.fn(() => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      return new Promise<void>((r) => resolvers.push(() => { running--; r(); }));
    });
    const { queue } = setup(save);
    queue.markDirty();
    await vi.advanceTimersByTimeAsync(400);
    queue.markDirty(); // during the first save
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).toHaveBeenCalledTimes(1);
    resolvers.shift()!();
    await vi.advanceTimersByTimeAsync(400);
    expect(save).toHaveBeenCalledTimes(2);
    resolvers.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    expect(maxRunning).toBe(1);
    expect(queue.current).toBe('saved');
    vi.useRealTimers();
  });

  it('flush saves immediately and waits for the ack', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { queue } = setup(save);
    queue.markDirty();
    await queue.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(queue.current).toBe('saved');
    expect(queue.hasPending).toBe(false);
  });

  it('keeps edits pending after a failure, reports the error and retries', async () => {
    vi.useFakeTimers();
    const save = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue(undefined);
    const { queue, states } = setup(save);
    queue.markDirty();
    await vi.advanceTimersByTimeAsync(400);
    expect(queue.current).toBe('error');
    expect(queue.hasPending).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(queue.current).toBe('saved');
    expect(states).toEqual(['dirty', 'saving', 'error', 'saving', 'saved']);
    vi.useRealTimers();
  });
});
