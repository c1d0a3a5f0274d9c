/** Asks before deleting everything in the trash for good; Cancel has the focus, so Enter is safe. */
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog.tsx';

export interface EmptyTrashDialogProps {
  open: boolean;
  count: number;
  onCancel: () => void;
  onConfirm: () => void;
}

export function EmptyTrashDialog({ open, count, onCancel, onConfirm }: EmptyTrashDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('library.emptyTrashTitle')} closeLabel={t('library.cancel')} onClose={onCancel} testId="empty-trash-dialog">
      <p>{t('library.emptyTrashQuestion', { count })}</p>
      <div className="form__actions library__dialog-actions">
        <button type="button" className="button" onClick={onCancel} autoFocus data-testid="empty-trash-cancel">
          {t('library.cancel')}
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm} data-testid="empty-trash-confirm">
          {t('library.emptyTrashConfirm')}
        </button>
      </div>
    </Dialog>
  );
}
