/**
 * TMX 1.4b in and out of a translation memory: import streams the file in a worker (progress,
 * cancel, size and entity limits), export writes every unit of a memory.
 */
import { randomInt } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Output, ParsedInput } from '../../src-preload/contract/api.ts';
import type { Lang } from '../../src-preload/contract/domain.ts';
import { maxSegmentText, type Job } from '../../src-preload/contract/translation.ts';
import type { Db } from '../db/openDatabase.ts';
import type { WriteGate } from '../db/writeGate.ts';
import {
  deleteImportedRows,
  forgetImport,
  interruptedImports,
  recordImportStarted,
  runTmxImportWorker,
  TmxImportAbandoned,
  TmxImportCancelled,
  type TmxImportOutcome,
} from '../interchange/runTmxImportWorker.ts';
import { tmxHead, tmxTail, tmxUnit, type TmxWriterUnit } from '../interchange/tmxWriter.ts';
import type { XmlLimits } from '../interchange/xmlTokenizer.ts';
import { AppError } from './appError.ts';
import type { JobsService } from './jobsService.ts';

/** Largest TMX file imported (a 1M-unit memory is about 470 MB). */
export const maxTmxFileBytes = 2 * 1024 * 1024 * 1024;

/** What the TM service must do after units were written behind its back. */
export interface BulkInsertListener {
  afterBulkInsert(memoryId: string): void | Promise<void>;
}

export interface TmxServiceOptions {
  now?: () => Date;
  appVersion?: string;
  /** Overrides `maxTmxFileBytes` (tests). */
  maxFileBytes?: number;
  /** Overrides the tokenizer's limits (tests). */
  xmlLimits?: Partial<XmlLimits>;
  /** Overrides the worker's deadline (tests). */
  workerTimeoutMs?: number;
  /** Raised while the main thread writes: the import worker yields the lock (db/writeGate.ts). */
  writeGate?: WriteGate;
}

interface MemoryRow {
  id: string;
  name: string;
  source_lang: Lang;
  target_lang: Lang;
}

/** What a finished TMX import job reports as `result`. */
export type TmxImportResult = TmxImportOutcome & Record<string, number>;

export class TmxService {
  private readonly db: Db;
  private readonly jobs: JobsService;
  private readonly tm: BulkInsertListener;
  private readonly options: TmxServiceOptions;

  constructor(db: Db, jobs: JobsService, tm: BulkInsertListener, options: TmxServiceOptions = {}) {
    this.db = db;
    this.jobs = jobs;
    this.tm = tm;
    this.options = options;
  }

