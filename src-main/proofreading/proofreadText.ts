/**
 * One proofreading pass over a text: spelling, style rules, and number/date checks, merged into
 * one ordered list. Shared by the proofreading worker (the editor, per paragraph) and by
 * `redaksi check` (a whole file). Synchronous and pure apart from the checker it is given.
 */
import type { Lang, UiLanguage } from '../../src-preload/contract/domain.ts';
import { identifyLanguage } from '../language/identifyLanguage.ts';
import { tokenize } from '../language/tokenize.ts';
import type { SpellChecker } from '../spelling/spellChecker.ts';
import { checkValues } from './checkValues.ts';
import { compareFindings, type Finding } from './finding.ts';
import { localiseSpelling } from './spellingRules.ts';
import { checkStyle } from './styleRules/checkStyle.ts';
import type { NonstandardForms } from './styleRules/nonstandardForms.ts';

export interface ProofreadOptions {
  /** The text's language; 'auto' guesses it from the text (Indonesian when unsure). */
  lang: Lang | 'auto';
  uiLanguage: UiLanguage;
  /** Null: no spelling (dictionaries not loaded yet, or switched off). */
  spell: SpellChecker | null;
  /** Rule ids switched off in Settings. */
  disabled?: ReadonlySet<string>;
  nonstandard?: NonstandardForms;
  /** Suggestions for every spelling finding (the CLI); the editor asks per word when the popover opens. */
  spellingSuggestions?: boolean;
  /** Year for dates written without one. */
  defaultYear?: number;
}

/**
 * Rules that two checkers both catch: the style rule's finding wins (it carries the rule's
 * explanation and a fix), the spelling checker's overlapping twin is dropped. Likewise a word the
 * spelling checker does not know inside a style finding ("dirumah", "dilatar belakangi") is
 * reported once, by the rule that explains it.
 */
const twins: Readonly<Record<string, string>> = {
  'spelling.nonstandard': 'id.nonstandard',
  'spelling.repeated-word': 'doubled-word',
};

export function resolveLang(text: string, lang: Lang | 'auto'): Lang {
  if (lang !== 'auto') return lang;
  const guess = identifyLanguage(text).lang;
  return guess === 'en' ? 'en' : 'id';
}

export function proofreadText(text: string, options: ProofreadOptions): Finding[] {
  if (text.trim() === '') return [];
  const lang = resolveLang(text, options.lang);
  const disabled = options.disabled ?? new Set<string>();
  const tokens = tokenize(text, { lang });
  const style = checkStyle(text, lang, {
    uiLanguage: options.uiLanguage,
    disabled,
    tokens,
    ...(options.nonstandard ? { nonstandard: options.nonstandard } : {}),
  });
  const values = checkValues(text, lang, {
    uiLanguage: options.uiLanguage,
    disabled,
    tokens,
    ...(options.defaultYear !== undefined ? { defaultYear: options.defaultYear } : {}),
  });
  const explainedByStyle = (f: Finding) => {
    const twin = twins[f.rule];
    return style.some((s) => (s.start <= f.start && f.end <= s.end) || (twin !== undefined && s.rule.endsWith(twin) && s.start < f.end && f.start < s.end));
  };
  const spelling = options.spell
    ? options.spell
        .checkText(text, lang, { suggestions: options.spellingSuggestions ?? false })
        .filter((f) => !disabled.has(f.rule))
        .map((f) => localiseSpelling(f, options.uiLanguage))
        .filter((f) => !explainedByStyle(f))
    : [];
  return [...spelling, ...style, ...values].sort(compareFindings);
}
