import { AppError } from '../appError.ts';

/**
 * Why an import was refused. The bridge only carries `code` and `message`, so until the contract
 * has import-specific codes these all travel as `INVALID_INPUT`; the reason lets the CLI, tests
 * and a future code mapping tell them apart without parsing English.
 */
export type ImportFailureReason =
  /** The file is over the size cap; it was not read. */
  | 'too-large'
  /** Not a format we import (PDF, legacy .doc, RTF, ODT …), or the extension does not match the content. */
  | 'unsupported-format'
  /** A text-type file (.txt, .md, .html) that holds binary data. */
  | 'binary-content'
  /** A zip that breaks a safety rule: too many entries, too large, suspicious ratio, traversal names, encryption. */
  | 'unsafe-archive'
  /** The file is damaged or not what its name says (a .docx that is not a Word document). */
  | 'corrupt'
  /** The importer ran out of its time budget. */
  | 'timeout'
  /** The importer ran out of its memory budget. */
  | 'too-complex'
  /** The file could not be read from disk. */
  | 'unreadable';

/** An import refused for a known reason; `message` is English text for logs and the CLI. */
export class ImportError extends AppError {
  readonly reason: ImportFailureReason;

  constructor(reason: ImportFailureReason, message: string) {
    super('INVALID_INPUT', message);
    this.name = 'ImportError';
    this.reason = reason;
  }
}
