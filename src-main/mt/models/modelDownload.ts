/**
 * Downloads the official Bergamot model for one direction, only when the user asks: fetches the
 * registry (Firefox Translations shape, see modelStore.ts), then each file from
 * `<filesBaseUrl>/<pair>/<name>.gz` (the models repository's layout) or, when that is not found,
 * `<filesBaseUrl>/<pair>/<name>` (the published bucket's layout: its files are stored plain and
 * served gzip-encoded only to clients that ask, so with `Accept-Encoding: identity` we get them
 * plain). Transfers resume with an HTTP Range request from the `.part` file kept in
 * `rootDir/.downloads/<pair>/`, so a broken connection or a closed laptop costs only what was not
 * yet received. Each finished file is gunzipped if it is gzip (by its first bytes, not its
 * address) and its SHA-256 compared with the registry's (which covers the DECOMPRESSED file); a
 * mismatch or a damaged gzip deletes that download and fails with MT_MODEL_INVALID. The set is then installed like an import (content
 * checks, atomic swap) with origin 'download', and the downloads folder is emptied.
 *
 * Errors: no answer or no data for `timeoutMs` -> MT_TIMEOUT; unreachable, refused, cut off after
 * the retries, or an HTTP error status -> MT_UNAVAILABLE; cancelled -> rejects with the signal's
 * reason and keeps the `.part` files for the next attempt.
 */
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import { AppError } from '../../services/appError.ts';
import { kindLabel, recogniseModelFileName, sizeLimitsFor } from './modelFiles.ts';
import { ModelStore, parseRegistryEntry, registryExpectations, type InstalledModel, type ModelImportLimits, type RegistryFile } from './modelStore.ts';

export interface DownloadModelOptions {
  /** Address of the registry JSON. */
  registryUrl: string;
  /**
   * Where the files are: `<filesBaseUrl>/<pair>/<name>.gz`. Default: the registry's folder.
   * `{modelType}` in it is replaced by the entry's `modelType` (`prod`), for the Firefox models
   * repository's `models/<modelType>/<pair>/` layout.
   */
  filesBaseUrl?: string;
  from: Lang;
  to: Lang;
  /** The model store's root (the app's `mt-models` folder). */
  rootDir: string;
  signal?: AbortSignal;
  /** Bytes received so far and expected in all (compressed sizes; the total may be refined as servers answer). */
  onProgress?: (bytesDone: number, bytesTotal: number) => void;
  /** Longest wait for an answer or for the next bytes, default 30 000 ms. */
  timeoutMs?: number;
  /** How many times a dropped or failed transfer is resumed within this call, default 2. */
  retries?: number;
  /** Pause before a retry, doubled each time; default 500 ms (tests pass a few ms). */
  backoffMs?: number;
  limits?: Partial<ModelImportLimits>;
}

/** Largest registry we read (the full Firefox registry is ~50 KB). */
const maxRegistryBytes = 5 * 1024 * 1024;
/** Progress callbacks at most this often, plus one at the end of every file. */
const progressIntervalMs = 100;

/** Directions being downloaded in this process, so two clicks never write one .part file twice. */
const activeDownloads = new Set<string>();

/** Downloads and installs the model for `from`→`to`; resolves with the installed direction. */
export async function downloadModel(options: DownloadModelOptions): Promise<InstalledModel> {
  const { from, to, rootDir } = options;
  if (from === to) throw new AppError('INVALID_INPUT', 'a translation direction needs two different languages');
  const pair = `${from}${to}`;
  const key = `${rootDir}\0${pair}`;
  if (activeDownloads.has(key)) throw new AppError('CONFLICT', `the ${from}→${to} model is already being downloaded`);
  activeDownloads.add(key);
  try {
    return await runDownload(options, pair);
  } finally {
    activeDownloads.delete(key);
  }
}

interface Transfer {
  file: RegistryFile;
  gzUrl: string;
  plainUrl: string;
  /** True once the server turned out to have the plain file rather than a .gz (remembered for resuming). */
  plain: boolean;
  part: string;
  done: string;
  sidecar: string;
  received: number;
  total: number;
}

