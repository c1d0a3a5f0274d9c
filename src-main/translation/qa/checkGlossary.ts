/**
 * Glossary rules: every glossary term found in the source must be translated with the glossary's
 * translation (found inflected or affixed: src-main/glossary/matchTerms.ts), and no variant the
 * glossary forbids may appear in the target.
 */
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { GlossaryHit, GlossaryTerm, TranslationFinding } from '../../../src-preload/contract/translation.ts';
import { containsTerm, findForbidden, matchTerms } from '../../glossary/matchTerms.ts';
import { makeFinding } from './translationQaRules.ts';

export interface GlossaryCheck {
  findings: TranslationFinding[];
  /** The source terms found: other rules leave these words alone (a glossary term is not a name). */
  hits: GlossaryHit[];
}

export function checkGlossary(source: string, target: string, sourceLang: Lang, targetLang: Lang, terms: readonly GlossaryTerm[]): GlossaryCheck {
  if (terms.length === 0) return { findings: [], hits: [] };
  const findings: TranslationFinding[] = [];
  const hits = matchTerms(source, sourceLang, targetLang, terms);
  const byId = new Map(terms.map((t) => [t.id, t]));
  for (const hit of hits) {
    if (hit.translation.trim() === '') continue;
    const caseSensitive = byId.get(hit.termId)?.caseSensitive ?? false;
    if (containsTerm(target, hit.translation, targetLang, caseSensitive)) continue;
    const written = source.slice(hit.start, hit.end);
    findings.push(makeFinding('glossary-term-missing', hit, null, `"${written}" should be translated as "${hit.translation}"`, { term: written, translation: hit.translation }));
  }
  for (const f of findForbidden(target, targetLang, terms)) {
    const written = target.slice(f.start, f.end);
    findings.push(makeFinding('glossary-forbidden', null, f, `"${written}" is forbidden by the glossary; use "${f.preferred}"`, { variant: written, preferred: f.preferred }));
  }
  return { findings, hits };
}
