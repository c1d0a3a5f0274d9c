/**
 * How the main thread asks a bulk writer in a worker (the TMX import) for the write lock: a
 * counter in shared memory, raised while a bridge call runs. The worker looks at it after each
 * small batch of inserts, commits and waits until it drops, so a save waits ~20 ms for the lock
 * instead of up to the worker's whole batch, and the import pays nothing while the bridge is idle
 * (a call that only reads costs it one early commit; the job polls are left out).
 * (SQLite cannot tell a lock holder that someone waits: its busy handler just sleeps and retries.)
 */
export class WriteGate {
  readonly buffer = new SharedArrayBuffer(4);
  private readonly count = new Int32Array(this.buffer);

  /** Runs `fn` with the gate raised; for an async `fn`, its synchronous part (where our writes happen). */
  around<T>(fn: () => T): T {
    Atomics.add(this.count, 0, 1);
    try {
      return fn();
    } finally {
      Atomics.sub(this.count, 0, 1);
      Atomics.notify(this.count, 0);
    }
  }
}

/** Bridge calls that only read and come often (the renderer polls jobs during an import). */
export const methodsThatNeverWrite: ReadonlySet<string> = new Set(['getJob']);
