/**
 * XLIFF round trip for another CAT tool: export the translation as XLIFF 1.2 or 2.1 (saved like
 * every other export), and read a translated file back (main refuses invalid or hostile files
 * with nothing changed); the desk then loads the updated segments.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Download, FileUp } from 'lucide-react';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import type { XliffVersion } from '../../../src-preload/contract/translation.ts';
import { call, errorCodeOf } from '../../lib/api.ts';
import { readFileAsBase64 } from '../../lib/readFileAsBase64.ts';
import { download } from '../drafting/ExportMenu.tsx';

const versions: readonly XliffVersion[] = ['1.2', '2.1'];

export function XliffControls({ articleId, flush, onImported }: { articleId: string; flush: () => Promise<void>; onImported: (notice: string) => Promise<void> }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [version, setVersion] = useState<XliffVersion>('2.1');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);

  async function exportNow() {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      await flush();
      const file = await call('exportXliff', { articleId, version });
      download(file.fileName, file.mediaType, file.dataBase64);
    } catch (e) {
      setError(errorCodeOf(e));
    } finally {
      setBusy(false);
    }
  }

  async function importChosen(file: File) {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      await flush();
      const result = await call('importXliff', { articleId, file: { name: file.name, dataBase64: await readFileAsBase64(file) } });
      // The desk reloads with the imported targets and shows this notice.
      await onImported(t('desk.xliffImported', { updated: result.updated, unchanged: result.unchanged, unknown: result.unknown }));
    } catch (e) {
      setError(errorCodeOf(e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <div className="desk-xliff">
      <label className="visually-hidden" htmlFor="xliff-version">
        {t('desk.xliffVersion')}
      </label>
      <select id="xliff-version" value={version} onChange={(e) => setVersion(e.target.value as XliffVersion)} data-testid="xliff-version">
        {versions.map((v) => (
          <option key={v} value={v}>
            {t('desk.xliffFormat', { version: v })}
          </option>
        ))}
      </select>
      <button type="button" className="button" onClick={() => void exportNow()} disabled={busy} data-testid="xliff-export">
        <Download size={16} aria-hidden />
        {t('desk.xliffExport')}
      </button>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden
        accept=".xlf,.xliff,.xml,application/xliff+xml"
        data-testid="xliff-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void importChosen(file);
        }}
      />
      <button type="button" className="button" onClick={() => input.current?.click()} disabled={busy} data-testid="xliff-import">
        <FileUp size={16} aria-hidden />
        {t('desk.xliffImport')}
      </button>
      {message ? (
        <span role="status" className="muted" data-testid="xliff-message">
          {message}
        </span>
      ) : null}
      {error ? (
        <span role="alert" className="error" data-testid="xliff-error">
          {t(`errors.${error}`)}
        </span>
      ) : null}
    </div>
  );
}
