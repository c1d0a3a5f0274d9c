/** A workflow status as a small coloured label, in the UI language. */
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../../src-preload/contract/domain.ts';

export function StatusBadge({ status }: { status: ArticleStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-badge--${status}`} data-testid="status-badge" data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}
