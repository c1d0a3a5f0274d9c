/**
 * "Pre-translate": main fills the empty segments from the memories as a job; the desk follows it
 * every 250 ms with a progress bar and a Cancel button, then loads the filled segments.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Wand2, X } from 'lucide-react';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import type { Job } from '../../../src-preload/contract/translation.ts';
import { call, errorCodeOf } from '../../lib/api.ts';
import { jobPercent, pollJob } from '../../lib/jobProgress.ts';

export function PretranslateControl({ articleId, onFinished }: { articleId: string; onFinished: (notice: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [job, setJob] = useState<Job | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const stop = useRef<AbortController | null>(null);
  useEffect(() => () => stop.current?.abort(), []);

  async function run() {
    setMessage(null);
    setError(null);
    const controller = new AbortController();
    stop.current = controller;
    try {
      const started = await call('startPretranslate', { articleId });
      const end = await pollJob(started, { getJob: (id) => call('getJob', { id }), onUpdate: setJob, signal: controller.signal });
      if (!end) return;
      setJob(null);
      if (end.state === 'failed') setError((end.error?.code as ErrorCode | undefined) ?? 'INTERNAL');
      else if (end.state === 'cancelled') setMessage(t('desk.pretranslateCancelled'));
      else {
        // The desk reloads with the filled segments and shows this notice.
        await onFinished(t('desk.pretranslateDone', { count: end.result?.filled ?? 0 }));
      }
    } catch (e) {
      setJob(null);
      setError(errorCodeOf(e));
    }
  }

  const percent = job ? jobPercent(job) : null;
  return (
    <div className="desk-job" data-testid="pretranslate">
      {job ? (
        <>
          <div
            className="desk-job__bar"
            role="progressbar"
            aria-label={t('desk.pretranslating')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent ?? undefined}
            data-testid="pretranslate-progress"
          >
            <span className="desk-job__fill" style={{ width: `${percent ?? 0}%` }} />
          </div>
          <span className="desk-job__text">{percent === null ? t('desk.pretranslating') : t('desk.percent', { percent })}</span>
          <button type="button" className="button button--small" onClick={() => void call('cancelJob', { id: job.id }).catch(() => undefined)} data-testid="pretranslate-cancel">
            <X size={14} aria-hidden />
            {t('desk.cancel')}
          </button>
        </>
      ) : (
        <button type="button" className="button" onClick={() => void run()} title={t('desk.pretranslateHint')} data-testid="pretranslate-start">
          <Wand2 size={16} aria-hidden />
          {t('desk.pretranslate')}
        </button>
      )}
      {message ? (
        <span role="status" className="muted" data-testid="pretranslate-message">
          {message}
        </span>
      ) : null}
      {error ? (
        <span role="alert" className="error" data-testid="pretranslate-error">
          {t(`errors.${error}`)}
        </span>
      ) : null}
    </div>
  );
}
