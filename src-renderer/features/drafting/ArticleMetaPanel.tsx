/**
 * The article's metadata under the headline: the standfirst always in view (it is part of the
 * story), and behind "Story details" the byline, dateline, outlet, tags, notes and the history
 * of status changes. Edits autosave through `useArticleMeta`.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronDown, ChevronRight } from 'lucide-react';
import type { Article } from '../../../src-preload/contract/domain.ts';
import { useRelativeTime } from '../../components/useRelativeTime.ts';
import { useArticleStatus } from './articleStatusQueries.ts';
import type { ArticleMetaState, MetaField } from './useArticleMeta.ts';
import './articleMeta.css';

export interface ArticleMetaPanelProps {
  article: Article;
  meta: ArticleMetaState;
}

export function ArticleMetaPanel({ article, meta }: ArticleMetaPanelProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const { values, setField } = meta;
  const line = (field: MetaField) => (e: { target: { value: string } }) => setField(field, e.target.value.replace(/[\r\n]+/g, ' '));

  return (
    <div className="article-meta">
      <label className="visually-hidden" htmlFor={`${panelId}-standfirst`}>
        {t('meta.standfirst')}
      </label>
      <textarea
        id={`${panelId}-standfirst`}
        className="article-meta__standfirst"
        lang={article.lang}
        rows={2}
        maxLength={2000}
        value={values.standfirst}
        placeholder={t('meta.standfirstPlaceholder')}
        onChange={line('standfirst')}
        data-testid="meta-standfirst"
      />
      <button
        type="button"
        className="button button--ghost button--small article-meta__toggle"
        aria-expanded={open}
        aria-controls={`${panelId}-details`}
        onClick={() => setOpen(!open)}
        data-testid="meta-toggle"
      >
        {open ? <ChevronDown size={16} aria-hidden /> : <ChevronRight size={16} aria-hidden />}
        {t('meta.details')}
      </button>
      <div id={`${panelId}-details`} className="article-meta__details" hidden={!open} data-testid="meta-details">
        <label className="field">
          <span>{t('meta.byline')}</span>
          <input value={values.byline} maxLength={200} onChange={line('byline')} placeholder={t('meta.bylinePlaceholder')} data-testid="meta-byline" />
        </label>
        <label className="field">
          <span>{t('meta.outlet')}</span>
          <input value={values.outlet} maxLength={200} onChange={line('outlet')} data-testid="meta-outlet" />
        </label>
        <label className="field">
          <span>{t('meta.datelinePlace')}</span>
          <input value={values.datelinePlace} maxLength={200} onChange={line('datelinePlace')} placeholder={t('meta.datelinePlacePlaceholder')} data-testid="meta-dateline-place" />
        </label>
        <label className="field">
          <span>{t('meta.datelineDate')}</span>
          <input type="date" value={values.datelineDate} onChange={(e) => setField('datelineDate', e.target.value)} data-testid="meta-dateline-date" />
        </label>
        <label className="field article-meta__wide">
          <span>{t('meta.tags')}</span>
          <input value={values.tags} onChange={line('tags')} placeholder={t('meta.tagsPlaceholder')} data-testid="meta-tags" />
        </label>
        <label className="field article-meta__wide">
          <span>{t('meta.notes')}</span>
          <textarea rows={3} maxLength={20_000} value={values.notes} onChange={(e) => setField('notes', e.target.value)} data-testid="meta-notes" />
        </label>
        {open ? <StatusHistory articleId={article.id} /> : null}
      </div>
    </div>
  );
}

/** Who moved the article along, and when, newest first. */
function StatusHistory({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const relativeTime = useRelativeTime();
  const status = useArticleStatus(articleId);
  const history = status.data?.history ?? [];
  return (
    <section className="article-meta__wide article-meta__history" aria-label={t('meta.historyTitle')}>
      <h3>{t('meta.historyTitle')}</h3>
      {history.length === 0 ? (
        <p className="muted">{t('meta.historyEmpty')}</p>
      ) : (
        <ol data-testid="status-history">
          {history.map((h) => (
            <li key={`${h.at}-${h.to}`}>
              {t('meta.historyEntry', {
                from: h.from ? t(`status.${h.from}`) : '',
                to: t(`status.${h.to}`),
                who: h.by || t('meta.someone'),
                time: relativeTime(h.at),
              })}
              {h.note ? <span className="article-meta__history-note" data-testid="status-history-note">{t('meta.historyNote', { note: h.note })}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
