/**
 * "Moved to the trash — Undo": a polite live region, so screen readers hear it without losing
 * their place. It stays for a while (longer while focused or hovered) and closes on Escape.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { X } from 'lucide-react';

export interface UndoToastProps {
  title: string;
  onUndo: () => void;
  onClose: () => void;
  /** How long the toast stays when left alone (default 10 s). */
  timeoutMs?: number;
}

export function UndoToast({ title, onUndo, onClose, timeoutMs = 10_000 }: UndoToastProps) {
  const { t } = useTranslation();
  const [held, setHeld] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(onClose, timeoutMs);
    return () => clearTimeout(timer);
  }, [held, onClose, timeoutMs, title]);
  return (
    <div
      ref={ref}
      className="toast"
      role="status"
      aria-live="polite"
      data-testid="undo-toast"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(e) => {
        if (!ref.current?.contains(e.relatedTarget as Node | null)) setHeld(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <span>{t('library.movedToTrash', { title })}</span>
      <button type="button" className="button button--small" onClick={onUndo} data-testid="undo-delete">
        {t('library.undo')}
      </button>
      <button type="button" className="icon-button" onClick={onClose} aria-label={t('library.dismiss')} title={t('library.dismiss')}>
        <X size={16} aria-hidden />
      </button>
    </div>
  );
}
