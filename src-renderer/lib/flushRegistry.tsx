/**
 * Editors register a flush function here, so the app can save every open editor before
 * quitting, switching articles or hiding the window.
 */
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';

type Flush = () => Promise<void>;

export interface FlushRegistry {
  register(flush: Flush): () => void;
  flushAll(): Promise<void>;
}

/** Creates an empty registry (one per app). */
export function createFlushRegistry(): FlushRegistry {
  const flushes = new Set<Flush>();
  return {
    register(flush) {
      flushes.add(flush);
      return () => flushes.delete(flush);
    },
    async flushAll() {
      await Promise.allSettled([...flushes].map((f) => f()));
    },
  };
}

const FlushContext = createContext<FlushRegistry | null>(null);

export function FlushProvider({ registry, children }: { registry: FlushRegistry; children: ReactNode }) {
  return <FlushContext.Provider value={registry}>{children}</FlushContext.Provider>;
}

/** The app's registry. */
export function useFlushRegistry(): FlushRegistry {
  const registry = useContext(FlushContext);
  if (!registry) throw new Error('useFlushRegistry outside FlushProvider');
  return registry;
}

/** Registers `flush` for the lifetime of the calling component. */
export function useRegisterFlush(flush: Flush): void {
  const registry = useFlushRegistry();
  const stable = useMemo(() => flush, [flush]);
  useEffect(() => registry.register(stable), [registry, stable]);
}
