/**
 * The offer of text a crashed window typed but main never acknowledged: when it was written, how
 * it differs (word count and where it starts), and Restore / Discard. role=alert, because the
 * user opened the article expecting their last words and should hear at once that they are here.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LifeBuoy } from 'lucide-react';
import { errorCodeOf } from '../../lib/api.ts';
import type { DraftJournalHook } from './useDraftJournal.ts';
import './recoveryBanner.css';

export function RecoveryBanner({ journal }: { journal: DraftJournalHook }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const { offer } = journal;
  if (offer.kind !== 'offer') return null;
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(offer.entry.at));
  const delta = offer.wordDelta;
  const words = delta > 0 ? t('recovery.wordsMore', { count: delta }) : delta < 0 ? t('recovery.wordsFewer', { count: -delta }) : t('recovery.wordsSame');

  async function restore() {
    setBusy(true);
    setError(undefined);
    try {
      await journal.restore(t('recovery.revisionName'));
    } catch (e) {
      setError(t(`errors.${errorCodeOf(e)}`));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div role="alert" className="recovery-banner" data-testid="recovery-banner" data-outdated={offer.outdated ? 'true' : 'false'}>
      <LifeBuoy size={18} aria-hidden className="recovery-banner__icon" />
      <div className="recovery-banner__text">
        <p className="recovery-banner__title">{t('recovery.title', { time })}</p>
        {offer.outdated ? <p data-testid="recovery-outdated">{t('recovery.outdated')}</p> : null}
        <p>{words}</p>
        <p className="recovery-banner__preview" data-testid="recovery-preview">{t('recovery.preview', { text: offer.preview })}</p>
        {error ? <p className="error">{error}</p> : null}
      </div>
      <div className="recovery-banner__actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void restore()} data-testid="recovery-restore">
          {t('recovery.restore')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={journal.discard} data-testid="recovery-discard">
          {t('recovery.discard')}
        </button>
      </div>
    </div>
  );
}
