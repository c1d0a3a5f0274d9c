/**
 * Worker-thread entry that hosts every machine-translation engine (src-main/mt/): main sends a
 * job with the engine's configuration and the batch, and gets progress and the translations back,
 * so neither Bergamot's blocking WASM batches nor an HTTP engine's retries ever touch IPC.
 * Protocol and lifecycle: src-main/mt/mtWorkerClient.ts. Jobs run concurrently; each ends with
 * exactly one `done`, `error` (with its AppError code) or `cancelled`.
 */
import { parentPort } from 'node:worker_threads';
import { isErrorCode } from '../../src-preload/contract/errors.ts';
import { AppError } from '../services/appError.ts';
import { createEngine } from '../mt/createEngine.ts';
import { loadBergamotRuntime } from '../mt/engines/bergamotEngine.ts';
import type { MtEngine, MtEngineConfig, MtRequest } from '../mt/mtEngine.ts';
import type { MtWorkerMessage, MtWorkerRequest } from '../mt/mtWorkerClient.ts';

const post = (message: MtWorkerMessage) => parentPort!.postMessage(message);

/**
 * Engines by configuration, so a Bergamot model stays loaded between calls (its WASM runtime and
 * models are per worker anyway) and HTTP engines keep their settings. A few at most: settings
 * change rarely, and an old key should not linger in memory for long.
 */
const engines = new Map<string, MtEngine>();
const maxEngines = 6;

function engineFor(config: MtEngineConfig): MtEngine {
  const key = JSON.stringify(config);
  let engine = engines.get(key);
  if (engine) {
    // Most recently used last.
    engines.delete(key);
  } else {
    engine = createEngine(config);
    if (engines.size >= maxEngines) engines.delete(engines.keys().next().value!);
  }
  engines.set(key, engine);
  return engine;
}

const jobs = new Map<number, AbortController>();

async function translate(id: number, config: MtEngineConfig, request: MtRequest): Promise<void> {
  const controller = new AbortController();
  jobs.set(id, controller);
  try {
    const translations = await engineFor(config).translate(request, {
      signal: controller.signal,
      onProgress: (done) => {
        if (!controller.signal.aborted) post({ type: 'progress', id, done });
      },
    });
    if (controller.signal.aborted) post({ type: 'cancelled', id });
    else post({ type: 'done', id, translations });
  } catch (error) {
    if (controller.signal.aborted) post({ type: 'cancelled', id });
    else if (error instanceof AppError && isErrorCode(error.code)) post({ type: 'error', id, code: error.code, message: error.message });
    // A bug or an engine failure we did not foresee: still an answer, never a silent hang.
    else post({ type: 'error', id, code: 'MT_UNAVAILABLE', message: `the translation engine failed: ${(error as Error)?.message ?? String(error)}` });
  } finally {
    jobs.delete(id);
  }
}

async function warmUp(id: number): Promise<void> {
  try {
    post({ type: 'warmed-up', id, stats: await loadBergamotRuntime() });
  } catch (error) {
    post({ type: 'error', id, code: 'MT_UNAVAILABLE', message: `the offline engine could not start: ${(error as Error)?.message ?? String(error)}` });
  }
}

parentPort!.on('message', (message: MtWorkerRequest) => {
  switch (message.type) {
    case 'translate':
      void translate(message.id, message.config, message.request);
      break;
    case 'cancel':
      jobs.get(message.id)?.abort(new DOMException('The translation was cancelled.', 'AbortError'));
      break;
    case 'warm-up':
      void warmUp(message.id);
      break;
    case 'stall': {
      // Deliberately synchronous: nothing else (a cancel included) runs until it ends.
      const until = performance.now() + message.ms;
      while (performance.now() < until);
      break;
    }
    case 'crash':
      process.exit(70);
  }
});
