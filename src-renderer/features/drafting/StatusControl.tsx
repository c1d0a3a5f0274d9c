/**
 * The article's workflow status, changed from a list that offers only the moves the workflow
 * allows (articleWorkflow.ts); main records who (Settings name) and when. A move to "ready" that
 * the readiness gate refuses (unresolved claims) opens the gate dialog, which retries with a note.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articleStatuses } from '../../../src-preload/contract/articleWorkflow.ts';
import type { ArticleStatus } from '../../../src-preload/contract/domain.ts';
import { errorCodeOf } from '../../lib/api.ts';
import { useArticleStatus, useSetArticleStatus } from './articleStatusQueries.ts';
import { ReadinessGateDialog } from '../factcheck/ReadinessGateDialog.tsx';

export function StatusControl({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const status = useArticleStatus(articleId);
  const setStatus = useSetArticleStatus(articleId);
  const [gated, setGated] = useState<ArticleStatus | null>(null);
  if (!status.data) return null;
  const current = status.data.status;
  return (
    <div className="status-control">
      <label className="field field--inline">
        <span className="visually-hidden">{t('editor.statusLabel')}</span>
        <select
          className={`status-control__select status-badge--${current}`}
          value={current}
          disabled={setStatus.isPending}
          onChange={(e) => {
            const next = e.target.value as ArticleStatus;
            setStatus.mutate({ status: next }, { onError: (err) => (errorCodeOf(err) === 'CLAIMS_UNRESOLVED' ? setGated(next) : undefined) });
          }}
          aria-label={t('editor.statusLabel')}
          title={t('editor.statusLabel')}
          data-testid="article-status"
        >
          {articleStatuses.map((s) => (
            <option key={s} value={s} disabled={s !== current && !status.data.allowed.includes(s)}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {setStatus.isError && errorCodeOf(setStatus.error) !== 'CLAIMS_UNRESOLVED' ? (
        <span role="alert" className="error status-control__error">
          {errorCodeOf(setStatus.error) === 'CONFLICT' ? t('editor.statusNotAllowed') : t(`errors.${errorCodeOf(setStatus.error)}`)}
        </span>
      ) : null}
      <ReadinessGateDialog
        open={gated !== null}
        articleId={articleId}
        onClose={() => setGated(null)}
        onOverride={(note) => setStatus.mutateAsync({ status: gated ?? 'ready', override: { note } })}
      />
    </div>
  );
}
