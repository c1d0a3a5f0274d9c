import { describe, expect, it, vi } from 'vitest';
import type { SegmentUpdate, SegmentUpdateResult } from '../../../src-preload/contract/translation.ts';
import { BridgeError } from '../../lib/api.ts';
import { SegmentSaver } from './segmentSaver.ts';
import { segment } from './deskLogic.fixtures.ts';

const articleId = '5d1f0c7e-8a2b-4c3d-9e4f-0a1b2c3d4e5f';

function setup(send: (input: SegmentUpdate) => Promise<SegmentUpdateResult>) {
  const saved: SegmentUpdateResult[] = [];
  const states: string[] = [];
  const saver = new SegmentSaver({
    articleId,
    send,
    onSaved: (r) => saved.push(r),
    onState: (s) => states.push(s),
    queue: { delayMs: 400, maxWaitMs: 1000, retryDelaysMs: [1000] },
  });
  return { saver, saved, states };
}

const ack = (input: SegmentUpdate): Promise<SegmentUpdateResult> =>
  Promise.resolve({ segment: segment(input.segmentId, { target: input.target, status: input.status }), propagated: [], version: 2 });

describe('SegmentSaver', () => {
  it('saves the last text of every edited segment within a second of typing, as one update each', async () => {
    vi.useFakeTimers();
    const send = vi.fn(ack);
    const { saver, saved, states } = setup(send);
    for (const text of ['P', 'Pr', 'Pri', 'Pric', 'Price']) {
      saver.edit('b1.0', { target: text, status: 'draft', origin: 'human', matchScore: null });
      await vi.advanceTimersByTimeAsync(150);
    }
    saver.edit('b2.0', { target: 'Rice', status: 'draft' });
    await vi.advanceTimersByTimeAsync(1000 - 750);
    expect(send.mock.calls.map(([input]) => input)).toEqual([
      { articleId, segmentId: 'b1.0', target: 'Price', status: 'draft', origin: 'human', matchScore: null },
      { articleId, segmentId: 'b2.0', target: 'Rice', status: 'draft' },
    ]);
    expect(saved.map((r) => r.segment.target)).toEqual(['Price', 'Rice']);
    expect(saver.hasPending).toBe(false);
    expect(states.at(-1)).toBe('saved');
    vi.useRealTimers();
  });

  it('keeps text typed while a save is in flight pending and saves it next', async () => {
    vi.useFakeTimers();
    let release!: () => void;
    const send = vi.fn((input: SegmentUpdate) => new Promise<SegmentUpdateResult>((r) => (release = () => void ack(input).then(r))));
    const { saver } = setup(send);
    saver.edit('b1.0', { target: 'Rice', status: 'draft' });
    await vi.advanceTimersByTimeAsync(400);
    expect(send).toHaveBeenCalledTimes(1);
    saver.edit('b1.0', { target: 'Rice prices', status: 'draft' });
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.pendingEdit('b1.0')?.target).toBe('Rice prices');
    await vi.advanceTimersByTimeAsync(400);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(send.mock.calls.map(([i]) => i.target)).toEqual(['Rice', 'Rice prices']);
    expect(saver.hasPending).toBe(false);
    vi.useRealTimers();
  });

  it('keeps an edit main refused and retries it, reporting the error meanwhile', async () => {
    vi.useFakeTimers();
    let fail = true;
    const send = vi.fn((input: SegmentUpdate) => (fail ? Promise.reject(new BridgeError('DB_BUSY', 'busy')) : ack(input)));
    const { saver, states } = setup(send);
    saver.edit('b1.0', { target: 'Rice', status: 'translated' });
    await saver.flush();
    expect(states.at(-1)).toBe('error');
    expect(saver.pendingEdit('b1.0')?.target).toBe('Rice');
    fail = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(states.at(-1)).toBe('saved');
    expect(saver.hasPending).toBe(false);
    vi.useRealTimers();
  });
});
