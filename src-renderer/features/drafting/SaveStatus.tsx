/** Shows what main has acknowledged: Saved / Saving… / Unsaved changes / Not saved (why). */
import { useTranslation } from 'react-i18next';
import { AlertTriangle, Check, Loader2, PenLine } from 'lucide-react';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import type { SaveState } from './autosaveQueue.ts';

export interface SaveStatusProps {
  state: SaveState;
  errorCode: ErrorCode | undefined;
  onRetry: () => void;
}

export function SaveStatus({ state, errorCode, onRetry }: SaveStatusProps) {
  const { t } = useTranslation();
  const icon = { saved: Check, saving: Loader2, dirty: PenLine, error: AlertTriangle }[state];
  const Icon = icon;
  const label =
    state === 'error'
      ? t('save.failed', { reason: t(`errors.${errorCode ?? 'INTERNAL'}`) })
      : { saved: t('save.saved'), saving: t('save.saving'), dirty: t('save.unsaved') }[state];
  return (
    <div className={`save-status save-status--${state}`} data-testid="save-status" data-state={state}>
      <span role="status" aria-live="polite" className="save-status__text" title={state === 'error' ? t('save.keptInMemory') : undefined}>
        <Icon size={16} aria-hidden className={state === 'saving' ? 'spin' : undefined} />
        {label}
      </span>
      {state === 'error' ? (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('save.retry')}
        </button>
      ) : null}
    </div>
  );
}
