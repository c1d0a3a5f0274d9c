export { ClaimTools, handleClaimTools, type ClaimToolsStorage } from './extension.ts';
export { claimIdsAt, claimPositions, claimRanges, rangeHasClaim } from './claimRanges.ts';
export { claimActiveClass, claimHighlightKey, claimStatusClass, mostUrgentStatus, type ClaimHighlight } from './claimHighlightPlugin.ts';
