import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../services/appError.ts';
import { endpointUrl, fetchWithRetry, redact, serverMessage, type FetchRetryOptions } from './fetchWithRetry.ts';

const key = 'sk-rahasia-redaksi-7f3a9c';

/** A scripted server: `script[n]` answers the n-th request (the last entry repeats). */
async function scripted(script: ((req: IncomingMessage, res: ServerResponse) => void)[]) {
  let count = 0;
  const arrivals: number[] = [];
  const server = createServer((req, res) => {
    arrivals.push(performance.now());
    const handler = script[Math.min(count, script.length - 1)]!;
    count++;
    req.resume();
    req.on('end', () => handler(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2/translate`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  cleanups.push(close);
  return { url, arrivals, count: () => count };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((close) => close()));
});

const status =
  (code: number, body: unknown = { message: `status ${code}` }, headers: Record<string, string> = {}) =>
  (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(code, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
const okBody = status(200, { translations: [{ text: 'ok' }] });
const hang = () => undefined;

function options(extra: Partial<FetchRetryOptions> = {}): FetchRetryOptions {
  return { timeoutMs: 2_000, retries: 2, backoffMs: 5, signal: new AbortController().signal, secrets: [key], ...extra };
}

const post: RequestInit = { method: 'POST', headers: { authorization: `DeepL-Auth-Key ${key}` }, body: JSON.stringify({ api_key: key }) };

/** The AppError the call rejects with (fails the test when it resolves or throws something else). */
async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('fetchWithRetry', () => {
  it('resolves with the 2xx reply, its body readable', async () => {
    const server = await scripted([okBody]);
    const response = await fetchWithRetry(server.url, post, options());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ translations: [{ text: 'ok' }] });
  });

  it('retries a 503 with growing backoff, then succeeds', async () => {
    const server = await scripted([status(503), status(503), okBody]);
    const response = await fetchWithRetry(server.url, post, options({ backoffMs: 40 }));
    expect(response.status).toBe(200);
    expect(server.count()).toBe(3);
    const [a, b, c] = server.arrivals as [number, number, number];
    // Equal jitter: the first wait is 20–40 ms, the second 40–80 ms.
    expect(b - a).toBeGreaterThanOrEqual(18);
    expect(c - b).toBeGreaterThanOrEqual(38);
  });

  it('gives up after the retries: a 5xx becomes MT_UNAVAILABLE, a 429 MT_QUOTA', async () => {
    const down = await scripted([status(500)]);
    const error = await failure(fetchWithRetry(down.url, post, options()));
    expect(error.code).toBe('MT_UNAVAILABLE');
    expect(error.message).toContain('HTTP 500');
    expect(error.message).toContain('3 attempts');
    expect(down.count()).toBe(3);

    const busy = await scripted([status(429)]);
    expect((await failure(fetchWithRetry(busy.url, post, options({ retries: 1 })))).code).toBe('MT_QUOTA');
    expect(busy.count()).toBe(2);
  });

  it('honours Retry-After on a 429, within the cap', async () => {
    const server = await scripted([status(429, { message: 'slow down' }, { 'retry-after': '1' }), okBody]);
    await fetchWithRetry(server.url, post, options());
    const [a, b] = server.arrivals as [number, number];
    expect(b - a).toBeGreaterThanOrEqual(950);

    const capped = await scripted([status(429, { message: 'slow down' }, { 'retry-after': '3600' }), okBody]);
    const started = performance.now();
    await fetchWithRetry(capped.url, post, options({ maxRetryAfterMs: 100 }));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(capped.count()).toBe(2);
  });

  it.each([
    [400, 'MT_UNAVAILABLE'],
    [404, 'MT_UNAVAILABLE'],
    [401, 'MT_AUTH'],
    [403, 'MT_AUTH'],
    [456, 'MT_QUOTA'],
  ] as const)('never retries HTTP %i (-> %s)', async (code, expected) => {
    const server = await scripted([status(code)]);
    const error = await failure(fetchWithRetry(server.url, post, options()));
    expect(error.code).toBe(expected);
    expect(server.count()).toBe(1);
  });

  it('turns a server that never answers into MT_TIMEOUT within the attempts × time limit', async () => {
    const server = await scripted([hang]);
    const started = performance.now();
    const error = await failure(fetchWithRetry(server.url, post, options({ timeoutMs: 150, retries: 1 })));
    const elapsed = performance.now() - started;
    expect(error.code).toBe('MT_TIMEOUT');
    expect(server.count()).toBe(2);
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(2_000);
  });

  it('counts a reply that stalls after its headers as a timeout', async () => {
    const server = await scripted([
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"translations": [');
      },
    ]);
    const error = await failure(fetchWithRetry(server.url, post, options({ timeoutMs: 150, retries: 0 })));
    expect(error.code).toBe('MT_TIMEOUT');
  });

  it('reports a closed port as MT_UNAVAILABLE after retrying', async () => {
    const server = await scripted([okBody]);
    await cleanups.pop()!();
    const error = await failure(fetchWithRetry(server.url, post, options({ retries: 1 })));
    expect(error.code).toBe('MT_UNAVAILABLE');
    expect(error.message).toContain('could not be reached');
  });

  it('sends nothing when the signal is already aborted', async () => {
    const server = await scripted([okBody]);
    const controller = new AbortController();
    const reason = new Error('dibatalkan');
    controller.abort(reason);
    await expect(fetchWithRetry(server.url, post, options({ signal: controller.signal }))).rejects.toBe(reason);
    expect(server.count()).toBe(0);
  });

  it('stops at once when cancelled during a request, rejecting with the reason', async () => {
    const server = await scripted([hang]);
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    setTimeout(() => controller.abort(reason), 50);
    const started = performance.now();
    await expect(fetchWithRetry(server.url, post, options({ signal: controller.signal, timeoutMs: 10_000 }))).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(server.count()).toBe(1);
  });

  it('stops at once when cancelled during a backoff, with no further request', async () => {
    const server = await scripted([status(503)]);
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    const started = performance.now();
    const call = fetchWithRetry(server.url, post, options({ signal: controller.signal, backoffMs: 10_000 }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort(reason);
    await expect(call).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(1_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.count()).toBe(1);
  });

  it('does not follow a redirect, so the key and body reach no other server', async () => {
    const elsewhere = await scripted([okBody]);
    const server = await scripted([status(307, {}, { location: elsewhere.url })]);
    const error = await failure(fetchWithRetry(server.url, post, options()));
    expect(error.code).toBe('MT_UNAVAILABLE');
    expect(error.message).toContain('redirect');
    expect(elsewhere.count()).toBe(0);
  });

  it('never repeats the key in an error, even when the server echoes it', async () => {
    const echo = await scripted([status(401, { error: { message: `Incorrect API key provided: ${key}` } })]);
    const auth = await failure(fetchWithRetry(echo.url, post, options()));
    expect(auth.code).toBe('MT_AUTH');
    expect(auth.message).toContain('Incorrect API key provided');
    expect(auth.message).not.toContain(key);

    const partial = await scripted([status(500, { message: `bad key ${key.slice(0, 9)}…${key.slice(-4)}` })]);
    const down = await failure(fetchWithRetry(partial.url, post, options({ retries: 0 })));
    expect(down.message).not.toContain(key.slice(0, 9));
  });
});

describe('serverMessage and redact', () => {
  it('reads the error bodies of the three protocols', () => {
    expect(serverMessage('{"error":"Invalid API key"}', [])).toBe('Invalid API key');
    expect(serverMessage('{"error":{"message":"model not found","type":"invalid_request_error"}}', [])).toBe('model not found');
    expect(serverMessage('{"message":"Quota exceeded"}', [])).toBe('Quota exceeded');
    expect(serverMessage('<html><body>502 Bad Gateway</body></html>', [])).toBe('');
    expect(serverMessage('upstream\nreset', [])).toBe('upstream reset');
  });

  it('replaces a key wherever it appears', () => {
    expect(redact(`a ${key} b ${key}`, [null, key])).toBe('a [key] b [key]');
  });
});

describe('endpointUrl', () => {
  it('joins the base and path, tolerating a trailing slash', () => {
    expect(endpointUrl('http://127.0.0.1:11434/v1/', '/chat/completions')).toBe('http://127.0.0.1:11434/v1/chat/completions');
    expect(endpointUrl(' https://mt.contoh.id ', '/translate')).toBe('https://mt.contoh.id/translate');
  });

  it('refuses addresses that are not http(s) or carry credentials', () => {
    for (const bad of ['127.0.0.1:5000', 'file:///etc/passwd', 'ftp://mt.contoh.id', 'http://user:pass@mt.contoh.id']) {
      expect(() => endpointUrl(bad, '/translate')).toThrowError(AppError);
    }
  });
});
