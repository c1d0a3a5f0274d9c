/** Proofreading settings and rules over the bridge (TanStack Query), and the editor's check function. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { ProofreadBlockResult, ProofreadingSettings } from '../../../src-preload/contract/proofreading.ts';
import { call } from '../../lib/api.ts';

export const proofreadingKeys = {
  rules: ['proofreadingRules'] as const,
  settings: ['proofreadingSettings'] as const,
};

/** The rules never change while the app runs. */
export function useProofreadingRules() {
  return useQuery({ queryKey: proofreadingKeys.rules, queryFn: async () => (await call('listProofreadingRules', {})).rules, staleTime: Infinity });
}

export function useProofreadingSettings() {
  return useQuery({ queryKey: proofreadingKeys.settings, queryFn: () => call('getProofreadingSettings', {}) });
}

function useSettingsMutation<I>(run: (input: I) => Promise<ProofreadingSettings>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: (settings) => client.setQueryData(proofreadingKeys.settings, settings) });
}

export function useSetRuleEnabled() {
  return useSettingsMutation((input: { rule: string; enabled: boolean }) => call('setProofreadingRule', input));
}

export function useAddToDictionary() {
  return useSettingsMutation((word: string) => call('addToDictionary', { word }));
}

export function useRemoveFromDictionary() {
  return useSettingsMutation((word: string) => call('removeFromDictionary', { word }));
}

/** The function the editor's proofreading extension sends paragraphs with. */
export function proofreadingCheck(articleId: string, lang: Lang): (blocks: Array<{ key: string; text: string }>) => Promise<ProofreadBlockResult[]> {
  return async (blocks) => (await call('proofreadBlocks', { articleId, lang, blocks })).results;
}
