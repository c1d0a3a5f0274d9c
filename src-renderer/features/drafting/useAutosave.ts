/**
 * Wires an AutosaveQueue to the bridge for one article: saves headline and body with the
 * version they were based on, tracks the acknowledged version, and flushes on blur, on hiding
 * the window and when the component goes away (article switch).
 */
import { useCallback, useEffect, useState } from 'react';
import type { DocumentJson, SaveReceipt } from '../../../src-preload/contract/domain.ts';
import { call, errorCodeOf } from '../../lib/api.ts';
import { useRegisterFlush } from '../../lib/flushRegistry.tsx';
import { AutosaveQueue, type SaveState } from './autosaveQueue.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';

export interface AutosaveSnapshot {
  title: string;
  doc: DocumentJson;
}

export interface Autosave {
  state: SaveState;
  errorCode: ErrorCode | undefined;
  lastReceipt: SaveReceipt | undefined;
  markDirty: () => void;
  flush: () => Promise<void>;
  /** The article version main acknowledged last (what a restore or other versioned call is based on). */
  currentVersion: () => number;
  /** True while there are edits main has not acknowledged (e.g. after a failed flush). */
  hasPending: () => boolean;
}

// A stale version or a missing article will not fix itself by retrying.
const permanent: ReadonlySet<ErrorCode> = new Set(['CONFLICT', 'NOT_FOUND', 'INVALID_INPUT', 'DB_READONLY', 'DB_TOO_NEW']);

/**
 * `snapshot` must be stable for the component's life (the editor is keyed by article id, so a
 * new article gets a new hook instance, queue and version).
 */
export function useAutosave(articleId: string, initialVersion: number, snapshot: () => AutosaveSnapshot): Autosave {
  const [state, setState] = useState<SaveState>('saved');
  const [errorCode, setErrorCode] = useState<ErrorCode>();
  const [lastReceipt, setLastReceipt] = useState<SaveReceipt>();

  // A plain box, not state: it changes on every save and nothing renders from it.
  const [version] = useState(() => ({ current: initialVersion }));
  const [queue] = useState(() => {
    return new AutosaveQueue({
      save: async () => {
        const { title, doc } = snapshot();
        const receipt = await call('saveArticle', { id: articleId, title, doc, baseVersion: version.current });
        version.current = receipt.version;
        setLastReceipt(receipt);
      },
      onState: (next, error) => {
        setState(next);
        setErrorCode(next === 'error' ? errorCodeOf(error) : undefined);
      },
      shouldRetry: (error) => !permanent.has(errorCodeOf(error)),
    });
  });

  const flush = useCallback(() => queue.flush(), [queue]);
  useRegisterFlush(flush);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void queue.flush();
    };
    const onBlur = () => void queue.flush();
    window.addEventListener('blur', onBlur);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('blur', onBlur);
      document.removeEventListener('visibilitychange', onHide);
      // Article switch or close: save what is pending, then stop the timers.
      void queue.flush().finally(() => queue.dispose());
    };
  }, [queue]);

  const markDirty = useCallback(() => queue.markDirty(), [queue]);
  const currentVersion = useCallback(() => version.current, [version]);
  const hasPending = useCallback(() => queue.hasPending, [queue]);
  return { state, errorCode, lastReceipt, markDirty, flush, currentVersion, hasPending };
}
