import { Worker } from 'node:worker_threads';
import type { ImportFormat } from './detectFormat.ts';
import type { ImporterResult } from './importedArticle.ts';
import { ImportError, type ImportFailureReason } from './importError.ts';
import type { ImportLimits } from './importLimits.ts';
import { workerEntryUrl } from '../../workers/workerEntryUrl.ts';

/** What the import worker is given (as `workerData`, copied, so the caller's buffer stays usable). */
export interface ImportJob {
  /** 'pdf' only for the source library (`importSourceFile`): articles are not imported from PDF. */
  format: ImportFormat | 'pdf';
  bytes: Uint8Array;
  limits: ImportLimits;
}

/** The one message the import worker posts back. */
export type ImportJobReply = { ok: true; value: ImporterResult } | { ok: false; reason: ImportFailureReason; message: string };

/** Where the worker entry is (src-main/workers/workerEntryUrl.ts). */
export function defaultImportWorkerUrl(): URL {
  return workerEntryUrl('importWorker');
}

/**
 * Runs one import in a fresh worker thread with `resourceLimits` (heap `limits.workerHeapMb`), a
 * cap on the process's memory growth (`limits.workerRssGrowthMb`) and a deadline
 * (`limits.workerTimeoutMs`). Resolves with the importer's result; rejects with an `ImportError`:
 * the importer's own reason, `timeout` when the deadline passed (the worker is terminated),
 * `too-complex` when V8 ran out of the heap budget or the process grew past its memory cap. The
 * caller's process is never at risk: a crashed worker is just a rejected promise.
 */
export function runImportWorker(job: ImportJob, workerUrl: URL = defaultImportWorkerUrl()): Promise<ImporterResult> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(workerUrl, {
      workerData: job,
      resourceLimits: {
        maxOldGenerationSizeMb: job.limits.workerHeapMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.round(job.limits.workerHeapMb / 8))),
        stackSizeMb: 4,
      },
      // Worker output would interleave with the CLI's JSON; importers have nothing to say.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(memoryWatch);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => {
      settle(() => reject(new ImportError('timeout', `the import took longer than ${Math.round(job.limits.workerTimeoutMs / 1000)} s and was stopped`)));
    }, job.limits.workerTimeoutMs);
    // Decompressed data lives in ArrayBuffers, outside the heap limit: watch the whole process.
    const rssBefore = process.memoryUsage.rss();
    const memoryWatch = setInterval(() => {
      if (process.memoryUsage.rss() - rssBefore > job.limits.workerRssGrowthMb * 1024 * 1024) {
        settle(() => reject(new ImportError('too-complex', `the file needs more than ${job.limits.workerRssGrowthMb} MB of memory to import`)));
      }
    }, 50);
    worker.once('message', (reply: ImportJobReply) => {
      settle(() => (reply.ok ? resolve(reply.value) : reject(new ImportError(reply.reason, reply.message))));
    });
    worker.once('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        settle(() => reject(new ImportError('too-complex', `the file needs more than ${job.limits.workerHeapMb} MB of memory to import`)));
      } else {
        settle(() => reject(new ImportError('corrupt', `the import failed: ${error.message}`)));
      }
    });
    worker.once('exit', (code) => {
      settle(() => reject(new ImportError('corrupt', `the import stopped unexpectedly (exit code ${code})`)));
    });
  });
}
