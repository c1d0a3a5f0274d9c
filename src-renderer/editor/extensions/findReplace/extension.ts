/**
 * FindReplace: search the article with highlights, step through matches, replace one or all.
 * The UI (the find panel) drives it through these commands and reads `findReplaceState`.
 */
import { Extension } from '@tiptap/core';
import type { SearchQuery } from './findMatches.ts';
import {
  defaultFindReplacePluginOptions,
  findReplacePlugin,
  goToMatch,
  replaceAllMatches,
  replaceCurrentMatch,
  setSearchQuery,
  type FindReplacePluginOptions,
} from './findReplacePlugin.ts';

/** Options (all optional); defaults in `defaultFindReplacePluginOptions`. */
export type FindReplaceOptions = FindReplacePluginOptions;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      /** Searches for `query`; an empty `text` clears the highlights. Selects the first match after the cursor unless `reveal` is false. */
      setSearchQuery: (query: SearchQuery, reveal?: boolean) => ReturnType;
      /** Selects the next match (wrapping). */
      findNextMatch: () => ReturnType;
      /** Selects the previous match (wrapping). */
      findPreviousMatch: () => ReturnType;
      /** Replaces the current match, then selects the next one. One undo step. */
      replaceCurrentMatch: (replacement: string) => ReturnType;
      /** Replaces every match in one transaction: one undo step restores them all. */
      replaceAllMatches: (replacement: string) => ReturnType;
    };
  }
}

export const FindReplace = Extension.create<FindReplaceOptions>({
  name: 'findReplace',

  addOptions() {
    return { ...defaultFindReplacePluginOptions };
  },

  addCommands() {
    return {
      setSearchQuery:
        (query, reveal = true) =>
        ({ state, dispatch }) =>
          setSearchQuery(query, reveal)(state, dispatch),
      findNextMatch:
        () =>
        ({ state, dispatch }) =>
          goToMatch(1)(state, dispatch),
      findPreviousMatch:
        () =>
        ({ state, dispatch }) =>
          goToMatch(-1)(state, dispatch),
      replaceCurrentMatch:
        (replacement) =>
        ({ state, dispatch }) =>
          replaceCurrentMatch(replacement)(state, dispatch),
      replaceAllMatches:
        (replacement) =>
        ({ state, dispatch }) =>
          replaceAllMatches(replacement)(state, dispatch),
    };
  },

  addProseMirrorPlugins() {
    return [findReplacePlugin(this.options)];
  },
});
