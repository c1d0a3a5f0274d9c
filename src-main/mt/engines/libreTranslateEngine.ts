/**
 * LibreTranslate (self-hosted or an account): `POST ${baseUrl}/translate` with JSON
 * `{q: string[], source, target, format: 'text'|'html', api_key?}`, answered with
 * `{translatedText: string[]}` (one per `q`, in order) or `{error: "…"}` with 400/403/429/500.
 *
 * LibreTranslate takes no glossary, so the hints are not sent; the translation QA still checks
 * the terms afterwards. The key, when set, travels in the body as the API expects, to this server only.
 */
import type { HttpEngineOptions, MtEngine, MtRequest, MtRunContext } from '../mtEngine.ts';
import { endpointUrl, fetchWithRetry, retryOptionsFor } from './fetchWithRetry.ts';
import { expectTranslations, readJson, runBatches, type BatchLimits } from './runBatches.ts';

/** Modest requests: public instances cap characters per request, and progress stays visible. */
const limits: BatchLimits = { maxSegments: 20, maxChars: 5_000 };
const name = 'LibreTranslate';

export class LibreTranslateEngine implements MtEngine {
  readonly kind = 'libretranslate';
  readonly offline = false;
  private readonly options: HttpEngineOptions;

  constructor(options: HttpEngineOptions) {
    this.options = options;
  }

  async translate(request: MtRequest, context: MtRunContext): Promise<string[]> {
    context.signal.throwIfAborted();
    const url = endpointUrl(this.options.baseUrl, '/translate');
    return runBatches(request.segments, limits, context, async (batch) => {
      const body: Record<string, unknown> = { q: batch, source: request.from, target: request.to, format: request.markup ? 'html' : 'text' };
      if (this.options.apiKey) body.api_key = this.options.apiKey;
      const response = await fetchWithRetry(
        url,
        { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) },
        retryOptionsFor(this.options, context.signal),
      );
      const reply = await readJson(response, name);
      const translated = reply && typeof reply === 'object' ? (reply as { translatedText?: unknown }).translatedText : undefined;
      return expectTranslations(translated, batch, name);
    });
  }
}
