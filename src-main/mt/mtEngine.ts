/**
 * The machine-translation engine interface (issue 7). Every engine — Bergamot on the laptop, an
 * OpenAI-compatible chat endpoint, LibreTranslate, DeepL — translates a batch of segments the
 * same way, so the desk, pre-translation and the CLI never care which one runs.
 *
 * Engines run inside the MT worker (src-main/workers/mtWorker.ts), never on the main thread:
 * main sends the engine's settings (with its key, decrypted by main) and the batch, and gets
 * progress and the translations back. Errors cross the worker boundary as AppError codes
 * (MT_* in src-preload/contract/errors.ts), so the renderer can show a translated message.
 */
import type { Lang } from '../../src-preload/contract/domain.ts';

/** What kind of engine a configuration is for. */
export type MtEngineKind = 'bergamot' | 'openai' | 'libretranslate' | 'deepl';

/** A glossary term the engine should use: the source wording and the translation to use for it. */
export interface GlossaryHint {
  source: string;
  target: string;
}

/** One batch to translate. */
export interface MtRequest {
  from: Lang;
  to: Lang;
  /**
   * The segments, in order. When `markup` is true each is an HTML fragment (inline tags such as
   * `<b>`, `<i>`, `<a>` around HTML-escaped text: `&amp;`, `&lt;`, `&gt;`) that the engine sends in
   * its HTML mode and returns as HTML; otherwise they are plain text. The desk sends plain text: a
   * target is stored plain and the source's inline marks are put back at assembly (assembleTarget.ts).
   */
  segments: readonly string[];
  markup: boolean;
  /** Terms found in these segments (may be empty). Engines that can take hints get them. */
  glossary: readonly GlossaryHint[];
}

/** How a running translation reports back and is stopped. */
export interface MtRunContext {
  /** Aborted when the user cancels: stop sending requests and reject with the abort reason. */
  signal: AbortSignal;
  /** Called with how many segments of the batch are translated so far. */
  onProgress(done: number): void;
}

export interface MtEngine {
  readonly kind: MtEngineKind;
  /** True when nothing leaves the machine (Bergamot). */
  readonly offline: boolean;
  /**
   * Translates every segment; the result has exactly one string per input segment, in order.
   * Rejects with AppError MT_UNAVAILABLE / MT_AUTH / MT_QUOTA / MT_TIMEOUT / MT_BAD_REPLY /
   * MT_NO_MODEL, or with the signal's reason when cancelled. Never returns made-up text: a
   * segment the engine did not translate is an error, not an echo of the source.
   */
  translate(request: MtRequest, context: MtRunContext): Promise<string[]>;
}

/** Settings an HTTP engine is built from (main keeps them; the key is decrypted only for the call). */
export interface HttpEngineOptions {
  /** Base address, e.g. `http://127.0.0.1:11434/v1` for an OpenAI-compatible server. */
  baseUrl: string;
  /** API key, or null when the server needs none. Never logged, never sent to any other host. */
  apiKey: string | null;
  /** Per request, default 30 000 ms. */
  timeoutMs?: number;
  /** Retries after a timeout, a 429 or a 5xx, with exponential backoff; default 2. */
  retries?: number;
  /** First backoff delay, default 500 ms (tests pass a few ms). */
  backoffMs?: number;
}

/** Every engine's configuration, as main hands it to the worker. */
export type MtEngineConfig =
  | { kind: 'bergamot'; /** Folder holding the direction's model files (see models/). */ modelDir: string }
  | ({ kind: 'openai'; /** Model name the server knows, e.g. "llama3.1:8b". */ model: string } & HttpEngineOptions)
  | ({ kind: 'libretranslate' } & HttpEngineOptions)
  | ({ kind: 'deepl' } & HttpEngineOptions);
