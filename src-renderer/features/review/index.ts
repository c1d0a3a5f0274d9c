export { ReviewBar } from './ReviewBar.tsx';
export { ReviewSidebar } from './ReviewSidebar.tsx';
export { useReview, type Review, type ReviewPanelName } from './useReview.ts';
export { useReviewHost, type ReviewHost } from './useReviewHost.ts';
