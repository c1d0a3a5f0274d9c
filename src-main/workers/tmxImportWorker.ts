/**
 * Worker-thread entry for TMX imports: the writing half. It starts the reading half
 * (src-main/workers/tmxParseWorker.ts, on the other core) and writes the units it receives to
 * `tm_units` over this worker's own connection to the database, committing every half second:
 * one transaction for the whole file would hold the write lock for minutes and lock autosave out.
 * Every row carries the import's tag: a cancel or a damaged file rolls back the open batch and
 * deletes the committed ones by that tag, so the memory ends as it was; a killed worker's rows
 * are deleted the same way by its caller.
 * Protocol: `workerData` is a `TmxImportRequest`; progress goes to its `progressPort` (from the
 * reader, so it moves while this half commits), and this worker posts exactly one final
 * `TmxImportMessage`.
 */
import { MessageChannel, parentPort, receiveMessageOnPort, Worker, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { AppError } from '../services/appError.ts';
import { deleteImportedRows, type TmxBatchMessage, type TmxImportMessage, type TmxImportRequest, type TmxParseRequest } from '../interchange/runTmxImportWorker.ts';
import { workerEntryUrl } from './workerEntryUrl.ts';

/**
 * Longest a batch holds the write lock (shorter batches commit faster, so progress and other
 * writers wait less; half a second costs nothing measurable against one). A save from the main thread raises the write gate and
 * gets the lock within one batch of units (~20 ms); other writers there (search indexing) are let
 * in by a pause every few seconds: a writer waiting in SQLite's busy handler sleeps up to 100 ms
 * between tries, so without it the worker takes the lock back within microseconds and such a
 * writer could starve (measured: 4 s).
 */
const batchMs = 500;
const pauseEveryMs = 3000;
const pauseMs = 110;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function errorMessage(error: unknown): TmxImportMessage {
  if (error instanceof AppError) return { type: 'error', code: error.code, message: error.message };
  const code = String((error as { code?: string }).code);
  // A full disk or a locked database are worth telling apart from a bad file.
  if (/SQLITE_FULL/.test(code)) return { type: 'error', code: 'DISK_FULL', message: (error as Error).message };
  if (/SQLITE_BUSY/.test(code)) return { type: 'error', code: 'DB_BUSY', message: (error as Error).message };
  return { type: 'error', code: 'IMPORT_FAILED', message: `the file cannot be read: ${error instanceof Error ? error.message : String(error)}` };
}

function run(request: TmxImportRequest): Promise<TmxImportMessage> {
  const cancelled = new Int32Array(request.cancelFlag);
  const gate = request.writeGate ? new Int32Array(request.writeGate) : null;
  const db = new Database(request.databasePath, { fileMustExist: true });
  db.pragma('busy_timeout = 10000');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  if (!db.prepare('SELECT 1 FROM memories WHERE id = ?').get(request.memoryId)) {
    db.close();
    return Promise.resolve({ type: 'error', code: 'NOT_FOUND', message: `no memory ${request.memoryId}` });
  }
  const insert = db.prepare('INSERT INTO tm_units (memory_id, source, target, author, created_at, updated_at, import_tag) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const { memoryId, now } = request;
  const tag = request.rows.tag;

  const inFlightBuffer = new SharedArrayBuffer(4);
  const inFlight = new Int32Array(inFlightBuffer);
  const channel = new MessageChannel();
  const parse: TmxParseRequest = {
    filePath: request.filePath,
    sourceLang: request.sourceLang,
    targetLang: request.targetLang,
    maxTextChars: request.maxTextChars,
    ...(request.limits ? { limits: request.limits } : {}),
    cancelFlag: request.cancelFlag,
    inFlight: inFlightBuffer,
    batchPort: channel.port2,
    progressPort: request.progressPort,
  };
  const parser = new Worker(workerEntryUrl('tmxParseWorker'), {
    workerData: parse,
    transferList: [channel.port2, request.progressPort],
    // The parse keeps one 64 KB piece and the batches in flight.
    resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
  });

  let imported = 0;
  let batchStarted = 0;
  let lastPause = performance.now();
  const begin = () => {
    db.exec('BEGIN IMMEDIATE');
    batchStarted = performance.now();
  };
  const commit = () => {
    if (db.inTransaction) db.exec('COMMIT');
  };

  return new Promise((resolve) => {
    let finished = false;
    const finish = (message: TmxImportMessage) => {
      if (finished) return;
      finished = true;
      try {
        if (message.type === 'done') {
          // Off the list of imports under way in the same transaction as the last units.
          if (!db.inTransaction) begin();
          db.prepare('DELETE FROM tm_imports WHERE tag = ?').run(tag);
          commit();
        } else {
          if (db.inTransaction) db.exec('ROLLBACK');
          deleteImportedRows(db, request.rows);
        }
      } catch (error) {
        message = errorMessage(error);
      }
      channel.port1.close();
      db.close();
      void parser.terminate();
      resolve(message);
    };
    const receive = (message: TmxBatchMessage) => {
      if (finished) return;
      Atomics.sub(inFlight, 0, 1);
      Atomics.notify(inFlight, 0);
      try {
        if (Atomics.load(cancelled, 0) !== 0) return finish({ type: 'cancelled' });
        switch (message.type) {
          case 'units': {
            if (!db.inTransaction) begin();
            const u = message.units;
            for (let i = 0; i < u.length; i += 5) insert.run(memoryId, u[i]!, u[i + 1]!, u[i + 2]!, u[i + 3] || now, u[i + 4] || now, tag);
            imported += u.length / 5;
            const t = performance.now();
            if (gate && Atomics.load(gate, 0) > 0) {
              // A save is waiting in the main thread: let it in now, and go on once it is done.
              commit();
              for (let v = Atomics.load(gate, 0); v > 0 && Atomics.load(cancelled, 0) === 0; v = Atomics.load(gate, 0)) Atomics.wait(gate, 0, v, 100);
              lastPause = performance.now();
            } else if (t - batchStarted >= batchMs) {
              commit();
              if (t - lastPause >= pauseEveryMs) {
                Atomics.wait(sleeper, 0, 0, pauseMs);
                lastPause = performance.now();
              }
            }
            return;
          }
          case 'end':
            return finish({ type: 'done', imported, skipped: message.skipped, units: message.units });
          case 'stopped':
            return finish({ type: 'cancelled' });
          case 'error':
            return finish({ type: 'error', code: message.code, message: message.message });
        }
      } catch (error) {
        finish(errorMessage(error));
      }
    };
    channel.port1.on('message', receive);
    parser.once('error', (error: Error & { code?: string }) => {
      finish({ type: 'error', code: 'IMPORT_FAILED', message: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'the file needs more memory to read than an import may use' : `the import failed: ${error.message}` });
    });
    parser.once('exit', () => {
      // The reader's last messages may still be queued behind its exit: take them first.
      for (let m = receiveMessageOnPort(channel.port1); m && !finished; m = receiveMessageOnPort(channel.port1)) receive(m.message as TmxBatchMessage);
      finish({ type: 'error', code: 'IMPORT_FAILED', message: 'the import stopped unexpectedly' });
    });
  });
}

void run(workerData as TmxImportRequest).then((message) => parentPort!.postMessage(message));
