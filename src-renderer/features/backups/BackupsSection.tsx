/**
 * The Settings dialog's "Backups" section: the backups with date, reason and size, "Back up now",
 * and "Restore…" behind a confirmation that says the current state is backed up first (or, for a
 * damaged database, that the damaged file is kept).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../src-preload/contract/backups.ts';
import { errorCodeOf } from '../../lib/api.ts';
import { useFlushRegistry } from '../../lib/flushRegistry.tsx';
import { useBackups, useCreateBackup, useDatabaseHealth, useRestoreBackup } from './backupQueries.ts';
import './backups.css';

export function BackupsSection({ onRestored }: { onRestored?: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const backups = useBackups();
  const health = useDatabaseHealth();
  const create = useCreateBackup();
  const restore = useRestoreBackup();
  const registry = useFlushRegistry();
  const [confirming, setConfirming] = useState<Backup | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const readOnly = health.data?.readOnly ?? false;
  const formatDate = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
  const formatSize = (bytes: number) =>
    bytes >= 1024 * 1024
      ? t('backups.sizeMb', { size: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024)) })
      : t('backups.sizeKb', { size: new Intl.NumberFormat(i18n.language).format(Math.max(1, Math.round(bytes / 1024))) });

  async function backUpNow() {
    setNotice(null);
    await registry.flushAll();
    const made = await create.mutateAsync().catch(() => null);
    if (made) setNotice(t('backups.created', { date: formatDate(made.createdAt) }));
  }

  async function confirmRestore(backup: Backup) {
    setConfirming(null);
    setNotice(null);
    // Pending edits are saved first, so the "before restore" backup holds them.
    await registry.flushAll();
    const result = await restore.mutateAsync(backup.id).catch(() => null);
    if (!result) return;
    setNotice(
      [t('backups.restored', { date: formatDate(backup.createdAt) }), result.damagedCopyPath ? t('backups.damagedKept', { path: result.damagedCopyPath }) : '']
        .filter(Boolean)
        .join(' '),
    );
    onRestored?.();
  }

  const error = create.error ?? restore.error;
  return (
    <section aria-labelledby={`${id}-title`} data-testid="backups-section">
      <h3 id={`${id}-title`}>{t('backups.title')}</h3>
      <p className="muted">{t('backups.intro')}</p>
      <div className="form__actions">
        <button type="button" className="button" onClick={() => void backUpNow()} disabled={create.isPending || restore.isPending || readOnly} data-testid="backup-now">
          {create.isPending ? t('backups.backingUp') : t('backups.backUpNow')}
        </button>
      </div>
      {restore.isPending ? <p className="muted" role="status">{t('backups.restoring')}</p> : null}
      {notice ? <p role="status" data-testid="backups-notice">{notice}</p> : null}
      {error ? (
        <p role="alert" className="error" data-testid="backups-error">
          {t(`errors.${errorCodeOf(error)}`)}
        </p>
      ) : null}
      {backups.isError ? (
        <p role="alert" className="error">{t(`errors.${errorCodeOf(backups.error)}`)}</p>
      ) : !backups.data ? (
        <p className="muted">{t('app.loading')}</p>
      ) : backups.data.length === 0 ? (
        <p className="muted" data-testid="backups-empty">{t('backups.empty')}</p>
      ) : (
        <table className="backups__table" aria-label={t('backups.listLabel')} data-testid="backups-list">
          <thead>
            <tr>
              <th scope="col">{t('backups.date')}</th>
              <th scope="col">{t('backups.reason')}</th>
              <th scope="col">{t('backups.size')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {backups.data.map((b) => (
              <tr key={b.id} data-testid="backup-row" data-backup-id={b.id} data-reason={b.reason}>
                <td>
                  <time dateTime={b.createdAt}>{formatDate(b.createdAt)}</time>
                </td>
                <td>{t(`backups.reasons.${b.reason}`)}</td>
                <td>{formatSize(b.sizeBytes)}</td>
                <td>
                  <button type="button" className="button button--ghost" onClick={() => setConfirming(b)} disabled={restore.isPending} data-testid="backup-restore">
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {/* Inline, not a nested <dialog>: closing a dialog inside the Settings dialog would close both. */}
      {confirming ? (
        <div role="group" aria-labelledby={`${id}-confirm`} className="backups__confirm" data-testid="restore-backup-dialog">
          <strong id={`${id}-confirm`}>{t('backups.restoreTitle')}</strong>
          <p>{t(readOnly ? 'backups.restoreBodyDamaged' : 'backups.restoreBody', { date: formatDate(confirming.createdAt) })}</p>
          <div className="form__actions">
            <button type="button" className="button" onClick={() => setConfirming(null)} autoFocus data-testid="restore-cancel">
              {t('backups.cancel')}
            </button>
            <button type="button" className="button button--danger" onClick={() => void confirmRestore(confirming)} data-testid="restore-confirm">
              {t('backups.restoreConfirm')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
