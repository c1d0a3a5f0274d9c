/**
 * A modal built on the native <dialog>: the browser provides focus trapping, Escape to close,
 * the backdrop and the dialog role, which hand-rolled overlays usually get wrong.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { X } from 'lucide-react';

export interface DialogProps {
  open: boolean;
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}

export function Dialog({ open, title, closeLabel, onClose, children, testId }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose} data-testid={testId}>
      <header className="dialog__header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={closeLabel} title={closeLabel}>
          <X size={18} aria-hidden />
        </button>
      </header>
      <div className="dialog__body">{open ? children : null}</div>
    </dialog>
  );
}
