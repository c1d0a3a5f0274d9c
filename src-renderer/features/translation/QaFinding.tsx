/** One translation QA finding, titled and explained in the UI language (the desk's side panel, MT suggestions). */
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { TranslationFinding } from '../../../src-preload/contract/translation.ts';

/** A rule's title or explanation in the UI language; the rule id when the catalogue lacks it. */
function ruleText(i18n: I18n, rule: string, part: 'title' | 'explanation', params: Record<string, string | number>): string | null {
  const key = `translationQa.${rule}.${part}`;
  if (!i18n.exists(key)) return part === 'title' ? rule : null;
  // The QA rules' keys are added by their own catalogue section; typed keys cannot name them here.
  return (i18n.t as (key: string, options: Record<string, unknown>) => string)(key, params);
}

export function QaFinding({ finding, testId = 'row-finding' }: { finding: TranslationFinding; testId?: string }) {
  const { i18n } = useTranslation();
  const explanation = ruleText(i18n, finding.rule, 'explanation', finding.params);
  return (
    <li className={`desk-finding desk-finding--${finding.kind}`} data-testid={testId} data-rule={finding.rule}>
      <strong>{ruleText(i18n, finding.rule, 'title', finding.params)}</strong>
      {explanation ? <p>{explanation}</p> : null}
    </li>
  );
}
