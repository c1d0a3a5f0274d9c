/** Server state for the renderer: TanStack Query over `lib/api.ts`, one key per resource. */
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Lang, Settings } from '../../src-preload/contract/domain.ts';
import { call } from './api.ts';

export const queryKeys = {
  articles: ['articles'] as const,
  article: (id: string) => ['article', id] as const,
  settings: ['settings'] as const,
  appInfo: ['appInfo'] as const,
};

export function useArticles() {
  return useQuery({ queryKey: queryKeys.articles, queryFn: () => call('listArticles', {}) });
}

function articleForEditingQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.article(id),
    queryFn: () => call('getArticle', { id }),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

/** Loads an article once for editing: the editor owns the text afterwards, so never refetch it. */
export function useArticleForEditing(id: string) {
  return useQuery(articleForEditingQuery(id));
}

/**
 * Starts loading an article for editing before the editor page renders (called by whatever opens
 * it), so the request runs while React switches pages instead of after. Errors surface in the editor.
 */
export function prefetchArticleForEditing(client: QueryClient, id: string): void {
  void client.prefetchQuery(articleForEditingQuery(id));
}

export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => call('getSettings', {}) });
}

export function useAppInfo() {
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: () => call('getAppInfo', {}), staleTime: Infinity });
}

export function useCreateArticle() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { lang: Lang; title?: string }) => call('createArticle', input),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.articles }),
  });
}

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<Pick<Settings, 'uiLanguage' | 'userName'>>) => call('updateSettings', patch),
    onSuccess: (settings) => client.setQueryData(queryKeys.settings, settings),
  });
}
