/**
 * Stable error codes that travel across the bridge as data. The renderer translates them
 * (`errors.<CODE>` in the locale catalogues); the English `message` is for logs and the CLI.
 */
export const errorCodes = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'UNKNOWN_METHOD',
  'DB_BUSY',
  'DISK_FULL',
  'DB_READONLY',
  'DB_TOO_NEW',
  'INTERNAL',
  'NETWORK',
  /** An import refused: the file is over the size limit. */
  'FILE_TOO_LARGE',
  /** An import refused: not a format we read, or binary data with a text name. */
  'UNSUPPORTED_FORMAT',
  /** An import refused: damaged, unsafe (zip bomb, traversal) or too complex to parse in time. */
  'IMPORT_FAILED',
  /** The proofreading checker failed or did not answer; it restarts on the next request. */
  'PROOFREADING_UNAVAILABLE',
  /** The readiness gate: moving to "ready" while claims are unchecked, in progress or false needs an override note. */
  'CLAIMS_UNRESOLVED',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface BridgeErrorData {
  code: ErrorCode;
  message: string;
}

/** The envelope every bridge call returns: thrown errors lose their type across IPC, data does not. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: BridgeErrorData };

/** Builds a successful Result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failed Result. */
export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** True when `value` is one of the known error codes. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}
