/**
 * Consistency checks across a whole article (issue 5, item 3): findings that point at two places,
 * `start`/`end` here and `related` the other place, each in the UI language. Rule ids are a public
 * contract (`redaksi check --json`, the switched-off rules in Settings):
 *   consistency.name-variant, consistency.acronym-expansion, consistency.quantity-mismatch,
 *   consistency.total-mismatch, consistency.speaker-unintroduced, consistency.term-variant (kind
 *   'consistency') and date.relative (kind 'date').
 * Pure: no DB, no Electron. The whole article is one text (the worker joins paragraphs with "\n\n").
 */
import type { Lang, UiLanguage } from '../../../src-preload/contract/domain.ts';
import type { ParsedValue } from '../../language/parseValues.ts';
import type { Sentence } from '../../language/splitSentences.ts';
import type { Token } from '../../language/tokenize.ts';
import { compareFindings, type Finding } from '../../proofreading/finding.ts';
import { checkAcronyms } from './checkAcronyms.ts';
import { checkNameVariants } from './checkNameVariants.ts';
import { checkQuantities } from './checkQuantities.ts';
import { checkRelativeDates } from './checkRelativeDates.ts';
import { checkSpeakers } from './checkSpeakers.ts';
import { checkTermVariants } from './checkTermVariants.ts';
import { buildContext } from './consistencyContext.ts';

export interface ConsistencyOptions {
  /** The language of the messages; the text's language when not given. */
  uiLanguage?: UiLanguage;
  /** Year for dates written without one when nothing around them gives it. */
  defaultYear?: number;
  /** Rule ids switched off in Settings. */
  disabled?: ReadonlySet<string>;
  /**
   * The analysis of `text` when the caller already has it (the worker runs claim detection on the
   * same text): `tokenize(text, { lang })`, `splitSentences(text, { tokens })` and
   * `parseValues(text, { lang, tokens })`, without a defaultYear.
   */
  tokens?: readonly Token[];
  sentences?: readonly Sentence[];
  values?: readonly ParsedValue[];
}

/** Every consistency rule id, in the order the checks run. */
export const consistencyRuleIds = [
  'consistency.name-variant',
  'consistency.acronym-expansion',
  'consistency.quantity-mismatch',
  'consistency.total-mismatch',
  'consistency.speaker-unintroduced',
  'consistency.term-variant',
  'date.relative',
] as const;

export function checkConsistency(text: string, lang: Lang, options: ConsistencyOptions = {}): Finding[] {
  if (text.trim() === '') return [];
  const disabled = options.disabled ?? new Set<string>();
  const on = (rule: string) => !disabled.has(rule);
  const ctx = buildContext(text, lang, options.uiLanguage ?? lang, options.defaultYear, options);
  const out: Finding[] = [];
  if (on('consistency.name-variant')) out.push(...checkNameVariants(ctx));
  if (on('consistency.acronym-expansion')) out.push(...checkAcronyms(ctx));
  if (on('consistency.quantity-mismatch') || on('consistency.total-mismatch')) out.push(...checkQuantities(ctx, disabled));
  if (on('consistency.speaker-unintroduced')) out.push(...checkSpeakers(ctx));
  if (on('consistency.term-variant')) out.push(...checkTermVariants(ctx));
  if (on('date.relative')) out.push(...checkRelativeDates(ctx));
  // One place, one finding: a name both misspelled and an unintroduced speaker is reported as the variant.
  const seen = new Set<string>();
  return out.sort(compareFindings).filter((f) => {
    const key = `${f.start}:${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
