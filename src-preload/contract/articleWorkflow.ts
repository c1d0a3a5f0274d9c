/**
 * The editorial workflow of an article, shared by main (which enforces it) and the renderer
 * (which offers only the moves it allows). Zod-free so the renderer can import the values.
 *
 * The rule:
 * - The desk moves forward one stage at a time: draft -> editing -> fact-check -> translation ->
 *   ready -> published. Translation is optional, so fact-check -> ready is allowed too.
 * - Any stage may be sent back to any earlier stage (rework, a correction after publishing).
 * - Any stage may be archived. An archived article comes back either as a draft or to the stage
 *   it was archived from, so archiving can never be used to skip fact-checking.
 */

/** Workflow stages in order, then `archived`, which sits outside the line. */
export const articleStatuses = ['draft', 'editing', 'fact-check', 'translation', 'ready', 'published', 'archived'] as const;

export type ArticleStatus = (typeof articleStatuses)[number];

/** The stages of the line, in order (everything but `archived`). */
export const workflowStages: readonly ArticleStatus[] = articleStatuses.filter((s) => s !== 'archived');

/** Forward moves that skip a stage on purpose: translation is not needed for every article. */
const skips: ReadonlyArray<readonly [ArticleStatus, ArticleStatus]> = [['fact-check', 'ready']];

/**
 * The statuses an article in `from` may move to (never `from` itself). `archivedFrom` is the stage
 * an archived article was archived from, when known.
 */
export function allowedStatusMoves(from: ArticleStatus, archivedFrom?: ArticleStatus | null): ArticleStatus[] {
  if (from === 'archived') {
    const back = archivedFrom && archivedFrom !== 'archived' && archivedFrom !== 'draft' ? [archivedFrom] : [];
    return ['draft', ...back];
  }
  const index = workflowStages.indexOf(from);
  const moves = new Set<ArticleStatus>(workflowStages.slice(0, index));
  const next = workflowStages[index + 1];
  if (next) moves.add(next);
  for (const [a, b] of skips) if (a === from) moves.add(b);
  moves.add('archived');
  return articleStatuses.filter((s) => moves.has(s));
}

/** True when the rule above allows moving from `from` to `to`. */
export function isStatusMoveAllowed(from: ArticleStatus, to: ArticleStatus, archivedFrom?: ArticleStatus | null): boolean {
  return allowedStatusMoves(from, archivedFrom).includes(to);
}
