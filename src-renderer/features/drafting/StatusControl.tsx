/**
 * The article's workflow status, changed from a list that offers only the moves the workflow
 * allows (articleWorkflow.ts); main records who (Settings name) and when.
 */
import { useTranslation } from 'react-i18next';
import { articleStatuses } from '../../../src-preload/contract/articleWorkflow.ts';
import type { ArticleStatus } from '../../../src-preload/contract/domain.ts';
import { errorCodeOf } from '../../lib/api.ts';
import { useArticleStatus, useSetArticleStatus } from './articleStatusQueries.ts';

export function StatusControl({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const status = useArticleStatus(articleId);
  const setStatus = useSetArticleStatus(articleId);
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
          onChange={(e) => setStatus.mutate(e.target.value as ArticleStatus)}
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
      {setStatus.isError ? (
        <span role="alert" className="error status-control__error">
          {errorCodeOf(setStatus.error) === 'CONFLICT' ? t('editor.statusNotAllowed') : t(`errors.${errorCodeOf(setStatus.error)}`)}
        </span>
      ) : null}
    </div>
  );
}
