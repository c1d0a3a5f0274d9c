/** Asks before something is deleted for good; Cancel has the focus, so Enter is safe. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog.tsx';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  confirmLabel: string;
  children: ReactNode;
  onCancel: () => void;
  onConfirm: () => void;
  testId?: string;
}

export function ConfirmDialog({ open, title, confirmLabel, children, onCancel, onConfirm, testId }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={title} closeLabel={t('resources.cancel')} onClose={onCancel} testId={testId}>
      {children}
      <div className="form__actions resources__dialog-actions">
        <button type="button" className="button" onClick={onCancel} autoFocus data-testid="confirm-cancel">
          {t('resources.cancel')}
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm} data-testid="confirm-delete">
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
