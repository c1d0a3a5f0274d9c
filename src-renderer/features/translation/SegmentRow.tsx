/**
 * One segment of the desk: the source sentence (read-only, in its language, with its bold/italic,
 * glossary terms and claim spans), the target box (auto-growing, spellcheck off: the desk's QA
 * does the checking), the status badge and select, and the flags a translator must notice.
 * Memoised: typing in one row re-renders that row only.
 */
import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import { segmentStatuses, type Segment, type SegmentStatus } from '../../../src-preload/contract/translation.ts';
import { sourcePieces } from './sourcePieces.ts';

export interface SegmentRowProps {
  segment: Segment;
  active: boolean;
  findingCount: number;
  sourceLang: Lang;
  targetLang: Lang;
  onChange: (id: string, target: string) => void;
  onKeyDown: (id: string, e: KeyboardEvent<HTMLTextAreaElement>) => void;
  onFocus: (id: string) => void;
  onStatus: (id: string, status: SegmentStatus) => void;
  registerTarget: (id: string, box: HTMLTextAreaElement | null) => void;
}

const markClass: Record<string, string> = { bold: 'seg-bold', italic: 'seg-italic', underline: 'seg-underline', strike: 'seg-strike', link: 'seg-link', code: 'seg-code' };

export const SegmentRow = memo(function SegmentRow({ segment, active, findingCount, sourceLang, targetLang, onChange, onKeyDown, onFocus, onStatus, registerTarget }: SegmentRowProps) {
  const { t } = useTranslation();
  const id = segment.id;
  const targetId = `target-${id}`;
  const sourceId = `source-${id}`;
  const classes = ['desk-row', active ? 'desk-row--active' : '', segment.removedFromSource ? 'desk-row--removed' : '', segment.sourceChanged ? 'desk-row--changed' : '', `desk-row--${segment.status}`]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={classes}
      role="listitem"
      tabIndex={-1}
      data-segment-row
      data-testid="segment-row"
      data-segment-id={id}
      data-status={segment.status}
      data-source-changed={segment.sourceChanged}
      data-removed={segment.removedFromSource}
    >
      <div className="desk-row__source" id={sourceId} lang={sourceLang} data-testid="segment-source" data-block-type={segment.blockType}>
        <SourceText segment={segment} />
        {segment.sourceChanged && segment.previousSource !== null ? (
          <p className="desk-row__previous" data-testid="segment-previous-source">
            <span className="desk-row__flag">{t('desk.sourceChanged')}</span> {t('desk.previousSource')}{' '}
            <del lang={sourceLang}>{segment.previousSource}</del>
          </p>
        ) : segment.sourceChanged ? (
          <p className="desk-row__previous">
            <span className="desk-row__flag">{t('desk.sourceChanged')}</span>
          </p>
        ) : null}
        {segment.removedFromSource ? <p className="desk-row__removed" data-testid="segment-removed">{t('desk.removedFromSource')}</p> : null}
      </div>
      <div className="desk-row__target">
        <label className="visually-hidden" htmlFor={targetId}>
          {t('desk.targetLabel', { n: segment.index + 1 })}
        </label>
        <textarea
          id={targetId}
          ref={(box) => registerTarget(id, box)}
          className="desk-row__box"
          lang={targetLang}
          spellCheck={false}
          rows={1}
          value={segment.target}
          aria-describedby={sourceId}
          data-testid="segment-target"
          onChange={(e) => onChange(id, e.target.value.replace(/[\r\n]+/g, ' '))}
          onKeyDown={(e) => {
            // A segment is one sentence: Enter alone does nothing, Ctrl+Enter confirms.
            if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) e.preventDefault();
            onKeyDown(id, e);
          }}
          onFocus={() => onFocus(id)}
        />
      </div>
      <div className="desk-row__meta">
        <span className={`desk-status desk-status--${segment.status}`} data-testid="segment-status">
          {t(`desk.status.${segment.status}`)}
        </span>
        <label className="visually-hidden" htmlFor={`status-${id}`}>
          {t('desk.statusLabel', { n: segment.index + 1 })}
        </label>
        <select id={`status-${id}`} value={segment.status} onChange={(e) => onStatus(id, e.target.value as SegmentStatus)} data-testid="segment-status-select">
          {segmentStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`desk.status.${s}`)}
            </option>
          ))}
        </select>
        {segment.origin && segment.origin !== 'human' ? (
          <span className="desk-row__origin" data-testid="segment-origin" data-origin={segment.origin} data-mt-engine={segment.mtEngine ?? undefined}>
            {segment.matchScore !== null
              ? t('desk.originScore', { origin: t(`desk.origin.${segment.origin}`), score: segment.matchScore })
              : segment.origin === 'mt' && segment.mtEngine
                ? t('desk.originEngine', { origin: t('desk.origin.mt'), engine: t(`mt.engineShort.${segment.mtEngine}`) })
                : t(`desk.origin.${segment.origin}`)}
          </span>
        ) : null}
        {findingCount > 0 ? (
          <span className="desk-row__qa" data-testid="segment-qa-count" title={t('desk.qaCount', { count: findingCount })}>
            {t('desk.qaCount', { count: findingCount })}
          </span>
        ) : null}
      </div>
    </div>
  );
});

/** The source sentence with its inline marks, glossary terms (title: the translation) and claims (underlined by status). */
function SourceText({ segment }: { segment: Segment }) {
  const { t } = useTranslation();
  const pieces = sourcePieces(segment.source, segment.sourceMarks, segment.glossary, segment.claims);
  return (
    <p className="desk-row__text">
      {pieces.map((piece) => {
        const classes = piece.marks.map((m) => markClass[m]).filter(Boolean);
        const claim = piece.claims[0];
        if (claim) classes.push('desk-claim', `desk-claim--${claim.status}`);
        const term = piece.glossary[0];
        const claimTitle = claim ? t('desk.claimTitle', { status: t(`factcheck.status.${claim.status}`) }) : undefined;
        const content = term ? (
          <mark
            className="desk-term"
            title={t('desk.termTitle', { term: term.term, translation: term.translation }) + (term.note ? ` — ${term.note}` : '')}
            data-testid="glossary-hit"
            data-translation={term.translation}
          >
            {piece.text}
          </mark>
        ) : (
          piece.text
        );
        return classes.length > 0 || claim ? (
          <span key={piece.start} className={classes.join(' ')} title={claimTitle} data-claim-status={claim?.status}>
            {content}
          </span>
        ) : (
          <span key={piece.start}>{content}</span>
        );
      })}
    </p>
  );
}
