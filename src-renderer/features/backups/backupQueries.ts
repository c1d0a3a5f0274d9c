/** Server state of the Backups section and the damaged-database banner. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api.ts';

export const backupKeys = {
  list: ['backups'] as const,
  health: ['databaseHealth'] as const,
};

export function useBackups() {
  return useQuery({ queryKey: backupKeys.list, queryFn: () => call('listBackups', {}) });
}

export function useDatabaseHealth() {
  return useQuery({ queryKey: backupKeys.health, queryFn: () => call('getDatabaseHealth', {}), staleTime: Infinity });
}

export function useCreateBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('createBackup', {}),
    onSuccess: () => client.invalidateQueries({ queryKey: backupKeys.list }),
  });
}

/**
 * After a restore every cached answer describes the old database: drop them all (the open views
 * refetch), so the app shows the restored data without a restart.
 */
export function useRestoreBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('restoreBackup', { id }),
    onSuccess: async () => {
      client.removeQueries();
      await client.invalidateQueries();
    },
  });
}
