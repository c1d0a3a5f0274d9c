/** A TMX import's progress bar with percent and Cancel, then what it did or why it failed. */
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../src-preload/contract/translation.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import { jobPercent } from '../../lib/jobProgress.ts';

export interface TmxImportStatusProps {
  job: Job | null;
  /** Handing the file to main: shown as an indeterminate bar. */
  starting: boolean;
  error: ErrorCode | null;
  onCancel: () => void;
}

export function TmxImportStatus({ job, starting, error, onCancel }: TmxImportStatusProps) {
  const { t, i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language);
  const failure = error ?? (job?.state === 'failed' ? 'IMPORT_FAILED' : null);
  if (failure) {
    return (
      <p role="alert" className="error" data-testid="tmx-import-error">
        {t('resources.tmx.failed', { reason: t(`errors.${failure}`) })}
      </p>
    );
  }
  if (!job && !starting) return null;
  if (!job || job.state === 'running') {
    const percent = job ? jobPercent(job) : null;
    return (
      <div className="resources__progress" data-testid="tmx-import-progress" data-state={job ? job.state : 'starting'}>
        <div
          className="resources__bar"
          role="progressbar"
          aria-label={t('resources.tmx.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent ?? undefined}
          aria-valuetext={percent === null ? t('resources.tmx.starting') : t('resources.tmx.percent', { percent })}
        >
          <div className="resources__bar-fill" style={{ width: `${percent ?? 0}%` }} />
        </div>
        <span className="resources__percent" data-testid="tmx-import-percent">
          {percent === null ? t('resources.tmx.starting') : t('resources.tmx.percent', { percent })}
        </span>
        <button type="button" className="button button--small" onClick={onCancel} disabled={!job} data-testid="tmx-import-cancel">
          {t('resources.cancel')}
        </button>
      </div>
    );
  }
  const result = job.result ?? {};
  return (
    <p role="status" className="resources__done" data-testid="tmx-import-result" data-state={job.state}>
      {job.state === 'cancelled'
        ? t('resources.tmx.cancelled')
        : t('resources.tmx.done', {
            count: result.imported ?? result.units ?? result.added ?? 0,
            imported: format.format(result.imported ?? result.units ?? result.added ?? 0),
            skipped: format.format(result.skipped ?? 0),
          })}
    </p>
  );
}
