/**
 * TEST DOUBLES of the three server protocols, for the engine tests and the e2e web host. Each
 * listens on 127.0.0.1 (port chosen by the OS) and speaks its API as documented — paths, bodies,
 * error bodies and status codes — but its "translation" is an obviously fake, predictable
 * transform: `[en] ` or `[id] ` (the target language) put in front of the text, inline tags left
 * untouched. It is never to be presented as a translation outside tests.
 *
 *   const server = await startFakeMtServer('deepl', 'fail-then-ok:2');
 *   new DeepLEngine({ baseUrl: server.baseUrl, apiKey: 'k', backoffMs: 5 });
 *   …  server.requests  // method, path, headers and parsed body of every request
 *   await server.close();
 *
 * Protocols:
 * - 'openai': POST /v1/chat/completions (baseUrl ends in /v1). Reads the target language from the
 *   system message ("… to English" / "… to Indonesian") and the strings from the user message (a
 *   JSON array); answers a chat completion whose content is the JSON array of fake translations.
 *   Errors `{error: {message, type, code}}`; a bad key is 401.
 * - 'libretranslate': POST /translate with `{q, source, target, format, api_key?}`; answers
 *   `{translatedText}` (an array for an array `q`). Errors `{error}`; a bad key is 403.
 * - 'deepl': POST /v2/translate with `Authorization: DeepL-Auth-Key …` and `{text[], target_lang, …}`;
 *   answers `{translations: [{detected_source_language, text}]}`. Errors `{message}`; a bad key is
 *   403, more than 50 texts 400.
 *
 * Behaviours:
 * - 'ok': answers every well-formed request (a malformed one gets the protocol's 400).
 * - 'status:<code>': every request gets <code> with the protocol's error body.
 * - 'fail-then-ok:<n>' / 'fail-then-ok:<n>:429': the first n requests get 503 (or 429), then 'ok'.
 * - 'hang': reads the request and never answers (for timeouts and cancel).
 * - 'malformed' (= 'malformed:json'): a 200 whose body is not JSON; 'malformed:shape': valid JSON in
 *   the wrong shape; 'malformed:count': one translation fewer than asked.
 * - 'auth': only the key in `options.apiKey` (default `fakeMtKey`) is accepted; otherwise the
 *   protocol's 401/403, whose message ECHOES the key it got — real servers do that too, and tests
 *   use it to prove the engines never repeat a key in their own errors.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { MtEngineKind } from '../mtEngine.ts';

export type FakeMtKind = Exclude<MtEngineKind, 'bergamot'>;

export type FakeMtBehaviour =
  | 'ok'
  | 'hang'
  | 'auth'
  | 'malformed'
  | 'malformed:json'
  | 'malformed:shape'
  | 'malformed:count'
  | `status:${number}`
  | `fail-then-ok:${number}`
  | `fail-then-ok:${number}:429`;

export interface FakeMtServerOptions {
  /** The key 'auth' accepts (default `fakeMtKey`). */
  apiKey?: string;
  /** Sent as Retry-After (seconds) with every 429. */
  retryAfterSeconds?: number;
}

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. `/v2/translate`. */
  path: string;
  /** Lower-case header names, as Node parsed them. */
  headers: IncomingHttpHeaders;
  /** The body parsed as JSON, or the raw text when it is not JSON. */
  body: unknown;
}

export interface FakeMtServer {
  /** What to give the engine as its base address. */
  baseUrl: string;
  /** Every request received, in order, including the ones answered with an error or never answered. */
  requests: RecordedRequest[];
  /** Stops listening and drops every open connection (hanging ones too). */
  close(): Promise<void>;
}

/** The key the 'auth' behaviour accepts unless told otherwise. */
export const fakeMtKey = 'fake-mt-key-0123456789';

/** The fake's predictable stand-in for a translation of `text` into `to`. */
export function fakeTranslation(text: string, to: Lang): string {
  return `[${to}] ${text}`;
}

