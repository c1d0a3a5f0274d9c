export { FindReplace, type FindReplaceOptions } from './extension.ts';
export { emptyQuery, queryPattern, type Match, type SearchQuery } from './findMatches.ts';
export { findReplaceKey, findReplaceState, type FindReplaceState } from './findReplacePlugin.ts';
