/** One tracked claim in the Claims panel: its text, status, verdict note, evidence, history and deletion. */
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileDown, Search, Trash2, Unlink, Plus } from 'lucide-react';
import { claimStatuses, type Claim, type ClaimStatus } from '../../../src-preload/contract/factcheck.ts';
import { call, errorCodeOf } from '../../lib/api.ts';
import { useRelativeTime } from '../../components/useRelativeTime.ts';
import { download } from '../drafting/ExportMenu.tsx';
import type { Review } from '../review/useReview.ts';
import { useDeleteClaim, useRemoveEvidence, useUpdateClaim } from './factcheckQueries.ts';
import { setActiveClaim, showClaimInText } from './activeClaim.ts';
import { EvidenceForm } from './EvidenceForm.tsx';
import { FindEvidence } from './FindEvidence.tsx';

export interface ClaimCardProps {
  claim: Claim;
  review: Review;
  orphaned: boolean;
  active: boolean;
}

export function ClaimCard({ claim, review, orphaned, active }: ClaimCardProps) {
  const { t } = useTranslation();
  const relative = useRelativeTime();
  const { editor, article } = review;
  const update = useUpdateClaim(article.id);
  const remove = useDeleteClaim(article.id);
  const removeEvidence = useRemoveEvidence(article.id);
  const [note, setNote] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [finding, setFinding] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const statusId = useId();
  const noteId = useId();
  const failure = update.error ?? remove.error ?? removeEvidence.error;
  const who = (name: string) => name || t('factcheck.someone');

  function saveNote() {
    if (note === null || note === claim.verdictNote) return;
    update.mutate({ claimId: claim.id, verdictNote: note }, { onSuccess: () => setNote(null) });
  }

  function onNoteKey(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      saveNote();
    }
  }

  function deleteClaim() {
    remove.mutate(claim.id, {
      onSuccess: () => {
        if (editor && !editor.isDestroyed) editor.commands.unsetClaim(claim.id);
      },
    });
  }

  async function openFile(evidenceId: string) {
    setFileError(null);
    try {
      const file = await call('getEvidenceFile', { evidenceId });
      download(file.fileName, file.mediaType, file.dataBase64);
    } catch (e) {
      setFileError(t(`errors.${errorCodeOf(e)}`));
    }
  }

  return (
    <li
      className={`claim claim--${claim.status}${active ? ' claim--active' : ''}`}
      data-testid="claim"
      data-claim-id={claim.id}
      data-status={claim.status}
      data-orphaned={orphaned ? 'true' : 'false'}
      onFocus={() => setActiveClaim(editor, claim.id)}
    >
      <button
        type="button"
        className="claim__quote"
        onClick={() => showClaimInText(editor, claim.id)}
        disabled={orphaned}
        title={orphaned ? t('factcheck.orphanedHint') : t('factcheck.showInText')}
        data-testid="claim-quote"
      >
        <span lang={article.lang}>{claim.text}</span>
      </button>
      {orphaned ? (
        <p className="claim__orphaned" data-testid="claim-orphaned">
          <Unlink size={14} aria-hidden />
          <span className="claim__badge">{t('factcheck.orphaned')}</span>
          <span>{t('factcheck.orphanedHint')}</span>
        </p>
      ) : null}
      <div className="claim__row">
        <label htmlFor={statusId}>{t('factcheck.statusLabel')}</label>
        <select
          id={statusId}
          value={claim.status}
          disabled={update.isPending}
          onChange={(e) => update.mutate({ claimId: claim.id, status: e.target.value as ClaimStatus })}
          className={`claim__status claim-status--${claim.status}`}
          data-testid="claim-status"
        >
          {claimStatuses.map((s) => (
            <option key={s} value={s}>{t(`factcheck.status.${s}`)}</option>
          ))}
        </select>
      </div>
      <label htmlFor={noteId} className="claim__label">{t('factcheck.verdictNote')}</label>
      <textarea
        id={noteId}
        value={note ?? claim.verdictNote}
        onChange={(e) => setNote(e.target.value)}
        onBlur={saveNote}
        onKeyDown={onNoteKey}
        rows={2}
        maxLength={10_000}
        placeholder={t('factcheck.verdictPlaceholder')}
        aria-describedby={`${noteId}-hint`}
        data-testid="claim-verdict"
      />
      <small id={`${noteId}-hint`} className="muted">{t('factcheck.verdictHint')}</small>

      <h4 className="claim__subhead">{t('factcheck.evidenceTitle')}</h4>
      {claim.evidence.length === 0 ? <p className="muted">{t('factcheck.evidenceEmpty')}</p> : null}
      {claim.evidence.length > 0 ? (
        <ul className="evidence">
          {claim.evidence.map((ev) => (
            <li key={ev.id} className="evidence__item" data-testid="evidence">
              <p className="evidence__title">{ev.title}</p>
              {ev.url ? <p className="evidence__url">{ev.url}</p> : null}
              {ev.publisher || ev.publishedOn ? <p className="muted evidence__meta">{[ev.publisher, ev.publishedOn].filter(Boolean).join(' · ')}</p> : null}
              {ev.excerpt ? <blockquote className="evidence__excerpt">{ev.excerpt}</blockquote> : null}
              {ev.sourceId ? <p className="muted evidence__meta">{t('factcheck.fromSource')}</p> : null}
              <div className="evidence__actions">
                {ev.file ? (
                  <button type="button" className="button button--small" onClick={() => void openFile(ev.id)} aria-label={t('factcheck.downloadFile', { name: ev.file.name })}>
                    <FileDown size={14} aria-hidden />
                    {ev.file.name}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button button--small"
                  disabled={removeEvidence.isPending}
                  onClick={() => removeEvidence.mutate({ claimId: claim.id, evidenceId: ev.id })}
                  aria-label={t('factcheck.removeEvidenceLabel', { title: ev.title })}
                  data-testid="remove-evidence"
                >
                  <Trash2 size={14} aria-hidden />
                  {t('factcheck.removeEvidence')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {fileError ? <p role="alert" className="error">{fileError}</p> : null}
      <div className="claim__actions">
        <button type="button" className="button button--small" aria-expanded={adding} onClick={() => setAdding(!adding)} data-testid="add-evidence">
          <Plus size={14} aria-hidden />
          {t('factcheck.addEvidence')}
        </button>
        <button type="button" className="button button--small" aria-expanded={finding} onClick={() => setFinding(!finding)} data-testid="find-evidence">
          <Search size={14} aria-hidden />
          {t('factcheck.findEvidence')}
        </button>
      </div>
      {adding ? <EvidenceForm articleId={article.id} claimId={claim.id} onDone={() => setAdding(false)} /> : null}
      {finding ? <FindEvidence articleId={article.id} claimId={claim.id} /> : null}

      <details className="claim__history" data-testid="claim-history">
        <summary>{t('factcheck.historyTitle', { count: claim.history.length })}</summary>
        <ol>
          {claim.history.map((h, i) => (
            <li key={`${h.at}-${i}`} data-testid="claim-event">
              {t(`factcheck.event.${h.action}`, { detail: h.action === 'status' && (claimStatuses as readonly string[]).includes(h.detail) ? t(`factcheck.status.${h.detail as ClaimStatus}`) : h.detail })}
              <span className="muted">{' — '}{t('factcheck.eventBy', { who: who(h.by), time: relative(h.at) })}</span>
            </li>
          ))}
        </ol>
      </details>

      <div className="claim__actions claim__actions--end">
        {confirmDelete ? (
          <>
            <button type="button" className="button button--small" onClick={() => setConfirmDelete(false)}>{t('factcheck.cancel')}</button>
            <button type="button" className="button button--small button--danger" disabled={remove.isPending} onClick={deleteClaim} autoFocus data-testid="confirm-delete-claim">
              {t('factcheck.confirmDelete')}
            </button>
          </>
        ) : (
          <button type="button" className="button button--small" onClick={() => setConfirmDelete(true)} data-testid="delete-claim">
            <Trash2 size={14} aria-hidden />
            {t('factcheck.deleteClaim')}
          </button>
        )}
      </div>
      {failure ? <p role="alert" className="error">{t(`errors.${errorCodeOf(failure)}`)}</p> : null}
    </li>
  );
}
