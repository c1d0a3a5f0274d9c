/**
 * One direction in the model manager: installed (size, origin, date), damaged or not installed,
 * and its actions. Remove asks first, in the row itself: a second modal inside the Settings dialog
 * would close Settings too when it closes (React passes a dialog's close event up to the outer one).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Download, Trash2 } from 'lucide-react';
import type { ModelRow } from './modelRows.ts';
import { megabytes } from './modelRows.ts';
import { ModelDownloadStatus } from './ModelDownloadStatus.tsx';
import { useModelDownload } from './useModelDownload.ts';

export interface ModelDirectionRowProps {
  row: ModelRow;
  /** "Indonesian → English", in the UI language. */
  name: string;
  /** Removes the model (after the user confirmed); reports its own errors. */
  onRemove: () => Promise<void>;
  /** A removal is being saved: no second one meanwhile. */
  removing: boolean;
}

export function ModelDirectionRow({ row, name, onRemove, removing }: ModelDirectionRowProps) {
  const { t, i18n } = useTranslation();
  const download = useModelDownload(row.from, row.to);
  const [confirming, setConfirming] = useState(false);
  const downloading = download.starting || download.job?.state === 'running';
  const showStatus = download.starting || download.job !== null || download.error !== null;
  const model = row.model;
  return (
    <>
      <tr data-testid="mt-model-row" data-direction={`${row.from}-${row.to}`} data-state={downloading ? 'downloading' : row.state}>
        <th scope="row">{name}</th>
        <td data-testid="mt-model-state">
          {row.state === 'missing' ? <span className="muted">{t('mt.models.missing')}</span> : null}
          {row.state === 'damaged' ? <span className="error">{t('mt.models.damaged')}</span> : null}
          {row.state === 'installed' && model ? (
            <>
              <span className="mt-status--ready">{t('mt.models.installed')}</span>
              <small className="mt-models__details muted" data-testid="mt-model-details">
                {[
                  t('mt.models.size', { size: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(megabytes(model.bytes)) }),
                  model.origin ? t(`mt.models.origin.${model.origin}`) : null,
                  model.installedAt ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(model.installedAt)) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </small>
            </>
          ) : null}
        </td>
        <td className="mt-models__actions">
          {row.state === 'missing' ? (
            <button type="button" className="button button--small" onClick={() => void download.start()} disabled={downloading} aria-label={t('mt.download.startFor', { direction: name })} data-testid="mt-model-download">
              <Download size={16} aria-hidden />
              {t('mt.download.start')}
            </button>
          ) : (
            <button type="button" className="button button--small" onClick={() => setConfirming(true)} disabled={removing || downloading || confirming} aria-label={t('mt.models.removeFor', { direction: name })} data-testid="mt-model-remove">
              <Trash2 size={16} aria-hidden />
              {t('mt.models.remove')}
            </button>
          )}
        </td>
      </tr>
      {confirming ? (
        <tr className="mt-models__subrow">
          <td colSpan={3}>
            <div
              className="mt-models__confirm"
              role="group"
              aria-label={t('mt.models.removeTitle')}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  // Escape answers "no" here instead of closing Settings.
                  e.preventDefault();
                  e.stopPropagation();
                  setConfirming(false);
                }
              }}
              data-testid="mt-model-remove-confirm"
            >
              <span>{t('mt.models.removeQuestion', { direction: name })}</span>
              <button type="button" className="button button--small" onClick={() => setConfirming(false)} autoFocus data-testid="mt-model-remove-cancel">
                {t('mt.download.cancel')}
              </button>
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => {
                  setConfirming(false);
                  void onRemove();
                }}
                data-testid="mt-model-remove-yes"
              >
                {t('mt.models.remove')}
              </button>
            </div>
          </td>
        </tr>
      ) : null}
      {showStatus ? (
        <tr className="mt-models__subrow">
          <td colSpan={3}>
            <ModelDownloadStatus job={download.job} starting={download.starting} error={download.error} name={name} onCancel={() => void download.cancel()} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
