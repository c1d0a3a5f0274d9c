/**
 * The consistency and date findings the evaluation set scores, as `redaksi check` reports them:
 * checkConsistency's findings plus the proofreader's `date.weekday` (a weekday next to a date that
 * is not that date's weekday), without duplicates when both report the same span.
 */
import type { Lang } from '../../src-preload/contract/domain.ts';
import { checkConsistency } from '../../src-main/factcheck/consistency/checkConsistency.ts';
import { checkValues } from '../../src-main/proofreading/checkValues.ts';
import type { Finding } from '../../src-main/proofreading/finding.ts';

export function factcheckFindings(text: string, lang: Lang): Finding[] {
  const out = checkConsistency(text, lang, { uiLanguage: 'en' });
  const seen = new Set(out.map((f) => `${f.rule}:${f.start}:${f.end}`));
  for (const f of checkValues(text, lang, { uiLanguage: 'en' })) {
    if (f.rule === 'date.weekday' && !seen.has(`${f.rule}:${f.start}:${f.end}`)) out.push(f);
  }
  return out;
}