async function runDownload(options: DownloadModelOptions, pair: string): Promise<InstalledModel> {
  const http = new HttpClient(options);
  const registryText = await http.fetchText(options.registryUrl, maxRegistryBytes);
  const files = parseRegistryEntry(registryText, pair, 'the model registry');
  if (!files.some((file) => file.kind === 'model')) throw new AppError('MT_MODEL_INVALID', `the model registry lists no model file for ${pair}`);
  const base = options.filesBaseUrl ?? new URL('.', options.registryUrl).href;
  const downloads = join(options.rootDir, '.downloads', pair);
  await mkdir(downloads, { recursive: true });

  const transfers: Transfer[] = [];
  for (const file of files) {
    const fileBase = base.replaceAll('{modelType}', file.modelType ?? 'prod');
    const address = (name: string): string => new URL(`${encodeURIComponent(pair)}/${encodeURIComponent(name)}`, fileBase.endsWith('/') ? fileBase : `${fileBase}/`).href;
    const transfer: Transfer = {
      file,
      gzUrl: address(`${file.name}.gz`),
      plainUrl: address(file.name),
      plain: false,
      part: join(downloads, `${file.name}.part`),
      done: join(downloads, `${file.name}.done`),
      sidecar: join(downloads, `${file.name}.json`),
      received: 0,
      total: file.compressedSize ?? file.size,
    };
    await adoptEarlierDownload(transfer);
    transfers.push(transfer);
  }

  const progress = new ProgressReporter(transfers, options.onProgress);
  let hostServesPlain = false;
  for (const transfer of transfers) {
    if (await exists(transfer.done)) continue;
    // One host uses one layout: after the first plain file, ask for the others plainly at once.
    if (hostServesPlain && transfer.received === 0) transfer.plain = true;
    await http.downloadFile(transfer, progress);
    hostServesPlain ||= transfer.plain;
    progress.report(true);
  }

  const store = new ModelStore(options.rootDir, options.limits ? { limits: options.limits } : {});
  const installed = await store.withStaging(
    'download',
    async (staging) => {
      for (const transfer of transfers) {
        options.signal?.throwIfAborted();
        const rawName = (await isGzip(transfer.done)) ? `${transfer.file.name}.gz` : transfer.file.name;
        const recognised = recogniseModelFileName(rawName);
        if (!recognised) throw new AppError('MT_MODEL_INVALID', `the model registry names an unexpected file ${transfer.file.name}`);
        try {
          const staged = await staging.addModelFile(recognised, rawName, createReadStream(transfer.done));
          if (staged.sha256 !== transfer.file.sha256 || staged.size !== transfer.file.size) {
            throw new AppError('MT_MODEL_INVALID', `${transfer.file.name}: the download does not match the registry's checksum; it was deleted, try again`);
          }
        } catch (error) {
          // A damaged or wrong download must not be resumed: start that file from scratch next time.
          if (error instanceof AppError && error.code === 'MT_MODEL_INVALID') await forget(transfer);
          throw error;
        }
      }
    },
    registryExpectations(files, 'the model registry'),
  );
  await rm(downloads, { recursive: true, force: true });
  return installed;
}

/** Keeps an earlier partial or finished download only if it was for the same file (same registry hash). */
async function adoptEarlierDownload(transfer: Transfer): Promise<void> {
  const sidecar = await readFile(transfer.sidecar, 'utf8')
    .then((text) => JSON.parse(text) as { sha256?: unknown; total?: unknown; plain?: unknown })
    .catch(() => null);
  if (!sidecar || sidecar.sha256 !== transfer.file.sha256) {
    await forget(transfer);
    await writeFile(transfer.sidecar, JSON.stringify({ sha256: transfer.file.sha256 }));
    return;
  }
  if (typeof sidecar.total === 'number' && sidecar.total > 0) transfer.total = sidecar.total;
  transfer.plain = sidecar.plain === true;
  const done = await stat(transfer.done).catch(() => null);
  if (done) {
    transfer.received = done.size;
    transfer.total = done.size;
    return;
  }
  transfer.received = (await stat(transfer.part).catch(() => null))?.size ?? 0;
}

async function forget(transfer: Transfer): Promise<void> {
  await rm(transfer.part, { force: true });
  await rm(transfer.done, { force: true });
  await rm(transfer.sidecar, { force: true });
}

/** True when the file starts with the gzip magic number (a model, shortlist or vocabulary never does). */
async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    await handle.read(head, 0, 2, 0);
    return head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

class ProgressReporter {
  private last = 0;
  private readonly transfers: readonly Transfer[];
  private readonly callback: DownloadModelOptions['onProgress'];

  constructor(transfers: readonly Transfer[], callback: DownloadModelOptions['onProgress']) {
    this.transfers = transfers;
    this.callback = callback;
  }

