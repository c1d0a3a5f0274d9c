/**
 * The failure behaviour every HTTP engine must share, run against its fake server (see
 * fakeMtServers.ts): retries then success, timeouts, refused keys, quota, malformed replies,
 * server errors, and cancel — each checked the way a user would notice it (the error code the
 * desk shows, how long it took, whether anything more was sent, whether the key leaked).
 * Each engine's own test file calls `httpEngineSuite` and adds its protocol-specific checks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../services/appError.ts';
import type { HttpEngineOptions, MtEngine, MtRequest } from '../mtEngine.ts';
import { fakeMtKey, fakeTranslation, startFakeMtServer, type FakeMtBehaviour, type FakeMtKind, type FakeMtServer, type FakeMtServerOptions } from './fakeMtServers.ts';

/** Enough short sentences for three requests with every engine's batch size (DeepL takes 50). */
export const manySegments: readonly string[] = Array.from({ length: 110 }, (_, i) => `Kalimat uji nomor ${i + 1} tentang harga beras di pasar.`);

export const wrongKey = 'sk-salah-kunci-4d2e8b1f9a';

/** Small limits so failures come within a second. */
export function fastOptions(server: FakeMtServer, apiKey: string | null = fakeMtKey, extra: Partial<HttpEngineOptions> = {}): HttpEngineOptions {
  return { baseUrl: server.baseUrl, apiKey, timeoutMs: 2_000, retries: 2, backoffMs: 5, ...extra };
}

export function request(segments: readonly string[], extra: Partial<MtRequest> = {}): MtRequest {
  return { from: 'id', to: 'en', segments, markup: false, glossary: [], ...extra };
}

/** Runs `engine` and returns its rejection (the test fails if it resolves). */
export async function rejection(engine: MtEngine, req: MtRequest, signal: AbortSignal = new AbortController().signal): Promise<unknown> {
  return engine.translate(req, { signal, onProgress: () => undefined }).then(
    () => {
      throw new Error('expected the translation to fail');
    },
    (error: unknown) => error,
  );
}

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise;
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

