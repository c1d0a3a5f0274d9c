/**
 * The shape of the fact-check evaluation set (README.md here) and how to read it: the consistency
 * rule ids the key uses, the claim sentences, and loaders for scorers. Shared by the generator,
 * its test, the scorer and the quality gate, so a rule id is spelled in one place. File loading and
 * span overlap come from the proofreading set, so both sets decode text the same way.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../src-preload/contract/domain.ts';
import { readText } from '../proofreading-eval/evalKey.ts';

export const evalDir = import.meta.dirname;
export const sourceDir = join(evalDir, 'source');
export const articlesDir = join(evalDir, 'articles');
export const keyDir = join(evalDir, 'key');

/** The consistency rules the issue asks for, with the kind `redaksi check` reports them under. */
export const consistencyRules = {
  'consistency.name-variant': { kind: 'consistency', span: 'the variant spelling; related: the first use of the other spelling' },
  'consistency.acronym-expansion': { kind: 'consistency', span: 'the contradicting acronym; related: the expansion (or other form) it contradicts' },
  'consistency.quantity-mismatch': { kind: 'consistency', span: 'the later value; related: the first value for the same subject' },
  'consistency.total-mismatch': { kind: 'consistency', span: 'the stated total; related: the parts, from the first to the last' },
  'date.relative': { kind: 'date', span: 'the relative phrase with the weekday it contradicts; related: the date it counts from' },
  'date.weekday': { kind: 'date', span: 'the wrong weekday; related: the date it names' },
  'consistency.speaker-unintroduced': { kind: 'consistency', span: 'the speaker named in the attribution; related: the quote' },
  'consistency.term-variant': { kind: 'consistency', span: 'the variant spelling; related: the first use of the dominant spelling' },
} as const;

export type ConsistencyRuleId = keyof typeof consistencyRules;

export function isConsistencyRuleId(rule: string): rule is ConsistencyRuleId {
  return Object.hasOwn(consistencyRules, rule);
}

/** Fewest planted instances of each rule across the set (the brief's promise; the set's test enforces it). */
export const minPerRule = 5;

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One planted inconsistency: `span` is where a checker should report it, `related` the other place. */
export interface KeyInconsistency extends Span {
  rule: ConsistencyRuleId;
  related: Span;
}

/** A hard negative: text a careless checker flags under `rule`, but which is right. */
export interface KeyTrap extends Span {
  rule: ConsistencyRuleId;
}

export interface FactcheckKey {
  article: string;
  lang: Lang;
  /** Sentences a fact-checker should look at (figures, dates, attributed quotes, superlatives, people with roles). */
  claims: Span[];
  inconsistencies: KeyInconsistency[];
  traps: KeyTrap[];
}

export interface FactcheckArticle {
  /** File name in articles/, e.g. "01-id-ekonomi-kopi-lampung.txt". */
  name: string;
  number: string;
  lang: Lang;
  text: string;
  key: FactcheckKey;
}

/** Articles written with no inconsistency at all: a checker's goal there is zero consistency findings. */
export const cleanArticles = ['11', '12', '16'] as const;

export function isClean(number: string): boolean {
  return (cleanArticles as readonly string[]).includes(number);
}

/** "NN-id-slug.txt" / "NN-en-slug.txt": the language is part of the name. */
export const articleNamePattern = /^(\d\d)-(id|en)-.+\.txt$/;

export function readFactcheckSet(): FactcheckArticle[] {
  return readdirSync(articlesDir)
    .filter((f) => articleNamePattern.test(f))
    .sort()
    .map((name) => {
      const [, number = '', lang] = articleNamePattern.exec(name)!;
      const key = JSON.parse(readFileSync(join(keyDir, `${number}.json`), 'utf8')) as FactcheckKey;
      return { name, number, lang: lang as Lang, text: readText(join(articlesDir, name)), key };
    });
}
