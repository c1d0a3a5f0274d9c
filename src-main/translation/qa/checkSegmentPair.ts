/**
 * Translation QA of one source/target pair (a segment, or sentences `checkTexts` aligned): runs
 * every rule family of the catalogue (translationQaRules.ts) and returns their findings with spans
 * into `source` and `target`.
 */
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { GlossaryTerm, TranslationFinding } from '../../../src-preload/contract/translation.ts';
import { identifyLanguage } from '../../language/identifyLanguage.ts';
import { checkGlossary } from './checkGlossary.ts';
import { checkPunctuation } from './checkPunctuation.ts';
import { compareValues } from './compareValues.ts';
import { findMissingNames } from './findMissingNames.ts';
import { findSourceLanguageLeft } from './findSourceLanguageLeft.ts';
import { compareTranslationFindings, makeFinding } from './translationQaRules.ts';

export interface SegmentPair {
  source: string;
  target: string;
  sourceLang: Lang;
  targetLang: Lang;
  /** Glossary entries to check against (none: no glossary rules). */
  terms?: readonly GlossaryTerm[];
}

const normalised = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Every finding for the pair; spans are offsets into `source` and `target`. */
export function checkSegmentPair(pair: SegmentPair): TranslationFinding[] {
  const { source, target, sourceLang, targetLang } = pair;
  if (source.trim() === '') return [];
  if (target.trim() === '') {
    return [makeFinding('empty-target', { start: 0, end: source.length }, null, 'the source has no translation yet', {})];
  }
  const out: TranslationFinding[] = [];
  // Identical and in the source language: not translated at all. Names, numbers or a
  // sentence both languages write alike ("Jakarta, 5/2/2025") are fine as they are. A target that
  // holds the whole source with something around it ("[EN] …", an engine echoing its input) or that
  // is, as a whole, in the source language is not translated either: machine translation does that.
  const echoed = normalised(target).includes(normalised(source));
  const inSourceLanguage = () => {
    if ((target.match(/\p{L}{2,}/gu)?.length ?? 0) < 4) return false;
    // Nearly no evidence of the target language at all: a mixed sentence is source-language-left instead.
    const guess = identifyLanguage(target, { expected: targetLang });
    return guess.lang === sourceLang && guess.evidence[targetLang] <= 0.1 * guess.evidence[sourceLang];
  };
  if (sourceLang !== targetLang && (echoed || inSourceLanguage()) && identifyLanguage(source, { expected: sourceLang }).lang === sourceLang && /\p{L}{2}/u.test(source)) {
    out.push(makeFinding('untranslated', { start: 0, end: source.length }, { start: 0, end: target.length }, 'the target is the source text, not translated', {}));
  } else {
    const glossary = checkGlossary(source, target, sourceLang, targetLang, pair.terms ?? []);
    out.push(...glossary.findings);
    out.push(...compareValues(source, target, sourceLang, targetLang));
    out.push(...findMissingNames(source, target, glossary.hits));
    out.push(...findSourceLanguageLeft(target, sourceLang, targetLang));
  }
  out.push(...checkPunctuation(source, target));
  return out.sort(compareTranslationFindings);
}
