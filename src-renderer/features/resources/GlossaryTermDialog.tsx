/**
 * Add or change a glossary entry: the term in both languages, forbidden variants per language
 * ("a; b"), a note and whether case matters. Save stays in the dialog on an error, shown translated.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTerm } from '../../../src-preload/contract/translation.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { errorCodeOf } from '../../lib/api.ts';
import { formatVariants, parseVariants } from './glossaryVariants.ts';
import { useSaveGlossaryTerm } from './resourcesQueries.ts';

export interface GlossaryTermDialogProps {
  open: boolean;
  /** The entry to change; null adds one. */
  term: GlossaryTerm | null;
  onClose: () => void;
}

export function GlossaryTermDialog({ open, term, onClose }: GlossaryTermDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={term ? t('resources.glossary.editTitle') : t('resources.glossary.addTitle')} closeLabel={t('resources.cancel')} onClose={onClose} testId="glossary-dialog">
      <GlossaryTermForm key={term?.id ?? 'new'} term={term} onClose={onClose} />
    </Dialog>
  );
}

function GlossaryTermForm({ term, onClose }: { term: GlossaryTerm | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveGlossaryTerm();
  const [termId, setTermId] = useState(term?.termId ?? '');
  const [termEn, setTermEn] = useState(term?.termEn ?? '');
  const [forbiddenId, setForbiddenId] = useState(formatVariants(term?.forbiddenId ?? []));
  const [forbiddenEn, setForbiddenEn] = useState(formatVariants(term?.forbiddenEn ?? []));
  const [note, setNote] = useState(term?.note ?? '');
  const [caseSensitive, setCaseSensitive] = useState(term?.caseSensitive ?? false);
  const [error, setError] = useState<ErrorCode | 'needsTerm' | null>(null);
  const first = useRef<HTMLInputElement>(null);

  // The native dialog focuses its close button first; the term is what the user came for.
  useEffect(() => {
    const frame = requestAnimationFrame(() => first.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  async function submit() {
    if (!termId.trim() && !termEn.trim()) return setError('needsTerm');
    setError(null);
    try {
      await save.mutateAsync({
        ...(term ? { id: term.id } : {}),
        termId: termId.trim(),
        termEn: termEn.trim(),
        forbiddenId: parseVariants(forbiddenId),
        forbiddenEn: parseVariants(forbiddenEn),
        note: note.trim(),
        caseSensitive,
      });
      onClose();
    } catch (e) {
      setError(errorCodeOf(e));
    }
  }

  return (
    <form
      className="form glossary-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="glossary-form__pair">
        <label className="field">
          <span>{t('lang.id')}</span>
          <input ref={first} lang="id" value={termId} maxLength={500} spellCheck={false} onChange={(e) => setTermId(e.target.value)} data-testid="glossary-term-id" />
        </label>
        <label className="field">
          <span>{t('lang.en')}</span>
          <input lang="en" value={termEn} maxLength={500} spellCheck={false} onChange={(e) => setTermEn(e.target.value)} data-testid="glossary-term-en" />
        </label>
        <label className="field">
          <span>{t('resources.glossary.forbiddenIn', { language: t('lang.id') })}</span>
          <input lang="id" value={forbiddenId} onChange={(e) => setForbiddenId(e.target.value)} aria-describedby="glossary-variants-hint" data-testid="glossary-forbidden-id" />
        </label>
        <label className="field">
          <span>{t('resources.glossary.forbiddenIn', { language: t('lang.en') })}</span>
          <input lang="en" value={forbiddenEn} onChange={(e) => setForbiddenEn(e.target.value)} aria-describedby="glossary-variants-hint" data-testid="glossary-forbidden-en" />
        </label>
      </div>
      <p id="glossary-variants-hint" className="muted field-hint">{t('resources.glossary.variantsHint')}</p>
      <label className="field">
        <span>{t('resources.glossary.note')}</span>
        <textarea value={note} maxLength={2000} rows={3} onChange={(e) => setNote(e.target.value)} data-testid="glossary-note" />
      </label>
      <label className="field--inline">
        <input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)} data-testid="glossary-case-sensitive" />
        <span>{t('resources.glossary.caseSensitive')}</span>
      </label>
      {error ? (
        <p role="alert" className="error" data-testid="glossary-form-error">
          {error === 'needsTerm' ? t('resources.glossary.needsTerm') : error === 'CONFLICT' ? t('resources.glossary.duplicate') : t(`errors.${error}`)}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('resources.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={save.isPending} data-testid="glossary-save">
          {t('resources.save')}
        </button>
      </div>
    </form>
  );
}
