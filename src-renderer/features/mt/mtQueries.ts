/** Machine-translation settings and offline models over the bridge (TanStack Query). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../src-preload/contract/api.ts';
import type { MtDirection, MtModel, MtSettingsView } from '../../../src-preload/contract/mt.ts';
import { call } from '../../lib/api.ts';
import { readFileAsBase64 } from '../../lib/readFileAsBase64.ts';

export const mtKeys = {
  settings: ['mtSettings'] as const,
  models: ['mtModels'] as const,
};

export function useMtSettings() {
  return useQuery({ queryKey: mtKeys.settings, queryFn: () => call('getMtSettings', {}) });
}

export function useMtModels() {
  return useQuery({ queryKey: mtKeys.models, queryFn: () => call('listMtModels', {}) });
}

function useSettingsMutation<I>(run: (input: I) => Promise<MtSettingsView>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: (view) => client.setQueryData(mtKeys.settings, view) });
}

/** Switches an engine on or off, or sets its address, model or key; the answer is the new view. */
export function useUpdateMtEngine() {
  return useSettingsMutation((input: Input<'updateMtEngine'>) => call('updateMtEngine', input));
}

export function useUpdateMtSettings() {
  return useSettingsMutation((input: Input<'updateMtSettings'>) => call('updateMtSettings', input));
}

/**
 * Model changes answer with the new list; the engines' view is refetched too, because Bergamot's
 * readiness is whether a model is installed for a direction.
 */
function useModelsMutation<I>(run: (input: I) => Promise<MtModel[]>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (models) => {
      client.setQueryData(mtKeys.models, models);
      void client.invalidateQueries({ queryKey: mtKeys.settings });
    },
  });
}

/** Installs a model from the chosen files (one archive, or a folder's files by name only). */
export function useImportMtModel() {
  return useModelsMutation(async (files: readonly File[]) =>
    call('importMtModel', { files: await Promise.all(files.map(async (f) => ({ name: f.name, dataBase64: await readFileAsBase64(f) }))) }),
  );
}

export function useRemoveMtModel() {
  return useModelsMutation((direction: MtDirection) => call('removeMtModel', direction));
}
