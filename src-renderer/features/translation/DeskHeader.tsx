/**
 * The desk's bar: both articles (each opens in the editor), the progress by status (a real
 * progressbar with its numbers in words), the row filter, pre-translation, XLIFF and the save state.
 */
import { useTranslation } from 'react-i18next';
import { ArrowRight, FileText } from 'lucide-react';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import { segmentStatuses, type Segment, type TranslationView } from '../../../src-preload/contract/translation.ts';
import type { SaveState } from '../drafting/autosaveQueue.ts';
import { SaveStatus } from '../drafting/SaveStatus.tsx';
import { deskProgress } from './deskProgress.ts';
import { deskFilters, type DeskFilter } from './segmentFilter.ts';
import { PretranslateControl } from './PretranslateControl.tsx';
import { XliffControls } from './XliffControls.tsx';

export interface DeskHeaderProps {
  view: TranslationView;
  segments: readonly Segment[];
  filter: DeskFilter;
  onFilter: (filter: DeskFilter) => void;
  saveState: SaveState;
  saveError: ErrorCode | undefined;
  onRetrySave: () => void;
  /** Saves pending segment edits (before an export). */
  flush: () => Promise<void>;
  /** Saves pending edits, then loads the segments again (after pre-translation or an import). */
  onReload: (notice: string) => Promise<void>;
  onOpenArticle: (articleId: string) => void;
}

export function DeskHeader({ view, segments, filter, onFilter, saveState, saveError, onRetrySave, flush, onReload, onOpenArticle }: DeskHeaderProps) {
  const { t } = useTranslation();
  const progress = deskProgress(segments);
  const untitled = t('library.untitled');
  // The target's title is its headline segment's translation once there is one (main assembles it so).
  const headlineTarget = segments.find((s) => s.blockType === 'headline' && !s.removedFromSource)?.target.trim();
  const targetTitle = headlineTarget || view.target.title || untitled;
  const summary = t('desk.progressText', { confirmed: progress.confirmed, total: progress.total, percent: progress.percent });
  return (
    <header className="desk__header">
      <div className="desk__titles">
        <button type="button" className="desk__title" onClick={() => onOpenArticle(view.source.articleId)} title={t('desk.openInEditor')} data-testid="desk-source-title">
          <FileText size={16} aria-hidden />
          <span className="badge">{view.source.lang.toUpperCase()}</span>
          <span lang={view.source.lang}>{view.source.title || untitled}</span>
        </button>
        <ArrowRight size={16} aria-label={t('desk.translatedTo', { language: t(`lang.${view.target.lang}`) })} />
        <button type="button" className="desk__title" onClick={() => onOpenArticle(view.target.articleId)} title={t('desk.openInEditor')} data-testid="desk-target-title">
          <FileText size={16} aria-hidden />
          <span className="badge">{view.target.lang.toUpperCase()}</span>
          <span lang={view.target.lang}>{targetTitle}</span>
        </button>
        <SaveStatus state={saveState} errorCode={saveError} onRetry={onRetrySave} />
      </div>
      <div className="desk__progress-line">
        <div
          className="desk-progress"
          role="progressbar"
          aria-label={t('desk.progress')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={progress.percent}
          aria-valuetext={summary}
          data-testid="desk-progress"
        >
          {segmentStatuses.map((s) =>
            progress.counts[s] > 0 ? <span key={s} className={`desk-progress__part desk-progress__part--${s}`} style={{ flexGrow: progress.counts[s] }} /> : null,
          )}
        </div>
        <span className="desk__progress-text" data-testid="desk-progress-text">
          {summary}
        </span>
        <ul className="desk__counts" aria-label={t('desk.counts')}>
          {segmentStatuses.map((s) => (
            <li key={s} className={`desk-status desk-status--${s}`} data-testid={`desk-count-${s}`} data-count={progress.counts[s]}>
              {t('desk.countOf', { status: t(`desk.status.${s}`), count: progress.counts[s] })}
            </li>
          ))}
          {progress.sourceChanged > 0 ? (
            <li className="desk-status desk-status--changed" data-testid="desk-count-changed">
              {t('desk.countOf', { status: t('desk.sourceChanged'), count: progress.sourceChanged })}
            </li>
          ) : null}
        </ul>
      </div>
      <div className="desk__tools">
        <label className="desk__filter">
          {t('desk.filter')}
          <select value={filter} onChange={(e) => onFilter(e.target.value as DeskFilter)} data-testid="desk-filter">
            {deskFilters.map((f) => (
              <option key={f} value={f}>
                {t(`desk.filters.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <PretranslateControl articleId={view.target.articleId} sourceLang={view.source.lang} targetLang={view.target.lang} onFinished={onReload} />
        <XliffControls articleId={view.target.articleId} flush={flush} onImported={onReload} />
      </div>
    </header>
  );
}
