/**
 * Translation memories: create one (name and direction), then per memory rename it, switch it
 * readable (looked up for matches) or writable (confirmed segments are stored in it), import a
 * TMX file with a progress bar and Cancel, export it as TMX, or delete it after a confirmation.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus } from 'lucide-react';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { Memory } from '../../../src-preload/contract/translation.ts';
import { errorCodeOf } from '../../lib/api.ts';
import { ConcordanceSearch } from './ConcordanceSearch.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { MemoryRow } from './MemoryRow.tsx';
import { useCreateMemory, useDeleteMemory, useMemories } from './resourcesQueries.ts';

type Direction = 'id-en' | 'en-id';

export function MemoriesSection() {
  const { t } = useTranslation();
  const memories = useMemories();
  const create = useCreateMemory();
  const remove = useDeleteMemory();
  const [name, setName] = useState('');
  const [direction, setDirection] = useState<Direction>('id-en');
  const [deleting, setDeleting] = useState<Memory | null>(null);

  async function createMemory() {
    if (!name.trim()) return;
    const [sourceLang, targetLang] = direction.split('-') as [Lang, Lang];
    await create.mutateAsync({ name: name.trim(), sourceLang, targetLang });
    setName('');
  }

  const list = memories.data ?? [];
  const failure = [memories, create, remove].find((q) => q.isError)?.error;
  return (
    <div className="resources__section" data-testid="memories-section">
      <form
        className="resources__create"
        onSubmit={(e) => {
          e.preventDefault();
          void createMemory().catch(() => undefined);
        }}
      >
        <label className="field">
          <span>{t('resources.memories.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required data-testid="memory-name" />
        </label>
        <label className="field">
          <span>{t('resources.memories.direction')}</span>
          <select value={direction} onChange={(e) => setDirection(e.target.value as Direction)} data-testid="memory-direction">
            <option value="id-en">{t('resources.languagePair', { source: t('lang.id'), target: t('lang.en') })}</option>
            <option value="en-id">{t('resources.languagePair', { source: t('lang.en'), target: t('lang.id') })}</option>
          </select>
        </label>
        <button type="submit" className="button button--primary" disabled={create.isPending || !name.trim()} data-testid="create-memory">
          <Plus size={18} aria-hidden />
          {t('resources.memories.create')}
        </button>
      </form>
      {failure ? (
        <p role="alert" className="error" data-testid="memories-error">
          {t(`errors.${errorCodeOf(failure)}`)}
        </p>
      ) : null}

      {memories.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : list.length === 0 ? (
        <p className="resources__empty" data-testid="memories-empty">{t('resources.memories.empty')}</p>
      ) : (
        <table className="resources__table" data-testid="memories-table">
          <thead>
            <tr>
              <th scope="col">{t('resources.memories.name')}</th>
              <th scope="col">{t('resources.memories.languages')}</th>
              <th scope="col" className="resources__num">{t('resources.memories.units')}</th>
              <th scope="col">{t('resources.memories.readable')}</th>
              <th scope="col">{t('resources.memories.writable')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('resources.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((memory) => (
              <MemoryRow key={memory.id} memory={memory} onDelete={() => setDeleting(memory)} />
            ))}
          </tbody>
        </table>
      )}

      <ConcordanceSearch memories={list} />

      <ConfirmDialog
        open={deleting !== null}
        title={t('resources.memories.deleteTitle')}
        confirmLabel={t('resources.delete')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) void remove.mutateAsync(deleting.id).catch(() => undefined);
          setDeleting(null);
        }}
        testId="delete-memory-dialog"
      >
        <p>{t('resources.memories.deleteQuestion', { name: deleting?.name ?? '', count: deleting?.units ?? 0 })}</p>
      </ConfirmDialog>
    </div>
  );
}
