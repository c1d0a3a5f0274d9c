/**
 * A text field saved when the user leaves it or presses Enter (Escape puts the stored value back).
 * Addresses and model names are saved whole, never per keystroke, so a half-typed address is
 * never stored, and a refused one stays in the field with the reason under it.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import { errorCodeOf } from '../../lib/api.ts';

export interface CommitFieldProps {
  label: string;
  /** The stored value. */
  value: string;
  /** Saves the new value; a BridgeError it throws is shown under the field. */
  onCommit: (value: string) => Promise<unknown>;
  /** What INVALID_INPUT means for this field (main refuses a malformed value with it). */
  invalidMessage: string;
  hint?: string;
  placeholder?: string;
  type?: 'text' | 'url';
  disabled?: boolean;
  testId: string;
}

export function CommitField({ label, value, onCommit, invalidMessage, hint, placeholder, type = 'text', disabled, testId }: CommitFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [saving, setSaving] = useState(false);

  async function commit() {
    if (draft === null || saving) return;
    if (draft.trim() === value) {
      setDraft(null);
      setError(null);
      return;
    }
    setSaving(true);
    try {
      await onCommit(draft.trim());
      setDraft(null);
      setError(null);
    } catch (e) {
      setError(errorCodeOf(e));
    } finally {
      setSaving(false);
    }
  }

  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={draft ?? value}
        placeholder={placeholder}
        disabled={disabled}
        spellCheck={false}
        autoComplete="off"
        maxLength={500}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void commit();
          }
          if (e.key === 'Escape' && draft !== null) {
            // Only undo the typing here; an untouched field lets Escape close the dialog.
            e.preventDefault();
            e.stopPropagation();
            setDraft(null);
            setError(null);
          }
        }}
        data-testid={testId}
      />
      {hint ? (
        <small id={`${id}-hint`} className="muted">
          {hint}
        </small>
      ) : null}
      {error ? (
        <small id={`${id}-error`} role="alert" className="error" data-testid={`${testId}-error`}>
          {error === 'INVALID_INPUT' ? invalidMessage : t(`errors.${error}`)}
        </small>
      ) : null}
    </div>
  );
}
