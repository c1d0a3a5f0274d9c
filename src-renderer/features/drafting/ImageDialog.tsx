/**
 * Insert a picture from a local file, or edit the selected picture: choose a file (the native
 * chooser, so the renderer only ever sees the file's bytes, never a path), describe it for readers
 * who cannot see it, insert. Main stores the bytes; refusals are shown in the dialog.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog.tsx';
import { errorCodeOf } from '../../lib/api.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import { maxImageTextLength } from '../../../src-preload/contract/imageNode.ts';
import { imageErrorKey } from './uploadImage.ts';

/** Types the app stores; the chooser offers only these (main checks the bytes anyway). */
const acceptedTypes = 'image/png,image/jpeg,image/gif,image/webp,.png,.jpg,.jpeg,.gif,.webp';

export interface ImageDialogProps {
  /** Null when closed; `editing` when a picture is selected (its description is changed, the file is optional). */
  state: { editing: boolean; alt: string } | null;
  /** Stores the file (when one was chosen) and puts the picture in the article; throws BridgeError on refusal. */
  onSubmit: (input: { file: File | null; alt: string }) => Promise<void>;
  onClose: () => void;
}

export function ImageDialog({ state, onSubmit, onClose }: ImageDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={state !== null} title={state?.editing ? t('image.editTitle') : t('image.insertTitle')} closeLabel={t('image.close')} onClose={onClose} testId="image-dialog">
      {state ? <ImageForm editing={state.editing} initialAlt={state.alt} onSubmit={onSubmit} onClose={onClose} /> : null}
    </Dialog>
  );
}

function ImageForm({ editing, initialAlt, onSubmit, onClose }: { editing: boolean; initialAlt: string } & Omit<ImageDialogProps, 'state'>) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState(initialAlt);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | 'chooseFirst' | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const chooseRef = useRef<HTMLButtonElement>(null);
  const altRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const formatsId = useId();
  const errorId = useId();

  // The native dialog focuses its close button; start where the writer starts instead.
  useEffect(() => {
    const frame = requestAnimationFrame(() => (editing ? altRef.current : chooseRef.current)?.focus());
    return () => cancelAnimationFrame(frame);
  }, [editing]);

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (busy) return;
        if (!file && !editing) {
          setError('chooseFirst');
          return;
        }
        setBusy(true);
        setError(null);
        onSubmit({ file, alt: alt.trim() }).catch((caught: unknown) => {
          setError(errorCodeOf(caught));
          setBusy(false);
        });
      }}
    >
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden
        accept={acceptedTypes}
        data-testid="image-file"
        onChange={(e) => {
          setFile(e.target.files?.[0] ?? null);
          setError(null);
        }}
      />
      <div className="field">
        <span>{t('image.file')}</span>
        <div className="image-dialog__file">
          <button ref={chooseRef} type="button" className="button" aria-describedby={formatsId} onClick={() => input.current?.click()} data-testid="image-choose">
            {editing ? t('image.replace') : t('image.choose')}
          </button>
          <span className="muted" data-testid="image-file-name">{file?.name ?? (editing ? '' : t('image.noFile'))}</span>
        </div>
      </div>
      <p id={formatsId} className="muted field-hint">{t('image.formats')}</p>
      <label className="field">
        <span>{t('image.alt')}</span>
        <input
          ref={altRef}
          type="text"
          autoComplete="off"
          maxLength={maxImageTextLength}
          value={alt}
          aria-describedby={hintId}
          data-testid="image-alt"
          onChange={(e) => setAlt(e.target.value)}
        />
      </label>
      <p id={hintId} className="muted field-hint">{t('image.altHint')}</p>
      {error ? (
        <p id={errorId} role="alert" className="error field-hint" data-testid="image-dialog-error">
          {error === 'chooseFirst' ? t('image.chooseFirst') : t(imageErrorKey(error))}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('image.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy} data-testid="image-insert">
          {busy ? t('image.adding') : editing ? t('image.apply') : t('image.insert')}
        </button>
      </div>
    </form>
  );
}
