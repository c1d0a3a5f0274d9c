/**
 * Switches (controlled checkboxes) that show their new value the moment they are flipped.
 *
 * Why: a switch bound to stored data would snap back until main answers, because React restores a
 * controlled input right after the change event, while TanStack Query tells components about a
 * mutation (and its optimistic cache update) only on a later tick. The box then flickers, and a
 * quick second click acts on the old value. Here the new value is kept locally until the save settles;
 * by then the mutation has written the cache (on success) or the stored value shows again (on failure).
 */
import { useState } from 'react';

export function usePendingSwitches<Key extends string>() {
  const [pending, setPending] = useState<Partial<Record<Key, boolean>>>({});
  return {
    /** What the switch shows: the value being saved, or else the stored one. */
    shown: (key: Key, stored: boolean): boolean => pending[key] ?? stored,
    /** Shows `value` at once, runs `save`, then hands the switch back to the stored value. */
    async flip(key: Key, value: boolean, save: () => Promise<unknown>): Promise<void> {
      setPending((p) => ({ ...p, [key]: value }));
      try {
        await save();
      } catch {
        // The caller's save reports its own error; the switch just shows the stored value again.
      } finally {
        setPending((p) => {
          const rest = { ...p };
          delete rest[key];
          return rest;
        });
      }
    },
  };
}
