import type { ErrorCode } from '../../src-preload/contract/errors.ts';

/** An error a service raises on purpose; `dispatch` turns it into a Result with its code. */
export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}
