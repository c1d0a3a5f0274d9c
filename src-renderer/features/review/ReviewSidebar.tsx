/** The open review panel beside the text, if any. */
import { CommentsPanel } from './CommentsPanel.tsx';
import { RevisionsPanel } from './RevisionsPanel.tsx';
import { ProblemsPanel } from '../proofreading/ProblemsPanel.tsx';
import { ClaimsPanel } from '../factcheck/ClaimsPanel.tsx';
import type { Review } from './useReview.ts';

export function ReviewSidebar({ review }: { review: Review }) {
  if (review.panel === 'comments') return <CommentsPanel review={review} />;
  if (review.panel === 'revisions') return <RevisionsPanel review={review} />;
  if (review.panel === 'claims') return <ClaimsPanel review={review} />;
  if (review.panel === 'problems') return <ProblemsPanel editor={review.editor} onClose={review.closePanel} />;
  return null;
}
