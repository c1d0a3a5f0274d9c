import { describe, expect, it, vi } from 'vitest';
import { trackWindowState, type TrackedWindow } from './trackWindowState.ts';
import type { WindowState } from './windowState.ts';

function setup() {
  const listeners = new Map<string, (() => void)[]>();
  let timer: { callback: () => void } | null = null;
  const win = {
    bounds: { x: 10, y: 20, width: 1000, height: 700 },
    maximized: false,
    destroyed: false,
    on(event: string, listener: () => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    emit(event: string) {
      for (const l of listeners.get(event) ?? []) l();
    },
    getNormalBounds: () => win.bounds,
    isMaximized: () => win.maximized,
    isDestroyed: () => win.destroyed,
  };
  const save = vi.fn<(state: WindowState) => void>();
  const timers = {
    set: (callback: () => void) => (timer = { callback }),
    clear: (handle: unknown) => {
      if (handle === timer) timer = null;
    },
  };
  const onError = vi.fn();
  trackWindowState(win satisfies TrackedWindow, { save, timers, onError });
  const flushTimer = () => {
    const t = timer;
    timer = null;
    t?.callback();
  };
  return { win, save, flushTimer, onError, hasTimer: () => timer !== null };
}

describe('trackWindowState', () => {
  it('debounces moves and resizes into one save', () => {
    const { win, save, flushTimer } = setup();
    win.emit('move');
    win.bounds = { x: 30, y: 40, width: 1100, height: 720.4 };
    win.emit('resize');
    win.emit('resize');
    expect(save).not.toHaveBeenCalled();
    flushTimer();
    expect(save).toHaveBeenCalledExactlyOnceWith({ x: 30, y: 40, width: 1100, height: 720, isMaximized: false });
  });

  it('saves the normal bounds and the maximised flag', () => {
    const { win, save, flushTimer } = setup();
    win.maximized = true;
    win.emit('maximize');
    flushTimer();
    expect(save).toHaveBeenCalledWith({ x: 10, y: 20, width: 1000, height: 700, isMaximized: true });
  });

  it('saves at once on close and drops the pending save', () => {
    const { win, save, hasTimer } = setup();
    win.emit('move');
    win.emit('close');
    expect(save).toHaveBeenCalledOnce();
    expect(hasTimer()).toBe(false);
  });

  it('does not read a destroyed window', () => {
    const { win, save, flushTimer } = setup();
    win.emit('move');
    win.destroyed = true;
    flushTimer();
    expect(save).not.toHaveBeenCalled();
  });

  it('reports a failed save instead of throwing', () => {
    const { win, save, onError } = setup();
    save.mockImplementation(() => {
      throw new Error('disk full');
    });
    expect(() => win.emit('close')).not.toThrow();
    expect(onError).toHaveBeenCalledOnce();
  });
});
