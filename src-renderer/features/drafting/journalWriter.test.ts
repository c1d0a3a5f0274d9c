import { describe, expect, it } from 'vitest';
import { JournalWriter } from './journalWriter.ts';

/** A manual clock: timers fire only when the test advances time. */
function fakeClock() {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  return {
    now: () => now,
    setTimer: (fn: () => void, ms: number) => {
      const id = next++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimer: (id: unknown) => {
      timers = timers.filter((t) => t.id !== id);
    },
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        now = due.at;
        due.fn();
      }
      now = until;
    },
  };
}

describe('JournalWriter', () => {
  it('writes once typing pauses for 150 ms, not per keystroke', () => {
    const clock = fakeClock();
    const writer = new JournalWriter({ clock });
    let writes = 0;
    writer.configure(() => writes++, false);
    for (let i = 0; i < 3; i++) {
      writer.changed();
      clock.advance(50);
    }
    expect(writes).toBe(0);
    clock.advance(150);
    expect(writes).toBe(1);
  });

  it('writes at least every 500 ms while typing goes on', () => {
    const clock = fakeClock();
    const writer = new JournalWriter({ clock });
    const at: number[] = [];
    writer.configure(() => at.push(clock.now()), false);
    for (let t = 0; t < 1200; t += 40) {
      writer.changed();
      clock.advance(40);
    }
    expect(at.length).toBeGreaterThanOrEqual(2);
    expect(at[0]).toBeLessThanOrEqual(500);
  });

  it('skips writes while held (an offer is on screen) and after cancel', () => {
    const clock = fakeClock();
    const writer = new JournalWriter({ clock });
    let writes = 0;
    writer.configure(() => writes++, true);
    expect(writer.isHeld).toBe(true);
    writer.changed();
    clock.advance(1000);
    expect(writes).toBe(0);
    writer.configure(() => writes++, false);
    writer.changed();
    writer.cancel();
    clock.advance(1000);
    expect(writes).toBe(0);
  });

  it('flush writes a planned write at once, and nothing when none is planned', () => {
    const clock = fakeClock();
    const writer = new JournalWriter({ clock });
    let writes = 0;
    writer.configure(() => writes++, false);
    writer.flush();
    expect(writes).toBe(0);
    writer.changed();
    writer.flush();
    expect(writes).toBe(1);
    clock.advance(1000);
    expect(writes).toBe(1);
  });
});
