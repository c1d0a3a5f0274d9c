/** "Import…": pick a .docx, .html, .md or .txt file; main parses it safely and creates the article. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileUp } from 'lucide-react';
import { useQueryClient } from '@tanstack/react-query';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import { call, errorCodeOf } from '../../lib/api.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';

export interface ImportButtonProps {
  /** Language the imported article gets (the one chosen for new articles). */
  lang: Lang;
  onImported: (id: string) => void;
}

/** Reads a file as base64 without building a giant string by hand (FileReader does it natively). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function ImportButton({ lang, onImported }: ImportButtonProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);

  async function importChosen(file: File) {
    setBusy(true);
    setError(null);
    try {
      const article = await call('importArticle', { name: file.name, lang, dataBase64: await readAsBase64(file) });
      await client.invalidateQueries();
      onImported(article.id);
    } catch (e) {
      setError(errorCodeOf(e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden
        accept=".docx,.html,.htm,.md,.markdown,.txt,text/plain,text/html,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        data-testid="import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void importChosen(file);
        }}
      />
      <button type="button" className="button" onClick={() => input.current?.click()} disabled={busy} title={t('transfer.importHint')} data-testid="import-article">
        <FileUp size={18} aria-hidden />
        {busy ? t('transfer.importing') : t('transfer.import')}
      </button>
      {error ? (
        <p role="alert" className="error library__import-error" data-testid="import-error">
          {t(`errors.${error}`)}
        </p>
      ) : null}
    </>
  );
}
