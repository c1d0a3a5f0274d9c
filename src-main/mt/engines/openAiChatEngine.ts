/**
 * An OpenAI-compatible chat endpoint (Ollama, llama.cpp server, LM Studio, vLLM, or a hosted
 * one): `POST ${baseUrl}/chat/completions` with `{model, messages: [system, user], temperature: 0}`
 * and `Authorization: Bearer KEY` only when a key is set. The segments go as a JSON array of
 * strings and the model must answer with a JSON array of the same length; the system prompt
 * carries the direction, the glossary terms and the rules about numbers, names and quotes.
 *
 * A language model can misbehave in ways a translation API does not (chatty prose, a code fence,
 * a short list, the source handed back), so the reply is parsed leniently but checked strictly.
 */
import { AppError } from '../../services/appError.ts';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { GlossaryHint, HttpEngineOptions, MtEngine, MtRequest, MtRunContext } from '../mtEngine.ts';
import { endpointUrl, fetchWithRetry, retryOptionsFor } from './fetchWithRetry.ts';
import { expectTranslations, readJson, runBatches, type BatchLimits } from './runBatches.ts';

/** Small batches keep a local model's context short and its answers aligned with the input. */
const limits: BatchLimits = { maxSegments: 20, maxChars: 6_000 };
const name = 'The chat model';

const languageName: Record<Lang, string> = { id: 'Indonesian', en: 'English' };

export type OpenAiChatOptions = HttpEngineOptions & { model: string };

export class OpenAiChatEngine implements MtEngine {
  readonly kind = 'openai';
  readonly offline = false;
  private readonly options: OpenAiChatOptions;

  constructor(options: OpenAiChatOptions) {
    this.options = options;
  }

  async translate(request: MtRequest, context: MtRunContext): Promise<string[]> {
    context.signal.throwIfAborted();
    const url = endpointUrl(this.options.baseUrl, '/chat/completions');
    const system = chatSystemPrompt(request);
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (this.options.apiKey) headers.authorization = `Bearer ${this.options.apiKey}`;
    return runBatches(request.segments, limits, context, async (batch) => {
      const body = {
        model: this.options.model,
        messages: [
          { role: 'system', content: system },
          { role: 'user', content: JSON.stringify(batch) },
        ],
        temperature: 0,
      };
      const response = await fetchWithRetry(url, { method: 'POST', headers, body: JSON.stringify(body) }, retryOptionsFor(this.options, context.signal));
      const reply = await readJson(response, name);
      return parseChatTranslations(reply, batch);
    });
  }
}

/** The system message for a request: direction, rules, glossary terms and, with markup, the tags. */
export function chatSystemPrompt(request: Pick<MtRequest, 'from' | 'to' | 'markup' | 'glossary'>): string {
  const from = languageName[request.from];
  const to = languageName[request.to];
  const lines = [
    `You are a professional news translator. Translate from ${from} to ${to}.`,
    `The user sends a JSON array of strings, each one a sentence or short passage of a news article. Translate each string on its own into ${to}.`,
    'Rules:',
    '- Keep every number, amount, currency, percentage, date and time with exactly the same value; change only how it is written where the target language requires it (decimal and thousands separators, month and day names, word order of dates).',
    '- Keep names of people, places, organisations and products exactly as written; do not translate or correct them.',
    '- Keep quotation marks where the source has them: quoted speech stays quoted, and nothing outside the quotes moves into them.',
    '- Do not add, drop, summarise or explain anything.',
  ];
  const glossary = uniqueHints(request.glossary);
  if (glossary.length > 0) {
    lines.push(`- Use these glossary terms (${from} → ${to}), inflected as the sentence needs:`);
    for (const hint of glossary) lines.push(`  ${JSON.stringify(hint.source)} → ${JSON.stringify(hint.target)}`);
  }
  if (request.markup) {
    lines.push(
      '- The strings contain inline tags such as <b>, <i>, <u>, <s>, <code> and <a data-m="1">. Keep every tag with its attributes exactly, around the words that translate the tagged words; never add or remove a tag.',
    );
  }
  lines.push(
    `Answer with ONLY a JSON array of strings: one ${to} translation per input string, in the same order, as many strings as you were given. No explanations, no notes, no code fences.`,
  );
  return lines.join('\n');
}

function uniqueHints(glossary: readonly GlossaryHint[]): GlossaryHint[] {
  const seen = new Set<string>();
  const out: GlossaryHint[] = [];
  for (const hint of glossary) {
    const key = `${hint.source}\u0000${hint.target}`;
    if (seen.has(key) || !hint.source.trim() || !hint.target.trim()) continue;
    seen.add(key);
    out.push(hint);
  }
  return out;
}

/**
 * The translations in a chat completion reply (`choices[0].message.content`): a JSON array of
 * strings, possibly inside a ```json fence or after a line of chat, or an object whose only value
 * is that array. Anything else, a wrong count, or the whole batch handed back unchanged is
 * MT_BAD_REPLY — an echo must never be stored as a translation.
 */
export function parseChatTranslations(reply: unknown, batch: readonly string[]): string[] {
  const content = messageContent(reply);
  if (content === null) throw new AppError('MT_BAD_REPLY', `${name} answered without a message (no choices[0].message.content).`);
  const parsed = parseJsonArrayText(content);
  if (parsed === undefined) throw new AppError('MT_BAD_REPLY', `${name} did not answer with a JSON list of translations.`);
  const translations = expectTranslations(parsed, batch, name);
  if (isEcho(translations, batch)) throw new AppError('MT_BAD_REPLY', `${name} returned the source text unchanged instead of translating it.`);
  return translations;
}

function messageContent(reply: unknown): string | null {
  if (!reply || typeof reply !== 'object') return null;
  const choices = (reply as { choices?: unknown }).choices;
  if (!Array.isArray(choices)) return null;
  const message = (choices[0] as { message?: unknown } | undefined)?.message;
  const content = message && typeof message === 'object' ? (message as { content?: unknown }).content : undefined;
  return typeof content === 'string' ? content : null;
}

/** The array in `content`, or undefined when there is none to find. */
function parseJsonArrayText(content: string): unknown[] | undefined {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(content);
  const candidates = [content.trim()];
  if (fenced?.[1]) candidates.push(fenced[1].trim());
  const first = content.indexOf('[');
  const last = content.lastIndexOf(']');
  if (first >= 0 && last > first) candidates.push(content.slice(first, last + 1));
  for (const candidate of candidates) {
    let value: unknown;
    try {
      value = JSON.parse(candidate);
    } catch {
      continue;
    }
    if (Array.isArray(value)) return value;
    if (value && typeof value === 'object') {
      const values = Object.values(value);
      if (values.length === 1 && Array.isArray(values[0])) return values[0] as unknown[];
    }
  }
  return undefined;
}

/**
 * True when every string came back exactly as sent and at least one is a real sentence (four
 * words or more): short items such as names or figures may legitimately stay the same.
 */
function isEcho(translations: readonly string[], batch: readonly string[]): boolean {
  const unchanged = translations.every((text, index) => text.trim() === (batch[index] ?? '').trim());
  return unchanged && batch.some((text) => text.trim().split(/\s+/).length >= 4);
}
