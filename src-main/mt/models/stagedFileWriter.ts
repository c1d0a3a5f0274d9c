/**
 * Writes one model file into a staging folder from chunks (a folder's file, an archive member or
 * a finished download), gunzipping it on the way when its name ends in `.gz`, hashing both what
 * came in and what was written, and stopping as soon as the output passes its size cap, so a gzip
 * bomb costs at most `maxBytes` of disk and never the whole expansion. The file is fsynced before
 * `end()` resolves. Every failure is an AppError: MT_MODEL_INVALID for bad data (too large, not
 * gzip), DISK_FULL when the disk is, INTERNAL otherwise.
 */
import { createHash, type Hash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { PassThrough, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { AppError } from '../../services/appError.ts';
import { invalidModelFile } from './modelFiles.ts';

/** What was written: decompressed size and SHA-256, and the SHA-256 of the bytes as they came in. */
export interface StagedFileDigest {
  size: number;
  sha256: string;
  rawSha256: string;
}

export class StagedFileWriter {
  private readonly input = new PassThrough();
  private readonly done: Promise<void>;
  private readonly rawHash: Hash = createHash('sha256');
  private readonly outHash: Hash = createHash('sha256');
  private written = 0;
  private failure: unknown;
  private readonly path: string;

  /**
   * @param path where the file goes (inside the staging folder)
   * @param label the name to use in messages (the member's name as the user sees it)
   */
  constructor(path: string, options: { gunzip: boolean; maxBytes: number; label: string }) {
    this.path = path;
    const { gunzip, maxBytes, label } = options;
    const rawHash = this.rawHash;
    const tapRaw = new Transform({
      transform(chunk: Buffer, _encoding, callback: TransformCallback) {
        rawHash.update(chunk);
        callback(null, chunk);
      },
    });
    const count = new Transform({
      transform: (chunk: Buffer, _encoding, callback: TransformCallback) => {
        this.written += chunk.length;
        if (this.written > maxBytes) {
          callback(invalidModelFile(label, `unpacks to more than ${maxBytes} bytes`));
          return;
        }
        this.outHash.update(chunk);
        callback(null, chunk);
      },
    });
    // flush: fsync before close, so a crash after install never leaves a hole in a model file.
    const output = createWriteStream(path, { flags: 'wx', mode: 0o644, flush: true });
    const piped = gunzip ? pipeline(this.input, tapRaw, createGunzip(), count, output) : pipeline(this.input, tapRaw, count, output);
    this.done = piped.catch((error: unknown) => {
      this.failure = typedError(error, label, gunzip);
      throw this.failure;
    });
    // A failure is reported by write()/end(); this keeps an early one from being "unhandled".
    this.done.catch(() => undefined);
  }

  /** Adds bytes, waiting while the pipeline is full; rejects once the pipeline has failed. */
  async write(chunk: Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.input.write(chunk)) {
      await Promise.race([new Promise<void>((resolve) => this.input.once('drain', resolve)), this.done]);
    }
    if (this.failure) throw this.failure;
  }

  /** Finishes the file (flushed to disk) and returns its digests. */
  async end(): Promise<StagedFileDigest> {
    this.input.end();
    await this.done;
    return { size: this.written, sha256: this.outHash.digest('hex'), rawSha256: this.rawHash.digest('hex') };
  }

  /** Stops and deletes the partial file. */
  async abort(): Promise<void> {
    this.input.destroy();
    await this.done.catch(() => undefined);
    await rm(this.path, { force: true });
  }
}

function typedError(error: unknown, label: string, gunzip: boolean): unknown {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'ENOSPC' || code === 'EDQUOT') return new AppError('DISK_FULL', `cannot write ${label}: the disk is full`);
  // zlib errors carry Z_* codes (or ERR_ ones for a truncated stream).
  if (gunzip && (code.startsWith('Z_') || code === 'ERR_STREAM_PREMATURE_CLOSE' || /gzip|header check|data check|unexpected end/i.test(String((error as Error).message)))) {
    return invalidModelFile(`${label}`, `not a valid gzip file (${(error as Error).message})`);
  }
  if (code === 'ERR_STREAM_PREMATURE_CLOSE') return new AppError('INTERNAL', `writing ${label} was interrupted`);
  return new AppError('INTERNAL', `cannot write ${label}: ${(error as Error).message}`);
}
