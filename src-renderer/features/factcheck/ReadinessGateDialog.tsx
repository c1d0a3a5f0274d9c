/**
 * The readiness gate: moving an article to "ready" while claims are unchecked, in progress or
 * false was refused (CLAIMS_UNRESOLVED). Lists those claims and asks for a reason before
 * "Mark ready anyway"; the reason goes into the status history.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unresolvedClaimStatuses } from '../../../src-preload/contract/factcheck.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { errorCodeOf } from '../../lib/api.ts';
import { useClaims } from './factcheckQueries.ts';

export interface ReadinessGateDialogProps {
  open: boolean;
  articleId: string;
  onClose: () => void;
  /** Retries the move with the note; rejects with the bridge error. */
  onOverride: (note: string) => Promise<unknown>;
}

export function ReadinessGateDialog({ open, articleId, onClose, onOverride }: ReadinessGateDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('factcheck.gateTitle')} closeLabel={t('factcheck.cancel')} onClose={onClose} testId="readiness-gate">
      <GateForm articleId={articleId} onClose={onClose} onOverride={onOverride} />
    </Dialog>
  );
}

function GateForm({ articleId, onClose, onOverride }: Omit<ReadinessGateDialogProps, 'open'>) {
  const { t } = useTranslation();
  // Always fresh: the claims may have changed since the panel last read them.
  const claims = useClaims(articleId);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const noteId = useId();
  const unresolved = (claims.data ?? []).filter((c) => unresolvedClaimStatuses.includes(c.status));
  return (
    <form
      className="form gate"
      onSubmit={(e) => {
        e.preventDefault();
        if (!note.trim() || busy) return;
        setBusy(true);
        setError(null);
        onOverride(note.trim())
          .then(onClose)
          .catch((err: unknown) => setError(t(`errors.${errorCodeOf(err)}`)))
          .finally(() => setBusy(false));
      }}
    >
      <p>{t('factcheck.gateExplanation')}</p>
      {unresolved.length > 0 ? (
        <ul className="gate__claims" aria-label={t('factcheck.gateListLabel')} data-testid="gate-claims">
          {unresolved.map((c) => (
            <li key={c.id} data-testid="gate-claim">
              <span className={`chip claim-status--${c.status}`}>{t(`factcheck.status.${c.status}`)}</span> <q>{c.text}</q>
            </li>
          ))}
        </ul>
      ) : null}
      <label className="field" htmlFor={noteId}>
        <span>{t('factcheck.gateNote')}</span>
      </label>
      <textarea
        id={noteId}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        rows={3}
        maxLength={2000}
        required
        autoFocus
        placeholder={t('factcheck.gateNotePlaceholder')}
        data-testid="gate-note"
      />
      <div className="form__actions">
        <button type="button" className="button" onClick={onClose}>{t('factcheck.cancel')}</button>
        <button type="submit" className="button button--primary" disabled={busy || !note.trim()} data-testid="gate-override">{t('factcheck.gateOverride')}</button>
      </div>
      {error ? <p role="alert" className="error">{error}</p> : null}
    </form>
  );
}
