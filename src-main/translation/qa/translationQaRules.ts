/**
 * The translation QA rule catalogue: every rule id of `translationRuleIds`, the finding kind it
 * reports under and what it checks, in English (the UI's translated title and explanation are in the
 * locales under `translationQa.<rule>`). `makeFinding` is how the rule files build their findings,
 * so the kind always agrees with the catalogue.
 */
import type { TranslationFinding, TranslationRuleId } from '../../../src-preload/contract/translation.ts';

export interface TranslationQaRule {
  kind: TranslationFinding['kind'];
  /** What the rule looks for, for the README, the CLI help and logs. */
  description: string;
}

export const translationQaRules: Record<TranslationRuleId, TranslationQaRule> = {
  'number-mismatch': { kind: 'translation', description: 'a number of the source has another value in the target' },
  'magnitude-mismatch': { kind: 'translation', description: 'a figure is off by a factor of a thousand or more: a scale word (ribu, juta, miliar, triliun) was translated wrong' },
  'money-mismatch': { kind: 'translation', description: 'an amount of money differs in value or currency' },
  'percent-mismatch': { kind: 'translation', description: 'a percentage differs in value' },
  'date-mismatch': { kind: 'translation', description: 'a date or its weekday differs, or is missing from the target' },
  'number-missing': { kind: 'translation', description: 'a number, amount or percentage of the source is not in the target' },
  'name-missing': { kind: 'translation', description: 'a name of a person, organisation or place in the source is not in the target' },
  'glossary-term-missing': { kind: 'glossary', description: 'a glossary term of the source is not translated with the glossary translation' },
  'glossary-forbidden': { kind: 'glossary', description: 'the target uses a variant the glossary forbids' },
  untranslated: { kind: 'translation', description: 'the target is the source text, not translated' },
  'source-language-left': { kind: 'translation', description: 'a run of words in the target is still in the source language' },
  'sentence-omitted': { kind: 'translation', description: 'a source sentence has no translation' },
  'sentence-added': { kind: 'translation', description: 'a target sentence translates nothing in the source' },
  'unbalanced-quotes': { kind: 'translation', description: 'a quotation mark in the target is not closed (the source is balanced)' },
  'unbalanced-brackets': { kind: 'translation', description: 'a bracket in the target is not closed or opened (the source is balanced)' },
  spacing: { kind: 'translation', description: 'double spaces, a space before punctuation, or leading/trailing spaces unlike the source' },
  'empty-target': { kind: 'translation', description: 'the source has text but the target is empty' },
};

export interface Span {
  start: number;
  end: number;
}

export function makeFinding(
  rule: TranslationRuleId,
  source: Span | null,
  target: Span | null,
  message: string,
  params: Record<string, string | number> = {},
): TranslationFinding {
  return {
    kind: translationQaRules[rule].kind,
    rule,
    source: source && { start: source.start, end: source.end },
    target: target && { start: target.start, end: target.end },
    message,
    params,
  };
}

/** Findings in reading order of the target, then the source; findings without a target span last. */
export function compareTranslationFindings(a: TranslationFinding, b: TranslationFinding): number {
  const at = a.target?.start ?? Number.MAX_SAFE_INTEGER;
  const bt = b.target?.start ?? Number.MAX_SAFE_INTEGER;
  if (at !== bt) return at - bt;
  const as = a.source?.start ?? Number.MAX_SAFE_INTEGER;
  const bs = b.source?.start ?? Number.MAX_SAFE_INTEGER;
  return as - bs || a.rule.localeCompare(b.rule);
}
