/** Server state of the library: filtered lists, search, tags and the trash, over `lib/api.ts`. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ArticleListFilter } from '../../../src-preload/contract/domain.ts';
import { call } from '../../lib/api.ts';
import { queryKeys } from '../../lib/queries.ts';

/** Every key here starts with `queryKeys.articles`, so any change to articles refreshes them all. */
export const libraryKeys = {
  list: (filter: ArticleListFilter) => [...queryKeys.articles, 'list', filter] as const,
  search: (query: string) => [...queryKeys.articles, 'search', query] as const,
  tags: [...queryKeys.articles, 'tags'] as const,
};

/** Articles matching `filter`; the previous list stays on screen while a new filter loads. */
export function useArticleList(filter: ArticleListFilter) {
  return useQuery({ queryKey: libraryKeys.list(filter), queryFn: () => call('listArticles', filter), placeholderData: keepPreviousData });
}

/** The first page of search results for `query` (disabled while the query is blank). */
export function useArticleSearch(query: string) {
  return useQuery({
    queryKey: libraryKeys.search(query),
    queryFn: () => call('searchArticles', { query, limit: 50 }),
    enabled: query.trim() !== '',
    placeholderData: keepPreviousData,
  });
}

/** Tags in use, for the tag filter. */
export function useTags() {
  return useQuery({ queryKey: libraryKeys.tags, queryFn: () => call('listTags', {}) });
}

function useArticlesMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.articles }) });
}

export function useDeleteArticle() {
  return useArticlesMutation((id: string) => call('deleteArticle', { id }));
}

export function useRestoreArticle() {
  return useArticlesMutation((id: string) => call('restoreArticle', { id }));
}

export function useEmptyTrash() {
  return useArticlesMutation(() => call('emptyTrash', {}));
}
