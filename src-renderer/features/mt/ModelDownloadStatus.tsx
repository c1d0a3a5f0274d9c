/** A model download's progress bar (percent of bytes, Cancel), then how it ended. */
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../src-preload/contract/translation.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import { jobPercent } from '../../lib/jobProgress.ts';
import { megabytes } from './modelRows.ts';

/** Codes whose general wording speaks of a translation engine; for a download it is the model server. */
const unreachable = new Set<ErrorCode>(['MT_UNAVAILABLE', 'MT_TIMEOUT', 'NETWORK']);

export interface ModelDownloadStatusProps {
  job: Job | null;
  starting: boolean;
  error: ErrorCode | null;
  /** The direction, for the progress bar's label. */
  name: string;
  onCancel: () => void;
}

export function ModelDownloadStatus({ job, starting, error, name, onCancel }: ModelDownloadStatusProps) {
  const { t, i18n } = useTranslation();
  const mb = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  // A failed job whose code has not arrived yet still reads as a failure, never as "installed".
  const failure = error ?? (job?.state === 'failed' ? 'MT_UNAVAILABLE' : null);
  if (failure) {
    return (
      <p role="alert" className="error" data-testid="mt-download-error">
        {t('mt.download.failed', { reason: unreachable.has(failure) ? t('mt.download.unreachable') : t(`errors.${failure}`) })}
      </p>
    );
  }
  if (!job && !starting) return null;
  if (!job || job.state === 'running') {
    const percent = job ? jobPercent(job) : null;
    const text = percent === null ? t('mt.download.starting') : t('mt.download.percent', { percent });
    return (
      <div className="mt-download" data-testid="mt-download-progress" data-state={job ? job.state : 'starting'}>
        <div className="mt-download__bar" role="progressbar" aria-label={t('mt.download.progressLabel', { direction: name })} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent ?? undefined} aria-valuetext={text}>
          <div className="mt-download__fill" style={{ width: `${percent ?? 0}%` }} />
        </div>
        <span className="mt-download__percent" data-testid="mt-download-percent">
          {text}
        </span>
        {job && job.total > 0 ? <span className="muted mt-download__bytes">{t('mt.download.bytes', { done: mb.format(megabytes(job.done)), total: mb.format(megabytes(job.total)) })}</span> : null}
        <button type="button" className="button button--small" onClick={onCancel} disabled={!job} data-testid="mt-download-cancel">
          {t('mt.download.cancel')}
        </button>
      </div>
    );
  }
  return (
    <p role="status" className={job.state === 'done' ? 'mt-download__done' : 'muted'} data-testid="mt-download-result" data-state={job.state}>
      {job.state === 'cancelled' ? t('mt.download.cancelled') : t('mt.download.done')}
    </p>
  );
}
