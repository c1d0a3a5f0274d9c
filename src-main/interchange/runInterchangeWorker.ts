import { readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../src-preload/contract/errors.ts';
import type { GlossaryFileContents } from '../glossary/readGlossaryFile.ts';
import { AppError } from '../services/appError.ts';
import { workerEntryExists, workerEntryUrl } from '../workers/workerEntryUrl.ts';
import type { XliffDocument } from './xliff.ts';
import type { inspectZip, ZipDirectory } from '../services/importers/inspectZip.ts';

/** Caps of `inspectZip` (the MT model store passes its own). */
export type ZipCheckLimits = Parameters<typeof inspectZip>[1];

/** What the interchange worker reads (src-main/workers/interchangeWorker.ts). */
export type InterchangeJob =
  | { kind: 'xliff'; bytes: Uint8Array }
  | { kind: 'glossary'; name: string; bytes: Uint8Array }
  /** A zip on disk: its directory checked and every member inflated once against its CRC (model archives). */
  | { kind: 'zip'; path: string; limits: ZipCheckLimits };

type InterchangeValue = XliffDocument | GlossaryFileContents | ZipDirectory;

/** The one message the worker posts back. */
export type InterchangeReply = { ok: true; value: InterchangeValue } | { ok: false; code: ErrorCode; message: string };

/** Budget of one read: XLIFF and glossary files are capped at 50 MB, so these are generous for real files. */
export interface InterchangeWorkerLimits {
  timeoutMs: number;
  heapMb: number;
}

export const defaultInterchangeWorkerLimits: InterchangeWorkerLimits = { timeoutMs: 30_000, heapMb: 512 };

const workerName = 'interchangeWorker';

/**
 * Reads an XLIFF file in a worker thread (RELIABILITY.md "Untrusted input"): the tokenizer's caps
 * bound depth, attributes and token length, and the worker bounds what they cannot — total time
 * and heap — so a hostile file costs a rejected promise, never a frozen or crashed main process.
 * Throws AppError UNSUPPORTED_FORMAT / IMPORT_FAILED like `readXliff`.
 */
export async function readXliffInWorker(bytes: Uint8Array, limits = defaultInterchangeWorkerLimits): Promise<XliffDocument> {
  return (await runInterchangeJob({ kind: 'xliff', bytes }, limits)) as XliffDocument;
}

/** `readGlossaryFile` (TBX or CSV) in a worker thread, with the same errors. */
export async function readGlossaryFileInWorker(name: string, bytes: Uint8Array, limits = defaultInterchangeWorkerLimits): Promise<GlossaryFileContents> {
  return (await runInterchangeJob({ kind: 'glossary', name, bytes }, limits)) as GlossaryFileContents;
}

/**
 * Checks a zip archive in a worker thread: `inspectZip` (counts, sizes, ratios, names) and
 * `verifyZipContents` (every member inflated once, sizes and CRCs). A model archive is hundreds of
 * MB: inflated on the main thread it froze the app for as long. Throws the checks' ImportError
 * as an AppError INVALID_INPUT with its message (or IMPORT_FAILED when the worker's limits hit).
 */
export async function checkZipInWorker(path: string, limits: ZipCheckLimits, workerLimits = defaultInterchangeWorkerLimits): Promise<ZipDirectory> {
  return (await runInterchangeJob({ kind: 'zip', path, limits }, workerLimits)) as ZipDirectory;
}

/** Runs the job in the calling thread; what the worker does, and the fallback when a bundle lacks the worker entry. */
export async function runInterchangeJobHere(job: InterchangeJob): Promise<InterchangeValue> {
  if (job.kind === 'xliff') return (await import('./xliff.ts')).readXliff(job.bytes);
  if (job.kind === 'zip') {
    const bytes = new Uint8Array(await readFile(job.path));
    const directory = (await import('../services/importers/inspectZip.ts')).inspectZip(bytes, job.limits);
    (await import('../services/importers/verifyZipContents.ts')).verifyZipContents(bytes, directory);
    return directory;
  }
  return (await import('../glossary/readGlossaryFile.ts')).readGlossaryFile(job.name, job.bytes);
}

function runInterchangeJob(job: InterchangeJob, limits: InterchangeWorkerLimits): Promise<InterchangeValue> {
  if (!workerEntryExists(workerName)) return runInterchangeJobHere(job);
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(workerEntryUrl(workerName), {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => {
      settle(() => reject(new AppError('IMPORT_FAILED', `reading the file took longer than ${Math.round(limits.timeoutMs / 1000)} s and was stopped`)));
    }, limits.timeoutMs);
    worker.once('message', (reply: InterchangeReply) => {
      settle(() => (reply.ok ? resolve(reply.value) : reject(new AppError(reply.code, reply.message))));
    });
    worker.once('error', (error: Error & { code?: string }) => {
      const why = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `the file needs more than ${limits.heapMb} MB of memory to read` : `the file cannot be read: ${error.message}`;
      settle(() => reject(new AppError('IMPORT_FAILED', why)));
    });
    worker.once('exit', (code) => {
      settle(() => reject(new AppError('IMPORT_FAILED', `reading the file stopped unexpectedly (exit code ${code})`)));
    });
  });
}
