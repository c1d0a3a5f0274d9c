/**
 * The glossary: every entry (Indonesian, English, forbidden variants, note, case), a search in
 * either language, add/edit in a small dialog, delete after a confirmation, import of TBX or CSV
 * (all or nothing; shows what was added, updated and skipped) and export as TBX or CSV.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Download, FileUp, Pencil, Plus, Trash2 } from 'lucide-react';
import type { GlossaryFormat, GlossaryImportResult, GlossaryTerm } from '../../../src-preload/contract/translation.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import { call, errorCodeOf } from '../../lib/api.ts';
import { readFileAsBase64 } from '../../lib/readFileAsBase64.ts';
import { download } from '../drafting/ExportMenu.tsx';
import { useDebouncedValue } from '../library/useDebouncedValue.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { GlossaryTermDialog } from './GlossaryTermDialog.tsx';
import { SearchBox } from './SearchBox.tsx';
import { formatVariants } from './glossaryVariants.ts';
import { useDeleteGlossaryTerm, useGlossaryTerms, useImportGlossary } from './resourcesQueries.ts';

const formats: readonly GlossaryFormat[] = ['csv', 'tbx'];

export function GlossarySection() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const debounced = useDebouncedValue(query.trim(), 150);
  const terms = useGlossaryTerms(debounced);
  const remove = useDeleteGlossaryTerm();
  const importGlossary = useImportGlossary();
  const fileInput = useRef<HTMLInputElement>(null);
  // undefined: dialog closed; null: adding; a term: editing it.
  const [editing, setEditing] = useState<GlossaryTerm | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<GlossaryTerm | null>(null);
  const [format, setFormat] = useState<GlossaryFormat>('csv');
  const [imported, setImported] = useState<GlossaryImportResult | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [exporting, setExporting] = useState(false);

  async function importFile(file: File) {
    setError(null);
    setImported(null);
    try {
      setImported(await importGlossary.mutateAsync({ name: file.name, dataBase64: await readFileAsBase64(file) }));
    } catch (e) {
      setError(errorCodeOf(e));
    }
  }

  async function exportNow() {
    setError(null);
    setExporting(true);
    try {
      const file = await call('exportGlossary', { format });
      download(file.fileName, file.mediaType, file.dataBase64);
    } catch (e) {
      setError(errorCodeOf(e));
    } finally {
      setExporting(false);
    }
  }

  const list = terms.data ?? [];
  const failure = error ?? (terms.isError ? errorCodeOf(terms.error) : remove.isError ? errorCodeOf(remove.error) : null);
  return (
    <div className="resources__section" data-testid="glossary-section">
      <div className="resources__toolbar">
        <SearchBox value={query} onChange={setQuery} placeholder={t('resources.glossary.searchPlaceholder')} label={t('resources.glossary.searchLabel')} testId="glossary-search" landmark />
        <button type="button" className="button button--primary" onClick={() => setEditing(null)} data-testid="glossary-add">
          <Plus size={18} aria-hidden />
          {t('resources.glossary.add')}
        </button>
        <input
          ref={fileInput}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden
          accept=".tbx,.csv,text/csv,application/x-tbx+xml,text/xml,application/xml"
          data-testid="glossary-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <button type="button" className="button" onClick={() => fileInput.current?.click()} disabled={importGlossary.isPending} title={t('resources.glossary.importHint')} data-testid="glossary-import">
          <FileUp size={18} aria-hidden />
          {importGlossary.isPending ? t('resources.importing') : t('resources.glossary.import')}
        </button>
        <span className="resources__export">
          <select value={format} onChange={(e) => setFormat(e.target.value as GlossaryFormat)} aria-label={t('resources.glossary.exportAs')} data-testid="glossary-export-format">
            {formats.map((f) => (
              <option key={f} value={f}>{t(`resources.glossary.format.${f}`)}</option>
            ))}
          </select>
          <button type="button" className="button" onClick={() => void exportNow()} disabled={exporting} data-testid="glossary-export">
            <Download size={18} aria-hidden />
            {t('resources.glossary.export')}
          </button>
        </span>
      </div>
      {imported ? (
        <p role="status" className="resources__done" data-testid="glossary-import-result">
          {t('resources.glossary.imported', { added: imported.added, updated: imported.updated, skipped: imported.skipped })}
        </p>
      ) : null}
      {failure ? (
        <p role="alert" className="error" data-testid="glossary-error">
          {t(`errors.${failure}`)}
        </p>
      ) : null}

      {terms.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : list.length === 0 ? (
        <p className="resources__empty" data-testid="glossary-empty">{debounced ? t('resources.glossary.noMatches') : t('resources.glossary.empty')}</p>
      ) : (
        <table className="resources__table" data-testid="glossary-table">
          <thead>
            <tr>
              <th scope="col">{t('lang.id')}</th>
              <th scope="col">{t('lang.en')}</th>
              <th scope="col">{t('resources.glossary.forbidden')}</th>
              <th scope="col">{t('resources.glossary.note')}</th>
              <th scope="col">{t('resources.glossary.caseColumn')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('resources.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((term) => (
              <tr key={term.id} data-testid="glossary-row">
                <td lang="id" data-testid="glossary-row-id">{term.termId}</td>
                <td lang="en" data-testid="glossary-row-en">{term.termEn}</td>
                <td className="resources__variants">
                  {term.forbiddenId.length > 0 ? <span lang="id">{`${t('lang.id')}: ${formatVariants(term.forbiddenId)}`}</span> : null}
                  {term.forbiddenEn.length > 0 ? <span lang="en">{`${t('lang.en')}: ${formatVariants(term.forbiddenEn)}`}</span> : null}
                </td>
                <td className="resources__note" data-testid="glossary-row-note">{term.note}</td>
                <td>{term.caseSensitive ? t('resources.glossary.caseYes') : t('resources.glossary.caseNo')}</td>
                <td className="resources__actions">
                  <button type="button" className="icon-button" onClick={() => setEditing(term)} aria-label={t('resources.glossary.editEntry', { term: term.termId || term.termEn })} title={t('resources.edit')} data-testid="glossary-edit">
                    <Pencil size={16} aria-hidden />
                  </button>
                  <button type="button" className="icon-button" onClick={() => setDeleting(term)} aria-label={t('resources.glossary.deleteEntry', { term: term.termId || term.termEn })} title={t('resources.delete')} data-testid="glossary-delete">
                    <Trash2 size={16} aria-hidden />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <GlossaryTermDialog open={editing !== undefined} term={editing ?? null} onClose={() => setEditing(undefined)} />
      <ConfirmDialog
        open={deleting !== null}
        title={t('resources.glossary.deleteTitle')}
        confirmLabel={t('resources.delete')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) void remove.mutateAsync(deleting.id).catch(() => undefined);
          setDeleting(null);
        }}
        testId="delete-term-dialog"
      >
        <p>{t('resources.glossary.deleteQuestion', { term: deleting ? deleting.termId || deleting.termEn : '' })}</p>
      </ConfirmDialog>
    </div>
  );
}
