import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../services/appError.ts';
import type { MtEngineConfig, MtRequest } from './mtEngine.ts';
import { MtWorkerClient } from './mtWorkerClient.ts';
import { writeModelFolder } from './testing/bergamotModelFolder.ts';

/**
 * A stand-in OpenAI-compatible server on 127.0.0.1, so the worker protocol is tested with a real
 * engine inside the real worker. Its "translation" is an obvious test marker ("EN: " + text); the
 * model name picks the behaviour: "slow" answers each request after 300 ms, "locked" answers 401.
 */
let server: Server;
let baseUrl: string;
let requests = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      requests++;
      const parsed = JSON.parse(body) as { model: string; messages: Array<{ content: string }> };
      if (parsed.model === 'locked') {
        res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'invalid key' } }));
        return;
      }
      const segments = JSON.parse(parsed.messages[1]!.content) as string[];
      const reply = JSON.stringify({ choices: [{ message: { role: 'assistant', content: JSON.stringify(segments.map((s) => `EN: ${s}`)) } }] });
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(reply), parsed.model === 'slow' ? 300 : 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function openai(model: string): MtEngineConfig {
  return { kind: 'openai', model, baseUrl, apiKey: null, retries: 0, timeoutMs: 10_000, backoffMs: 1 };
}

/** Our own sentences; 45 of them make three chat requests (20 + 20 + 5). */
const sentences = Array.from({ length: 45 }, (_, i) => `Kalimat nomor ${i + 1} tentang harga cabai di pasar.`);
const request: MtRequest = { from: 'id', to: 'en', segments: sentences, markup: false, glossary: [] };

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('MtWorkerClient', () => {
  it('starts the worker on the first call and returns the engine’s translations with progress', { timeout: 60_000 }, async () => {
    const client = new MtWorkerClient();
    try {
      expect(client.started).toBe(false);
      const progress: number[] = [];
      const translations = await client.translate(openai('fast'), request, { onProgress: (done) => progress.push(done) });
      expect(client.started).toBe(true);
      expect(translations).toEqual(sentences.map((s) => `EN: ${s}`));
      expect(progress).toEqual([20, 40, 45]);
    } finally {
      await client.close();
    }
  });

  it('passes the engine’s AppError code through the worker', { timeout: 60_000 }, async () => {
    const client = new MtWorkerClient();
    try {
      const error = await rejection(client.translate(openai('locked'), request));
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('MT_AUTH');
      // The worker is still there for the next call.
      expect(await client.translate(openai('fast'), { ...request, segments: ['Satu kalimat saja di sini.'] })).toEqual(['EN: Satu kalimat saja di sini.']);
      expect(client.starts).toBe(1);
    } finally {
      await client.close();
    }
  });

  it('cancel rejects at once with the signal’s reason, sends no further request, and keeps the worker', { timeout: 60_000 }, async () => {
    const client = new MtWorkerClient();
    try {
      const controller = new AbortController();
      const progress: number[] = [];
      let before = 0;
      const running = client.translate(openai('slow'), request, {
        signal: controller.signal,
        onProgress: (done) => {
          progress.push(done);
          before = requests;
          controller.abort(new Error('user cancelled'));
        },
      });
      const error = await rejection(running);
      expect((error as Error).message).toBe('user cancelled');
      await new Promise((resolve) => setTimeout(resolve, 800));
      // The first batch's progress triggered the cancel; at most the second request, already on its way, followed.
      expect(progress).toEqual([20]);
      expect(requests - before).toBeLessThanOrEqual(1);
      expect(client.started).toBe(true);
      expect(client.starts).toBe(1);
      // An already-aborted signal never reaches the worker.
      await expect(client.translate(openai('fast'), request, { signal: AbortSignal.abort(new Error('too late')) })).rejects.toThrow('too late');
    } finally {
      await client.close();
    }
  });

  it('terminates a worker that ignores a cancel past the grace period; its other calls get MT_UNAVAILABLE and the next call starts afresh', { timeout: 60_000 }, async () => {
    const client = new MtWorkerClient({ cancelGraceMs: 300 });
    try {
      await client.translate(openai('fast'), { ...request, segments: ['Pemanasan dulu sebelum mulai.'] });
      const controller = new AbortController();
      const cancelled = client.translate(openai('slow'), request, { signal: controller.signal });
      const bystander = rejection(client.translate(openai('slow'), request));
      // The worker's thread is busy as in a long WASM batch: the cancel cannot be read.
      client.stallForTest(5_000);
      controller.abort(new Error('user cancelled'));
      const started = performance.now();
      await expect(cancelled).rejects.toThrow('user cancelled');
      expect(await bystander).toMatchObject({ code: 'MT_UNAVAILABLE' });
      // Terminated after the grace period, not after the 5 s stall.
      expect(performance.now() - started).toBeLessThan(3_000);
      expect(client.started).toBe(false);
      expect(await client.translate(openai('fast'), { ...request, segments: ['Sesudah itu semua berjalan lagi.'] })).toEqual(['EN: Sesudah itu semua berjalan lagi.']);
      expect(client.starts).toBe(2);
    } finally {
      await client.close();
    }
  });

  it('a crashed worker fails pending calls with MT_UNAVAILABLE, and the next call starts a fresh one', { timeout: 60_000 }, async () => {
    const client = new MtWorkerClient();
    try {
      const pending = client.translate(openai('slow'), request);
      client.crashForTest();
      const error = await rejection(pending);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('MT_UNAVAILABLE');
      expect((error as AppError).message).toMatch(/exit code 70/);
      const again = await client.translate(openai('fast'), request);
      expect(again).toHaveLength(45);
      expect(client.starts).toBe(2);
    } finally {
      await client.close();
    }
  });

  it('stops an idle worker after the idle time and starts one again when needed; close() rejects pending calls', { timeout: 60_000 }, async () => {
    const client = new MtWorkerClient({ idleMs: 200 });
    try {
      await client.translate(openai('fast'), { ...request, segments: ['Hanya satu kalimat pendek ini.'] });
      expect(client.started).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(client.started).toBe(false);
      const pending = rejection(client.translate(openai('slow'), request));
      expect(client.starts).toBe(2);
      await client.close();
      expect(await pending).toMatchObject({ code: 'MT_UNAVAILABLE' });
      expect(client.started).toBe(false);
    } finally {
      await client.close();
    }
  });
});

