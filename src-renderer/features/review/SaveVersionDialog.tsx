/** Ctrl+S: names the version about to be saved (the name is optional). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog.tsx';
import { errorCodeOf } from '../../lib/api.ts';
import { UnsavedEditsError } from './useReview.ts';

export interface SaveVersionDialogProps {
  open: boolean;
  onClose: () => void;
  /** Saves the version; a rejection is shown in the dialog. */
  onSave: (name: string) => Promise<void>;
}

export function SaveVersionDialog({ open, onClose, onSave }: SaveVersionDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('revisions.saveTitle')} closeLabel={t('revisions.cancel')} onClose={onClose} testId="save-version-dialog">
      <SaveVersionForm onClose={onClose} onSave={onSave} />
    </Dialog>
  );
}

function SaveVersionForm({ onClose, onSave }: Omit<SaveVersionDialogProps, 'open'>) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        onSave(name.trim())
          .catch((err: unknown) => setError(err instanceof UnsavedEditsError ? t('revisions.unsavedEdits') : t(`errors.${errorCodeOf(err)}`)))
          .finally(() => setBusy(false));
      }}
    >
      <label className="field">
        <span>{t('revisions.nameLabel')}</span>
        <input
          value={name}
          onChange={(e) => setName(e.target.value.replace(/[\r\n]+/g, ' '))}
          maxLength={200}
          placeholder={t('revisions.namePlaceholder')}
          aria-describedby="version-name-hint"
          autoFocus
          data-testid="version-name"
        />
        <small id="version-name-hint" className="muted">{t('revisions.nameHint')}</small>
      </label>
      <div className="form__actions">
        <button type="button" className="button" onClick={onClose}>{t('revisions.cancel')}</button>
        <button type="submit" className="button button--primary" disabled={busy} data-testid="confirm-save-version">{t('revisions.saveConfirm')}</button>
      </div>
      {error ? <p role="alert" className="error">{error}</p> : null}
    </form>
  );
}
