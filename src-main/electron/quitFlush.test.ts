import { describe, expect, it, vi } from 'vitest';
import { eventChannel } from '../../src-preload/contract/channels.ts';
import { flushBeforeClose, installQuitFlush, QuitCoordinator, quitFlushTimeoutMs, type PreventableEvent } from './quitFlush.ts';

function fakeTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; callback: () => void }>();
  return {
    timers: {
      set: (callback: () => void, ms: number) => {
        const id = next++;
        pending.set(id, { at: now + ms, callback });
        return id;
      },
      clear: (handle: unknown) => {
        pending.delete(handle as number);
      },
    },
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...pending]) {
        if (timer.at <= now) {
          pending.delete(id);
          timer.callback();
        }
      }
    },
    get pendingCount() {
      return pending.size;
    },
  };
}

function coordinator() {
  const clock = fakeTimers();
  let n = 0;
  const onSettled = vi.fn();
  const c = new QuitCoordinator({ timers: clock.timers, newRequestId: () => `req-${++n}`, onSettled });
  return { c, clock, onSettled };
}

describe('QuitCoordinator', () => {
  it('waits for the renderer, then retries once it reports ready', () => {
    const { c, clock, onSettled } = coordinator();
    const send = vi.fn(() => true);
    const retry = vi.fn();
    expect(c.begin(send, retry)).toBe('wait');
    expect(send).toHaveBeenCalledWith('req-1');
    expect(c.state).toBe('flushing');
    expect(retry).not.toHaveBeenCalled();
    c.ready('req-1');
    expect(retry).toHaveBeenCalledOnce();
    expect(onSettled).toHaveBeenCalledWith('ready', 'req-1');
    expect(clock.pendingCount).toBe(0);
    // The retried attempt goes through.
    expect(c.begin(send, retry)).toBe('proceed');
    expect(send).toHaveBeenCalledOnce();
  });

  it('gives up waiting after 3 s', () => {
    const { c, clock, onSettled } = coordinator();
    const retry = vi.fn();
    c.begin(() => true, retry);
    clock.advance(quitFlushTimeoutMs - 1);
    expect(retry).not.toHaveBeenCalled();
    clock.advance(1);
    expect(retry).toHaveBeenCalledOnce();
    expect(onSettled).toHaveBeenCalledWith('timeout', 'req-1');
    expect(c.state).toBe('flushed');
  });

  it('ignores answers to other requests and late answers', () => {
    const { c, clock } = coordinator();
    const retry = vi.fn();
    c.begin(() => true, retry);
    c.ready('req-0');
    c.ready('');
    expect(retry).not.toHaveBeenCalled();
    clock.advance(quitFlushTimeoutMs);
    expect(retry).toHaveBeenCalledOnce();
    c.ready('req-1');
    expect(retry).toHaveBeenCalledOnce();
  });

  it('holds attempts made during a flush and retries them all, sending only one request', () => {
    const { c } = coordinator();
    const send = vi.fn(() => true);
    const closeRetry = vi.fn();
    const quitRetry = vi.fn();
    expect(c.begin(send, closeRetry)).toBe('wait');
    expect(c.begin(send, quitRetry)).toBe('wait');
    expect(send).toHaveBeenCalledOnce();
    c.ready('req-1');
    expect(closeRetry).toHaveBeenCalledOnce();
    expect(quitRetry).toHaveBeenCalledOnce();
  });

  it('proceeds at once when no renderer can answer', () => {
    const { c, clock } = coordinator();
    expect(c.begin(() => false, vi.fn())).toBe('proceed');
    expect(clock.pendingCount).toBe(0);
  });

  it('flushes again after reset (a new window on macOS)', () => {
    const { c } = coordinator();
    c.begin(() => true, vi.fn());
    c.ready('req-1');
    c.reset();
    const send = vi.fn(() => true);
    expect(c.begin(send, vi.fn())).toBe('wait');
    expect(send).toHaveBeenCalledWith('req-2');
  });

  it('reset does not abandon a flush in progress', () => {
    const { c } = coordinator();
    const retry = vi.fn();
    c.begin(() => true, retry);
    c.reset();
    expect(c.state).toBe('flushing');
    c.ready('req-1');
    expect(retry).toHaveBeenCalledOnce();
  });
});

function fakeWindow() {
  const listeners = new Map<string, ((event: PreventableEvent) => void)[]>();
  const win = {
    destroyed: false,
    crashed: false,
    sent: [] as [string, unknown][],
    closeCalls: 0,
    isDestroyed: () => win.destroyed,
    webContents: {
      isDestroyed: () => win.destroyed,
      isCrashed: () => win.crashed,
      send: (channel: string, payload: unknown) => void win.sent.push([channel, payload]),
    },
    on(event: string, listener: (event: PreventableEvent) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    emit(event: string) {
      let prevented = false;
      for (const l of listeners.get(event) ?? []) l({ preventDefault: () => (prevented = true) });
      return prevented;
    },
    close() {
      win.closeCalls++;
      if (!win.emit('close')) win.destroyed = true;
    },
  };
  return win;
}

describe('installQuitFlush + flushBeforeClose', () => {
  function app(win: ReturnType<typeof fakeWindow> | null) {
    const { c, clock } = coordinator();
    let beforeQuit: ((event: PreventableEvent) => void) | undefined;
    const state = { quitCalls: 0, quitted: false };
    const quit = () => {
      state.quitCalls++;
      let prevented = false;
      beforeQuit?.({ preventDefault: () => (prevented = true) });
      if (!prevented) {
        win?.close();
        state.quitted = true;
      }
    };
    installQuitFlush({ coordinator: c, onBeforeQuit: (l) => (beforeQuit = l), quit, getWindow: () => win });
    if (win) flushBeforeClose(win, c);
    return { c, clock, state, quit };
  }

  it('quit sends flushRequested on the event channel and quits after the answer', () => {
    const win = fakeWindow();
    const { c, state, quit } = app(win);
    quit();
    expect(state.quitted).toBe(false);
    expect(win.sent).toEqual([[eventChannel('flushRequested'), { requestId: 'req-1' }]]);
    c.ready('req-1');
    expect(state.quitted).toBe(true);
    expect(win.destroyed).toBe(true);
    expect(win.sent).toHaveLength(1);
  });

  it('quit still happens when the renderer never answers', () => {
    const win = fakeWindow();
    const { clock, state, quit } = app(win);
    quit();
    clock.advance(quitFlushTimeoutMs);
    expect(state.quitted).toBe(true);
  });

  it('closing the window flushes first, then closes for real', () => {
    const win = fakeWindow();
    const { c } = app(win);
    win.close();
    expect(win.destroyed).toBe(false);
    expect(win.sent).toHaveLength(1);
    c.ready('req-1');
    expect(win.destroyed).toBe(true);
    expect(win.closeCalls).toBe(2);
  });

  it('a crashed renderer does not delay quitting', () => {
    const win = fakeWindow();
    win.crashed = true;
    const { state, quit } = app(win);
    quit();
    expect(state.quitted).toBe(true);
    expect(win.sent).toHaveLength(0);
  });

  it('no window: quits at once', () => {
    const { state, quit } = app(null);
    quit();
    expect(state.quitted).toBe(true);
  });
});
