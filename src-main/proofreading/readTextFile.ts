/**
 * Reads a file to proofread: UTF-8 only, the BOM removed and nothing else normalised, so finding
 * offsets are JavaScript string indices into exactly what the user's editor shows. Binary data,
 * invalid UTF-8 and oversized files are refused with a typed error before any checking starts.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { AppError } from '../services/appError.ts';

/** A 10 MB text is ~1.5 million words: minutes of reading, a few seconds of checking. */
export const maxCheckBytes = 10 * 1024 * 1024;

export function decodeCheckedText(bytes: Uint8Array): string {
  // NUL never occurs in text; a PDF, image or Word file has them in its first few kilobytes.
  if (bytes.subarray(0, 8192).includes(0)) throw new AppError('UNSUPPORTED_FORMAT', 'the file is binary, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('UNSUPPORTED_FORMAT', 'the file is not valid UTF-8 text');
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

export function readTextFile(path: string, maxBytes: number = maxCheckBytes): string {
  return decodeCheckedText(readFileBytes(path, maxBytes));
}

/** A file's bytes, refused (NOT_FOUND, UNSUPPORTED_FORMAT, FILE_TOO_LARGE) before reading when it cannot be what a command expects. */
export function readFileBytes(path: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new AppError('NOT_FOUND', `cannot open ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new AppError('UNSUPPORTED_FORMAT', `${path} is not a file`);
    // Checked before reading: a 100 MB file is refused without loading it.
    if (stat.size > maxBytes) throw new AppError('FILE_TOO_LARGE', `the file is ${Math.ceil(stat.size / 1048576)} MB; the limit is ${maxBytes / 1048576} MB`);
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
