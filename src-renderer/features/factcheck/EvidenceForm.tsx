/** "Add evidence" for one claim: a web page or document (title, address, publisher, date, excerpt) or a local file the app keeps. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../lib/api.ts';
import { readFileAsBase64 } from '../../lib/readFileAsBase64.ts';
import { useAddEvidence } from './factcheckQueries.ts';

/** The largest evidence file the bridge accepts (EvidenceFileInput). */
const maxFileBytes = 20 * 1024 * 1024;

export function EvidenceForm({ articleId, claimId, onDone }: { articleId: string; claimId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddEvidence(articleId);
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [publisher, setPublisher] = useState('');
  const [publishedOn, setPublishedOn] = useState('');
  const [excerpt, setExcerpt] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (!title.trim() || busy) return;
    if (url.trim() && !/^https?:\/\/\S+$/i.test(url.trim())) {
      setError(t('factcheck.badUrl'));
      return;
    }
    if (file && file.size > maxFileBytes) {
      setError(t('errors.FILE_TOO_LARGE'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await add.mutateAsync({
        claimId,
        evidence: {
          title: title.trim(),
          ...(url.trim() ? { url: url.trim() } : {}),
          ...(publisher.trim() ? { publisher: publisher.trim() } : {}),
          ...(publishedOn ? { publishedOn } : {}),
          ...(excerpt.trim() ? { excerpt: excerpt.trim() } : {}),
          ...(file ? { file: { name: file.name, dataBase64: await readFileAsBase64(file) } } : {}),
        },
      });
      onDone();
    } catch (e) {
      setError(t(`errors.${errorCodeOf(e)}`));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="evidence-form"
      data-testid="evidence-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label className="field">
        <span>{t('factcheck.evidenceTitleField')}</span>
        <input value={title} onChange={(e) => setTitle(e.target.value.replace(/[\r\n]+/g, ' '))} maxLength={500} required autoFocus data-testid="evidence-title" />
      </label>
      <label className="field">
        <span>{t('factcheck.evidenceUrl')}</span>
        <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} maxLength={2000} placeholder={t('factcheck.evidenceUrlPlaceholder')} data-testid="evidence-url" />
      </label>
      <label className="field">
        <span>{t('factcheck.evidencePublisher')}</span>
        <input value={publisher} onChange={(e) => setPublisher(e.target.value.replace(/[\r\n]+/g, ' '))} maxLength={200} data-testid="evidence-publisher" />
      </label>
      <label className="field">
        <span>{t('factcheck.evidenceDate')}</span>
        <input type="date" value={publishedOn} onChange={(e) => setPublishedOn(e.target.value)} data-testid="evidence-date" />
      </label>
      <label className="field">
        <span>{t('factcheck.evidenceExcerpt')}</span>
        <textarea value={excerpt} onChange={(e) => setExcerpt(e.target.value)} rows={3} maxLength={20_000} data-testid="evidence-excerpt" />
      </label>
      <label className="field">
        <span>{t('factcheck.evidenceFile')}</span>
        <input type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="evidence-file" />
      </label>
      <div className="form__actions">
        <button type="button" className="button button--small" onClick={onDone}>{t('factcheck.cancel')}</button>
        <button type="submit" className="button button--small button--primary" disabled={busy || !title.trim()} data-testid="save-evidence">{t('factcheck.saveEvidence')}</button>
      </div>
      {error ? <p role="alert" className="error">{error}</p> : null}
    </form>
  );
}
