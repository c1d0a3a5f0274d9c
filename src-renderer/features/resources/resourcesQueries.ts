/** Server state of the translation resources (memories, glossary) and of an article's translations. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../src-preload/contract/api.ts';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { Memory } from '../../../src-preload/contract/translation.ts';
import { call } from '../../lib/api.ts';
import { queryKeys } from '../../lib/queries.ts';

export const resourcesKeys = {
  memories: ['memories'] as const,
  concordance: (input: Input<'concordance'>) => ['concordance', input] as const,
  glossary: ['glossary'] as const,
  glossaryList: (query: string) => ['glossary', 'list', query] as const,
  translations: (articleId: string) => ['translations', articleId] as const,
};

export function useMemories() {
  return useQuery({ queryKey: resourcesKeys.memories, queryFn: () => call('listMemories', {}) });
}

function useMemoriesMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: resourcesKeys.memories }) });
}

export function useCreateMemory() {
  return useMemoriesMutation((input: Input<'createMemory'>) => call('createMemory', input));
}

/** Renames a memory or flips a switch; the list shows the change at once and goes back if main refuses it. */
export function useUpdateMemory() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'updateMemory'>) => call('updateMemory', input),
    onMutate: async (input) => {
      await client.cancelQueries({ queryKey: resourcesKeys.memories });
      const before = client.getQueryData<Memory[]>(resourcesKeys.memories);
      const { id, ...patch } = input;
      client.setQueryData<Memory[]>(resourcesKeys.memories, (list) => list?.map((m) => (m.id === id ? { ...m, ...patch } : m)));
      return { before };
    },
    onError: (_error, _input, context) => client.setQueryData(resourcesKeys.memories, context?.before),
    onSettled: () => client.invalidateQueries({ queryKey: resourcesKeys.memories }),
  });
}

export function useDeleteMemory() {
  return useMemoriesMutation((id: string) => call('deleteMemory', { id }));
}

/** Units containing the query (disabled while it is blank); keeps the last results while typing. */
export function useConcordance(input: Input<'concordance'>) {
  return useQuery({
    queryKey: resourcesKeys.concordance(input),
    queryFn: () => call('concordance', input),
    enabled: input.query.trim() !== '',
    placeholderData: keepPreviousData,
  });
}

export function useGlossaryTerms(query: string) {
  return useQuery({
    queryKey: resourcesKeys.glossaryList(query),
    queryFn: () => call('listGlossaryTerms', query ? { query, limit: 5000 } : { limit: 5000 }),
    placeholderData: keepPreviousData,
  });
}

function useGlossaryMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: resourcesKeys.glossary }) });
}

export function useSaveGlossaryTerm() {
  return useGlossaryMutation((input: Input<'saveGlossaryTerm'>) => call('saveGlossaryTerm', input));
}

export function useDeleteGlossaryTerm() {
  return useGlossaryMutation((id: string) => call('deleteGlossaryTerm', { id }));
}

export function useImportGlossary() {
  return useGlossaryMutation((file: Input<'importGlossary'>['file']) => call('importGlossary', { file }));
}

/** Translations the article is the source or the target of. */
export function useTranslations(articleId: string) {
  return useQuery({ queryKey: resourcesKeys.translations(articleId), queryFn: () => call('listTranslations', { articleId }) });
}

export function useCreateTranslation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { sourceArticleId: string; targetLang: Lang }) => call('createTranslation', input),
    onSuccess: (summary) =>
      Promise.all([
        client.invalidateQueries({ queryKey: resourcesKeys.translations(summary.source.articleId) }),
        client.invalidateQueries({ queryKey: queryKeys.articles }),
      ]),
  });
}
