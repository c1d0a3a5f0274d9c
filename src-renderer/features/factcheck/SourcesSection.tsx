/** The source library in the Claims panel: import a document, list and delete sources, search their passages. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Trash2, Upload } from 'lucide-react';
import { errorCodeOf } from '../../lib/api.ts';
import { readFileAsBase64 } from '../../lib/readFileAsBase64.ts';
import { HighlightedText } from '../library/HighlightedText.tsx';
import { useDebouncedValue } from '../library/useDebouncedValue.ts';
import { useDeleteSource, useImportSource, useSourceSearch, useSources } from './factcheckQueries.ts';

/** The largest source file the bridge accepts (importSource). */
const maxSourceBytes = 50 * 1024 * 1024;

export function SourcesSection() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const sources = useSources(open);
  const importSource = useImportSource();
  const deleteSource = useDeleteSource();
  const [query, setQuery] = useState('');
  const debounced = useDebouncedValue(query, 250);
  const search = useSourceSearch(debounced);
  const [error, setError] = useState<string | null>(null);
  const fileId = useId();
  const searchId = useId();

  async function importFile(file: File) {
    setError(null);
    if (file.size > maxSourceBytes) {
      setError(t('errors.FILE_TOO_LARGE'));
      return;
    }
    try {
      await importSource.mutateAsync({ name: file.name, dataBase64: await readFileAsBase64(file) });
    } catch (e) {
      setError(t(`errors.${errorCodeOf(e)}`));
    }
  }

  const list = sources.data ?? [];
  return (
    <details className="claims-section sources" data-testid="sources-section" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary><h3>{t('factcheck.sourcesTitle')}</h3></summary>
      <p className="muted">{t('factcheck.sourcesHint')}</p>
      <label htmlFor={fileId} className="button button--small sources__import">
        <Upload size={14} aria-hidden />
        {importSource.isPending ? t('factcheck.importing') : t('factcheck.importSource')}
      </label>
      <input
        id={fileId}
        type="file"
        className="visually-hidden"
        accept=".txt,.md,.html,.htm,.docx,.pdf"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
        data-testid="import-source"
      />
      {error ? <p role="alert" className="error" data-testid="source-error">{error}</p> : null}
      {sources.isSuccess && list.length === 0 ? <p className="muted">{t('factcheck.sourcesEmpty')}</p> : null}
      {list.length > 0 ? (
        <ul className="sources__list">
          {list.map((s) => (
            <li key={s.id} className="source" data-testid="source">
              <span className="source__title">{s.title || s.fileName}</span>
              <span className="muted source__meta">{t('factcheck.passages', { count: s.passages })}</span>
              <button
                type="button"
                className="icon-button"
                disabled={deleteSource.isPending}
                onClick={() => deleteSource.mutate(s.id)}
                aria-label={t('factcheck.deleteSourceLabel', { title: s.title || s.fileName })}
                title={t('factcheck.deleteSourceLabel', { title: s.title || s.fileName })}
                data-testid="delete-source"
              >
                <Trash2 size={14} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label htmlFor={searchId} className="claim__label">{t('factcheck.searchSources')}</label>
      <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} maxLength={500} placeholder={t('factcheck.searchPlaceholder')} data-testid="search-sources" />
      {search.isError ? <p role="alert" className="error">{t(`errors.${errorCodeOf(search.error)}`)}</p> : null}
      {search.isSuccess && search.data.length === 0 ? <p className="muted">{t('factcheck.noResults')}</p> : null}
      {search.data && search.data.length > 0 ? (
        <ol className="passages">
          {search.data.map((hit) => (
            <li key={`${hit.sourceId}:${hit.ordinal}`} className="passage" data-testid="source-hit">
              <p className="passage__source">{hit.sourceTitle}</p>
              <p className="passage__snippet"><HighlightedText segments={hit.snippet} /></p>
            </li>
          ))}
        </ol>
      ) : null}
    </details>
  );
}
