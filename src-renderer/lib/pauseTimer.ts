/**
 * A timer for "run this once things have been quiet for a while", rescheduled on every keystroke
 * (autosave, proofreading). Rescheduling later keeps the timer already set to fire sooner; when it
 * fires early it waits out the rest. So a burst of typing costs one timer per pause instead of a
 * clearTimeout and a setTimeout per keystroke, and the callback still runs exactly when due.
 */
export interface TimerClock {
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
}

const systemClock: TimerClock = {
  now: () => Date.now(),
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class PauseTimer {
  private readonly fire: () => void;
  private readonly clock: TimerClock;
  private handle: unknown = undefined;
  private armed = false;
  /** When the callback is due, and when the armed timer fires (at or before that). */
  private due = 0;
  private firesAt = 0;

  constructor(fire: () => void, clock: TimerClock = systemClock) {
    this.fire = fire;
    this.clock = clock;
  }

  /** True while a run is planned. */
  get pending(): boolean {
    return this.armed;
  }

  /** Plans the run `ms` from now, replacing any earlier plan. */
  schedule(ms: number): void {
    this.due = this.clock.now() + ms;
    if (this.armed && this.firesAt <= this.due) return;
    this.cancel();
    this.arm(ms);
  }

  /** Drops the planned run, if any. */
  cancel(): void {
    if (this.armed) this.clock.clearTimer(this.handle);
    this.armed = false;
    this.handle = undefined;
  }

  private arm(ms: number): void {
    this.firesAt = this.clock.now() + ms;
    this.armed = true;
    this.handle = this.clock.setTimer(() => {
      this.armed = false;
      this.handle = undefined;
      const rest = this.due - this.clock.now();
      if (rest > 0) this.arm(rest);
      else this.fire();
    }, ms);
  }
}
