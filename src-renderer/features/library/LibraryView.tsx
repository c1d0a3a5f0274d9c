/** The article library: every article with its language, size and last change; create new ones. */
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePlus2, FileText } from 'lucide-react';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import { errorCodeOf } from '../../lib/api.ts';
import { useArticles, useCreateArticle } from '../../lib/queries.ts';
import { useRelativeTime } from '../../components/useRelativeTime.ts';

export interface LibraryViewProps {
  onOpen: (id: string) => void;
}

export function LibraryView({ onOpen }: LibraryViewProps) {
  const { t } = useTranslation();
  const articles = useArticles();
  const create = useCreateArticle();
  const [lang, setLang] = useState<Lang>('id');
  const listRef = useRef<HTMLUListElement>(null);
  const relativeTime = useRelativeTime();

  async function createArticle() {
    const article = await create.mutateAsync({ lang });
    onOpen(article.id);
  }

  // Up/Down move between rows, Home/End jump: the list is usable without a mouse.
  function onListKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button.library__row') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (target === undefined || buttons.length === 0) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, target))]?.focus();
  }

  const list = articles.data ?? [];
  return (
    <section className="library" aria-labelledby="library-title">
      <header className="library__header">
        <div>
          <h1 id="library-title">{t('library.title')}</h1>
          {articles.data ? <p className="muted">{t('library.count', { count: list.length })}</p> : null}
        </div>
        <div className="library__create">
          <label className="field field--inline">
            <span>{t('library.articleLanguage')}</span>
            <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="new-article-lang">
              <option value="id">{t('lang.id')}</option>
              <option value="en">{t('lang.en')}</option>
            </select>
          </label>
          <button type="button" className="button button--primary" onClick={() => void createArticle()} disabled={create.isPending} data-testid="new-article">
            <FilePlus2 size={18} aria-hidden />
            {t('library.newArticle')}
          </button>
        </div>
      </header>
      {create.isError ? <p role="alert" className="error">{t(`errors.${errorCodeOf(create.error)}`)}</p> : null}
      {articles.isError ? <p role="alert" className="error">{t(`errors.${errorCodeOf(articles.error)}`)}</p> : null}
      {articles.isPending ? <p className="muted">{t('app.loading')}</p> : null}
      {articles.data && list.length === 0 ? <p className="library__empty">{t('library.empty')}</p> : null}
      {list.length > 0 ? (
        <ul className="library__list" aria-label={t('library.listLabel')} ref={listRef} onKeyDown={onListKeyDown}>
          {list.map((a) => {
            const title = a.title.trim() || t('library.untitled');
            return (
              <li key={a.id}>
                <button type="button" className="library__row" onClick={() => onOpen(a.id)} aria-label={t('library.open', { title })} data-testid="article-row" data-article-id={a.id}>
                  <FileText size={18} aria-hidden className="library__icon" />
                  <span className={a.title.trim() ? 'library__title' : 'library__title library__title--untitled'}>{title}</span>
                  <span className="badge" title={t(`lang.${a.lang}`)}>{a.lang.toUpperCase()}</span>
                  <span className="muted library__words">{t('library.words', { count: a.wordCount })}</span>
                  <span className="muted library__time">{t('library.updated', { time: relativeTime(a.updatedAt) })}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
