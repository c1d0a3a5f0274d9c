/**
 * Translation QA of one source/target pair. SCAFFOLD: the QA helper replaces the body.
 */
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { GlossaryTerm, TranslationFinding } from '../../../src-preload/contract/translation.ts';

export interface SegmentPair {
  source: string;
  target: string;
  sourceLang: Lang;
  targetLang: Lang;
  /** Glossary entries to check against (none: no glossary rules). */
  terms?: readonly GlossaryTerm[];
}

/** Every finding for the pair; spans are offsets into `source` and `target`. */
export function checkSegmentPair(pair: SegmentPair): TranslationFinding[] {
  void pair;
  throw new Error('checkSegmentPair: not built yet');
}
