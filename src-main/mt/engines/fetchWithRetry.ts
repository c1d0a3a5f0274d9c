/**
 * The one way the HTTP translation engines talk to a server: a fetch with a per-attempt time
 * limit, retries with exponential backoff for the failures that are worth another try, an
 * immediate stop when the user cancels, and every final failure turned into an MT_* AppError
 * whose message never contains the API key.
 *
 * The whole reply body is read inside the attempt, so a server that sends its headers and then
 * stalls counts as a timeout instead of hanging the caller after the timer is gone.
 */
import { AppError } from '../../services/appError.ts';
import type { HttpEngineOptions } from '../mtEngine.ts';

export interface FetchRetryOptions {
  /** Time limit of one attempt, headers and body included. */
  timeoutMs: number;
  /** Further attempts after a timeout, a network error, a 429 or a 5xx. */
  retries: number;
  /** First backoff delay; doubled each retry, with jitter. */
  backoffMs: number;
  /** The user's cancel: stops at once, also during a backoff, rejecting with the signal's reason. */
  signal: AbortSignal;
  /** Longest wait a server's Retry-After may ask for (default 30 s), so a bad header cannot park a run. */
  maxRetryAfterMs?: number;
  /** Strings never to appear in an error message (the API key); server texts are scrubbed of them. */
  secrets?: readonly (string | null | undefined)[];
}

/** Defaults of HttpEngineOptions (see mtEngine.ts). */
export const defaultTimeoutMs = 30_000;
export const defaultRetries = 2;
export const defaultBackoffMs = 500;
const defaultMaxRetryAfterMs = 30_000;
/** Exponential backoff stops growing here, whatever the retry count. */
const maxBackoffMs = 30_000;

/** The retry options an engine built from `options` uses for one call. */
export function retryOptionsFor(options: HttpEngineOptions, signal: AbortSignal): FetchRetryOptions {
  return {
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs,
    retries: options.retries ?? defaultRetries,
    backoffMs: options.backoffMs ?? defaultBackoffMs,
    signal,
    secrets: [options.apiKey],
  };
}

/**
 * `${baseUrl}${path}` for an http(s) base address, trailing slashes tolerated. A base that is not
 * an http(s) address is refused before anything is sent.
 */
export function endpointUrl(baseUrl: string, path: string): string {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl.trim());
  } catch {
    throw new AppError('MT_UNAVAILABLE', 'The translation engine address is not a valid web address.');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new AppError('MT_UNAVAILABLE', 'The translation engine address must start with http:// or https://.');
  }
  if (parsed.username || parsed.password) {
    // Credentials in the address would travel in logs and error texts; keys belong in the key field.
    throw new AppError('MT_UNAVAILABLE', 'The translation engine address must not contain a user name or password.');
  }
  return parsed.href.replace(/\/+$/, '') + path;
}

/** What one attempt ended with. */
type Attempt = { kind: 'ok'; response: Response } | { kind: 'retry'; error: AppError; retryAfterMs: number | null } | { kind: 'final'; error: AppError };

/**
 * Fetches `url`, retrying as described above, and resolves with the 2xx response (body already
 * read, so `.json()`/`.text()` cannot stall). Rejects with an MT_* AppError, or with
 * `options.signal.reason` when cancelled; with an already aborted signal nothing is sent.
 * Redirects are not followed: the key and body go to the configured server or nowhere.
 */
export async function fetchWithRetry(url: string, init: RequestInit, options: FetchRetryOptions): Promise<Response> {
  options.signal.throwIfAborted();
  const where = hostOf(url);
  for (let attempt = 0; ; attempt++) {
    const outcome = await attemptOnce(url, init, options, where);
    if (outcome.kind === 'ok') return outcome.response;
    if (outcome.kind === 'final') throw outcome.error;
    if (attempt >= options.retries) {
      const tries = attempt + 1;
      throw new AppError(outcome.error.code, `${outcome.error.message} (${tries} ${tries === 1 ? 'attempt' : 'attempts'})`);
    }
    const backoff = Math.min(options.backoffMs * 2 ** attempt, maxBackoffMs);
    // Equal jitter: half fixed, half random, so parallel clients do not retry in lockstep.
    let delay = backoff / 2 + (Math.random() * backoff) / 2;
    if (outcome.retryAfterMs !== null) delay = Math.max(delay, Math.min(outcome.retryAfterMs, options.maxRetryAfterMs ?? defaultMaxRetryAfterMs));
    await sleep(delay, options.signal);
  }
}

