/** Server state of revisions and comments (TanStack Query over `lib/api.ts`), one key per article. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CommentThread } from '../../../src-preload/contract/domain.ts';
import { call } from '../../lib/api.ts';

export const reviewKeys = {
  revisions: (articleId: string) => ['revisions', articleId] as const,
  diff: (articleId: string, revisionId: string, against: string) => ['revisionDiff', articleId, revisionId, against] as const,
  comments: (articleId: string) => ['comments', articleId] as const,
};

/** The article's revisions, newest first. */
export function useRevisions(articleId: string, enabled: boolean) {
  return useQuery({ queryKey: reviewKeys.revisions(articleId), queryFn: () => call('listRevisions', { articleId }), enabled });
}

/**
 * The diff from a revision to `against` ('current' or another revision id). Never cached across
 * openings: the current text changes as the user types.
 */
export function useRevisionDiff(articleId: string, revisionId: string, against: string) {
  return useQuery({
    queryKey: reviewKeys.diff(articleId, revisionId, against),
    queryFn: () => call('diffRevision', { articleId, revisionId, against }),
    gcTime: 0,
  });
}

/** Comment threads of the article, oldest first. */
export function useComments(articleId: string) {
  return useQuery({ queryKey: reviewKeys.comments(articleId), queryFn: () => call('listComments', { articleId }) });
}

/** Replaces one thread in the cached list (or appends it) after a mutation returned it. */
function useStoreThread(articleId: string) {
  const client = useQueryClient();
  return (thread: CommentThread) =>
    client.setQueryData<CommentThread[]>(reviewKeys.comments(articleId), (list = []) =>
      list.some((t) => t.id === thread.id) ? list.map((t) => (t.id === thread.id ? thread : t)) : [...list, thread],
    );
}

export function useCreateCommentThread(articleId: string) {
  const store = useStoreThread(articleId);
  return useMutation({ mutationFn: (input: { quote: string; body: string }) => call('createCommentThread', { articleId, ...input }), onSuccess: store });
}

export function useReplyToComment(articleId: string) {
  const store = useStoreThread(articleId);
  return useMutation({ mutationFn: (input: { threadId: string; body: string }) => call('replyToComment', input), onSuccess: store });
}

export function useSetCommentResolved(articleId: string) {
  const store = useStoreThread(articleId);
  return useMutation({
    mutationFn: ({ threadId, resolved }: { threadId: string; resolved: boolean }) => call(resolved ? 'resolveComment' : 'reopenComment', { threadId }),
    onSuccess: store,
  });
}
