/**
 * Runs the style and number-writing rules over one text (a paragraph or a whole article) in one
 * language and returns findings with offsets into that text. Pure: no Electron, no database; the
 * nonstandard-form table is read once from resources/ unless the caller passes it (the app passes
 * the table it loaded from its own resources folder).
 */
import type { Lang, UiLanguage } from '../../../src-preload/contract/domain.ts';
import { tokenize, type Token } from '../../language/tokenize.ts';
import { compareFindings, type Finding } from '../finding.ts';
import { checkArticle } from './articleRules.ts';
import { checkBoundForms, checkCompounds } from './compoundRules.ts';
import { checkNonstandard, loadNonstandardForms, type NonstandardForms } from './nonstandardForms.ts';
import { checkCurrencySpace, checkNumberFormat, checkPercentSpace } from './numberRules.ts';
import { checkDetachedPrefix, checkJoinedPreposition } from './prepositionRules.ts';
import {
  checkDoubledSpace,
  checkDoubledWord,
  checkSpaceAfterPunctuation,
  checkSpaceBeforePunctuation,
  checkUnbalanced,
} from './punctuationRules.ts';
import { createRuleContext, type RuleContext } from './ruleContext.ts';

export interface StyleOptions {
  /** The language of the messages. */
  uiLanguage: UiLanguage;
  /** Rule ids switched off in Settings. */
  disabled?: ReadonlySet<string>;
  /** The nonstandard -> standard table; loaded from resources/dictionaries when not given. */
  nonstandard?: NonstandardForms;
  /** Tokens of `text` (tokenized with the same `lang`) if the caller already has them. */
  tokens?: readonly Token[];
}

type Rule = (ctx: RuleContext, options: StyleOptions) => void;

/** Rule id -> implementation, per text language; ids match ruleCatalogue.ts. */
const rules: Record<Lang, ReadonlyArray<[id: string, run: Rule]>> = {
  id: [
    ['id.di-place', checkJoinedPreposition],
    ['id.di-verb', checkDetachedPrefix],
    ['id.compound-affixed', checkCompounds],
    ['id.bound-form', checkBoundForms],
    ['id.nonstandard', (ctx, o) => checkNonstandard(ctx, o.nonstandard ?? loadNonstandardForms())],
    ['id.number-format', checkNumberFormat],
    ['id.currency-space', checkCurrencySpace],
    ['id.percent-space', checkPercentSpace],
    ['id.space-before-punctuation', checkSpaceBeforePunctuation],
    ['id.space-after-punctuation', checkSpaceAfterPunctuation],
    ['id.doubled-word', checkDoubledWord],
    ['id.doubled-space', checkDoubledSpace],
    ['id.unbalanced', checkUnbalanced],
  ],
  en: [
    ['en.a-an', checkArticle],
    ['en.number-format', checkNumberFormat],
    ['en.percent-space', checkPercentSpace],
    ['en.space-before-punctuation', checkSpaceBeforePunctuation],
    ['en.space-after-punctuation', checkSpaceAfterPunctuation],
    ['en.doubled-word', checkDoubledWord],
    ['en.doubled-space', checkDoubledSpace],
    ['en.unbalanced', checkUnbalanced],
  ],
};

/** The rule ids checkStyle runs for a language (for tests and Settings). */
export function styleRuleIds(lang: Lang): string[] {
  return rules[lang].map(([id]) => id);
}

export function checkStyle(text: string, lang: Lang, options: StyleOptions): Finding[] {
  const out: Finding[] = [];
  if (text === '') return out;
  const tokens = options.tokens ?? tokenize(text, { lang });
  const ctx = createRuleContext(text, lang, tokens, options.uiLanguage, out);
  for (const [id, run] of rules[lang]) {
    if (options.disabled?.has(id)) continue;
    run(ctx, options);
  }
  return out.sort(compareFindings);
}
