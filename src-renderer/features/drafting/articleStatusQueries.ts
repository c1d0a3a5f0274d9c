/** Server state of an article's workflow status: current status, allowed moves, history. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ArticleStatus } from '../../../src-preload/contract/domain.ts';
import { call } from '../../lib/api.ts';
import { queryKeys } from '../../lib/queries.ts';

export const articleStatusKey = (id: string) => ['articleStatus', id] as const;

export function useArticleStatus(id: string) {
  return useQuery({ queryKey: articleStatusKey(id), queryFn: () => call('getArticleStatus', { id }) });
}

/** Moves the article; the answer (status, allowed moves, history) replaces the cached one. */
export function useSetArticleStatus(id: string) {
  const client = useQueryClient();
  return useMutation({
    /** `override.note` passes the readiness gate (unresolved claims), recorded in the history. */
    mutationFn: ({ status, override }: { status: ArticleStatus; override?: { note: string } }) => call('setArticleStatus', { id, status, ...(override ? { override } : {}) }),
    onSuccess: (info) => {
      client.setQueryData(articleStatusKey(id), info);
      void client.invalidateQueries({ queryKey: queryKeys.articles });
    },
  });
}
