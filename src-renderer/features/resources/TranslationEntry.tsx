/**
 * The editor bar's way into translation: "Translate to English/Indonesian" (by the article's
 * language) creates the linked target article and opens the desk; translations already made
 * from this article are listed as links with how far along they are.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Languages } from 'lucide-react';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import { errorCodeOf } from '../../lib/api.ts';
import { useFlushRegistry } from '../../lib/flushRegistry.tsx';
import { openTranslationDesk } from '../translation/openTranslationDesk.ts';
import { useCreateTranslation, useTranslations } from './resourcesQueries.ts';
import { otherLang, splitTranslations, translationPercent } from './translationProgress.ts';
import './resources.css';

export interface TranslationEntryProps {
  articleId: string;
  lang: Lang;
}

export function TranslationEntry({ articleId, lang }: TranslationEntryProps) {
  const { t, i18n } = useTranslation();
  const translations = useTranslations(articleId);
  const create = useCreateTranslation();
  const registry = useFlushRegistry();
  const [error, setError] = useState<ErrorCode | null>(null);
  if (translations.isPending) return null;
  // Should the list fail to load, the button still works (creating checks everything again).
  const { made, sourceOf } = splitTranslations(articleId, translations.data ?? []);
  // A translation is translated in the desk (its notice says so), not translated again.
  if (sourceOf) return null;
  const targetLang = otherLang(lang);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });

  async function translate() {
    setError(null);
    try {
      // The source is segmented as saved: save what is on screen first.
      await registry.flushAll();
      const summary = await create.mutateAsync({ sourceArticleId: articleId, targetLang });
      openTranslationDesk(summary.target.articleId);
    } catch (e) {
      setError(errorCodeOf(e));
    }
  }

  return (
    <div className="translation-entry" data-testid="translation-entry">
      {made.map((tr) => (
        <button
          key={tr.target.articleId}
          type="button"
          className="button button--ghost translation-entry__link"
          onClick={() => openTranslationDesk(tr.target.articleId)}
          title={tr.target.title || t('library.untitled')}
          data-testid="translation-link"
        >
          <Languages size={18} aria-hidden />
          {t('translationEntry.link', { language: t(`lang.${tr.target.lang}`), percent: percent.format(translationPercent(tr) / 100) })}
        </button>
      ))}
      {made.some((tr) => tr.target.lang === targetLang) ? null : (
        <button type="button" className="button" onClick={() => void translate()} disabled={create.isPending} data-testid="translate-article">
          <Languages size={18} aria-hidden />
          {create.isPending ? t('translationEntry.creating') : t(`translationEntry.translateTo.${targetLang}`)}
        </button>
      )}
      {error ? <span role="alert" className="error">{t(`errors.${error}`)}</span> : null}
    </div>
  );
}
