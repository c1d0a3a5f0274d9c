/**
 * Translation QA of a whole text against its source (`redaksi qa`, and the document-wide check):
 * both are split into sentences, aligned (alignSentences.ts), sentences without a partner are
 * reported as omitted or added, and every aligned group goes through checkSegmentPair with its
 * spans mapped back to offsets in the whole texts. Spacing is checked once over the whole target,
 * since the white space between sentences belongs to no sentence.
 */
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { GlossaryTerm, TranslationFinding } from '../../../src-preload/contract/translation.ts';
import { splitSentences, type Sentence } from '../../language/splitSentences.ts';
import { alignSentences } from './alignSentences.ts';
import { findSpacing } from './checkPunctuation.ts';
import { checkSegmentPair } from './checkSegmentPair.ts';
import { compareTranslationFindings, makeFinding } from './translationQaRules.ts';

export interface CheckTextsOptions {
  sourceLang: Lang;
  targetLang: Lang;
  terms?: readonly GlossaryTerm[];
}

const shift = (span: { start: number; end: number } | null, by: number) => span && { start: span.start + by, end: span.end + by };

function quote(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

export function checkTexts(sourceText: string, targetText: string, options: CheckTextsOptions): TranslationFinding[] {
  const { sourceLang, targetLang } = options;
  if (sourceText.trim() === '') return [];
  if (targetText.trim() === '') return [makeFinding('empty-target', { start: 0, end: sourceText.length }, null, 'the target is empty', {})];
  const source = splitSentences(sourceText, { lang: sourceLang });
  const target = splitSentences(targetText, { lang: targetLang });
  const out: TranslationFinding[] = [];
  const range = (list: readonly Sentence[], from: number, to: number) => ({ start: list[from]!.start, end: list[to - 1]!.end });
  for (const bead of alignSentences(source, target, sourceLang, targetLang)) {
    if (bead.targetFrom === bead.targetTo) {
      const s = source[bead.sourceFrom]!;
      out.push(makeFinding('sentence-omitted', s, null, `the sentence "${quote(s.text)}" has no translation`, { sentence: quote(s.text) }));
      continue;
    }
    if (bead.sourceFrom === bead.sourceTo) {
      const t = target[bead.targetFrom]!;
      out.push(makeFinding('sentence-added', null, t, `the sentence "${quote(t.text)}" translates nothing in the source`, { sentence: quote(t.text) }));
      continue;
    }
    const s = range(source, bead.sourceFrom, bead.sourceTo);
    const t = range(target, bead.targetFrom, bead.targetTo);
    for (const f of checkSegmentPair({ source: sourceText.slice(s.start, s.end), target: targetText.slice(t.start, t.end), sourceLang, targetLang, terms: options.terms ?? [] })) {
      if (f.rule === 'spacing') continue;
      out.push({ ...f, source: shift(f.source, s.start), target: shift(f.target, t.start) });
    }
  }
  out.push(...findSpacing(targetText));
  return out.sort(compareTranslationFindings);
}
