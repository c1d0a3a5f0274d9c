/**
 * Debounced, strictly serial autosave. Edits mark the queue dirty; a save runs `delayMs` after the
 * last edit but never later than `maxWaitMs` after the first unsaved one, so steady typing is
 * still saved within a second. Only one save is in flight; edits during it trigger another.
 * The state reported is what main acknowledged, never what we hope: "saved" means acked.
 */
import { PauseTimer } from '../../lib/pauseTimer.ts';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error';

export interface AutosaveOptions {
  /** Performs one save of the current content; resolves when main acknowledged it. */
  save: () => Promise<void>;
  /** Called whenever the state changes; `error` is what the last failed save threw. */
  onState: (state: SaveState, error?: unknown) => void;
  /** Quiet time after the last edit before saving (default 400 ms). */
  delayMs?: number;
  /** Longest an edit may wait while typing continues (default 1000 ms). */
  maxWaitMs?: number;
  /** Delays before automatic retries after a failed save (default 1 s, 2 s, 5 s, then 10 s). */
  retryDelaysMs?: readonly number[];
  /** Whether an error is worth retrying (default: all). */
  shouldRetry?: (error: unknown) => boolean;
  /** Timers, injectable for tests. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  now?: () => number;
}

export class AutosaveQueue {
  private state: SaveState = 'saved';
  private dirty = false;
  private firstDirtyAt = 0;
  private readonly timer: PauseTimer;
  private inFlight: Promise<void> | undefined;
  private failures = 0;
  private disposed = false;
  private readonly opts: Required<Omit<AutosaveOptions, 'save' | 'onState'>> & Pick<AutosaveOptions, 'save' | 'onState'>;

  constructor(options: AutosaveOptions) {
    this.opts = {
      delayMs: 400,
      maxWaitMs: 1000,
      retryDelaysMs: [1000, 2000, 5000, 10000],
      shouldRetry: () => true,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      now: () => Date.now(),
      ...options,
    };
    this.timer = new PauseTimer(() => void this.run(), this.opts);
  }

  /** Current acknowledged state. */
  get current(): SaveState {
    return this.state;
  }

  /** True while there are edits main has not acknowledged. */
  get hasPending(): boolean {
    return this.dirty || this.inFlight !== undefined;
  }

  /** Records an edit and schedules a save. */
  markDirty(): void {
    if (this.disposed) return;
    const now = this.opts.now();
    if (!this.dirty) this.firstDirtyAt = now;
    this.dirty = true;
    if (this.state !== 'saving' && this.state !== 'error') this.setState('dirty');
    if (this.inFlight) return; // the running save reschedules when it finishes
    const waited = now - this.firstDirtyAt;
    this.schedule(Math.max(0, Math.min(this.opts.delayMs, this.opts.maxWaitMs - waited)));
  }

  /** Saves now if anything is pending and resolves once everything is acknowledged (or failed). */
  async flush(): Promise<void> {
    this.cancelTimer();
    while (this.inFlight || this.dirty) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      await this.run();
      if (this.state === 'error') return; // do not spin on a failing save; edits stay dirty
    }
  }

  /** Stops timers; pending edits are the caller's to flush first. */
  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
  }

  /** Runs a save `ms` from now (replacing any earlier plan; see PauseTimer). */
  private schedule(ms: number): void {
    this.timer.schedule(ms);
  }

  private cancelTimer(): void {
    this.timer.cancel();
  }

  private run(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (!this.dirty) return Promise.resolve();
    this.dirty = false;
    this.setState('saving');
    const attempt = (async () => {
      try {
        await this.opts.save();
        this.failures = 0;
        this.setState(this.dirty ? 'dirty' : 'saved');
      } catch (error) {
        this.dirty = true; // nothing was acknowledged: the edits are still pending
        this.failures++;
        this.setState('error', error);
        if (!this.disposed && this.opts.shouldRetry(error)) {
          const delays = this.opts.retryDelaysMs;
          this.schedule(delays[Math.min(this.failures - 1, delays.length - 1)] ?? 10000);
        }
        return;
      } finally {
        this.inFlight = undefined;
      }
      if (this.dirty && !this.disposed) {
        this.firstDirtyAt = this.opts.now();
        this.schedule(this.opts.delayMs);
      }
    })();
    this.inFlight = attempt;
    return attempt;
  }

  private setState(state: SaveState, error?: unknown): void {
    if (state === this.state && state !== 'error') return;
    this.state = state;
    this.opts.onState(state, error);
  }
}
