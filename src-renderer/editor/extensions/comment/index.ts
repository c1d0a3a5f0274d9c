export { CommentTools } from './extension.ts';
export { commentIdsAt, commentPositions, commentRanges, type CommentRange } from './commentRanges.ts';
export { activeClass, commentHighlightKey, resolvedClass, type CommentHighlight } from './commentHighlightPlugin.ts';
