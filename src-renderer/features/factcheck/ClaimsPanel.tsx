/**
 * The Claims side panel: claims the analysis detected (accept or dismiss), the claims tracked for
 * this article (status, verdict, evidence, history; orphaned ones kept and marked), consistency
 * findings that point at two places, and the source library.
 */
import { useId, useMemo, useState } from 'react';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { Check, CornerDownRight, X } from 'lucide-react';
import type { Claim, ConsistencyFinding } from '../../../src-preload/contract/factcheck.ts';
import { errorCodeOf } from '../../lib/api.ts';
import { claimHighlightKey, claimIdsAt } from '../../editor/extensions/claim/index.ts';
import type { Review } from '../review/useReview.ts';
import { useClaims, useCreateClaim } from './factcheckQueries.ts';
import { useClaimAnalysis, type ClaimAnalysis } from './useClaimAnalysis.ts';
import { usePresentClaims } from './usePresentClaims.ts';
import { placeSpan, visibleCandidates, type PlacedCandidate, type Range } from './claimPlacement.ts';
import { setActiveClaim } from './activeClaim.ts';
import { ClaimCard } from './ClaimCard.tsx';
import { SourcesSection } from './SourcesSection.tsx';

export function ClaimsPanel({ review }: { review: Review }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { editor, article } = review;
  const claims = useClaims(article.id);
  const present = usePresentClaims(editor, true);
  const analysis = useClaimAnalysis(editor, article.id, article.lang, true);
  const selected = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      if (!e) return '';
      const active = claimHighlightKey.getState(e.state)?.active ?? null;
      return [active, ...claimIdsAt(e.state.doc, e.state.selection.from)].filter(Boolean).join(' ');
    },
  });
  const selectedIds = (selected ?? '').split(' ');
  const list = claims.data ?? [];
  const position = (claim: Claim) => present?.positions.get(claim.id) ?? Number.POSITIVE_INFINITY;
  const ordered = present ? [...list].sort((a, b) => position(a) - position(b)) : list;
  const isOrphaned = (claim: Claim) => (present ? !present.positions.has(claim.id) : claim.orphaned);

  return (
    <aside
      id="review-panel"
      className="review-panel claims-panel"
      aria-labelledby={headingId}
      data-testid="claims-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          review.closePanel();
        }
      }}
    >
      <header className="review-panel__header">
        <h2 id={headingId}>{t('factcheck.title')}</h2>
        <button type="button" className="icon-button" onClick={review.closePanel} aria-label={t('review.closePanel')} title={t('review.closePanel')}>
          <X size={18} aria-hidden />
        </button>
      </header>
      <p className="muted review-panel__hint">{t('factcheck.hint')}</p>
      <Candidates review={review} analysis={analysis} version={present?.version ?? 0} />
      <section className="claims-section" aria-label={t('factcheck.claimsTitle')} data-testid="claims-list">
        <h3>{t('factcheck.claimsTitle')}</h3>
        {claims.isError ? <p role="alert" className="error">{t(`errors.${errorCodeOf(claims.error)}`)}</p> : null}
        {claims.isSuccess && list.length === 0 ? <p className="muted">{t('factcheck.claimsEmpty')}</p> : null}
        {ordered.length > 0 ? (
          <ul className="claims">
            {ordered.map((claim) => (
              <ClaimCard key={claim.id} claim={claim} review={review} orphaned={isOrphaned(claim)} active={selectedIds.includes(claim.id)} />
            ))}
          </ul>
        ) : null}
      </section>
      <Consistency review={review} analysis={analysis} />
      <SourcesSection />
    </aside>
  );
}

