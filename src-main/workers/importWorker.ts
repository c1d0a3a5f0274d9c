/**
 * Worker-thread entry for imports. Untrusted files are parsed here, never on the main thread:
 * `runImportWorker` starts it with V8 heap limits and a deadline and terminates it when either
 * is hit, so a hostile file costs at most that budget and never takes the app down.
 * Protocol: `workerData` is an `ImportJob`; the worker posts exactly one `ImportJobReply`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ImportError } from '../services/importers/importError.ts';
import type { ImportJob, ImportJobReply } from '../services/importers/runImportWorker.ts';

async function run(job: ImportJob): Promise<ImportJobReply> {
  try {
    // Each format loads only its own parser: a text import need not pay for mammoth and the schema.
    switch (job.format) {
      case 'text':
        return { ok: true, value: (await import('../services/importers/importText.ts')).importText(job.bytes) };
      case 'markdown':
        return { ok: true, value: (await import('../services/importers/importMarkdown.ts')).importMarkdown(job.bytes) };
      case 'html':
        return { ok: true, value: (await import('../services/importers/importHtml.ts')).importHtml(job.bytes) };
      case 'docx':
        return { ok: true, value: await (await import('../services/importers/importDocx.ts')).importDocx(job.bytes, job.limits) };
      case 'pdf':
        return { ok: true, value: await (await import('../services/importers/importPdf.ts')).importPdf(job.bytes) };
    }
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, reason: error.reason, message: error.message };
    // Stack overflows and parser exceptions on damaged files land here.
    return { ok: false, reason: 'corrupt', message: `the file cannot be read: ${(error as Error).message}` };
  }
}

parentPort!.postMessage(await run(workerData as ImportJob));
