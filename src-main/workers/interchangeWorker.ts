/**
 * Worker-thread entry for XLIFF and glossary (TBX/CSV) files: untrusted XML and CSV are parsed
 * here, never on the main thread. `runInterchangeWorker.ts` starts it with a heap limit and a
 * deadline and terminates it when either is hit.
 * Protocol: `workerData` is an `InterchangeJob`; the worker posts exactly one `InterchangeReply`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../services/appError.ts';
import { type InterchangeJob, type InterchangeReply, runInterchangeJobHere } from '../interchange/runInterchangeWorker.ts';

async function run(job: InterchangeJob): Promise<InterchangeReply> {
  try {
    return { ok: true, value: await runInterchangeJobHere(job) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code, message: error.message };
    // Stack overflows and parser exceptions on damaged files land here.
    return { ok: false, code: 'IMPORT_FAILED', message: `the file cannot be read: ${(error as Error).message}` };
  }
}

parentPort!.postMessage(await run(workerData as InterchangeJob));
