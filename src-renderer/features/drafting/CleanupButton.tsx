/**
 * "Clean up text": saves pending edits, asks main what cleaning the stored article would change,
 * lists it in a dialog, and on Apply has main clean and save it; the editor then reloads from the
 * saved article (the same way a restored version does).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowRight, Sparkles } from 'lucide-react';
import type { Article, CleanupChange } from '../../../src-preload/contract/domain.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { call, errorCodeOf } from '../../lib/api.ts';

export interface CleanupButtonProps {
  articleId: string;
  /** Saves pending edits (text and metadata) first, so the preview is of the text on screen. */
  flush: () => Promise<void>;
  /** True while edits main has not acknowledged remain (cleaning now would overwrite them). */
  hasPending: () => boolean;
  /** The article version main acknowledged last: what the cleanup is based on. */
  currentVersion: () => number;
  /** Called with the cleaned, saved article; reloads the editor. */
  onApplied: (article: Article) => void;
}

type Preview = { state: 'closed' } | { state: 'loading' } | { state: 'ready'; changes: CleanupChange[] } | { state: 'error'; message: string };

export function CleanupButton({ articleId, flush, hasPending, currentVersion, onApplied }: CleanupButtonProps) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<Preview>({ state: 'closed' });
  const [busy, setBusy] = useState(false);
  const [applyError, setApplyError] = useState<string | null>(null);

  async function open() {
    setApplyError(null);
    setPreview({ state: 'loading' });
    try {
      await flush();
      if (hasPending()) {
        setPreview({ state: 'error', message: t('cleanup.unsavedEdits') });
        return;
      }
      const { changes } = await call('previewCleanup', { id: articleId });
      setPreview({ state: 'ready', changes });
    } catch (e) {
      setPreview({ state: 'error', message: t(`errors.${errorCodeOf(e)}`) });
    }
  }

  async function apply() {
    setBusy(true);
    setApplyError(null);
    try {
      await flush();
      if (hasPending()) throw new Error('unsaved');
      const article = await call('applyCleanup', { id: articleId, baseVersion: currentVersion() });
      setPreview({ state: 'closed' });
      onApplied(article);
    } catch (e) {
      setApplyError(e instanceof Error && e.message === 'unsaved' ? t('cleanup.unsavedEdits') : t(`errors.${errorCodeOf(e)}`));
    } finally {
      setBusy(false);
    }
  }

  const close = () => setPreview({ state: 'closed' });
  const changes = preview.state === 'ready' ? preview.changes : [];
  return (
    <>
      <button type="button" className="button" onClick={() => void open()} title={t('cleanup.buttonHint')} disabled={preview.state === 'loading'} data-testid="cleanup-open">
        <Sparkles size={18} aria-hidden />
        {t('cleanup.button')}
      </button>
      <Dialog open={preview.state !== 'closed'} title={t('cleanup.title')} closeLabel={t('cleanup.close')} onClose={close} testId="cleanup-dialog">
        {preview.state === 'loading' ? <p className="muted">{t('cleanup.loading')}</p> : null}
        {preview.state === 'error' ? <p role="alert" className="error">{preview.message}</p> : null}
        {preview.state === 'ready' && changes.length === 0 ? <p data-testid="cleanup-nothing">{t('cleanup.nothing')}</p> : null}
        {changes.length > 0 ? (
          <>
            <p>{t('cleanup.intro', { count: changes.length })}</p>
            <ol className="cleanup__list" data-testid="cleanup-changes">
              {changes.map((c, i) => (
                <li key={i} className="cleanup__change" data-kind={c.kind}>
                  <span className="cleanup__kind">
                    {t(`cleanup.kind.${c.kind}`)} <span className="muted">· {t('cleanup.line', { line: c.line })}</span>
                  </span>
                  <span className="cleanup__texts">
                    <del className="cleanup__before">{c.before}</del>
                    <ArrowRight size={14} aria-hidden />
                    <span className="visually-hidden">{t('cleanup.becomes')}</span>
                    {c.after === '' ? <span className="muted">{t('cleanup.removed')}</span> : <ins className="cleanup__after">{c.after}</ins>}
                  </span>
                </li>
              ))}
            </ol>
          </>
        ) : null}
        <div className="cleanup__actions">
          <button type="button" className="button" onClick={close} data-testid="cleanup-cancel">{t(changes.length > 0 ? 'cleanup.cancel' : 'cleanup.close')}</button>
          {changes.length > 0 ? (
            <button type="button" className="button button--primary" onClick={() => void apply()} disabled={busy} data-testid="cleanup-apply">
              {busy ? t('cleanup.applying') : t('cleanup.apply')}
            </button>
          ) : null}
        </div>
        {applyError ? <p role="alert" className="error">{applyError}</p> : null}
      </Dialog>
    </>
  );
}