  report(force = false): void {
    if (!this.callback) return;
    const now = Date.now();
    if (!force && now - this.last < progressIntervalMs) return;
    this.last = now;
    const done = this.transfers.reduce((sum, t) => sum + t.received, 0);
    const total = this.transfers.reduce((sum, t) => sum + Math.max(t.total, t.received), 0);
    this.callback(done, total);
  }
}

/** Thrown inside a transfer to say "resume and try again" (a dropped connection, a 5xx). */
class RetryableFailure extends Error {
  readonly final: AppError;

  constructor(final: AppError) {
    super(final.message);
    this.final = final;
  }
}

class HttpClient {
  private readonly options: DownloadModelOptions;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;

  constructor(options: DownloadModelOptions) {
    this.options = options;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retries = options.retries ?? 2;
    this.backoffMs = options.backoffMs ?? 500;
  }

  /** GET a small text resource (the registry), capped at `maxBytes`. */
  async fetchText(url: string, maxBytes: number): Promise<string> {
    return this.withRetries(async (request) => {
      const response = await request.fetch(url, {});
      checkStatus(response, url, false);
      const parts: Uint8Array[] = [];
      let total = 0;
      for await (const chunk of request.body(response)) {
        total += chunk.length;
        if (total > maxBytes) throw new AppError('MT_MODEL_INVALID', `${url}: the registry is larger than ${maxBytes} bytes`);
        parts.push(chunk);
      }
      return Buffer.concat(parts).toString('utf8');
    });
  }

  /** Downloads one file into its `.part`, resuming from what is there, then renames it to done. */
  async downloadFile(transfer: Transfer, progress: ProgressReporter): Promise<void> {
    await this.withRetries(async (request) => {
      const offset = (await stat(transfer.part).catch(() => null))?.size ?? 0;
      transfer.received = offset;
      const url = transfer.plain ? transfer.plainUrl : transfer.gzUrl;
      let response = await request.fetch(url, offset > 0 ? { Range: `bytes=${offset}-` } : {});
      if (response.status === 404 && !transfer.plain && offset === 0) {
        // No .gz here: the host keeps the files plain (see the file comment).
        await response.body?.cancel().catch(() => undefined);
        transfer.plain = true;
        response = await request.fetch(transfer.plainUrl, {});
      }
      if (response.status === 416) {
        // The part is not a prefix of what the server has (or is already whole): start over.
        await response.body?.cancel().catch(() => undefined);
        await rm(transfer.part, { force: true });
        throw new RetryableFailure(new AppError('MT_UNAVAILABLE', `${request.url}: the server refused to resume`));
      }
      checkStatus(response, request.url, true);
      let append = false;
      if (response.status === 206) {
        const range = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(response.headers.get('content-range') ?? '');
        if (!range || Number(range[1]) !== offset) {
          await response.body?.cancel().catch(() => undefined);
          await rm(transfer.part, { force: true });
          throw new RetryableFailure(new AppError('MT_UNAVAILABLE', `${request.url}: the server resumed at the wrong place`));
        }
        if (range[3] !== '*') transfer.total = Number(range[3]);
        append = true;
      } else {
        // 200: the server ignored the Range header and sends everything; start the part afresh.
        const length = Number(response.headers.get('content-length'));
        if (Number.isSafeInteger(length) && length > 0) transfer.total = length;
        transfer.received = 0;
      }
      // A .gz is never much larger than the file it holds: a server sending more is not sending a model.
      const cap = sizeLimitsFor(transfer.file.kind).max + 1024 * 1024;
      if (transfer.total > cap) {
        await response.body?.cancel().catch(() => undefined);
        throw new AppError('MT_MODEL_INVALID', `${request.url}: announces ${transfer.total} bytes, more than any ${kindLabel(transfer.file.kind)}`);
      }
      await writeFile(transfer.sidecar, JSON.stringify({ sha256: transfer.file.sha256, total: transfer.total, plain: transfer.plain }));
      const handle = await open(transfer.part, append ? 'a' : 'w');
      let oversized = false;
      try {
        for await (const chunk of request.body(response)) {
          await handle.write(chunk);
          transfer.received += chunk.length;
          if (transfer.received > cap) {
            oversized = true;
            throw new AppError('MT_MODEL_INVALID', `${request.url}: sends more than any ${kindLabel(transfer.file.kind)} can be`);
          }
          progress.report();
        }
      } finally {
        await handle.close();
        // Never resume from something that is not a model file.
        if (oversized) await rm(transfer.part, { force: true });
      }
      if (response.status === 206 && transfer.received < transfer.total) {
        throw new RetryableFailure(new AppError('MT_UNAVAILABLE', `${request.url}: the connection ended after ${transfer.received} of ${transfer.total} bytes`));
      }
      transfer.total = transfer.received;
      await rename(transfer.part, transfer.done);
    });
  }