describe('MtWorkerClient with the Bergamot engine', () => {
  let scratch: string;
  const client = new MtWorkerClient();
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'redaksi-mt-worker-'));
  });
  afterAll(async () => {
    await client.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('loads the WASM in the worker and constructs the BlockingService', { timeout: 60_000 }, async () => {
    const stats = await client.warmUp();
    expect(stats.serviceReady).toBe(true);
    expect(stats.instances).toBe(1);
    expect(stats.compileMs).toBeGreaterThan(0);
  });

  it('answers MT_NO_MODEL without a manifest, and MT_MODEL_INVALID for garbage files, twice, with the worker still answering', { timeout: 60_000 }, async () => {
    const noModel = await rejection(client.translate({ kind: 'bergamot', modelDir: join(scratch, 'none') }, request));
    expect((noModel as AppError).code).toBe('MT_NO_MODEL');

    const dir = join(scratch, 'id-en');
    const junk = (name: string, size: number) => ({ name, bytes: Uint8Array.from({ length: size }, (_, i) => (i * 7919) % 251) });
    await writeModelFolder(dir, {
      from: 'id',
      to: 'en',
      model: junk('model.iden.intgemm.alphas.bin', 50_000),
      lex: junk('lex.50.50.iden.s2t.bin', 5_000),
      vocabs: [junk('vocab.iden.spm', 9_000)],
    });
    for (let attempt = 0; attempt < 2; attempt++) {
      const invalid = await rejection(client.translate({ kind: 'bergamot', modelDir: dir }, request));
      expect(invalid).toBeInstanceOf(AppError);
      expect((invalid as AppError).code).toBe('MT_MODEL_INVALID');
    }
    // The same worker, not a restarted one, still serves other engines.
    expect(await client.translate(openai('fast'), { ...request, segments: ['Masih hidup dan menjawab.'] })).toEqual(['EN: Masih hidup dan menjawab.']);
    expect(client.starts).toBe(1);
  });
});
