/**
 * Text left in the source language inside a translation: "The farmers said harga kopi turun
 * tajam this week." Each target word gives language evidence (identifyLanguage's wordEvidence);
 * a stretch of words that, summed, leans clearly to the source language — with at least three words
 * that are evidence for it — is reported. The whole-text Viterbi of `languageRuns` is tuned to keep
 * short phrases inside their sentence's language, which is exactly what must not happen here, so
 * this is a maximum-sum stretch search instead: a lone loanword ("mudik", "roadmap") or a
 * name never adds up to a finding.
 */
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { TranslationFinding } from '../../../src-preload/contract/translation.ts';
import { wordEvidence } from '../../language/identifyLanguage.ts';
import { tokenize } from '../../language/tokenize.ts';
import { makeFinding } from './translationQaRules.ts';

/** Summed evidence for the source language a stretch needs, and its words that must show it. */
const minEvidence = 4;
const minWords = 3;
/** What a word of the target language, or one without evidence, costs a stretch. */
const neutralCost = 0.4;

export function findSourceLanguageLeft(target: string, sourceLang: Lang, targetLang: Lang): TranslationFinding[] {
  if (sourceLang === targetLang) return [];
  const sign = sourceLang === 'en' ? 1 : -1;
  const words: { start: number; end: number; score: number; forSource: boolean }[] = [];
  let sentenceStart = true;
  for (const t of tokenize(target, { lang: targetLang })) {
    if (t.kind === 'space') continue;
    if (t.kind !== 'word') {
      if (/^[.!?…"“‘]/u.test(t.text)) sentenceStart = true;
      continue;
    }
    const e = sign * wordEvidence(t.text, !sentenceStart && /^\p{Lu}/u.test(t.text));
    sentenceStart = false;
    words.push({ start: t.start, end: t.end, score: e > 0 ? e : e < 0 ? e * 1.5 - neutralCost : -neutralCost, forSource: e > 0 });
  }
  const out: TranslationFinding[] = [];
  // Kadane's maximum-sum stretch, repeated after each reported one.
  let from = 0;
  while (from < words.length) {
    let best = 0;
    let bestStart = -1;
    let bestEnd = -1;
    let sum = 0;
    let start = from;
    for (let i = from; i < words.length; i++) {
      if (sum <= 0) {
        sum = 0;
        start = i;
      }
      sum += words[i]!.score;
      if (sum > best) {
        best = sum;
        bestStart = start;
        bestEnd = i;
      }
    }
    if (bestStart < 0 || best < minEvidence) break;
    const stretch = words.slice(bestStart, bestEnd + 1);
    if (stretch.filter((w) => w.forSource).length >= minWords) {
      const span = { start: stretch[0]!.start, end: stretch[stretch.length - 1]!.end };
      const text = target.slice(span.start, span.end);
      out.push(makeFinding('source-language-left', null, span, `"${text}" is still in ${sourceLang === 'id' ? 'Indonesian' : 'English'}`, { text, lang: sourceLang }));
    }
    from = bestEnd + 1;
  }
  return out;
}
