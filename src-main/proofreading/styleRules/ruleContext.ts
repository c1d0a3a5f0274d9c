/**
 * What every style rule gets: the text, its tokens (tokenized once for all rules), the UI language
 * for messages, and `report`, which builds a Finding whose `text` is always `text.slice(start, end)`.
 */
import type { Lang, UiLanguage } from '../../../src-preload/contract/domain.ts';
import type { Token } from '../../language/tokenize.ts';
import type { Finding, FindingKind } from '../finding.ts';

/** A message in both UI languages; the rule picks one when it reports. */
export interface Bilingual {
  id: string;
  en: string;
}

export interface RuleContext {
  text: string;
  lang: Lang;
  tokens: readonly Token[];
  /** Indices into `tokens` of the tokens that are not white space, in order. */
  solid: readonly number[];
  /** `tokens[i].text.toLowerCase()` for words, computed once for all rules ('' for other tokens). */
  lower: readonly string[];
  ui: UiLanguage;
  report(kind: FindingKind, rule: string, start: number, end: number, message: Bilingual, suggestions: string[]): void;
}

export function createRuleContext(text: string, lang: Lang, tokens: readonly Token[], ui: UiLanguage, out: Finding[]): RuleContext {
  const solid: number[] = [];
  const lower: string[] = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    lower[i] = t.kind === 'word' ? t.text.toLowerCase() : '';
    if (t.kind !== 'space') solid.push(i);
  }
  return {
    text,
    lang,
    tokens,
    solid,
    lower,
    ui,
    report(kind, rule, start, end, message, suggestions) {
      out.push({ kind, rule, start, end, text: text.slice(start, end), message: message[ui], suggestions });
    },
  };
}

/** Gives `replacement` the case pattern of `original`: "DIRUMAH" -> "DI RUMAH", "Resiko" -> "Risiko". */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const first = original.match(/\p{L}/u)?.[0];
  if (first !== undefined && first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Starts with a capital but is not all capitals: a name ("Jakarta", "Bora"). */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
}

/** tokens[solid[s]] and tokens[solid[s + 1]] are separated by exactly one space (no line break). */
export function singleSpaceAfter(ctx: RuleContext, s: number): boolean {
  const a = ctx.solid[s];
  const b = ctx.solid[s + 1];
  if (a === undefined || b !== a + 2) return false;
  const gap = ctx.tokens[a + 1]!.text;
  return gap === ' ' || gap === '\u00a0';
}

export function isAllCaps(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

/** Words before a dotted number that make it a version, section or reference, not a quantity. */
export const referenceWords = new Set([
  'versi', 'version', 'v', 'pasal', 'ayat', 'bab', 'bagian', 'butir', 'poin', 'section', 'chapter', 'article',
  'no', 'nomor', 'tabel', 'table', 'gambar', 'figure', 'fig', 'ip', 'rilis', 'release', 'sub', 'subbab',
]);

