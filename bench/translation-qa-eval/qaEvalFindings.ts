/** What is scored: `checkTexts` on the pair with the set's glossary, as `redaksi qa --glossary` runs it. */
import type { TranslationFinding } from '../../src-preload/contract/translation.ts';
import { checkTexts } from '../../src-main/translation/qa/checkTexts.ts';
import { readEvalGlossary, type QaPair } from './qaEvalSet.ts';

const terms = readEvalGlossary();

export function qaEvalFindings(pair: QaPair): TranslationFinding[] {
  return checkTexts(pair.source, pair.target, { sourceLang: pair.sourceLang, targetLang: pair.targetLang, terms });
}
