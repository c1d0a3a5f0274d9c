/**
 * The library's article list: headline, language, status, byline, last change and length. Only
 * the rows in view are rendered (@tanstack/react-virtual), so 10k articles scroll like 10. By
 * keyboard: Up/Down/Home/End move between rows (scrolling them into view), Enter opens, Delete
 * moves the focused article to the trash. In the trash, rows offer Restore instead.
 */
import { useCallback, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { ArchiveRestore, FileText } from 'lucide-react';
import type { ArticleSummary } from '../../../src-preload/contract/domain.ts';
import { useRelativeTime } from '../../components/useRelativeTime.ts';
import { StatusBadge } from './StatusBadge.tsx';

export interface ArticleTableProps {
  articles: readonly ArticleSummary[];
  /** 'trash' shows when each article was deleted and a Restore button instead of opening it. */
  mode: 'list' | 'trash';
  onOpen: (id: string) => void;
  onDelete: (article: ArticleSummary, index: number) => void;
  onRestore: (article: ArticleSummary) => void;
}

/** Row height in px: fixed, so the virtualiser never has to measure. */
const rowHeight = 52;

export function ArticleTable({ articles, mode, onOpen, onDelete, onRestore }: ArticleTableProps) {
  const { t } = useTranslation();
  const relativeTime = useRelativeTime();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render by design
  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });

  /** Focuses row `index`, scrolling it into view first when it is not rendered yet. */
  const focusRow = useCallback(
    (index: number) => {
      const find = () => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"] .library__focusable`);
      const now = find();
      if (now) {
        now.focus();
        now.scrollIntoView({ block: 'nearest' });
        return;
      }
      virtualizer.scrollToIndex(index, { align: 'auto' });
      requestAnimationFrame(() => requestAnimationFrame(() => find()?.focus()));
    },
    [virtualizer],
  );

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row || articles.length === 0) return;
    const index = Number(row.dataset.index);
    if (event.key === 'Delete' && mode === 'list') {
      event.preventDefault();
      onDelete(articles[index]!, index);
      return;
    }
    const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: articles.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focusRow(Math.max(0, Math.min(articles.length - 1, target)));
  }

  return (
    <div className="library__table">
      <div className="library__columns muted" aria-hidden>
        <span />
        <span>{t('library.columnHeadline')}</span>
        <span>{t('library.columnLanguage')}</span>
        <span>{t('library.columnStatus')}</span>
        <span>{t('library.columnByline')}</span>
        <span>{mode === 'trash' ? t('library.columnDeleted') : t('library.columnUpdated')}</span>
        <span className="library__num">{t('library.columnLength')}</span>
      </div>
      <div className="library__scroller" ref={scrollRef} data-testid="library-scroller">
        <ul
          className="library__list"
          aria-label={mode === 'trash' ? t('library.trashListLabel') : t('library.listLabel')}
          onKeyDown={onKeyDown}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const a = articles[item.index]!;
            const title = a.title.trim() || t('library.untitled');
            const cells = (
              <>
                <FileText size={18} aria-hidden className="library__icon" />
                <span className={a.title.trim() ? 'library__title' : 'library__title library__title--untitled'}>{title}</span>
                <span>
                  <span className="badge" title={t(`lang.${a.lang}`)}>
                    {a.lang.toUpperCase()}
                  </span>
                </span>
                <StatusBadge status={a.status} />
                <span className="library__byline">{a.byline}</span>
                <span className="muted library__time">
                  {mode === 'trash' && a.deletedAt ? t('library.deleted', { time: relativeTime(a.deletedAt) }) : t('library.updated', { time: relativeTime(a.updatedAt) })}
                </span>
                <span className="muted library__words library__num">{t('library.words', { count: a.wordCount })}</span>
              </>
            );
            return (
              <li
                key={a.id}
                data-index={item.index}
                aria-setsize={articles.length}
                aria-posinset={item.index + 1}
                className="library__item"
                style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
              >
                {mode === 'list' ? (
                  <button
                    type="button"
                    className="library__row library__focusable"
                    onClick={() => onOpen(a.id)}
                    aria-label={t('library.open', { title })}
                    data-testid="article-row"
                    data-article-id={a.id}
                  >
                    {cells}
                  </button>
                ) : (
                  <div className="library__row library__row--trash" data-testid="trash-row" data-article-id={a.id}>
                    {cells}
                    <button
                      type="button"
                      className="button button--small library__focusable library__restore"
                      onClick={() => onRestore(a)}
                      aria-label={t('library.restoreNamed', { title })}
                      data-testid="restore-article"
                    >
                      <ArchiveRestore size={16} aria-hidden />
                      {t('library.restore')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
