/** Which glossary translation Ctrl+Shift+G inserts: the first term of the row whose translation the target lacks. */
import type { GlossaryHit } from '../../../src-preload/contract/translation.ts';

export function nextMissingTerm(hits: readonly GlossaryHit[], target: string): GlossaryHit | null {
  const lower = target.toLocaleLowerCase();
  return hits.find((h) => h.translation.length > 0 && !lower.includes(h.translation.toLocaleLowerCase())) ?? null;
}
