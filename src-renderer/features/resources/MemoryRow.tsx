/** One memory in the list: name (renamable), languages, units, read/write switches and its actions. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Download, FileUp, Pencil, Trash2 } from 'lucide-react';
import type { Memory } from '../../../src-preload/contract/translation.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import { call, errorCodeOf } from '../../lib/api.ts';
import { usePendingSwitches } from '../../lib/usePendingSwitches.ts';
import { download } from '../drafting/ExportMenu.tsx';
import { useUpdateMemory } from './resourcesQueries.ts';
import { TmxImportStatus } from './TmxImportStatus.tsx';
import { useTmxImport } from './useTmxImport.ts';

export interface MemoryRowProps {
  memory: Memory;
  onDelete: () => void;
}

export function MemoryRow({ memory, onDelete }: MemoryRowProps) {
  const { t, i18n } = useTranslation();
  const update = useUpdateMemory();
  const tmx = useTmxImport(memory.id);
  const fileInput = useRef<HTMLInputElement>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const switches = usePendingSwitches<'readable' | 'writable'>();
  const importing = tmx.starting || tmx.job?.state === 'running';

  async function save(patch: { name?: string; readable?: boolean; writable?: boolean }) {
    setError(null);
    try {
      await update.mutateAsync({ id: memory.id, ...patch });
      return true;
    } catch (e) {
      setError(errorCodeOf(e));
      return false;
    }
  }

  async function rename() {
    const name = renaming?.trim();
    if (!name || name === memory.name) return setRenaming(null);
    if (await save({ name })) setRenaming(null);
  }

  async function exportTmx() {
    setError(null);
    try {
      const file = await call('exportTmx', { memoryId: memory.id });
      download(file.fileName, file.mediaType, file.dataBase64);
    } catch (e) {
      setError(errorCodeOf(e));
    }
  }

  const languages = t('resources.languagePair', { source: t(`lang.${memory.sourceLang}`), target: t(`lang.${memory.targetLang}`) });
  return (
    <>
      <tr data-testid="memory-row" data-memory-id={memory.id}>
        <td>
          {renaming === null ? (
            <span className="resources__name" data-testid="memory-row-name">{memory.name}</span>
          ) : (
            <input
              className="resources__inline-input"
              value={renaming}
              maxLength={200}
              autoFocus
              aria-label={t('resources.memories.newName', { name: memory.name })}
              onChange={(e) => setRenaming(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void rename();
                }
                if (e.key === 'Escape') {
                  e.preventDefault();
                  setRenaming(null);
                }
              }}
              onBlur={() => void rename()}
              data-testid="memory-rename-input"
            />
          )}
        </td>
        <td>{languages}</td>
        <td className="resources__num" data-testid="memory-units">{new Intl.NumberFormat(i18n.language).format(memory.units)}</td>
        <td>
          <input
            type="checkbox"
            role="switch"
            checked={switches.shown('readable', memory.readable)}
            onChange={(e) => {
              const readable = e.target.checked;
              void switches.flip('readable', readable, () => save({ readable }));
            }}
            aria-label={t('resources.memories.readableFor', { name: memory.name })}
            title={t('resources.memories.readableHint')}
            data-testid="memory-readable"
          />
        </td>
        <td>
          <input
            type="checkbox"
            role="switch"
            checked={switches.shown('writable', memory.writable)}
            onChange={(e) => {
              const writable = e.target.checked;
              void switches.flip('writable', writable, () => save({ writable }));
            }}
            aria-label={t('resources.memories.writableFor', { name: memory.name })}
            title={t('resources.memories.writableHint')}
            data-testid="memory-writable"
          />
        </td>
        <td className="resources__actions">
          <button type="button" className="icon-button" onClick={() => setRenaming(memory.name)} aria-label={t('resources.memories.rename', { name: memory.name })} title={t('resources.rename')} data-testid="memory-rename">
            <Pencil size={16} aria-hidden />
          </button>
          <input
            ref={fileInput}
            type="file"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden
            accept=".tmx,application/x-tmx+xml,text/xml,application/xml"
            data-testid="tmx-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void tmx.start(file);
            }}
          />
          <button type="button" className="button button--small" onClick={() => fileInput.current?.click()} disabled={importing} aria-label={t('resources.memories.importFor', { name: memory.name })} data-testid="tmx-import">
            <FileUp size={16} aria-hidden />
            {t('resources.memories.import')}
          </button>
          <button type="button" className="button button--small" onClick={() => void exportTmx()} disabled={importing} aria-label={t('resources.memories.exportFor', { name: memory.name })} data-testid="tmx-export">
            <Download size={16} aria-hidden />
            {t('resources.memories.export')}
          </button>
          <button type="button" className="icon-button" onClick={onDelete} disabled={importing} aria-label={t('resources.memories.delete', { name: memory.name })} title={t('resources.delete')} data-testid="memory-delete">
            <Trash2 size={16} aria-hidden />
          </button>
        </td>
      </tr>
      {tmx.job || tmx.starting || tmx.error || error ? (
        <tr className="resources__subrow">
          <td colSpan={6}>
            <TmxImportStatus job={tmx.job} starting={tmx.starting} error={tmx.error} onCancel={() => void tmx.cancel()} />
            {error ? (
              <p role="alert" className="error" data-testid="memory-error">
                {t(`errors.${error}`)}
              </p>
            ) : null}
          </td>
        </tr>
      ) : null}
    </>
  );
}
