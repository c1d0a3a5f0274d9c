import type { WindowState } from './windowState.ts';

/** The parts of Electron's BrowserWindow the tracker reads (structural, so tests pass a fake). */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): { x: number; y: number; width: number; height: number };
  isMaximized(): boolean;
  isDestroyed(): boolean;
}

export interface TrackWindowStateOptions {
  /** Persists a state (e.g. `saveWindowState` bound to the state file). */
  save: (state: WindowState) => void;
  /** Quiet period after the last move or resize before saving (dragging fires many events). */
  delayMs?: number;
  timers?: { set(callback: () => void, ms: number): unknown; clear(handle: unknown): void };
  /** Told when saving fails; window geometry is never worth crashing over. */
  onError?: (error: unknown) => void;
}

/**
 * Saves the window's normal (un-maximised) bounds and maximised flag after moves and resizes,
 * debounced, and immediately when the window closes.
 */
export function trackWindowState(win: TrackedWindow, options: TrackWindowStateOptions): void {
  const delayMs = options.delayMs ?? 500;
  const timers = options.timers ?? {
    set: (callback: () => void, ms: number) => setTimeout(callback, ms),
    clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  let pending: unknown = null;

  const saveNow = () => {
    if (pending !== null) timers.clear(pending);
    pending = null;
    if (win.isDestroyed()) return;
    const bounds = win.getNormalBounds();
    try {
      options.save({
        x: Math.round(bounds.x),
        y: Math.round(bounds.y),
        width: Math.round(bounds.width),
        height: Math.round(bounds.height),
        isMaximized: win.isMaximized(),
      });
    } catch (error) {
      options.onError?.(error);
    }
  };
  const saveSoon = () => {
    if (pending !== null) timers.clear(pending);
    pending = timers.set(saveNow, delayMs);
  };

  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event, saveSoon);
  win.on('close', saveNow);
}
