/** The Settings dialog's Proofreading section: every rule with an on/off switch, and the personal dictionary. */
import { useTranslation } from 'react-i18next';
import { X } from 'lucide-react';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import { errorCodeOf } from '../../lib/api.ts';
import { usePendingSwitches } from '../../lib/usePendingSwitches.ts';
import { useProofreadingRules, useProofreadingSettings, useRemoveFromDictionary, useSetRuleEnabled } from './proofreadingQueries.ts';

const langs: Lang[] = ['id', 'en'];

export function ProofreadingSettings() {
  const { t, i18n } = useTranslation();
  const ui = i18n.language === 'id' ? 'id' : 'en';
  const rules = useProofreadingRules();
  const settings = useProofreadingSettings();
  const setRule = useSetRuleEnabled();
  const removeWord = useRemoveFromDictionary();
  const switches = usePendingSwitches<string>();
  if (!rules.data || !settings.data) return <p className="muted">{t('app.loading')}</p>;
  const disabled = new Set(settings.data.disabledRules);
  const failure = setRule.error ?? removeWord.error;
  return (
    <section className="proof-settings" aria-labelledby="proof-settings-title" data-testid="proofreading-settings">
      <h3 id="proof-settings-title">{t('proofreading.settingsTitle')}</h3>
      <p className="muted">{t('proofreading.settingsHint')}</p>
      {langs.map((lang) => {
        // A rule that applies to both languages is listed under each; its switch is shared.
        const list = rules.data.filter((r) => r.lang === lang);
        return (
          <fieldset key={lang} className="proof-settings__rules">
            <legend>{t(`proofreading.rulesFor.${lang}`)}</legend>
            {list.map((rule) => (
              <label key={`${lang}:${rule.id}`} className="proof-rule" title={rule.explanation[ui]}>
                <input
                  type="checkbox"
                  role="switch"
                  checked={switches.shown(rule.id, !disabled.has(rule.id))}
                  onChange={(e) => {
                    const enabled = e.target.checked;
                    void switches.flip(rule.id, enabled, () => setRule.mutateAsync({ rule: rule.id, enabled }));
                  }}
                  data-testid={`rule-switch-${lang}-${rule.id}`}
                />
                <span>{rule.title[ui]}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
      <h3>{t('proofreading.dictionaryTitle')}</h3>
      <p className="muted">{t('proofreading.dictionaryHint')}</p>
      {settings.data.dictionary.length === 0 ? (
        <p className="muted">{t('proofreading.dictionaryEmpty')}</p>
      ) : (
        <ul className="proof-dictionary" data-testid="personal-dictionary">
          {settings.data.dictionary.map((word) => (
            <li key={word}>
              <span lang="">{word}</span>
              <button type="button" className="icon-button" onClick={() => removeWord.mutate(word)} aria-label={t('proofreading.removeWord', { word })} title={t('proofreading.removeWord', { word })}>
                <X size={14} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      {failure ? <p role="alert" className="error">{t(`errors.${errorCodeOf(failure)}`)}</p> : null}
    </section>
  );
}
