/**
 * "Pre-translate": main fills the empty segments from the memories as a job — and, when the
 * translator picks an engine, the rest by machine translation as drafts; the desk follows it
 * every 250 ms with a progress bar and a Cancel button, then loads the filled segments.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Wand2, X } from 'lucide-react';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import type { Job } from '../../../src-preload/contract/translation.ts';
import { call, errorCodeOf } from '../../lib/api.ts';
import { jobPercent, pollJob } from '../../lib/jobProgress.ts';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { MtEngineId } from '../../../src-preload/contract/mt.ts';
import { useMtSettings } from '../mt/mtQueries.ts';
import { readyEngines } from './MtSuggestionPanel.tsx';

export interface PretranslateControlProps {
  articleId: string;
  sourceLang: Lang;
  targetLang: Lang;
  onFinished: (notice: string) => Promise<void>;
}

export function PretranslateControl({ articleId, sourceLang, targetLang, onFinished }: PretranslateControlProps) {
  const { t } = useTranslation();
  const ready = readyEngines(useMtSettings().data?.engines, sourceLang, targetLang);
  // '' = memory only. Machine translation is a choice made here, never a silent default.
  const [engine, setEngine] = useState<MtEngineId | ''>('');
  const chosen = ready.some((e) => e.id === engine) ? engine : '';
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
      const started = await call('startPretranslate', { articleId, ...(chosen ? { engine: chosen } : {}) });
      const end = await pollJob(started, { getJob: (id) => call('getJob', { id }), onUpdate: setJob, signal: controller.signal });
      if (!end) return;
      setJob(null);
      if (end.state === 'failed') setError((end.error?.code as ErrorCode | undefined) ?? 'INTERNAL');
      else if (end.state === 'cancelled') setMessage(t('desk.pretranslateCancelled'));
      else {
        // The desk reloads with the filled segments and shows this notice.
        const filled = end.result?.filled ?? 0;
        const machine = end.result?.machine ?? 0;
        await onFinished(
          chosen ? t('desk.pretranslateDoneMt', { filled, count: machine, flagged: end.result?.flagged ?? 0 }) : t('desk.pretranslateDone', { count: filled }),
        );
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
        <>
          <button type="button" className="button" onClick={() => void run()} title={t('desk.pretranslateHint')} data-testid="pretranslate-start">
            <Wand2 size={16} aria-hidden />
            {t('desk.pretranslate')}
          </button>
          {ready.length > 0 ? (
            <label className="desk-job__engine">
              <span>{t('desk.mt.pretranslateEngine')}</span>
              <select value={chosen} onChange={(e) => setEngine(e.target.value as MtEngineId | '')} data-testid="pretranslate-engine">
                <option value="">{t('desk.mt.memoryOnly')}</option>
                {ready.map((e) => (
                  <option key={e.id} value={e.id}>
                    {t(`mt.engineName.${e.id}`)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </>
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
