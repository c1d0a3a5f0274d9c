/** Settings: UI language (remembered; applies at once) and the desk user's name. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../src-preload/contract/domain.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { errorCodeOf } from '../../lib/api.ts';
import { useSettings, useUpdateSettings } from '../../lib/queries.ts';
import { ProofreadingSettings } from '../proofreading/ProofreadingSettings.tsx';
import { ClaimsGateSetting } from '../factcheck/ClaimsGateSetting.tsx';
import { MtSettingsSection } from '../mt/MtSettingsSection.tsx';
import { BackupsSection } from '../backups/BackupsSection.tsx';

export function SettingsDialog({ open, onClose, onRestored }: { open: boolean; onClose: () => void; onRestored?: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('settings.title')} closeLabel={t('settings.close')} onClose={onClose} testId="settings-dialog">
      <SettingsForm />
      <ClaimsGateSetting />
      <ProofreadingSettings />
      <MtSettingsSection />
      <BackupsSection {...(onRestored ? { onRestored } : {})} />
    </Dialog>
  );
}

function SettingsForm() {
  const { t, i18n } = useTranslation();
  const settings = useSettings();
  const update = useUpdateSettings();
  const [name, setName] = useState<string | undefined>(undefined);

  async function changeLanguage(language: UiLanguage) {
    const saved = await update.mutateAsync({ uiLanguage: language });
    await i18n.changeLanguage(saved.uiLanguage);
  }

  if (!settings.data) return <p className="muted">{t('app.loading')}</p>;
  const currentName = name ?? settings.data.userName;
  return (
    <form className="form" onSubmit={(e) => {
      e.preventDefault();
      void update.mutateAsync({ userName: currentName }).then(() => setName(undefined));
    }}>
      <label className="field">
        <span>{t('settings.uiLanguage')}</span>
        <select value={i18n.language} onChange={(e) => void changeLanguage(e.target.value as UiLanguage)} data-testid="ui-language" aria-describedby="ui-language-hint">
          {/* Each language is named in itself, so it can be found whatever the current UI language. */}
          <option value="id" lang="id">{i18n.getFixedT('id')('lang.id')}</option>
          <option value="en" lang="en">{i18n.getFixedT('en')('lang.en')}</option>
        </select>
        <small id="ui-language-hint" className="muted">{t('settings.uiLanguageHint')}</small>
      </label>
      <label className="field">
        <span>{t('settings.userName')}</span>
        <input value={currentName} onChange={(e) => setName(e.target.value)} maxLength={200} placeholder={t('settings.userNamePlaceholder')} aria-describedby="user-name-hint" data-testid="user-name" />
        <small id="user-name-hint" className="muted">{t('settings.userNameHint')}</small>
      </label>
      <div className="form__actions">
        <button type="submit" className="button" disabled={name === undefined || update.isPending} data-testid="user-name-save">{t('settings.saveName')}</button>
      </div>
      {update.isError ? <p role="alert" className="error">{t(`errors.${errorCodeOf(update.error)}`)}</p> : null}
    </form>
  );
}
