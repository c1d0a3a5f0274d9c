/** A word-level diff rendered as React elements (never HTML strings): <del> and <ins> per change. */
import { useTranslation } from 'react-i18next';
import type { DiffSegment, Lang, RevisionDiff } from '../../../src-preload/contract/domain.ts';

function Segments({ segments }: { segments: readonly DiffSegment[] }) {
  const { t } = useTranslation();
  return (
    <>
      {segments.map((s, i) =>
        s.op === 'equal' ? (
          <span key={i}>{s.text}</span>
        ) : s.op === 'delete' ? (
          <del key={i} className="diff__del">
            <span className="visually-hidden">{t('revisions.deletedMark')} </span>
            {s.text}
          </del>
        ) : (
          <ins key={i} className="diff__ins">
            <span className="visually-hidden">{t('revisions.insertedMark')} </span>
            {s.text}
          </ins>
        ),
      )}
    </>
  );
}

export function RevisionDiffView({ diff, lang }: { diff: RevisionDiff; lang: Lang }) {
  const { t } = useTranslation();
  const changed = diff.insertedWords + diff.deletedWords > 0;
  return (
    <div className="diff" data-testid="revision-diff">
      <p className="muted diff__summary">
        {changed ? t('revisions.diffSummary', { inserted: diff.insertedWords, deleted: diff.deletedWords }) : t('revisions.noChanges')}
      </p>
      <div className="diff__text" lang={lang}>
        <p className="diff__title">
          <Segments segments={diff.title} />
        </p>
        {diff.blocks.map((block, i) => (
          <p key={i} className={`diff__block diff__block--${block.op} diff__block--${block.type}`} data-op={block.op}>
            <Segments segments={block.segments} />
          </p>
        ))}
      </div>
    </div>
  );
}
