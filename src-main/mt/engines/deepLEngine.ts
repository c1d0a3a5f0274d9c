/**
 * DeepL: `POST ${baseUrl}/v2/translate` with `Authorization: DeepL-Auth-Key KEY` and JSON
 * `{text: string[], source_lang, target_lang, preserve_formatting: true, tag_handling?: 'html'}`,
 * answered with `{translations: [{detected_source_language, text}]}`, one per text, in order.
 * At most 50 texts per request. 403 is a refused key, 456 a used-up quota, 429 is retried.
 *
 * Glossary hints are NOT sent: DeepL takes terms only through glossaries created beforehand with
 * a separate API, and Redaksi does not create anything in the user's account. The translation QA
 * checks the terms in DeepL's output like any other.
 */
import { AppError } from '../../services/appError.ts';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { HttpEngineOptions, MtEngine, MtRequest, MtRunContext } from '../mtEngine.ts';
import { endpointUrl, fetchWithRetry, retryOptionsFor } from './fetchWithRetry.ts';
import { expectTranslations, readJson, runBatches, type BatchLimits } from './runBatches.ts';

/** 50 texts is DeepL's limit; the character cap keeps the body far under its 128 KiB limit. */
const limits: BatchLimits = { maxSegments: 50, maxChars: 30_000 };
const name = 'DeepL';

/** DeepL's language codes: plain for the source, a variant for English as a target. */
const sourceCode: Record<Lang, string> = { id: 'ID', en: 'EN' };
const targetCode: Record<Lang, string> = { id: 'ID', en: 'EN-US' };

export class DeepLEngine implements MtEngine {
  readonly kind = 'deepl';
  readonly offline = false;
  private readonly options: HttpEngineOptions;

  constructor(options: HttpEngineOptions) {
    this.options = options;
  }

  async translate(request: MtRequest, context: MtRunContext): Promise<string[]> {
    context.signal.throwIfAborted();
    const url = endpointUrl(this.options.baseUrl, '/v2/translate');
    const key = this.options.apiKey;
    // Every DeepL call needs a key: say so without sending anything.
    if (!key) throw new AppError('MT_AUTH', 'DeepL needs an API key; none is set.');
    return runBatches(request.segments, limits, context, async (batch) => {
      const body: Record<string, unknown> = {
        text: batch,
        source_lang: sourceCode[request.from],
        target_lang: targetCode[request.to],
        preserve_formatting: true,
      };
      if (request.markup) body.tag_handling = 'html';
      const response = await fetchWithRetry(
        url,
        {
          method: 'POST',
          headers: { authorization: `DeepL-Auth-Key ${key}`, 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(body),
        },
        retryOptionsFor(this.options, context.signal),
      );
      const reply = await readJson(response, name);
      const translations = reply && typeof reply === 'object' ? (reply as { translations?: unknown }).translations : undefined;
      const texts = Array.isArray(translations)
        ? translations.map((item: unknown) => (item && typeof item === 'object' ? (item as { text?: unknown }).text : undefined))
        : translations;
      return expectTranslations(texts, batch, name);
    });
  }
}
