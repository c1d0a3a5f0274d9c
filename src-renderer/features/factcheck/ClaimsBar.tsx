/**
 * The editor bar's fact-check tools: "Mark as claim" (Ctrl+Alt+K) and the Claims panel toggle with
 * the count of unresolved claims. Always mounted while an article is open, so it also keeps the
 * claim highlighting in step with the claims' statuses and opens the panel on a click on a claim.
 */
import { useCallback, useEffect, useState } from 'react';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { FileCheck2, ShieldCheck } from 'lucide-react';
import { claimStatuses, unresolvedClaimStatuses, type ClaimStatus } from '../../../src-preload/contract/factcheck.ts';
import { errorCodeOf } from '../../lib/api.ts';
import { handleClaimTools, claimHighlightKey } from '../../editor/extensions/claim/index.ts';
import type { Review } from '../review/useReview.ts';
import { useClaims, useCreateClaim } from './factcheckQueries.ts';
import { setActiveClaim } from './activeClaim.ts';
import '../../styles/factcheck.css';

export function ClaimsBar({ review }: { review: Review }) {
  const { t, i18n } = useTranslation();
  const { editor, article } = review;
  const claims = useClaims(article.id);
  const create = useCreateClaim(article.id);
  const [note, setNote] = useState<string | null>(null);
  const canMark = useEditorState({ editor, selector: ({ editor: e }) => (e ? !e.state.selection.empty : false) });
  const unresolved = claims.data?.filter((c) => unresolvedClaimStatuses.includes(c.status)).length ?? 0;
  const { panel, togglePanel } = review;

  const openPanel = useCallback(() => {
    if (panel !== 'claims') togglePanel('claims');
  }, [panel, togglePanel]);

  const markSelection = useCallback((): boolean => {
    if (!editor || editor.isDestroyed) return false;
    const { from, to, empty } = editor.state.selection;
    if (empty) return false;
    const text = editor.state.doc.textBetween(from, to, '\n', ' ').trim();
    if (!text || text.length > 5000) {
      setNote(t('factcheck.markTooLong'));
      return true;
    }
    setNote(null);
    create.mutate(
      { text },
      {
        onSuccess: (claim) => {
          // Marked only if the words are still where they were; otherwise the claim is kept as orphaned.
          if (editor.isDestroyed) return;
          if (to <= editor.state.doc.content.size && editor.state.doc.textBetween(from, to, '\n', ' ').trim() === text) {
            editor.commands.setClaim(claim.id, { from, to });
          }
          setActiveClaim(editor, claim.id);
          openPanel();
        },
        onError: (e) => setNote(t(`errors.${errorCodeOf(e)}`)),
      },
    );
    return true;
  }, [editor, create, openPanel, t]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    return handleClaimTools(editor, {
      onMarkSelection: markSelection,
      onClaimClick: (id) => {
        setActiveClaim(editor, id);
        openPanel();
      },
    });
  }, [editor, markSelection, openPanel]);

  // Each claim's status colours its text; labels follow the UI language.
  const list = claims.data;
  const language = i18n.language;
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const statuses = new Map<string, ClaimStatus>((list ?? []).map((c) => [c.id, c.status]));
    const labels = Object.fromEntries(claimStatuses.map((s) => [s, t('factcheck.markTitle', { status: t(`factcheck.status.${s}`) })]));
    const active = claimHighlightKey.getState(editor.state)?.active ?? null;
    editor.commands.setClaimHighlight({ statuses, labels, active: active && statuses.has(active) ? active : null });
  }, [editor, list, language, t]);

  useEffect(() => {
    if (note === null) return;
    const timer = setTimeout(() => setNote(null), 5000);
    return () => clearTimeout(timer);
  }, [note]);

  const markLabel = t('factcheck.markClaim');
  return (
    <>
      <button
        type="button"
        className="button button--ghost"
        disabled={!canMark || create.isPending}
        title={t('editor.withShortcut', { label: markLabel, shortcut: 'Ctrl+Alt+K' })}
        aria-keyshortcuts="Control+Alt+K"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => markSelection()}
        data-testid="mark-claim"
      >
        <FileCheck2 size={18} aria-hidden />
        {markLabel}
      </button>
      <button
        type="button"
        className="button button--ghost"
        aria-pressed={review.panel === 'claims'}
        aria-controls="review-panel"
        onClick={() => togglePanel('claims')}
        data-testid="toggle-claims"
      >
        <ShieldCheck size={18} aria-hidden />
        {t('factcheck.toggle')}
        {unresolved > 0 ? <span className="count" aria-label={t('factcheck.unresolvedCount', { count: unresolved })}>{unresolved}</span> : null}
      </button>
      {note ? <span role="status" className="review-bar__note claims-bar__note" data-testid="claims-note">{note}</span> : null}
    </>
  );
}
