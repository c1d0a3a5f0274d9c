/**
 * Insert or edit a link: one field, checked as it is typed against what the stored format
 * allows (http, https, mailto). Enter applies, Escape cancels; focus returns to the text.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog.tsx';
import { normalizeLinkHref } from './linkHref.ts';

export interface LinkDialogProps {
  open: boolean;
  /** The href of the link at the selection, when there is one. */
  currentHref: string | null;
  onApply: (href: string) => void;
  onRemove: () => void;
  onClose: () => void;
}

export function LinkDialog({ open, currentHref, onApply, onRemove, onClose }: LinkDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={currentHref ? t('link.editTitle') : t('link.insertTitle')} closeLabel={t('link.close')} onClose={onClose} testId="link-dialog">
      <LinkForm currentHref={currentHref} onApply={onApply} onRemove={onRemove} onClose={onClose} />
    </Dialog>
  );
}

function LinkForm({ currentHref, onApply, onRemove, onClose }: Omit<LinkDialogProps, 'open'>) {
  const { t } = useTranslation();
  const [value, setValue] = useState(currentHref ?? '');
  const [touched, setTouched] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const errorId = useId();
  const href = normalizeLinkHref(value);
  const showError = touched && value.trim() !== '' && href === null;

  // The native dialog focuses its first control (the close button) when it opens; the field
  // is what the writer wants, so take focus in the next frame.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      inputRef.current?.focus();
      inputRef.current?.select();
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (href) onApply(href);
      }}
    >
      <label className="field">
        <span>{t('link.address')}</span>
        <input
          ref={inputRef}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={value}
          aria-invalid={showError}
          aria-describedby={showError ? `${errorId} ${hintId}` : hintId}
          data-testid="link-href"
          onChange={(e) => setValue(e.target.value)}
          onBlur={() => setTouched(true)}
        />
      </label>
      <p id={hintId} className="muted field-hint">{t('link.hint')}</p>
      {showError ? (
        <p id={errorId} role="alert" className="error field-hint">
          {t('link.invalid')}
        </p>
      ) : null}
      <div className="form__actions">
        {currentHref ? (
          <button type="button" className="button" onClick={onRemove} data-testid="link-remove">
            {t('link.remove')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onClose}>
          {t('link.cancel')}
        </button>
        <button type="submit" className="button button--primary" data-testid="link-apply">
          {t('link.apply')}
        </button>
      </div>
    </form>
  );
}
