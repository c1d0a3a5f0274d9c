/**
 * Worker-thread entry for TMX imports. The file is read from disk in 64 KB pieces, tokenized by
 * the safe XML tokenizer and written to `tm_units` over this worker's own connection to the
 * database, in batches of ~200 ms: one transaction for the whole file would hold the write lock
 * for minutes and lock autosave out. Every row carries the import's tag: a cancel or a damaged
 * file rolls back the open batch and deletes the committed ones by that tag, so the memory ends
 * as it was; a killed worker's rows are deleted the same way by its caller.
 * Protocol: `workerData` is a `TmxImportRequest`; the worker posts `TmxImportMessage`s: progress
 * at most every 100 ms, then exactly one final message.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { AppError } from '../services/appError.ts';
import { TmxReader, type TmxUnit } from '../interchange/tmxReader.ts';
import { XmlTokenizer } from '../interchange/xmlTokenizer.ts';
import { createXmlTextDecoder, decodeXmlChunk } from '../interchange/xmlTextDecoder.ts';
import { deleteImportedRows, type TmxImportMessage, type TmxImportRequest } from '../interchange/runTmxImportWorker.ts';

// Small pieces so progress moves often: 64 KB is ~120 units, whose inserts (FTS included) take
// tens of milliseconds; between pieces the worker reports progress and checks for a cancel.
const chunkBytes = 64 * 1024;
const progressEveryMs = 100;
/**
 * Longest the worker holds the write lock, and how long it lets go after each batch. A writer
 * waiting on SQLite's busy handler sleeps up to 100 ms between tries; without the pause the worker
 * takes the lock back within microseconds and a save can starve for seconds (measured: 4 s).
 * With it a save waits at most ~1.1 s, for ~10 % more import time (shorter batches cost more:
 * the pause must outlast the waiter's sleep, which is already 100 ms after ~0.3 s of waiting).
 */
const batchMs = 1000;
const pauseMs = 110;
const pause = new Int32Array(new SharedArrayBuffer(4));

class Cancelled extends Error {}

function run(request: TmxImportRequest): TmxImportMessage {
  const cancelled = new Int32Array(request.cancelFlag);
  const db = new Database(request.databasePath, { fileMustExist: true });
  const fd = openSync(request.filePath, 'r');
  try {
    db.pragma('busy_timeout = 10000');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const total = fstatSync(fd).size;
    const head = new Uint8Array(Math.min(256, total));
    readSync(fd, head, 0, head.length, 0);
    const decoder = createXmlTextDecoder(head);
    const insert = db.prepare('INSERT INTO tm_units (memory_id, source, target, author, created_at, updated_at, import_tag) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const tag = request.rows.tag;
    const memoryId = request.memoryId;
    const now = request.now;
    let imported = 0;
    const reader = new TmxReader({
      sourceLang: request.sourceLang,
      targetLang: request.targetLang,
      maxTextChars: request.maxTextChars,
      onUnit: (unit: TmxUnit) => {
        insert.run(memoryId, unit.source, unit.target, unit.author, unit.createdAt ?? now, unit.updatedAt ?? now, tag);
        imported++;
      },
    });
    const tokenizer = new XmlTokenizer(reader, request.limits);
    const buffer = new Uint8Array(chunkBytes);
    let batchStarted = 0;
    const begin = () => {
      db.exec('BEGIN IMMEDIATE');
      batchStarted = performance.now();
    };
    const commit = () => {
      db.exec('COMMIT');
      Atomics.wait(pause, 0, 0, pauseMs);
    };
    begin();
    try {
      const exists = db.prepare('SELECT 1 FROM memories WHERE id = ?').get(memoryId);
      if (!exists) throw new AppError('NOT_FOUND', `no memory ${memoryId}`);
      let done = 0;
      let lastProgress = performance.now();
      for (;;) {
        if (Atomics.load(cancelled, 0) !== 0) throw new Cancelled();
        const n = readSync(fd, buffer, 0, chunkBytes, done);
        if (n === 0) break;
        done += n;
        if (!db.inTransaction) begin();
        tokenizer.write(decodeXmlChunk(decoder, buffer.subarray(0, n), true));
        const t = performance.now();
        if (t - batchStarted >= batchMs) commit();
        if (t - lastProgress >= progressEveryMs) {
          lastProgress = t;
          parentPort!.postMessage({ type: 'progress', done, total } satisfies TmxImportMessage);
        }
      }
      if (!db.inTransaction) begin();
      tokenizer.write(decodeXmlChunk(decoder, undefined, false));
      tokenizer.end();
      if (Atomics.load(cancelled, 0) !== 0) throw new Cancelled();
      commit();
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      deleteImportedRows(db, request.rows);
      throw error;
    }
    return { type: 'done', imported, skipped: reader.counts.skipped, units: reader.counts.units };
  } catch (error) {
    if (error instanceof Cancelled) return { type: 'cancelled' };
    if (error instanceof AppError) return { type: 'error', code: error.code, message: error.message };
    const message = error instanceof Error ? error.message : String(error);
    // A full disk or a locked database are worth telling apart from a bad file.
    const code = /SQLITE_FULL/.test(String((error as { code?: string }).code)) ? 'DISK_FULL' : /SQLITE_BUSY/.test(String((error as { code?: string }).code)) ? 'DB_BUSY' : 'IMPORT_FAILED';
    return { type: 'error', code, message: code === 'IMPORT_FAILED' ? `the file cannot be read: ${message}` : message };
  } finally {
    closeSync(fd);
    db.close();
  }
}

parentPort!.postMessage(run(workerData as TmxImportRequest));