/** Starts a fake `kind` server with `behaviour` on 127.0.0.1. */
export async function startFakeMtServer(kind: FakeMtKind, behaviour: FakeMtBehaviour = 'ok', options: FakeMtServerOptions = {}): Promise<FakeMtServer> {
  const requests: RecordedRequest[] = [];
  let failuresLeft = 0;
  let failureStatus = 503;
  const failThenOk = /^fail-then-ok:(\d+)(?::(429))?$/.exec(behaviour);
  if (failThenOk) {
    failuresLeft = Number(failThenOk[1]);
    failureStatus = failThenOk[2] ? 429 : 503;
  }

  const server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const body = parseBody(raw);
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      if (behaviour === 'hang') return;
      const reply = new Reply(kind, res, options);
      if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== protocolPath[kind]) {
        reply.error(404, `No route ${req.method} ${req.url}`);
        return;
      }
      const statusMatch = /^status:(\d{3})$/.exec(behaviour);
      if (statusMatch) {
        reply.error(Number(statusMatch[1]), `Fake failure ${statusMatch[1]}`);
        return;
      }
      if (failuresLeft > 0) {
        failuresLeft--;
        reply.error(failureStatus, failureStatus === 429 ? 'Too many requests' : 'Service temporarily unavailable');
        return;
      }
      if (behaviour === 'auth') {
        const given = givenKey(kind, req.headers, body);
        if (given !== (options.apiKey ?? fakeMtKey)) {
          reply.error(kind === 'openai' ? 401 : 403, `Invalid API key: ${given ?? '(none)'}`);
          return;
        }
      }
      answer(kind, behaviour, body, reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${kind === 'openai' ? '/v1' : ''}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const protocolPath: Record<FakeMtKind, string> = {
  openai: '/v1/chat/completions',
  libretranslate: '/translate',
  deepl: '/v2/translate',
};

/** Writes replies in the protocol's own shapes. */
class Reply {
  private readonly kind: FakeMtKind;
  private readonly res: ServerResponse;
  private readonly options: FakeMtServerOptions;

  constructor(kind: FakeMtKind, res: ServerResponse, options: FakeMtServerOptions) {
    this.kind = kind;
    this.res = res;
    this.options = options;
  }

  json(status: number, value: unknown): void {
    this.raw(status, JSON.stringify(value));
  }

  raw(status: number, text: string): void {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (status === 429 && this.options.retryAfterSeconds !== undefined) headers['retry-after'] = String(this.options.retryAfterSeconds);
    this.res.writeHead(status, headers);
    this.res.end(text);
  }

  error(status: number, message: string): void {
    if (this.kind === 'openai') {
      const type = status === 401 ? 'invalid_request_error' : status === 429 ? 'rate_limit_exceeded' : status >= 500 ? 'server_error' : 'invalid_request_error';
      this.json(status, { error: { message, type, code: status === 401 ? 'invalid_api_key' : null } });
    } else if (this.kind === 'libretranslate') {
      this.json(status, { error: message });
    } else {
      this.json(status, { message });
    }
  }
}

function answer(kind: FakeMtKind, behaviour: FakeMtBehaviour, body: unknown, reply: Reply): void {
  const parsed = kind === 'openai' ? readChat(body) : kind === 'libretranslate' ? readLibre(body) : readDeepL(body);
  if (typeof parsed === 'string') {
    reply.error(400, parsed);
    return;
  }
  if (behaviour === 'malformed' || behaviour === 'malformed:json') {
    reply.raw(200, kind === 'openai' ? '{"choices": [{"message": {"content": "[\\"' : '{"translations": [');
    return;
  }
  let texts = parsed.texts.map((text) => fakeTranslation(text, parsed.to));
  if (behaviour === 'malformed:count') texts = texts.slice(0, -1);
  const shapeIsWrong = behaviour === 'malformed:shape';
  if (kind === 'openai') {
    const content = shapeIsWrong ? 'Sure! Here is the translation you asked for.' : JSON.stringify(texts);
    reply.json(200, {
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: (body as { model?: unknown }).model,
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
    });
  } else if (kind === 'libretranslate') {
    const single = !Array.isArray((body as { q?: unknown }).q);
    if (shapeIsWrong) reply.json(200, { translation: texts });
    else reply.json(200, { translatedText: single ? (texts[0] ?? '') : texts });
  } else {
    const source = String((body as { source_lang?: unknown }).source_lang ?? (parsed.to === 'en' ? 'ID' : 'EN')).toUpperCase();
    if (shapeIsWrong) reply.json(200, { translations: texts });
    else reply.json(200, { translations: texts.map((text) => ({ detected_source_language: source, text })) });
  }
}

/** What a request asks to translate, or the 400 message for a request the real API would refuse. */
type Parsed = { texts: string[]; to: Lang } | string;

function readChat(body: unknown): Parsed {
  const { model, messages } = (body ?? {}) as { model?: unknown; messages?: unknown };
  if (typeof model !== 'string' || !model) return 'you must provide a model parameter';
  if (!Array.isArray(messages) || messages.length === 0) return "'messages' must be a non-empty array";
  const system = messages.find((m: { role?: unknown }) => m?.role === 'system') as { content?: unknown } | undefined;
  const user = [...messages].reverse().find((m: { role?: unknown }) => m?.role === 'user') as { content?: unknown } | undefined;
  const direction = /\bto (English|Indonesian)\b/.exec(typeof system?.content === 'string' ? system.content : '');
  if (!direction) return 'fake server: the system message names no target language';
  let texts: unknown;
  try {
    texts = JSON.parse(typeof user?.content === 'string' ? user.content : '');
  } catch {
    return 'fake server: the user message is not a JSON array';
  }
  if (!isStringArray(texts)) return 'fake server: the user message is not a JSON array of strings';
  return { texts, to: direction[1] === 'English' ? 'en' : 'id' };
}

function readLibre(body: unknown): Parsed {
  const { q, source, target, format } = (body ?? {}) as Record<string, unknown>;
  if (q === undefined) return "Invalid request: missing q parameter";
  if (typeof source !== 'string' || !source) return 'Invalid request: missing source parameter';
  if (typeof target !== 'string' || !target) return 'Invalid request: missing target parameter';
  if (format !== undefined && format !== 'text' && format !== 'html') return `${String(format)} format is not supported`;
  if (target !== 'en' && target !== 'id') return `${target} is not supported`;
  const texts = typeof q === 'string' ? [q] : q;
  if (!isStringArray(texts)) return 'Invalid request: q must be a string or a list of strings';
  return { texts, to: target };
}

function readDeepL(body: unknown): Parsed {
  const { text, target_lang: target, tag_handling: tagHandling } = (body ?? {}) as Record<string, unknown>;
  if (!isStringArray(text) || text.length === 0) return "Value for 'text' not supported.";
  if (text.length > 50) return 'Too many texts in the request (at most 50).';
  if (typeof target !== 'string') return "Value for 'target_lang' not supported.";
  if (tagHandling !== undefined && tagHandling !== 'html' && tagHandling !== 'xml') return "Value for 'tag_handling' not supported.";
  const code = target.toUpperCase();
  if (code === 'ID') return { texts: text, to: 'id' };
  if (code === 'EN-US' || code === 'EN-GB') return { texts: text, to: 'en' };
  return "Value for 'target_lang' not supported.";
}

function givenKey(kind: FakeMtKind, headers: IncomingHttpHeaders, body: unknown): string | null {
  if (kind === 'libretranslate') {
    const key = (body as { api_key?: unknown } | null)?.api_key;
    return typeof key === 'string' ? key : null;
  }
  const prefix = kind === 'openai' ? 'Bearer ' : 'DeepL-Auth-Key ';
  const header = headers.authorization;
  return header?.startsWith(prefix) ? header.slice(prefix.length) : null;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function parseBody(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

/** The request body as text (capped: a test double needs no more). */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= 4 * 1024 * 1024) chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}