function Candidates({ review, analysis, version }: { review: Review; analysis: ClaimAnalysis; version: number }) {
  const { t } = useTranslation();
  const { editor, article } = review;
  const create = useCreateClaim(article.id);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<string | null>(null);
  const shown = useMemo(
    () => (editor && !editor.isDestroyed ? visibleCandidates(editor.state.doc, analysis.sent, analysis.result.candidates, dismissed) : []),
    // `version` changes when the text or its claim marks do (rescanned after edits stop).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [editor, analysis, dismissed, version],
  );

  function accept({ candidate }: PlacedCandidate) {
    setFailure(null);
    create.mutate(
      { text: candidate.text, reasons: [...new Set(candidate.reasons.map((r) => r.kind))], figures: candidate.figures },
      {
        onSuccess: (claim) => {
          if (!editor || editor.isDestroyed) return;
          // Placed again now: the text may have moved while main answered.
          const range = placeSpan(editor.state.doc, analysis.sent, candidate);
          if (range) editor.commands.setClaim(claim.id, range);
          setActiveClaim(editor, claim.id);
        },
        onError: (e) => setFailure(t(`errors.${errorCodeOf(e)}`)),
      },
    );
  }

  return (
    <section className="claims-section" aria-label={t('factcheck.candidatesTitle')} data-testid="claim-candidates">
      <h3>{t('factcheck.candidatesTitle')}</h3>
      {analysis.status === 'waiting' ? <p className="muted">{t('factcheck.analysing')}</p> : null}
      {analysis.status === 'error' ? <p role="alert" className="error">{t(`errors.${analysis.error ?? 'INTERNAL'}`)}</p> : null}
      {analysis.status === 'ready' && shown.length === 0 ? <p className="muted">{t('factcheck.candidatesEmpty')}</p> : null}
      {failure ? <p role="alert" className="error">{failure}</p> : null}
      {shown.length > 0 ? (
        <ol className="candidates">
          {shown.map((placed) => {
            const { candidate } = placed;
            const kinds = [...new Set(candidate.reasons.map((r) => r.kind))];
            return (
              <li key={`${candidate.key}:${candidate.start}`} className="candidate" data-testid="claim-candidate">
                <button type="button" className="candidate__text" onClick={() => selectRange(review, placed.range)} title={t('factcheck.showInText')}>
                  <span lang={article.lang}>{candidate.text}</span>
                </button>
                <ul className="chips" aria-label={t('factcheck.reasonsLabel')}>
                  {kinds.map((kind) => (
                    <li key={kind} className={`chip chip--${kind}`} data-testid="claim-reason">{t(`factcheck.reason.${kind}`)}</li>
                  ))}
                </ul>
                {candidate.figures.length > 0 ? (
                  <ul className="chips chips--figures" aria-label={t('factcheck.figuresLabel')}>
                    {candidate.figures.map((f, i) => (
                      <li key={i} className="chip chip--figure" title={figureTitle(f.value, f.unit)} data-testid="claim-figure">{f.text}</li>
                    ))}
                  </ul>
                ) : null}
                <div className="candidate__actions">
                  <button type="button" className="button button--small" onClick={() => setDismissed(new Set([...dismissed, candidate.text]))} aria-label={t('factcheck.dismissLabel', { text: candidate.text })} data-testid="dismiss-candidate">
                    <X size={14} aria-hidden />
                    {t('factcheck.dismiss')}
                  </button>
                  <button type="button" className="button button--small button--primary" disabled={create.isPending} onClick={() => accept(placed)} aria-label={t('factcheck.acceptLabel', { text: candidate.text })} data-testid="accept-candidate">
                    <Check size={14} aria-hidden />
                    {t('factcheck.accept')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}

/** A figure's read value, for its tooltip ("130000000000 USD", "2020-03-12"); numbers are not words, so not translated. */
function figureTitle(value: number | string | null, unit: string | null): string | undefined {
  if (value === null) return undefined;
  return unit ? `${value} ${unit}` : String(value);
}

function selectRange(review: Review, range: Range | null) {
  const { editor } = review;
  if (!editor || editor.isDestroyed || !range || range.to > editor.state.doc.content.size) return;
  editor.chain().setTextSelection(range).scrollIntoView().focus(undefined, { scrollIntoView: true }).run();
}

function Consistency({ review, analysis }: { review: Review; analysis: ClaimAnalysis }) {
  const { t } = useTranslation();
  const { editor, article } = review;
  const findings = analysis.result.consistency;
  const place = (f: { key: string; start: number; end: number; text: string }) => (editor && !editor.isDestroyed ? placeSpan(editor.state.doc, analysis.sent, f) : null);
  return (
    <section className="claims-section" aria-label={t('factcheck.consistencyTitle')} data-testid="consistency-findings">
      <h3>{t('factcheck.consistencyTitle')}</h3>
      {analysis.status === 'ready' && findings.length === 0 ? <p className="muted">{t('factcheck.consistencyEmpty')}</p> : null}
      {findings.length > 0 ? (
        <ol className="consistency">
          {findings.map((f: ConsistencyFinding, i) => (
            <li key={`${f.key}:${f.start}:${f.rule}:${i}`} className="consistency__item" data-testid="consistency-finding" data-rule={f.rule}>
              <button type="button" className="consistency__main" onClick={() => selectRange(review, place(f))} aria-label={t('factcheck.jumpTo', { text: f.text, message: f.message })}>
                <span className="consistency__text" lang={article.lang}>{f.text}</span>
                <span className="consistency__message">{f.message}</span>
              </button>
              {f.related ? (
                <button type="button" className="button button--small consistency__related" onClick={() => selectRange(review, place(f.related!))} aria-label={t('factcheck.jumpToRelated', { text: f.related.text })} data-testid="consistency-related">
                  <CornerDownRight size={14} aria-hidden />
                  {t('factcheck.relatedPlace', { text: f.related.text })}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
