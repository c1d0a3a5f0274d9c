/**
 * The batching loop the HTTP engines share: cut the segments into requests a server accepts,
 * send them one after another, report progress after each, stop between requests when the user
 * cancels, and check that every reply has one real translation per segment.
 */
import { AppError } from '../../services/appError.ts';
import type { MtRunContext } from '../mtEngine.ts';

/** How big one request may get. */
export interface BatchLimits {
  /** Most segments per request. */
  maxSegments: number;
  /** Most characters per request (a longer single segment still goes, alone). */
  maxChars: number;
}

/** Splits `segments` into consecutive batches within `limits`, never dropping or reordering one. */
export function splitIntoBatches(segments: readonly string[], limits: BatchLimits): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const segment of segments) {
    if (current.length > 0 && (current.length >= limits.maxSegments || chars + segment.length > limits.maxChars)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(segment);
    chars += segment.length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Translates `segments` batch by batch with `translateBatch`, in order. Blank segments (empty or
 * only spaces) are not sent — there is nothing to translate and some servers refuse them — and
 * come back as they were. `onProgress` counts every segment done, blank ones included.
 */
export async function runBatches(
  segments: readonly string[],
  limits: BatchLimits,
  context: MtRunContext,
  translateBatch: (batch: string[]) => Promise<string[]>,
): Promise<string[]> {
  context.signal.throwIfAborted();
  const results: (string | undefined)[] = segments.map((segment) => (segment.trim() === '' ? segment : undefined));
  const toSend: number[] = [];
  segments.forEach((segment, index) => {
    if (results[index] === undefined) toSend.push(index);
  });
  let done = segments.length - toSend.length;
  let offset = 0;
  for (const batch of splitIntoBatches(
    toSend.map((index) => segments[index] ?? ''),
    limits,
  )) {
    context.signal.throwIfAborted();
    const translated = await translateBatch(batch);
    context.signal.throwIfAborted();
    translated.forEach((text, i) => {
      results[toSend[offset + i] ?? -1] = text;
    });
    offset += batch.length;
    done += batch.length;
    context.onProgress(done);
  }
  return results.map((text) => text ?? '');
}

/**
 * `value` as one translation per segment of `batch`, or MT_BAD_REPLY: not an array, a wrong
 * count, something that is not a string, or an empty translation of a non-empty segment (an
 * untranslated segment is an error, never filled in with anything).
 */
export function expectTranslations(value: unknown, batch: readonly string[], engineName: string): string[] {
  if (!Array.isArray(value)) {
    throw new AppError('MT_BAD_REPLY', `${engineName} did not answer with a list of translations.`);
  }
  if (value.length !== batch.length) {
    throw new AppError('MT_BAD_REPLY', `${engineName} returned ${value.length} translations for ${batch.length} segments.`);
  }
  value.forEach((item, index) => {
    if (typeof item !== 'string') throw new AppError('MT_BAD_REPLY', `${engineName} returned something other than text for segment ${index + 1}.`);
    if (item.trim() === '') throw new AppError('MT_BAD_REPLY', `${engineName} returned an empty translation for segment ${index + 1}.`);
  });
  return value as string[];
}

/** The reply body parsed as JSON, or MT_BAD_REPLY. */
export async function readJson(response: Response, engineName: string): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('MT_BAD_REPLY', `${engineName} answered with something that is not JSON.`);
  }
}
