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
  /** Machine translation: the engine is switched off in Settings (nothing was sent anywhere). */
  'MT_ENGINE_OFF',
  /** Machine translation: the engine could not be reached, or answered with a server error. */
  'MT_UNAVAILABLE',
  /** Machine translation: the engine refused the key (or needs one). */
  'MT_AUTH',
  /** Machine translation: too many requests, or the account's quota is used up. */
  'MT_QUOTA',
  /** Machine translation: no answer within the time limit, after the retries. */
  'MT_TIMEOUT',
  /** Machine translation: the engine's answer was not what its protocol promises. */
  'MT_BAD_REPLY',
  /** Machine translation: no offline model is installed for this language direction. */
  'MT_NO_MODEL',
  /** Machine translation: a model folder, archive or download was refused (missing file, wrong checksum, not a model). */
  'MT_MODEL_INVALID',
  /** A backup file failed its integrity check (not written, or not restored). */
  'BACKUP_INVALID',
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
