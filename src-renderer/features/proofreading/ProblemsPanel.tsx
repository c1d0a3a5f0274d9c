/**
 * The Problems side panel: every proofreading finding in document order, filterable by kind;
 * choosing one selects its text in the editor and scrolls to it. Re-read only when the findings
 * change (not per keystroke).
 */
import { useId, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import { X } from 'lucide-react';
import { placedFindings, proofreadingState } from '../../editor/extensions/proofreading/index.ts';
import type { FindingKind } from '../../../src-preload/contract/proofreading.ts';
import { parseCounts, useProofreadingSummary } from './useProofreadingState.ts';

export function ProblemsPanel({ editor, onClose }: { editor: Editor | null; onClose: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const summary = useProofreadingSummary(editor);
  const [kind, setKind] = useState<FindingKind | null>(null);
  const version = summary?.version ?? 0;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` is what changes when the findings do.
  const all = useMemo(() => (editor ? placedFindings(proofreadingState(editor.state).decorations) : []), [editor, version]);
  const shown = kind ? all.filter((p) => p.finding.kind === kind) : all;
  const counts = parseCounts(summary?.counts ?? '');
  return (
    <aside
      id="review-panel"
      className="review-panel problems-panel"
      aria-labelledby={headingId}
      data-testid="problems-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <header className="review-panel__header">
        <h2 id={headingId}>{t('proofreading.title')}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('review.closePanel')} title={t('review.closePanel')}>
          <X size={18} aria-hidden />
        </button>
      </header>
      <div className="problems-panel__filters" role="group" aria-label={t('proofreading.filterLabel')}>
        <button type="button" className="proof-chip" aria-pressed={kind === null} onClick={() => setKind(null)}>
          {t('proofreading.filterAll')} <span className="count">{all.length}</span>
        </button>
        {counts.map(([k, n]) => (
          <button key={k} type="button" className={`proof-chip proof-chip--${k}`} aria-pressed={kind === k} onClick={() => setKind(kind === k ? null : k)} data-testid={`problems-filter-${k}`}>
            {t(`proofreading.kinds.${k}`)} <span className="count">{n}</span>
          </button>
        ))}
      </div>
      {summary?.status === 'waiting' ? <p className="muted">{t('proofreading.notChecked')}</p> : null}
      {summary?.status === 'error' ? <p role="alert" className="error">{t('errors.PROOFREADING_UNAVAILABLE')}</p> : null}
      {summary?.status !== 'waiting' && shown.length === 0 ? <p className="muted">{kind ? t('proofreading.emptyFiltered') : t('proofreading.empty')}</p> : null}
      <ol className="problems" aria-label={t('proofreading.panelLabel')}>
        {shown.map((p) => (
          <li key={`${p.from}:${p.to}:${p.finding.rule}`}>
            <button
              type="button"
              className={`problem problem--${p.finding.kind}`}
              data-testid="problem"
              aria-label={t('proofreading.jumpTo', { text: p.finding.text, message: p.finding.message })}
              onClick={() => editor?.chain().focus().selectProofreadingFinding(p).run()}
            >
              <span className={`problem__text proof-kind--${p.finding.kind}`}>{p.finding.text}</span>
              <span className="problem__message">{p.finding.message}</span>
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}