  /** Runs `attempt` with a fresh timed request, retrying (with backoff) what is worth retrying. */
  private async withRetries<T>(attempt: (request: TimedRequest) => Promise<T>): Promise<T> {
    for (let tryNumber = 0; ; tryNumber++) {
      const request = new TimedRequest(this.timeoutMs, this.options.signal);
      try {
        return await attempt(request);
      } catch (error) {
        const failure = request.classify(error);
        if (!(failure instanceof RetryableFailure)) throw failure;
        if (tryNumber >= this.retries) throw failure.final;
        await sleep(this.backoffMs * 2 ** tryNumber, this.options.signal);
      } finally {
        request.dispose();
      }
    }
  }
}

/** 2xx (and 206 for files) pass; 5xx is worth a retry; anything else fails at once. */
function checkStatus(response: Response, url: string, allowPartial: boolean): void {
  if (response.status === 200 || (allowPartial && response.status === 206)) return;
  void response.body?.cancel().catch(() => undefined);
  const error = new AppError('MT_UNAVAILABLE', `${url}: the server answered ${response.status} ${response.statusText}`.trim());
  if (response.status >= 500 || response.status === 429) throw new RetryableFailure(error);
  throw error;
}

/**
 * One HTTP request with an inactivity timer (reset by every chunk received) tied to the user's
 * cancel signal, which tells apart a timeout, a cancel and a network failure afterwards.
 */
class TimedRequest {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timedOut = false;
  /** The address last asked for (for messages). */
  url = '';
  private readonly timeoutMs: number;
  private readonly signal: AbortSignal | undefined;
  private readonly onUserAbort = (): void => this.controller.abort(this.signal?.reason);

  constructor(timeoutMs: number, signal: AbortSignal | undefined) {
    this.timeoutMs = timeoutMs;
    this.signal = signal;
    if (signal?.aborted) this.controller.abort(signal.reason);
    signal?.addEventListener('abort', this.onUserAbort, { once: true });
    this.arm();
  }

  async fetch(url: string, headers: Record<string, string>): Promise<Response> {
    this.url = url;
    // identity: a server that gzips on the fly would make fetch unpack the .gz (and break Range offsets).
    const response = await fetch(this.url, { headers: { 'Accept-Encoding': 'identity', ...headers }, signal: this.controller.signal, redirect: 'follow' });
    this.arm();
    return response;
  }

  async *body(response: Response): AsyncGenerator<Uint8Array> {
    if (!response.body) return;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      this.arm();
      yield chunk;
    }
  }

  /** Turns whatever was thrown into the error to report or retry. */
  classify(error: unknown): unknown {
    if (this.signal?.aborted) return this.signal.reason;
    if (this.timedOut) return new AppError('MT_TIMEOUT', `${this.url}: no answer within ${Math.round(this.timeoutMs / 1000)} s`);
    if (error instanceof AppError || error instanceof RetryableFailure) return error;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error as Error).message;
    return new RetryableFailure(new AppError('MT_UNAVAILABLE', `${this.url}: cannot be reached or the connection broke (${detail})`));
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.signal?.removeEventListener('abort', this.onUserAbort);
  }

  private arm(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort(new Error('timeout'));
    }, this.timeoutMs);
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** How many bytes of an unfinished download of `from`→`to` are kept for resuming (0 when none). */
export async function partialDownloadBytes(rootDir: string, from: Lang, to: Lang): Promise<number> {
  const dir = join(rootDir, '.downloads', `${from}${to}`);
  const names = await readdir(dir).catch(() => [] as string[]);
  let total = 0;
  for (const name of names) {
    if (name.endsWith('.done') || name.endsWith('.part')) total += (await stat(join(dir, name)).catch(() => null))?.size ?? 0;
  }
  return total;
}

/** Deletes the kept parts of an unfinished download (the user chose not to resume it). */
export async function discardPartialDownload(rootDir: string, from: Lang, to: Lang): Promise<void> {
  if (activeDownloads.has(`${rootDir}\0${from}${to}`)) throw new AppError('CONFLICT', `the ${from}→${to} model is being downloaded`);
  await rm(join(rootDir, '.downloads', `${from}${to}`), { recursive: true, force: true });
}
