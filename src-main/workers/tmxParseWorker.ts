/**
 * The reading half of a TMX import (started by src-main/workers/tmxImportWorker.ts): reads the
 * file in 64 KB pieces, parses it with the safe XML tokenizer and posts the units in batches to
 * the writing half, so parsing (~10 % of the work) runs on the other core while the inserts run.
 * A shared counter bounds the batches in flight, so a fast parse never piles a large file up in
 * memory. Progress (bytes read) goes straight to the main thread: it keeps moving while the
 * writer commits.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { workerData, type MessagePort } from 'node:worker_threads';
import { AppError } from '../services/appError.ts';
import { TmxReader, type TmxUnit } from '../interchange/tmxReader.ts';
import { XmlTokenizer } from '../interchange/xmlTokenizer.ts';
import { createXmlTextDecoder, decodeXmlChunk } from '../interchange/xmlTextDecoder.ts';
import { maxBatchesInFlight, type TmxBatchMessage, type TmxParseRequest } from '../interchange/runTmxImportWorker.ts';

const chunkBytes = 64 * 1024;
const progressEveryMs = 50;
/** Units per batch: small enough that the writer sees a waiting save within ~20 ms. */
const batchUnits = 200;

const request = workerData as TmxParseRequest;
const batches: MessagePort = request.batchPort;
const inFlight = new Int32Array(request.inFlight);
const cancelled = new Int32Array(request.cancelFlag);

function run(): TmxBatchMessage {
  const fd = openSync(request.filePath, 'r');
  try {
    const total = fstatSync(fd).size;
    const head = new Uint8Array(Math.min(256, total));
    readSync(fd, head, 0, head.length, 0);
    const decoder = createXmlTextDecoder(head);
    // Five strings per unit: source, target, author, created, updated ('' when the file has none).
    let pending: string[] = [];
    let done = 0;
    const flush = () => {
      if (pending.length === 0) return;
      // Wait while the writer is behind (it notifies after each batch it inserts).
      for (let n = Atomics.load(inFlight, 0); n >= maxBatchesInFlight; n = Atomics.load(inFlight, 0)) Atomics.wait(inFlight, 0, n, 100);
      Atomics.add(inFlight, 0, 1);
      batches.postMessage({ type: 'units', units: pending, done } satisfies TmxBatchMessage);
      pending = [];
    };
    const reader = new TmxReader({
      sourceLang: request.sourceLang,
      targetLang: request.targetLang,
      maxTextChars: request.maxTextChars,
      onUnit: (unit: TmxUnit) => {
        pending.push(unit.source, unit.target, unit.author, unit.createdAt ?? '', unit.updatedAt ?? '');
        if (pending.length >= batchUnits * 5) flush();
      },
    });
    const tokenizer = new XmlTokenizer(reader, request.limits);
    const buffer = new Uint8Array(chunkBytes);
    let lastProgress = 0;
    for (;;) {
      if (Atomics.load(cancelled, 0) !== 0) return { type: 'stopped' };
      const n = readSync(fd, buffer, 0, chunkBytes, done);
      if (n === 0) break;
      done += n;
      tokenizer.write(decodeXmlChunk(decoder, buffer.subarray(0, n), true));
      const t = performance.now();
      if (t - lastProgress >= progressEveryMs) {
        lastProgress = t;
        request.progressPort.postMessage({ type: 'progress', done, total });
      }
    }
    tokenizer.write(decodeXmlChunk(decoder, undefined, false));
    tokenizer.end();
    flush();
    return { type: 'end', skipped: reader.counts.skipped, units: reader.counts.units };
  } catch (error) {
    if (error instanceof AppError) return { type: 'error', code: error.code, message: error.message };
    return { type: 'error', code: 'IMPORT_FAILED', message: `the file cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    closeSync(fd);
  }
}

const last = run();
Atomics.add(inFlight, 0, 1);
batches.postMessage(last);
batches.close();
request.progressPort.close();
