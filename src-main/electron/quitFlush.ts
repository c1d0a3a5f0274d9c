import { randomUUID } from 'node:crypto';
import { sendToRenderer, type RendererTarget } from './sendToRenderer.ts';

/** How long quitting waits for the renderer to confirm its saves. */
export const quitFlushTimeoutMs = 3000;

export interface QuitTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface QuitCoordinatorOptions {
  timeoutMs?: number;
  timers?: QuitTimers;
  newRequestId?: () => string;
  /** Told how each flush ended (for the log: a timeout means the renderer did not answer). */
  onSettled?: (outcome: 'ready' | 'timeout', requestId: string) => void;
}

/** `proceed`: let the quit/close happen now. `wait`: prevent it; it is retried after the flush. */
export type FlushDecision = 'proceed' | 'wait';

const realTimers: QuitTimers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Holds a quit or window close until the renderer has saved. The first attempt asks the
 * renderer to flush and waits for `ready(requestId)` or the timeout; attempts made meanwhile
 * wait too; then every held attempt is retried and, the flush being done, goes through.
 * Timers are injected so the waiting logic is tested without Electron or real time.
 */
export class QuitCoordinator {
  private phase: 'idle' | 'flushing' | 'flushed' = 'idle';
  private requestId: string | null = null;
  private timer: unknown = null;
  private retries: (() => void)[] = [];
  private readonly timeoutMs: number;
  private readonly timers: QuitTimers;
  private readonly newRequestId: () => string;
  private readonly onSettled: QuitCoordinatorOptions['onSettled'];

  constructor(options: QuitCoordinatorOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? quitFlushTimeoutMs;
    this.timers = options.timers ?? realTimers;
    this.newRequestId = options.newRequestId ?? randomUUID;
    this.onSettled = options.onSettled;
  }

  /** Current phase, for tests and logs. */
  get state(): 'idle' | 'flushing' | 'flushed' {
    return this.phase;
  }

  /**
   * Called on each quit or close attempt. `requestFlush` sends the request to the renderer and
   * returns false if no renderer can answer (then there is nothing to wait for). `retry` repeats
   * the attempt once the flush is over.
   */
  begin(requestFlush: (requestId: string) => boolean, retry: () => void): FlushDecision {
    if (this.phase === 'flushed') return 'proceed';
    if (this.phase === 'flushing') {
      this.retries.push(retry);
      return 'wait';
    }
    const requestId = this.newRequestId();
    if (!requestFlush(requestId)) {
      this.phase = 'flushed';
      return 'proceed';
    }
    this.phase = 'flushing';
    this.requestId = requestId;
    this.retries = [retry];
    this.timer = this.timers.set(() => this.settle('timeout'), this.timeoutMs);
    return 'wait';
  }

  /** The renderer reported its saves done; answers for other (stale) requests are ignored. */
  ready(requestId: string): void {
    if (this.phase === 'flushing' && requestId === this.requestId) this.settle('ready');
  }

  /** A new window exists again, so the next quit or close must flush it. */
  reset(): void {
    if (this.phase === 'flushed') this.phase = 'idle';
  }

  private settle(outcome: 'ready' | 'timeout'): void {
    const requestId = this.requestId ?? '';
    this.timers.clear(this.timer);
    this.timer = null;
    this.requestId = null;
    this.phase = 'flushed';
    const retries = this.retries;
    this.retries = [];
    this.onSettled?.(outcome, requestId);
    for (const retry of retries) retry();
  }
}

/** A cancellable event such as Electron's `before-quit` or `close`. */
export interface PreventableEvent {
  preventDefault(): void;
}

export interface QuitFlushOptions {
  coordinator: QuitCoordinator;
  onBeforeQuit: (listener: (event: PreventableEvent) => void) => void;
  quit: () => void;
  getWindow: () => RendererTarget | null | undefined;
}

/** Holds `before-quit` until the window's renderer has flushed its saves (or timed out). */
export function installQuitFlush({ coordinator, onBeforeQuit, quit, getWindow }: QuitFlushOptions): void {
  onBeforeQuit((event) => {
    const decision = coordinator.begin((requestId) => sendToRenderer(getWindow(), 'flushRequested', { requestId }), quit);
    if (decision === 'wait') event.preventDefault();
  });
}

/** A window whose `close` can be held (structural: Electron's BrowserWindow fits). */
export interface ClosableWindow extends RendererTarget {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  close(): void;
}

/** Holds a window's `close` until its renderer has flushed its saves (or timed out). */
export function flushBeforeClose(win: ClosableWindow, coordinator: QuitCoordinator): void {
  win.on('close', (event) => {
    const decision = coordinator.begin(
      (requestId) => sendToRenderer(win, 'flushRequested', { requestId }),
      () => {
        if (!win.isDestroyed()) win.close();
      },
    );
    if (decision === 'wait') event.preventDefault();
  });
}
