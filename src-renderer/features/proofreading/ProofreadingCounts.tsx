/** The status bar's proofreading figures: problems per kind (a button that opens the Problems panel), or why there are none. */
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import { parseCounts, useProofreadingSummary } from './useProofreadingState.ts';

export function ProofreadingCounts({ editor, onOpenPanel }: { editor: Editor | null; onOpenPanel?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const summary = useProofreadingSummary(editor);
  if (!summary) return null;
  if (summary.status === 'error') {
    return (
      <span className="proof-status proof-status--error" role="status" data-testid="proofreading-status" title={t(`errors.PROOFREADING_UNAVAILABLE`)}>
        {t('proofreading.unavailable')}
      </span>
    );
  }
  const counts = parseCounts(summary.counts);
  const total = counts.reduce((n, [, c]) => n + c, 0);
  const label = counts.map(([kind, n]) => t('proofreading.kindCount', { kind: t(`proofreading.kinds.${kind}`), count: n })).join(', ');
  return (
    <span className="proof-status" role="status" data-testid="proofreading-status" aria-busy={summary.status === 'checking' || summary.status === 'waiting' ? true : undefined}>
      {summary.status === 'waiting' ? null : (
        <button type="button" className="proof-status__button" onClick={onOpenPanel} disabled={!onOpenPanel} title={label || undefined} data-testid="proofreading-counts">
          {t('proofreading.count', { count: total })}
          {counts.map(([kind, n]) => (
            <span key={kind} className={`proof-count proof-count--${kind}`} data-testid={`proof-count-${kind}`} aria-hidden>
              {n}
            </span>
          ))}
        </button>
      )}
      {summary.status === 'checking' ? <span className="muted"> {t('proofreading.checking')}</span> : null}
    </span>
  );
}
