/**
 * The versions side panel: every revision with its time, author, reason and word count; pick one
 * to see what changed since (or against another version), and restore it after confirming.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowLeft, RotateCcw, X } from 'lucide-react';
import type { Revision } from '../../../src-preload/contract/domain.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { errorCodeOf } from '../../lib/api.ts';
import { useRelativeTime } from '../../components/useRelativeTime.ts';
import { RevisionDiffView } from './RevisionDiffView.tsx';
import { revisionLabel } from './revisionLabel.ts';
import { useRevisionDiff, useRevisions } from './reviewQueries.ts';
import { UnsavedEditsError, type Review } from './useReview.ts';

export function RevisionsPanel({ review }: { review: Review }) {
  const { t } = useTranslation();
  const headingId = useId();
  const revisions = useRevisions(review.article.id, true);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = revisions.data?.find((r) => r.id === selectedId);
  return (
    <aside
      id="review-panel"
      className="review-panel"
      aria-labelledby={headingId}
      data-testid="revisions-panel"
      aria-busy={revisions.isPending}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented && !(e.target as Element).closest('dialog')) {
          e.preventDefault();
          if (selected) setSelectedId(null);
          else review.closePanel();
        }
      }}
    >
      <header className="review-panel__header">
        <h2 id={headingId}>{t('revisions.title')}</h2>
        <button type="button" className="icon-button" onClick={review.closePanel} aria-label={t('review.closePanel')} title={t('review.closePanel')}>
          <X size={18} aria-hidden />
        </button>
      </header>
      {revisions.isError ? <p role="alert" className="error">{t(`errors.${errorCodeOf(revisions.error)}`)}</p> : null}
      {selected && revisions.data ? (
        <RevisionDetail review={review} revision={selected} all={revisions.data} onBack={() => setSelectedId(null)} />
      ) : (
        <RevisionList revisions={revisions.data} onSelect={setSelectedId} />
      )}
    </aside>
  );
}

function RevisionList({ revisions, onSelect }: { revisions: Revision[] | undefined; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const relative = useRelativeTime();
  if (!revisions) return <p className="muted">{t('app.loading')}</p>;
  if (revisions.length === 0) return <p className="muted">{t('revisions.empty')}</p>;
  return (
    <ol className="revisions" aria-label={t('revisions.listLabel')}>
      {revisions.map((revision) => (
        <li key={revision.id}>
          <button type="button" className="revision" onClick={() => onSelect(revision.id)} data-testid="revision-row" data-kind={revision.kind}>
            <span className="revision__label">
              <span className="revision__number">{t('revisions.number', { number: revision.number })}</span>
              {revisionLabel(t, revision)}
            </span>
            <span className="revision__meta muted">
              <time dateTime={revision.createdAt} title={new Date(revision.createdAt).toLocaleString()}>{relative(revision.createdAt)}</time>
              {' · '}
              {revision.author || t('comments.unknownAuthor')}
              {' · '}
              {t('library.words', { count: revision.wordCount })}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}

interface RevisionDetailProps {
  review: Review;
  revision: Revision;
  all: Revision[];
  onBack: () => void;
}

function RevisionDetail({ review, revision, all, onBack }: RevisionDetailProps) {
  const { t } = useTranslation();
  const [against, setAgainst] = useState('current');
  const [confirming, setConfirming] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const diff = useRevisionDiff(review.article.id, revision.id, against);
  const compareId = useId();

  async function restore() {
    setRestoring(true);
    setError(null);
    try {
      await review.restore(revision.id);
    } catch (err) {
      setError(err instanceof UnsavedEditsError ? t('revisions.unsavedEdits') : t(`errors.${errorCodeOf(err)}`));
      setRestoring(false);
      setConfirming(false);
    }
  }

  return (
    <div className="revision-detail" data-testid="revision-detail">
      <button type="button" className="button button--ghost button--small" onClick={onBack} data-testid="revisions-back">
        <ArrowLeft size={14} aria-hidden />
        {t('revisions.back')}
      </button>
      <h3 className="revision-detail__title">
        {t('revisions.number', { number: revision.number })} — {revisionLabel(t, revision)}
      </h3>
      <div className="field field--inline">
        <label htmlFor={compareId}>{t('revisions.compareWith')}</label>
        <select id={compareId} value={against} onChange={(e) => setAgainst(e.target.value)} data-testid="compare-with">
          <option value="current">{t('revisions.currentText')}</option>
          {all
            .filter((r) => r.id !== revision.id)
            .map((r) => (
              <option key={r.id} value={r.id}>
                {t('revisions.number', { number: r.number })} — {revisionLabel(t, r)}
              </option>
            ))}
        </select>
      </div>
      {diff.isPending ? <p className="muted">{t('app.loading')}</p> : null}
      {diff.isError ? <p role="alert" className="error">{t(`errors.${errorCodeOf(diff.error)}`)}</p> : null}
      {diff.data ? <RevisionDiffView diff={diff.data} lang={review.article.lang} /> : null}
      <div className="revision-detail__actions">
        <button type="button" className="button" onClick={() => setConfirming(true)} data-testid="restore-revision">
          <RotateCcw size={16} aria-hidden />
          {t('revisions.restore')}
        </button>
      </div>
      {error ? <p role="alert" className="error">{error}</p> : null}
      <Dialog open={confirming} title={t('revisions.restoreTitle', { number: revision.number })} closeLabel={t('revisions.cancel')} onClose={() => setConfirming(false)} testId="restore-dialog">
        <p>{t('revisions.restoreExplain')}</p>
        <div className="form__actions">
          <button type="button" className="button" onClick={() => setConfirming(false)} autoFocus>{t('revisions.cancel')}</button>
          <button type="button" className="button button--primary" disabled={restoring} onClick={() => void restore()} data-testid="confirm-restore">
            {t('revisions.restoreConfirm')}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
