/**
 * The article library: every article with its language, status, byline, last change and length;
 * filters by status, language and tag; sorting; full-text search (Ctrl+K or /); the trash.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowDownWideNarrow, ArrowUpNarrowWide, FilePlus2, Search, Trash2 } from 'lucide-react';
import { articleStatuses } from '../../../src-preload/contract/articleWorkflow.ts';
import type { ArticleListFilter, ArticleSort, ArticleStatus, ArticleSummary, Lang } from '../../../src-preload/contract/domain.ts';
import { errorCodeOf, onEvent } from '../../lib/api.ts';
import { useCreateArticle } from '../../lib/queries.ts';
import { ArticleTable } from './ArticleTable.tsx';
import { EmptyTrashDialog } from './EmptyTrashDialog.tsx';
import { SearchResults } from './SearchResults.tsx';
import { UndoToast } from './UndoToast.tsx';
import { ImportButton } from './ImportButton.tsx';
import { useArticleList, useArticleSearch, useDeleteArticle, useEmptyTrash, useRestoreArticle, useTags } from './libraryQueries.ts';
import { useDebouncedValue } from './useDebouncedValue.ts';
import './library.css';

export interface LibraryViewProps {
  onOpen: (id: string) => void;
}

const sorts: readonly ArticleSort[] = ['updated', 'created', 'title', 'wordCount'];

/** True when a key press happens while the user is typing somewhere (then '/' is just a slash). */
function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function LibraryView({ onOpen }: LibraryViewProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'list' | 'trash'>('list');
  const [status, setStatus] = useState<ArticleStatus | ''>('');
  const [lang, setLang] = useState<Lang | ''>('');
  const [tag, setTag] = useState('');
  const [sort, setSort] = useState<ArticleSort>('updated');
  const [ascending, setAscending] = useState(false);
  const [query, setQuery] = useState('');
  const [newLang, setNewLang] = useState<Lang>('id');
  const [deleted, setDeleted] = useState<ArticleSummary | null>(null);
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);

  const filter: ArticleListFilter =
    mode === 'trash'
      ? { trashed: true }
      : {
          ...(status ? { status } : {}),
          ...(lang ? { lang } : {}),
          ...(tag ? { tag } : {}),
          sort,
          direction: ascending ? 'asc' : 'desc',
        };
  const searchQuery = useDebouncedValue(query.trim(), 150);
  const searching = mode === 'list' && searchQuery !== '';
  const articles = useArticleList(filter);
  const search = useArticleSearch(searching ? searchQuery : '');
  const tags = useTags();
  const create = useCreateArticle();
  const remove = useDeleteArticle();
  const restore = useRestoreArticle();
  const emptyTrash = useEmptyTrash();

  // Ctrl+K, Ctrl+F or '/' (and the menu's Find) jump to the search box from anywhere in the library.
  useEffect(() => {
    const focusSearch = () => {
      setMode('list');
      requestAnimationFrame(() => searchRef.current?.focus());
    };
    const onKeyDown = (e: KeyboardEvent) => {
      const ctrl = (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
      const ctrlKey = ctrl && ['k', 'f'].includes(e.key.toLowerCase());
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingIn(e.target);
      if (!ctrlKey && !slash) return;
      e.preventDefault();
      focusSearch();
    };
    window.addEventListener('keydown', onKeyDown);
    const offMenu = onEvent('menuCommand', ({ command }) => {
      if (command === 'find') focusSearch();
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      offMenu();
    };
  }, []);

  async function createArticle() {
    const article = await create.mutateAsync({ lang: newLang });
    onOpen(article.id);
  }

  async function deleteArticle(article: ArticleSummary, index: number) {
    await remove.mutateAsync(article.id);
    setDeleted(article);
    // Keep the keyboard where it was: the row that took the deleted one's place.
    requestAnimationFrame(() => {
      const rows = document.querySelectorAll<HTMLElement>('.library__list .library__focusable');
      const next = [...rows].find((r) => Number(r.closest<HTMLElement>('[data-index]')?.dataset.index) === index) ?? rows[rows.length - 1];
      next?.focus();
    });
  }

  async function undoDelete() {
    if (!deleted) return;
    await restore.mutateAsync(deleted.id);
    setDeleted(null);
  }

  const list = articles.data ?? [];
  const filtered = mode === 'list' && (status !== '' || lang !== '' || tag !== '');
  const failure = [create, remove, restore, emptyTrash, articles, search].find((q) => q.isError)?.error;
  return (
    <section className="library" aria-labelledby="library-title">
      <header className="library__header">
        <div>
          <h1 id="library-title">{mode === 'trash' ? t('library.trashTitle') : t('library.title')}</h1>
          {articles.data && !searching ? (
            <p className="muted" data-testid="library-count">
              {mode === 'trash' ? t('library.trashCount', { count: list.length }) : t('library.count', { count: list.length })}
            </p>
          ) : null}
        </div>
        <div className="library__create">
          {mode === 'list' ? (
            <>
              <label className="field field--inline">
                <span>{t('library.articleLanguage')}</span>
                <select value={newLang} onChange={(e) => setNewLang(e.target.value as Lang)} data-testid="new-article-lang">
                  <option value="id">{t('lang.id')}</option>
                  <option value="en">{t('lang.en')}</option>
                </select>
              </label>
              <button type="button" className="button button--primary" onClick={() => void createArticle()} disabled={create.isPending} data-testid="new-article">
                <FilePlus2 size={18} aria-hidden />
                {t('library.newArticle')}
              </button>
              <ImportButton lang={newLang} onImported={onOpen} />
            </>
          ) : (
            <button type="button" className="button button--danger" onClick={() => setConfirmEmpty(true)} disabled={list.length === 0} data-testid="empty-trash">
              <Trash2 size={18} aria-hidden />
              {t('library.emptyTrash')}
            </button>
          )}
          <button
            type="button"
            className="button"
            aria-pressed={mode === 'trash'}
            onClick={() => setMode(mode === 'trash' ? 'list' : 'trash')}
            data-testid="show-trash"
          >
            <Trash2 size={18} aria-hidden />
            {mode === 'trash' ? t('library.backToList') : t('library.showTrash')}
          </button>
        </div>
      </header>

      {mode === 'list' ? (
        <div className="library__toolbar">
          <div className="library__search" role="search">
            <Search size={16} aria-hidden className="library__search-icon" />
            <input
              ref={searchRef}
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape' && query) {
                  e.preventDefault();
                  setQuery('');
                }
              }}
              placeholder={t('library.searchPlaceholder')}
              aria-label={t('library.searchLabel')}
              maxLength={500}
              data-testid="library-search"
            />
          </div>
          {!searching ? (
            <>
              <select value={status} onChange={(e) => setStatus(e.target.value as ArticleStatus | '')} aria-label={t('library.filterStatus')} data-testid="filter-status">
                <option value="">{t('library.allStatuses')}</option>
                {articleStatuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </select>
              <select value={lang} onChange={(e) => setLang(e.target.value as Lang | '')} aria-label={t('library.filterLanguage')} data-testid="filter-lang">
                <option value="">{t('library.allLanguages')}</option>
                <option value="id">{t('lang.id')}</option>
                <option value="en">{t('lang.en')}</option>
              </select>
              <select value={tag} onChange={(e) => setTag(e.target.value)} aria-label={t('library.filterTag')} data-testid="filter-tag">
                <option value="">{t('library.allTags')}</option>
                {(tags.data ?? []).map((tg) => (
                  <option key={tg.name} value={tg.name}>
                    {tg.name}
                  </option>
                ))}
              </select>
              <select
                value={sort}
                onChange={(e) => {
                  const next = e.target.value as ArticleSort;
                  setSort(next);
                  // Each key starts in its natural order: A-Z for headlines, newest or longest first otherwise.
                  setAscending(next === 'title');
                }}
                aria-label={t('library.sortBy')} data-testid="sort">
                {sorts.map((s) => (
                  <option key={s} value={s}>
                    {t(`library.sort.${s}`)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="icon-button"
                onClick={() => setAscending(!ascending)}
                aria-label={ascending ? t('library.sortAscending') : t('library.sortDescending')}
                title={ascending ? t('library.sortAscending') : t('library.sortDescending')}
                data-testid="sort-direction"
                data-direction={ascending ? 'asc' : 'desc'}
              >
                {ascending ? <ArrowUpNarrowWide size={18} aria-hidden /> : <ArrowDownWideNarrow size={18} aria-hidden />}
              </button>
            </>
          ) : null}
        </div>
      ) : null}

      {failure ? (
        <p role="alert" className="error">
          {t(`errors.${errorCodeOf(failure)}`)}
        </p>
      ) : null}
      {articles.isPending ? <p className="muted">{t('app.loading')}</p> : null}

      {searching ? (
        search.data && search.data.length === 0 ? (
          <p className="library__empty" data-testid="search-empty">
            {t('library.searchEmpty', { query: searchQuery })}
          </p>
        ) : (
          <SearchResults hits={search.data ?? []} onOpen={onOpen} />
        )
      ) : articles.data && list.length === 0 ? (
        <p className="library__empty">{mode === 'trash' ? t('library.trashEmpty') : filtered ? t('library.noMatches') : t('library.empty')}</p>
      ) : list.length > 0 ? (
        <ArticleTable
          articles={list}
          mode={mode}
          onOpen={onOpen}
          onDelete={(a, i) => void deleteArticle(a, i)}
          onRestore={(a) => void restore.mutateAsync(a.id)}
        />
      ) : null}

      {deleted ? <UndoToast title={deleted.title.trim() || t('library.untitled')} onUndo={() => void undoDelete()} onClose={() => setDeleted(null)} /> : null}
      <EmptyTrashDialog
        open={confirmEmpty}
        count={mode === 'trash' ? list.length : 0}
        onCancel={() => setConfirmEmpty(false)}
        onConfirm={() => {
          setConfirmEmpty(false);
          void emptyTrash.mutateAsync();
        }}
      />
    </section>
  );
}
