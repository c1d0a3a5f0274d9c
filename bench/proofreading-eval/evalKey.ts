/**
 * The shape of the proofreading evaluation set (README.md here) and how to read it: the rule ids
 * the answer key uses, each with its finding kind and the family a scorer matches on, and
 * loaders for the generated articles and keys. Shared by the generator, its test and the
 * baselines, so a rule id is spelled in one place.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const evalDir = import.meta.dirname;
export const sourceDir = join(evalDir, 'source');
export const articlesDir = join(evalDir, 'articles');
export const keyDir = join(evalDir, 'key');

/** The finding kinds of src-main/proofreading/finding.ts that the key uses. */
export type EvalKind = 'spelling' | 'style' | 'number' | 'date';

/**
 * A family groups rules a scorer may confuse without penalty: a checker that reports "dirumah"
 * under a different di/ke rule id still found the problem. The goals are stated per
 * family (spelling recall, di-/ke- recall, weekday mismatches).
 */
export type EvalFamily = 'spelling' | 'nonstandard' | 'di-ke' | 'compound' | 'number' | 'punctuation' | 'repetition' | 'weekday';

export interface EvalRule {
  kind: EvalKind;
  family: EvalFamily;
  /** Fewest instances across articles 01–10 (the set's promise; the test enforces it). */
  minInSet: number;
  /** Whether every one of articles 01–10 contains at least one. */
  inEveryPlantedArticle: boolean;
  /** What the span covers, for the README and for anyone writing a scorer. */
  span: string;
}

export const evalRules = {
  'spelling.unknown': { kind: 'spelling', family: 'spelling', minInSet: 8, inEveryPlantedArticle: true, span: 'the misspelled word' },
  'spelling.real-word': { kind: 'spelling', family: 'spelling', minInSet: 3, inEveryPlantedArticle: false, span: 'the correctly spelled but wrong word' },
  'id.nonstandard': { kind: 'style', family: 'nonstandard', minInSet: 8, inEveryPlantedArticle: true, span: 'the non-standard word' },
  'id.di-ke-apart': { kind: 'style', family: 'di-ke', minInSet: 8, inEveryPlantedArticle: true, span: 'the joined word, e.g. "dirumah"' },
  'id.di-prefix-joined': { kind: 'style', family: 'di-ke', minInSet: 8, inEveryPlantedArticle: true, span: '"di", the space and the verb' },
  'id.compound-joined': { kind: 'style', family: 'compound', minInSet: 8, inEveryPlantedArticle: true, span: 'both parts and the space between' },
  'id.number-format': { kind: 'number', family: 'number', minInSet: 8, inEveryPlantedArticle: true, span: 'the number' },
  'id.percent-spacing': { kind: 'number', family: 'number', minInSet: 8, inEveryPlantedArticle: true, span: 'the space and the "%"' },
  'id.rupiah-spacing': { kind: 'number', family: 'number', minInSet: 8, inEveryPlantedArticle: true, span: 'the currency symbol as written, e.g. "Rp." or "US $"' },
  'punct.space-before': { kind: 'style', family: 'punctuation', minInSet: 8, inEveryPlantedArticle: true, span: 'the space(s) and the punctuation mark' },
  'punct.space-after': { kind: 'style', family: 'punctuation', minInSet: 8, inEveryPlantedArticle: true, span: 'the punctuation mark' },
  'punct.unbalanced': { kind: 'style', family: 'punctuation', minInSet: 8, inEveryPlantedArticle: true, span: 'the lone quote or bracket' },
  'word.doubled': { kind: 'style', family: 'repetition', minInSet: 8, inEveryPlantedArticle: true, span: 'both words and the space between' },
  'space.doubled': { kind: 'style', family: 'repetition', minInSet: 8, inEveryPlantedArticle: true, span: 'the spaces' },
  'date.weekday': { kind: 'date', family: 'weekday', minInSet: 8, inEveryPlantedArticle: true, span: 'the weekday name only' },
} as const satisfies Record<string, EvalRule>;

export type EvalRuleId = keyof typeof evalRules;

export function isEvalRuleId(rule: string): rule is EvalRuleId {
  return Object.hasOwn(evalRules, rule);
}

/** One expected finding. `text === article.slice(start, end)`; `fix` is null when no single replacement is right. */
export interface KeyFinding {
  kind: EvalKind;
  rule: EvalRuleId;
  start: number;
  end: number;
  text: string;
  fix: string | null;
}

export interface ArticleKey {
  article: string;
  findings: KeyFinding[];
}

export interface EvalArticle {
  /** File name in articles/, e.g. "01-ekonomi-ekspor.txt". */
  name: string;
  /** "01" … "12": the key is key/<number>.json. */
  number: string;
  text: string;
  key: ArticleKey;
}

/** Articles with a planted problem of every kind; the others must produce no finding at all. */
export const plantedArticles = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'] as const;

/** Decodes like `redaksi check` does: UTF-8, BOM removed, nothing else normalised. */
export function readText(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Every generated article with its key, in file-name order. */
export function readEvalSet(): EvalArticle[] {
  return readdirSync(articlesDir)
    .filter((f) => /^\d\d-.+\.txt$/.test(f))
    .sort()
    .map((name) => {
      const number = name.slice(0, 2);
      const key = JSON.parse(readFileSync(join(keyDir, `${number}.json`), 'utf8')) as ArticleKey;
      return { name, number, text: readText(join(articlesDir, name)), key };
    });
}

/** True when the half-open spans [aStart, aEnd) and [bStart, bEnd) share at least one character. */
export function spansOverlap(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}
