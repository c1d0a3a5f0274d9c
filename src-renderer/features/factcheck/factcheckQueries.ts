/** Server state of the fact-check desk (TanStack Query over `lib/api.ts`): claims, sources, the gate setting. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Claim, ClaimFigure, ClaimReasonKind, ClaimStatus } from '../../../src-preload/contract/factcheck.ts';
import type { Input } from '../../../src-preload/contract/api.ts';
import { call } from '../../lib/api.ts';
import { queryKeys } from '../../lib/queries.ts';

export const factcheckKeys = {
  claims: (articleId: string) => ['claims', articleId] as const,
  sources: ['sources'] as const,
  sourceSearch: (query: string) => ['sourceSearch', query] as const,
  evidenceFor: (claimId: string) => ['findEvidence', claimId] as const,
};

/** The article's claims, in text order (orphans last). */
export function useClaims(articleId: string, enabled = true) {
  return useQuery({ queryKey: factcheckKeys.claims(articleId), queryFn: () => call('listClaims', { articleId }), enabled });
}

/** Replaces one claim in the cached list (or appends it) after a mutation returned it. */
function useStoreClaim(articleId: string) {
  const client = useQueryClient();
  return (claim: Claim) =>
    client.setQueryData<Claim[]>(factcheckKeys.claims(articleId), (list = []) =>
      list.some((c) => c.id === claim.id) ? list.map((c) => (c.id === claim.id ? claim : c)) : [...list, claim],
    );
}

export function useCreateClaim(articleId: string) {
  const store = useStoreClaim(articleId);
  return useMutation({
    mutationFn: (input: { text: string; reasons?: ClaimReasonKind[]; figures?: ClaimFigure[] }) => call('createClaim', { articleId, ...input }),
    onSuccess: store,
  });
}

export function useUpdateClaim(articleId: string) {
  const store = useStoreClaim(articleId);
  return useMutation({
    mutationFn: (input: { claimId: string; status?: ClaimStatus; verdictNote?: string }) => call('updateClaim', input),
    onSuccess: store,
  });
}

export function useDeleteClaim(articleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (claimId: string) => call('deleteClaim', { claimId }).then(() => claimId),
    onSuccess: (claimId) => client.setQueryData<Claim[]>(factcheckKeys.claims(articleId), (list = []) => list.filter((c) => c.id !== claimId)),
  });
}

export function useAddEvidence(articleId: string) {
  const store = useStoreClaim(articleId);
  return useMutation({ mutationFn: (input: Input<'addEvidence'>) => call('addEvidence', input), onSuccess: store });
}

export function useRemoveEvidence(articleId: string) {
  const store = useStoreClaim(articleId);
  return useMutation({ mutationFn: (input: { claimId: string; evidenceId: string }) => call('removeEvidence', input), onSuccess: store });
}

export function useFindEvidence(claimId: string, enabled: boolean) {
  return useQuery({ queryKey: factcheckKeys.evidenceFor(claimId), queryFn: () => call('findEvidence', { claimId, limit: 10 }), enabled, gcTime: 0 });
}

export function useSources(enabled: boolean) {
  return useQuery({ queryKey: factcheckKeys.sources, queryFn: () => call('listSources', {}), enabled });
}

export function useSourceSearch(query: string) {
  return useQuery({ queryKey: factcheckKeys.sourceSearch(query), queryFn: () => call('searchSources', { query, limit: 20 }), enabled: query.trim() !== '' });
}

export function useImportSource() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; dataBase64: string }) => call('importSource', input),
    onSuccess: () => client.invalidateQueries({ queryKey: factcheckKeys.sources }),
  });
}

export function useDeleteSource() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('deleteSource', { id }),
    onSuccess: () => client.invalidateQueries({ queryKey: factcheckKeys.sources }),
  });
}

/** The readiness-gate switch in Settings. */
export function useSetClaimsGate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (claimsGate: boolean) => call('updateSettings', { claimsGate }),
    onSuccess: (settings) => client.setQueryData(queryKeys.settings, settings),
  });
}
