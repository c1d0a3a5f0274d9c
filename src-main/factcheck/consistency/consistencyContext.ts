/**
 * What every consistency check reads, computed once per text: tokens, words with their sentence and
 * neighbours, sentences, parsed values and paragraph starts; plus the small helpers the checks share
 * (edit distance, where a place is for a message, finding construction).
 */
import type { Lang, UiLanguage } from '../../../src-preload/contract/domain.ts';
import { parseValues, type ParsedValue } from '../../language/parseValues.ts';
import { splitSentences, type Sentence } from '../../language/splitSentences.ts';
import { tokenize, type Span, type Token } from '../../language/tokenize.ts';
import type { Finding, FindingKind } from '../../proofreading/finding.ts';

export interface Word {
  token: Token;
  /** Index in `words`. */
  index: number;
  /** Index in `sentences` (-1 outside every sentence). */
  sentence: number;
  /** The first word of its sentence. */
  initial: boolean;
  /** Only spaces (no line break, no punctuation) separate it from the previous word. */
  joinedToPrev: boolean;
  /** The token after it (skipping one space) is this punctuation, e.g. "," for an appositive. */
  punctAfter: string;
  lower: string;
}

export interface ConsistencyContext {
  text: string;
  lang: Lang;
  ui: UiLanguage;
  tokens: readonly Token[];
  words: readonly Word[];
  sentences: readonly Sentence[];
  values: readonly ParsedValue[];
  /** Offsets where paragraphs start (blank-line separated; single line breaks when there is no blank line). */
  paragraphStarts: readonly number[];
  defaultYear: number | undefined;
  /** Lower-cased forms of every word written in lower case somewhere: a capital there is only sentence case. */
  lowerSeen: ReadonlySet<string>;
}

/** Tokens, sentences and values of the text when the caller already has them (see ConsistencyOptions). */
export interface Precomputed {
  tokens?: readonly Token[];
  sentences?: readonly Sentence[];
  values?: readonly ParsedValue[];
}

export function buildContext(text: string, lang: Lang, ui: UiLanguage, defaultYear: number | undefined, given: Precomputed = {}): ConsistencyContext {
  const tokens = given.tokens ?? tokenize(text, { lang });
  const sentences = given.sentences ?? splitSentences(text, { tokens });
  // No defaultYear here: the date checks take a missing year from the dates around it first.
  const values = given.values ?? parseValues(text, { lang, tokens });
  const words: Word[] = [];
  const lowerSeen = new Set<string>();
  let s = 0;
  let lastSentence = -2;
  let prev: Token | undefined;
  let prevPrev: Token | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') {
      while (s < sentences.length && sentences[s]!.end <= t.start) s++;
      const inSentence = s < sentences.length && sentences[s]!.start <= t.start ? s : -1;
      const joined = prev?.kind === 'space' && !prev.text.includes('\n') && prevPrev?.kind === 'word';
      let after = tokens[i + 1];
      if (after?.kind === 'space' && !after.text.includes('\n')) after = tokens[i + 2];
      const lower = t.text.toLowerCase();
      if (lower === t.text) lowerSeen.add(lower);
      words.push({
        token: t,
        index: words.length,
        sentence: inSentence,
        initial: inSentence !== lastSentence,
        joinedToPrev: joined && inSentence === lastSentence,
        punctAfter: after?.kind === 'punctuation' ? after.text : '',
        lower,
      });
      lastSentence = inSentence;
    }
    prevPrev = prev;
    prev = t;
  }
  const paragraphStarts = [0];
  const breaks = /\n[ \t]*\n\s*/g.test(text) ? /\n[ \t]*\n\s*/g : /\n\s*/g;
  for (const m of text.matchAll(breaks)) paragraphStarts.push(m.index + m[0].length);
  return { text, lang, ui, tokens, words, sentences, values, paragraphStarts, defaultYear, lowerSeen };
}

/** 1-based paragraph number of an offset. */
export function paragraphOf(ctx: ConsistencyContext, at: number): number {
  let lo = 0;
  let hi = ctx.paragraphStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.paragraphStarts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** "di paragraf 2" / "in paragraph 2", or "in this paragraph" when both places share one. */
export function placeOf(ctx: ConsistencyContext, here: number, there: number): string {
  const p = paragraphOf(ctx, there);
  if (p === paragraphOf(ctx, here)) return ctx.ui === 'id' ? 'di paragraf ini' : 'in this paragraph';
  return ctx.ui === 'id' ? `di paragraf ${p}` : `in paragraph ${p}`;
}

export function makeFinding(
  ctx: ConsistencyContext,
  kind: FindingKind,
  rule: string,
  here: Span,
  related: Span,
  message: { id: string; en: string },
  suggestions: string[] = [],
): Finding {
  return {
    kind,
    rule,
    start: here.start,
    end: here.end,
    text: ctx.text.slice(here.start, here.end),
    message: message[ctx.ui],
    suggestions,
    related: { start: related.start, end: related.end, text: ctx.text.slice(related.start, related.end) },
  };
}

/**
 * Damerau-Levenshtein (optimal string alignment) distance, giving up above `limit` (returns limit + 1),
 * so comparing every pair of names stays cheap.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2]! + 1);
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

export function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Starts with a-z: neither a name nor an acronym, told without a regular expression (most words are). */
export const startsLowerAscii = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122;
};
/** Capitalised, not all capitals: how a name is written ("Rudiantara", not "BPS", not "rapat"). */
export const isNameCased = (s: string): boolean => !startsLowerAscii(s) && /^\p{Lu}[\p{Ll}\p{M}]/u.test(s) && !/^\p{Lu}+$/u.test(s);
/** "BPS", "KPK", "WHO": two to eight capitals. */
export const isAcronym = (s: string): boolean => !startsLowerAscii(s) && /^\p{Lu}{2,8}$/u.test(s);
