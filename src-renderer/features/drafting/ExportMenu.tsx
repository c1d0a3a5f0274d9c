/**
 * Export: main renders the file; the renderer hands it over as a download, which the web host's
 * browser saves and Electron turns into its native save dialog.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Download } from 'lucide-react';
import { call, errorCodeOf } from '../../lib/api.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';

const formats = ['docx', 'pdf', 'html', 'md', 'txt'] as const;
/** The fact-check report of the article's claims (exportFactCheck), offered in the same list. */
const factCheckFormats = { 'factcheck-html': 'html', 'factcheck-md': 'md', 'factcheck-docx': 'docx', claimreview: 'claimreview' } as const;
type Format = (typeof formats)[number] | keyof typeof factCheckFormats;

/** Hands a file from main over as a download (also used for fact-check reports and evidence files). */
export function download(fileName: string, mediaType: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface ExportMenuProps {
  articleId: string;
  /** Saves pending edits first, so the file has the text on screen. */
  flush: () => Promise<void>;
}

export function ExportMenu({ articleId, flush }: ExportMenuProps) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<Format>('docx');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);

  async function exportNow() {
    setBusy(true);
    setError(null);
    try {
      await flush();
      const file = format in factCheckFormats
        ? await call('exportFactCheck', { articleId, format: factCheckFormats[format as keyof typeof factCheckFormats] })
        : await call('exportArticle', { id: articleId, format: format as (typeof formats)[number] });
      download(file.fileName, file.mediaType, file.dataBase64);
    } catch (e) {
      setError(errorCodeOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="export-menu">
      <label className="visually-hidden" htmlFor="export-format">{t('transfer.exportAs')}</label>
      <select id="export-format" value={format} onChange={(e) => setFormat(e.target.value as Format)} data-testid="export-format">
        {formats.map((f) => (
          <option key={f} value={f}>{t(`transfer.exportFormat.${f}`)}</option>
        ))}
        <optgroup label={t('factcheck.exportGroup')}>
          {Object.keys(factCheckFormats).map((f) => (
            <option key={f} value={f}>{t(`factcheck.exportFormat.${f as keyof typeof factCheckFormats}`)}</option>
          ))}
        </optgroup>
      </select>
      <button type="button" className="button" onClick={() => void exportNow()} disabled={busy} data-testid="export-article">
        <Download size={18} aria-hidden />
        {busy ? t('transfer.exporting') : t('transfer.export')}
      </button>
      {error ? <span role="alert" className="error">{t(`errors.${error}`)}</span> : null}
    </div>
  );
}