async function attemptOnce(url: string, init: RequestInit, options: FetchRetryOptions, where: string): Promise<Attempt> {
  const timer = new AbortController();
  const handle = setTimeout(() => timer.abort(new Error('attempt timed out')), options.timeoutMs);
  const signal = AbortSignal.any([options.signal, timer.signal]);
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, { ...init, signal, redirect: 'manual' });
    body = await response.text();
  } catch (error) {
    if (options.signal.aborted) throw options.signal.reason;
    if (timer.signal.aborted) {
      return { kind: 'retry', error: new AppError('MT_TIMEOUT', `${where} did not answer within ${seconds(options.timeoutMs)}.`), retryAfterMs: null };
    }
    const reason = networkReason(error);
    return { kind: 'retry', error: new AppError('MT_UNAVAILABLE', `${where} could not be reached${reason ? ` (${reason})` : ''}.`), retryAfterMs: null };
  } finally {
    clearTimeout(handle);
  }

  const status = response.status;
  if (status >= 200 && status < 300) {
    const nullBody = status === 204 || status === 205;
    return { kind: 'ok', response: new Response(nullBody ? null : body, { status, statusText: response.statusText, headers: response.headers }) };
  }
  const said = serverMessage(body, options.secrets ?? []);
  const detail = `HTTP ${status}${said ? `: ${said}` : ''}`;
  if (status === 429) {
    return { kind: 'retry', error: new AppError('MT_QUOTA', `${where} reports too many requests (${detail}).`), retryAfterMs: retryAfterMs(response.headers.get('retry-after')) };
  }
  if (status >= 500) {
    return { kind: 'retry', error: new AppError('MT_UNAVAILABLE', `${where} reported a server error (${detail}).`), retryAfterMs: null };
  }
  if (status === 401 || status === 403) return { kind: 'final', error: new AppError('MT_AUTH', `${where} refused the key (${detail}).`) };
  // 456 is DeepL's "quota exceeded": waiting a few seconds does not help, so no retry.
  if (status === 456) return { kind: 'final', error: new AppError('MT_QUOTA', `${where} says the quota is used up (${detail}).`) };
  if (status >= 300 && status < 400) {
    return { kind: 'final', error: new AppError('MT_UNAVAILABLE', `${where} answered with a redirect (HTTP ${status}), which is not followed so the key stays with this server. Check the address.`) };
  }
  return { kind: 'final', error: new AppError('MT_UNAVAILABLE', `${where} refused the request (${detail}).`) };
}

/** `host:port` of the URL, never its path, query or credentials (where a careless key could sit). */
function hostOf(url: string): string {
  try {
    return `The translation server ${new URL(url).host}`;
  } catch {
    return 'The translation server';
  }
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

/** The system error code behind undici's "fetch failed" (ECONNREFUSED, ENOTFOUND …), if any. */
function networkReason(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' && /^[A-Z_]+$/.test(cause.code) ? cause.code : '';
}

/**
 * The server's own words about a failure, from the error bodies the three protocols use
 * (`{error: "…"}`, `{error: {message}}`, `{message}`, `{detail}`) or a short plain text; cut to
 * 200 characters, control characters removed and every secret replaced, because servers do
 * echo keys ("Incorrect API key provided: …").
 */
export function serverMessage(body: string, secrets: readonly (string | null | undefined)[]): string {
  let text = '';
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object') {
      const record = parsed as Record<string, unknown>;
      const error = record.error;
      if (typeof error === 'string') text = error;
      else if (error && typeof error === 'object' && typeof (error as Record<string, unknown>).message === 'string') text = (error as { message: string }).message;
      else if (typeof record.message === 'string') text = record.message;
      else if (typeof record.detail === 'string') text = record.detail;
    }
  } catch {
    if (body.length <= 300 && !/[<>{}]/.test(body)) text = body;
  }
  const printable = Array.from(text, (char) => (char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127 ? ' ' : char)).join('');
  return redact(printable.replace(/\s+/g, ' ').trim(), secrets).slice(0, 200);
}

/** `text` with every non-empty secret (and anything from its first 6 characters on) replaced. */
export function redact(text: string, secrets: readonly (string | null | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret) continue;
    out = out.split(secret).join('[key]');
    // Servers often echo a key partly ("sk-abc…xyz"); hide any run that starts like the key.
    if (secret.length >= 8) {
      const head = secret.slice(0, 6).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      out = out.replace(new RegExp(`${head}\\S*`, 'g'), '[key]');
    }
  }
  return out;
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), or null. */
function retryAfterMs(header: string | null): number | null {
  if (header === null) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(handle);
      reject(signal.reason);
    };
    const handle = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
