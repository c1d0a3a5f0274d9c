/**
 * When the draft journal writes: an edit only plans a write (no serialising on the keystroke
 * path); the write runs once typing pauses for `delayMs`, or `maxWaitMs` after the first edit
 * not yet journaled while typing goes on. While held (an offer of recovered text is on screen),
 * planned writes are skipped so the recovered entry is not overwritten.
 */
import { PauseTimer, type TimerClock } from '../../lib/pauseTimer.ts';

export interface JournalWriterOptions {
  /** Quiet time after an edit before it is journaled (default 150 ms). */
  delayMs?: number;
  /** Longest an edit waits while typing goes on (default 500 ms). */
  maxWaitMs?: number;
  /** Timers, injectable for tests. */
  clock?: TimerClock;
}

export class JournalWriter {
  private readonly timer: PauseTimer;
  private readonly now: () => number;
  private readonly delayMs: number;
  private readonly maxWaitMs: number;
  private firstPendingAt: number | undefined;
  private write: () => void = () => undefined;
  private held = false;

  constructor(options: JournalWriterOptions = {}) {
    this.delayMs = options.delayMs ?? 150;
    this.maxWaitMs = options.maxWaitMs ?? 500;
    this.now = options.clock?.now ?? (() => Date.now());
    this.timer = new PauseTimer(() => this.fire(), options.clock);
  }

  /** Sets what a write does (it reads the editor when called) and whether writes are held. */
  configure(write: () => void, held: boolean): void {
    this.write = write;
    this.held = held;
  }

  /** True while writes are held. */
  get isHeld(): boolean {
    return this.held;
  }

  /** True while a write is planned. */
  get pending(): boolean {
    return this.timer.pending;
  }

  /** Records an edit: O(1), plans a write. */
  changed(): void {
    const now = this.now();
    this.firstPendingAt ??= now;
    this.timer.schedule(Math.max(0, Math.min(this.delayMs, this.maxWaitMs - (now - this.firstPendingAt))));
  }

  /** Drops the planned write (main acknowledged everything). */
  cancel(): void {
    this.timer.cancel();
    this.firstPendingAt = undefined;
  }

  /** Writes now if a write was planned (leaving the article). */
  flush(): void {
    if (!this.timer.pending) return;
    this.timer.cancel();
    this.fire();
  }

  private fire(): void {
    this.firstPendingAt = undefined;
    if (!this.held) this.write();
  }
}
