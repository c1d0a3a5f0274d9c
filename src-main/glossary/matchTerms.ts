/**
 * Finding glossary terms in a text, tolerating Indonesian affixes (me-, di-, ber-, -kan, -an,
 * -nya) and English inflection. SCAFFOLD: the glossary helper replaces the bodies.
 */
import type { Lang } from '../../src-preload/contract/domain.ts';
import type { GlossaryHit, GlossaryTerm } from '../../src-preload/contract/translation.ts';

/** A forbidden variant found in a text. */
export interface ForbiddenHit {
  start: number;
  end: number;
  termId: string;
  variant: string;
  /** The form the glossary wants instead. */
  preferred: string;
}

/** Terms of `lang` in `text`, each with its translation into `targetLang`; longest match wins, no overlaps. */
export function matchTerms(text: string, lang: Lang, targetLang: Lang, terms: readonly GlossaryTerm[]): GlossaryHit[] {
  void [text, lang, targetLang, terms];
  throw new Error('matchTerms: not built yet');
}

/** Forbidden variants of `lang` in `text`. */
export function findForbidden(text: string, lang: Lang, terms: readonly GlossaryTerm[]): ForbiddenHit[] {
  void [text, lang, terms];
  throw new Error('findForbidden: not built yet');
}

/** True when `term` (in `lang`) occurs in `text`, inflected or affixed. */
export function containsTerm(text: string, term: string, lang: Lang, caseSensitive: boolean): boolean {
  void [text, term, lang, caseSensitive];
  throw new Error('containsTerm: not built yet');
}
