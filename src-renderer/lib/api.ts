/**
 * The renderer's only door to main. Unwraps the Result envelope: success returns the value,
 * failure throws a BridgeError whose `code` the UI translates (`errors.<code>`).
 */
import type { Api, Input, Output } from '../../src-preload/contract/api.ts';
import type { EventName, MethodName } from '../../src-preload/contract/channels.ts';
import type { ErrorCode, Result } from '../../src-preload/contract/errors.ts';
import type { EventPayload } from '../../src-preload/contract/events.ts';

declare global {
  interface Window {
    api?: Api;
  }
}

/** A failed bridge call, carrying its stable error code. */
export class BridgeError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'BridgeError';
    this.code = code;
  }
}

function bridge(): Api {
  if (!window.api) throw new BridgeError('INTERNAL', 'window.api is missing: the app was opened outside its host');
  return window.api;
}

/** Calls a bridge method and returns its value, or throws BridgeError. */
export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const fn = bridge()[method] as (input: Input<M>) => Promise<Result<Output<M>>>;
  const result = await fn(input);
  if (!result.ok) throw new BridgeError(result.error.code, result.error.message);
  return result.value;
}

/** Subscribes to a main -> renderer event; returns the unsubscribe function. */
export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return bridge().on(event, listener);
}

/** The error code of anything thrown by `call` (INTERNAL for anything else). */
export function errorCodeOf(error: unknown): ErrorCode {
  return error instanceof BridgeError ? error.code : 'INTERNAL';
}
