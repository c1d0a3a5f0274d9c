/**
 * "Import model…": an archive (.zip, .tar.gz, .tgz) or a model folder. The files go to main by
 * name and bytes only (never a path); main validates everything and installs all or nothing.
 */
import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FileArchive, FolderOpen } from 'lucide-react';
import type { MtDirection, MtModel } from '../../../src-preload/contract/mt.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import { errorCodeOf } from '../../lib/api.ts';
import { chooseArchive, chooseFolderFiles, maxModelFiles, type ModelFilesChoice } from './chooseModelFiles.ts';
import { newlyInstalled } from './modelRows.ts';
import { mtKeys, useImportMtModel } from './mtQueries.ts';

/** What the last import did, kept as data so it reads right after the UI language changes. */
type Outcome =
  | { kind: 'refused'; reason: 'empty' | 'notArchive' | 'tooMany' | 'tooLarge'; count: number }
  | { kind: 'failed'; code: ErrorCode }
  | { kind: 'installed'; directions: MtDirection[] }
  | null;

export function ModelImport() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const importModel = useImportMtModel();
  const archiveInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function run(choice: ModelFilesChoice<File>) {
    if (!choice.ok) {
      setOutcome({ kind: 'refused', reason: choice.reason, count: choice.count ?? 0 });
      return;
    }
    setOutcome(null);
    const before = client.getQueryData<MtModel[]>(mtKeys.models) ?? [];
    try {
      const after = await importModel.mutateAsync(choice.files);
      setOutcome({ kind: 'installed', directions: newlyInstalled(before, after) });
    } catch (e) {
      setOutcome({ kind: 'failed', code: errorCodeOf(e) });
    }
  }

  const busy = importModel.isPending;
  const directions = outcome?.kind === 'installed' ? outcome.directions.map((d) => t('mt.direction', { from: t(`lang.${d.from}`), to: t(`lang.${d.to}`) })).join(', ') : '';
  return (
    <div className="mt-import" data-testid="mt-import">
      <div className="mt-import__buttons" role="group" aria-label={t('mt.import.title')}>
        <span className="mt-import__title">{t('mt.import.title')}</span>
        <input
          ref={archiveInput}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden
          accept=".zip,.tgz,.gz,application/zip,application/gzip"
          data-testid="mt-import-archive-file"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) void run(chooseArchive(files));
          }}
        />
        <input
          ref={folderInput}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden
          multiple
          webkitdirectory=""
          data-testid="mt-import-folder-file"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) void run(chooseFolderFiles(files));
          }}
        />
        <button type="button" className="button button--small" onClick={() => archiveInput.current?.click()} disabled={busy} data-testid="mt-import-archive">
          <FileArchive size={16} aria-hidden />
          {t('mt.import.archive')}
        </button>
        <button type="button" className="button button--small" onClick={() => folderInput.current?.click()} disabled={busy} data-testid="mt-import-folder">
          <FolderOpen size={16} aria-hidden />
          {t('mt.import.folder')}
        </button>
      </div>
      <small className="muted">{t('mt.import.hint')}</small>
      {busy ? (
        <p role="status" className="muted" data-testid="mt-import-busy">
          {t('mt.import.busy')}
        </p>
      ) : null}
      {outcome?.kind === 'refused' ? (
        <p role="alert" className="error" data-testid="mt-import-error">
          {t(`mt.import.refused.${outcome.reason}`, { count: outcome.count, max: maxModelFiles })}
        </p>
      ) : null}
      {outcome?.kind === 'failed' ? (
        <p role="alert" className="error" data-testid="mt-import-error">
          {t('mt.import.failed', { reason: t(`errors.${outcome.code}`) })}
        </p>
      ) : null}
      {outcome?.kind === 'installed' ? (
        <p role="status" className="mt-import__done" data-testid="mt-import-done">
          {directions ? t('mt.import.installed', { directions }) : t('mt.import.done')}
        </p>
      ) : null}
    </div>
  );
}