  /** The bridge's import: the bytes go to a temporary file that the worker streams, removed afterwards. */
  startImport(input: ParsedInput<'startTmxImport'>): Output<'startTmxImport'> {
    this.memory(input.memoryId);
    const dir = mkdtempSync(join(tmpdir(), 'redaksi-tmx-'));
    const file = join(dir, 'import.tmx');
    try {
      writeFileSync(file, Buffer.from(input.file.dataBase64, 'base64'));
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    const cleanup = () => rmSync(dir, { recursive: true, force: true });
    try {
      return this.importFile(input.memoryId, file, cleanup);
    } catch (error) {
      cleanup();
      throw error;
    }
  }

  /**
   * Imports the TMX file at `path` into a memory as a job (the CLI passes its path directly).
   * Units whose `xml:lang`s name the memory's two languages are added; the others are counted
   * as skipped. Result: `{ imported, skipped, units }`.
   */
  importFile(memoryId: string, path: string, cleanup?: () => void): Job {
    const memory = this.memory(memoryId);
    const databasePath = this.db.name;
    if (!databasePath || databasePath === ':memory:') throw new AppError('INTERNAL', 'a TMX import needs the database in a file');
    const now = (this.options.now ?? (() => new Date()))().toISOString();
    return this.jobs.start('tmx-import', async (job) => {
      let tag: number | null = null;
      try {
        const size = statSync(path).size;
        const limit = this.options.maxFileBytes ?? maxTmxFileBytes;
        if (size > limit) throw new AppError('FILE_TOO_LARGE', `the file is ${Math.ceil(size / 1048576)} MB; TMX files up to ${Math.floor(limit / 1048576)} MB are imported`);
        job.progress(0, size);
        // Every row of this import carries its tag and an id above today's largest, so a failed
        // import can find exactly its own rows (units the desk stores meanwhile carry no tag).
        const rows = { memoryId, tag: randomInt(1, 2 ** 31), afterId: this.db.prepare<[], { maxId: number }>('SELECT coalesce(max(id), 0) AS maxId FROM tm_units').get()!.maxId };
        recordImportStarted(this.db, rows, now);
        tag = rows.tag;
        const outcome = await runTmxImportWorker(
          { databasePath, rows, filePath: path, memoryId, sourceLang: memory.source_lang, targetLang: memory.target_lang, now, maxTextChars: maxSegmentText, ...(this.options.xmlLimits ? { limits: this.options.xmlLimits } : {}), ...(this.options.writeGate ? { writeGate: this.options.writeGate.buffer } : {}) },
          size,
          { onProgress: (done, total) => job.progress(done, total), signal: job.signal, ...(this.options.workerTimeoutMs ? { timeoutMs: this.options.workerTimeoutMs } : {}) },
        );
        if (outcome.imported > 0) await this.tm.afterBulkInsert(memoryId);
        return { ...outcome } satisfies TmxImportResult;
      } catch (error) {
        if (error instanceof TmxImportAbandoned) {
          // The worker was stopped before it could take its batches back.
          deleteImportedRows(this.db, error.rows);
          if (job.signal.aborted) job.signal.throwIfAborted();
          throw error.cause;
        }
        if (error instanceof TmxImportCancelled) job.signal.throwIfAborted();
        throw error;
      } finally {
        // Whatever happened, the import is no longer under way (the worker took back its rows).
        if (tag !== null) forgetImport(this.db, tag);
        cleanup?.();
      }
    });
  }

  /**
   * Takes back the units of imports the app did not live to finish (killed or crashed mid-import:
   * their `tm_imports` row is still there), a window of rows at a time with the event loop free in
   * between, so a large one does not hold up the start. Returns how many imports it undid.
   */
  async recoverInterruptedImports(): Promise<number> {
    const interrupted = interruptedImports(this.db);
    for (const rows of interrupted) await deleteImportedRows(this.db, rows, () => new Promise<void>((resolve) => setImmediate(resolve)));
    return interrupted.length;
  }

  /** A memory as a TMX 1.4b file, for the renderer to save. */
  export(memoryId: string): Output<'exportTmx'> {
    const memory = this.memory(memoryId);
    const parts = [tmxHead(this.header(memory))];
    for (const unit of this.units(memoryId)) parts.push(tmxUnit(unit, memory.source_lang, memory.target_lang));
    parts.push(tmxTail);
    return { fileName: `${fileNameOf(memory.name)}.tmx`, mediaType: 'application/x-tmx+xml', dataBase64: Buffer.from(parts.join(''), 'utf8').toString('base64') };
  }

  /** Writes a memory as TMX straight to `path` (the CLI), a unit at a time; returns how many. */
  exportToFile(memoryId: string, path: string): number {
    const memory = this.memory(memoryId);
    const fd = openSync(path, 'w');
    let count = 0;
    try {
      let pending = tmxHead(this.header(memory));
      for (const unit of this.units(memoryId)) {
        pending += tmxUnit(unit, memory.source_lang, memory.target_lang);
        count++;
        if (pending.length > 1 << 20) {
          writeSync(fd, pending);
          pending = '';
        }
      }
      writeSync(fd, pending + tmxTail);
    } finally {
      closeSync(fd);
    }
    return count;
  }

  private header(memory: MemoryRow) {
    return { sourceLang: memory.source_lang, targetLang: memory.target_lang, creationTool: 'Redaksi', creationToolVersion: this.options.appVersion ?? '0', now: (this.options.now ?? (() => new Date()))() };
  }

  private units(memoryId: string): IterableIterator<TmxWriterUnit> {
    return this.db
      .prepare<[string], TmxWriterUnit>('SELECT source, target, author, created_at AS createdAt, updated_at AS updatedAt FROM tm_units WHERE memory_id = ? ORDER BY id')
      .iterate(memoryId);
  }

  private memory(id: string): MemoryRow {
    const row = this.db.prepare<[string], MemoryRow>('SELECT id, name, source_lang, target_lang FROM memories WHERE id = ?').get(id);
    if (!row) throw new AppError('NOT_FOUND', `no memory ${id}`);
    return row;
  }
}

/** A memory's name as a file name on any system. */
function fileNameOf(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/^[.\s-]+|[.\s]+$/g, '').slice(0, 120);
  return safe || 'memory';
}
