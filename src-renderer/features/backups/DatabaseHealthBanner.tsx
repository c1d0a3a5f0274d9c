/**
 * Shown in the app shell while the database is damaged and open read-only: what happened, where
 * the file is, that nothing was changed, and the way out (restore a backup).
 */
import { useTranslation } from 'react-i18next';
import { useDatabaseHealth } from './backupQueries.ts';
import './backups.css';

export function DatabaseHealthBanner({ onOpenBackups }: { onOpenBackups: () => void }) {
  const { t } = useTranslation();
  const health = useDatabaseHealth();
  if (!health.data?.readOnly) return null;
  return (
    <div role="alert" className="db-health-banner" data-testid="db-damaged-banner">
      <strong>{t('backups.damagedTitle')}</strong>
      <p>{t('backups.damagedBody', { path: health.data.path })}</p>
      <button type="button" className="button" onClick={onOpenBackups} data-testid="db-damaged-open-backups">
        {t('backups.openBackups')}
      </button>
    </div>
  );
}
