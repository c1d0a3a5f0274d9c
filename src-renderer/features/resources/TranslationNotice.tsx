/**
 * Shown above a translation's text in the editor: it is written segment by segment in the
 * translation desk (edits here would be overwritten when the desk assembles the article).
 */
import { useTranslation } from 'react-i18next';
import { Languages } from 'lucide-react';
import { openArticleInEditor, openTranslationDesk } from '../translation/openTranslationDesk.ts';
import { useTranslations } from './resourcesQueries.ts';
import { splitTranslations } from './translationProgress.ts';
import './resources.css';

export function TranslationNotice({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const translations = useTranslations(articleId);
  const sourceOf = translations.data ? splitTranslations(articleId, translations.data).sourceOf : null;
  if (!sourceOf) return null;
  const sourceTitle = sourceOf.source.title || t('library.untitled');
  return (
    <div role="note" className="translation-notice" data-testid="translation-notice">
      <Languages size={18} aria-hidden className="translation-notice__icon" />
      <p className="translation-notice__text">
        {t('translationEntry.noticeBefore')}{' '}
        <button type="button" className="link-button" lang={sourceOf.source.lang} onClick={() => openArticleInEditor(sourceOf.source.articleId)} data-testid="translation-source-link">
          {sourceTitle}
        </button>
        {t('translationEntry.noticeAfter')}
      </p>
      <button type="button" className="button button--primary" onClick={() => openTranslationDesk(articleId)} data-testid="open-translation-desk">
        {t('translationEntry.openDesk')}
      </button>
    </div>
  );
}