export function httpEngineSuite(kind: FakeMtKind, create: (options: HttpEngineOptions) => MtEngine): void {
  const servers: FakeMtServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  async function start(behaviour: FakeMtBehaviour, options?: FakeMtServerOptions): Promise<FakeMtServer> {
    const server = await startFakeMtServer(kind, behaviour, options);
    servers.push(server);
    return server;
  }
  const three = ['Harga cabai naik 12 persen.', 'Menteri Sri Mulyani memberi keterangan.', 'Pasar Induk ramai sejak pagi.'];

  describe(`${kind}: shared HTTP engine behaviour`, () => {
    it('is an online engine of its kind', async () => {
      const engine = create(fastOptions(await start('ok')));
      expect(engine.kind).toBe(kind);
      expect(engine.offline).toBe(false);
    });

    it.each(['fail-then-ok:2', 'fail-then-ok:2:429'] as const)('retries after %s and then returns the translations', async (behaviour) => {
      const server = await start(behaviour);
      const result = await create(fastOptions(server)).translate(request(three), { signal: new AbortController().signal, onProgress: () => undefined });
      expect(result).toEqual(three.map((text) => fakeTranslation(text, 'en')));
      expect(server.requests).toHaveLength(3);
    });

    it('reports a server that never answers as MT_TIMEOUT in bounded time', async () => {
      const server = await start('hang');
      const started = performance.now();
      const error = await appError(rejection(create(fastOptions(server, fakeMtKey, { timeoutMs: 120, retries: 1 })), request(three)));
      expect(error.code).toBe('MT_TIMEOUT');
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(server.requests).toHaveLength(2);
    });

    it('reports a refused key as MT_AUTH without retrying and never repeats the key', async () => {
      const server = await start('auth');
      const ok = await create(fastOptions(server, fakeMtKey)).translate(request(three), { signal: new AbortController().signal, onProgress: () => undefined });
      expect(ok).toHaveLength(3);
      const before = server.requests.length;
      const error = await appError(rejection(create(fastOptions(server, wrongKey)), request(three)));
      expect(error.code).toBe('MT_AUTH');
      expect(server.requests.length - before).toBe(1);
      // The fake echoes the key it got, as real servers do; our message must not.
      expect(error.message).not.toContain(wrongKey);
      expect(JSON.stringify(error)).not.toContain(wrongKey);
      expect(String(error.stack)).not.toContain(wrongKey);
    });

    it('reports a missing key as MT_AUTH', async () => {
      const server = await start('auth');
      const error = await appError(rejection(create(fastOptions(server, null)), request(three)));
      expect(error.code).toBe('MT_AUTH');
    });

    it('reports too many requests as MT_QUOTA after the retries', async () => {
      const server = await start('status:429');
      const error = await appError(rejection(create(fastOptions(server, fakeMtKey, { retries: 1 })), request(three)));
      expect(error.code).toBe('MT_QUOTA');
      expect(server.requests).toHaveLength(2);
    });

    it('reports a server error as MT_UNAVAILABLE after the retries, with the server’s words', async () => {
      const server = await start('status:500');
      const error = await appError(rejection(create(fastOptions(server)), request(three)));
      expect(error.code).toBe('MT_UNAVAILABLE');
      expect(error.message).toContain('Fake failure 500');
      expect(server.requests).toHaveLength(3);
    });

    it('reports an unreachable server as MT_UNAVAILABLE', async () => {
      const server = await start('ok');
      await server.close();
      const error = await appError(rejection(create(fastOptions(server, fakeMtKey, { retries: 0 })), request(three)));
      expect(error.code).toBe('MT_UNAVAILABLE');
    });

    it.each(['malformed:json', 'malformed:shape', 'malformed:count'] as const)('reports a %s reply as MT_BAD_REPLY, never as text', async (behaviour) => {
      const server = await start(behaviour);
      const error = await appError(rejection(create(fastOptions(server)), request(three)));
      expect(error.code).toBe('MT_BAD_REPLY');
      expect(server.requests).toHaveLength(1);
    });

    it('sends nothing at all when the signal is already aborted', async () => {
      const server = await start('ok');
      const controller = new AbortController();
      const reason = new Error('dibatalkan');
      controller.abort(reason);
      expect(await rejection(create(fastOptions(server)), request(three), controller.signal)).toBe(reason);
      expect(server.requests).toHaveLength(0);
    });

    it('stops between batches when cancelled: rejects with the reason and sends no further request', async () => {
      const server = await start('ok');
      const controller = new AbortController();
      const reason = new Error('user cancelled');
      const progress: number[] = [];
      const run = create(fastOptions(server)).translate(request(manySegments), {
        signal: controller.signal,
        onProgress: (done) => {
          progress.push(done);
          controller.abort(reason);
        },
      });
      await expect(run).rejects.toBe(reason);
      expect(server.requests).toHaveLength(1);
      expect(progress).toHaveLength(1);
    });

    it('stops promptly when cancelled while a request is waiting for an answer', async () => {
      const server = await start('hang');
      const controller = new AbortController();
      const reason = new Error('user cancelled');
      setTimeout(() => controller.abort(reason), 80);
      const started = performance.now();
      const error = await rejection(create(fastOptions(server, fakeMtKey, { timeoutMs: 10_000 })), request(manySegments), controller.signal);
      expect(error).toBe(reason);
      expect(performance.now() - started).toBeLessThan(1_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(server.requests).toHaveLength(1);
    });

    it('translates a long list in several requests, in order, reporting progress per request', async () => {
      const server = await start('ok');
      const progress: number[] = [];
      const result = await create(fastOptions(server)).translate(request(manySegments, { from: 'en', to: 'id' }), {
        signal: new AbortController().signal,
        onProgress: (done) => progress.push(done),
      });
      expect(result).toEqual(manySegments.map((text) => fakeTranslation(text, 'id')));
      expect(server.requests.length).toBeGreaterThan(1);
      expect(progress).toHaveLength(server.requests.length);
      expect(progress.at(-1)).toBe(manySegments.length);
      expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    });

    it('returns blank segments as they are without sending them, and sends nothing for an empty list', async () => {
      const server = await start('ok');
      const engine = create(fastOptions(server));
      const context = { signal: new AbortController().signal, onProgress: () => undefined };
      expect(await engine.translate(request([]), context)).toEqual([]);
      expect(await engine.translate(request(['', '  ']), context)).toEqual(['', '  ']);
      expect(server.requests).toHaveLength(0);
      expect(await engine.translate(request(['Hujan deras.', '', 'Banjir surut.']), context)).toEqual(['[en] Hujan deras.', '', '[en] Banjir surut.']);
    });
  });
}
