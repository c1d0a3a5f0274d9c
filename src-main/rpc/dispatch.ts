import { contract } from '../../src-preload/contract/api.ts';
import { isMethodName } from '../../src-preload/contract/channels.ts';
import { fail, ok, type ErrorCode, type Result } from '../../src-preload/contract/errors.ts';
import { methodsThatNeverWrite, type WriteGate } from '../db/writeGate.ts';
import { AppError } from '../services/appError.ts';
import type { Handlers } from './handlers.ts';

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Also validate outputs against the contract (on in tests and dev: catches drift early). */
  validateOutput?: boolean;
  /** Where unexpected errors are reported (they reach the renderer only as `INTERNAL`). */
  logError?: (method: string, error: unknown) => void;
  /** Raised while a handler runs, so a bulk writer in a worker lets it have the lock at once. */
  writeGate?: WriteGate;
}

/** SQLite failures a user can act on get their own codes; see RELIABILITY.md. */
function sqliteCode(error: unknown): ErrorCode | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  if (code.startsWith('SQLITE_FULL')) return 'DISK_FULL';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'DB_BUSY';
  if (code.startsWith('SQLITE_READONLY')) return 'DB_READONLY';
  return 'INTERNAL';
}

/** Short, readable summary of what was wrong with an input (first few zod issues). */
function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(input)'}: ${i.message}`)
    .join('; ');
}

/**
 * The transport-free core of the bridge: validate the input against the contract, call the
 * handler, and wrap the outcome in a Result. IPC and the web host both call this; nothing
 * here knows which one did.
 */
export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) return fail('UNKNOWN_METHOD', `unknown method ${JSON.stringify(method).slice(0, 80)}`);
    const spec = contract[method];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) return fail('INVALID_INPUT', `${method}: ${describeIssues(parsed.error.issues)}`);
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      const gate = options.writeGate;
      const value = await (gate && !methodsThatNeverWrite.has(method) ? gate.around(() => handler(parsed.data)) : handler(parsed.data));
      if (options.validateOutput) {
        const checked = spec.output.safeParse(value);
        if (!checked.success) {
          options.logError?.(method, checked.error);
          return fail('INTERNAL', `${method} returned invalid output: ${describeIssues(checked.error.issues)}`);
        }
      }
      return ok(value);
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message);
      const code = sqliteCode(error);
      if (code && code !== 'INTERNAL') return fail(code, (error as Error).message);
      options.logError?.(method, error);
      return fail('INTERNAL', `${method} failed unexpectedly`);
    }
  };
}
