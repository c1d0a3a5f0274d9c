/** Server state of the desk: the translation (loaded once; the desk owns the text afterwards), its QA, memory matches and concordance. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import { call } from '../../lib/api.ts';

export const translationKeys = {
  view: (articleId: string) => ['translation', articleId] as const,
  qa: (articleId: string) => ['translationQa', articleId] as const,
  matches: (source: string, context: string, sourceLang: Lang, targetLang: Lang) => ['tmLookup', sourceLang, targetLang, source, context] as const,
  concordance: (query: string, side: 'source' | 'target', sourceLang: Lang, targetLang: Lang) => ['concordance', sourceLang, targetLang, side, query] as const,
};

export function translationViewQuery(articleId: string) {
  return queryOptions({
    queryKey: translationKeys.view(articleId),
    queryFn: () => call('getTranslation', { articleId }),
    // Like the editor: the desk holds the segments while it is open, so never refetch behind its back.
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

/** Whole-document QA, once per opening of the desk; rows being typed in are checked live instead. */
export function useTranslationQa(articleId: string) {
  return useQuery({
    queryKey: translationKeys.qa(articleId),
    queryFn: () => call('checkTranslation', { articleId }),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
}

/** Memory matches for the active row's source, best first (at most five: Ctrl+1..5). */
/** Memory matches of a source sentence; `context` (its neighbours) lets a match from the same surroundings score 101. */
export function useTmMatches(source: string | null, context: string, sourceLang: Lang, targetLang: Lang) {
  return useQuery({
    queryKey: translationKeys.matches(source ?? '', context, sourceLang, targetLang),
    queryFn: () => call('lookupTm', { source: source!, context, sourceLang, targetLang, limit: 5 }),
    enabled: source !== null && source.trim().length > 0,
    staleTime: 30_000,
    retry: false,
  });
}

export function useConcordance(query: string, side: 'source' | 'target', sourceLang: Lang, targetLang: Lang) {
  const trimmed = query.trim();
  return useQuery({
    queryKey: translationKeys.concordance(trimmed, side, sourceLang, targetLang),
    queryFn: () => call('concordance', { query: trimmed, side, sourceLang, targetLang, limit: 20 }),
    enabled: trimmed.length > 0,
    staleTime: 30_000,
    retry: false,
  });
}
