/**
 * Wires an AutosaveQueue to the bridge for one article: saves headline and body with the
 * version they were based on, tracks the acknowledged version, and flushes on blur, on hiding
 * the window and when the component goes away (article switch). A save sends only the blocks
 * that changed since the last acknowledged body (changedBlocks.ts), so neither side serialises
 * a long article per save.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { Input } from '../../../src-preload/contract/api.ts';
import type { DocumentJson, SaveReceipt } from '../../../src-preload/contract/domain.ts';
import { call, errorCodeOf } from '../../lib/api.ts';
import { useRegisterFlush } from '../../lib/flushRegistry.tsx';
import { AutosaveQueue, type SaveState } from './autosaveQueue.ts';
import { bodyToSave } from './changedBlocks.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';

export interface AutosaveSnapshot {
  title: string;
  /** The editor's current document (ProseMirror nodes are immutable: holding it costs nothing). */
  doc: PmNode;
}

export interface Autosave {
  state: SaveState;
  errorCode: ErrorCode | undefined;
  lastReceipt: SaveReceipt | undefined;
  /** Records an edit of the headline (or anything but the body). */
  markDirty: () => void;
  /**
   * Records an edit of the body; `before` is the document before it (the editor's update
   * transaction's `before`). The first one is the body as loaded, which main holds at the loaded version.
   */
  docChanged: (before: PmNode) => void;
  flush: () => Promise<void>;
  /** The article version main acknowledged last (what a restore or other versioned call is based on). */
  currentVersion: () => number;
  /** True while there are edits main has not acknowledged (e.g. after a failed flush). */
  hasPending: () => boolean;
}

// A stale version or a missing article will not fix itself by retrying.
const permanent: ReadonlySet<ErrorCode> = new Set(['CONFLICT', 'NOT_FOUND', 'INVALID_INPUT', 'DB_READONLY', 'DB_TOO_NEW']);

/** What main acknowledged last: the version, and its body as the editor's node (undefined until known). */
export interface AckedBody {
  version: number;
  doc: PmNode | undefined;
}

/**
 * Saves `title` and `doc` on top of `acked` and, once main acknowledged, moves `acked` to them.
 * Only the changed blocks travel; if main cannot apply them to its copy (CONFLICT), the whole
 * body is sent once, so only a really stale version ends as CONFLICT. Nothing moves on failure.
 */
export async function saveOnto(
  acked: AckedBody,
  save: { id: string; title: string; doc: PmNode },
  send: (input: Input<'saveArticle'>) => Promise<SaveReceipt>,
): Promise<SaveReceipt> {
  const { id, title, doc } = save;
  const body = bodyToSave(acked.doc, doc);
  let receipt: SaveReceipt;
  try {
    receipt = await send({ id, title, baseVersion: acked.version, ...body });
  } catch (error) {
    if (!('patch' in body) || errorCodeOf(error) !== 'CONFLICT') throw error;
    receipt = await send({ id, title, doc: doc.toJSON() as DocumentJson, baseVersion: acked.version });
  }
  acked.version = receipt.version;
  acked.doc = doc;
  return receipt;
}

/**
 * `snapshot` must be stable for the component's life (the editor is keyed by article id, so a
 * new article gets a new hook instance, queue and version).
 */
export function useAutosave(articleId: string, initialVersion: number, snapshot: () => AutosaveSnapshot): Autosave {
  const [state, setState] = useState<SaveState>('saved');
  const [errorCode, setErrorCode] = useState<ErrorCode>();
  const [lastReceipt, setLastReceipt] = useState<SaveReceipt>();

  // A plain box, not state: it changes on every save and nothing renders from it.
  const [acked] = useState<AckedBody>(() => ({ version: initialVersion, doc: undefined }));
  const [queue] = useState(() => {
    return new AutosaveQueue({
      save: async () => {
        const { title, doc } = snapshot();
        setLastReceipt(await saveOnto(acked, { id: articleId, title, doc }, (input) => call('saveArticle', input)));
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
  const docChanged = useCallback(
    (before: PmNode) => {
      acked.doc ??= before; // O(1) per keystroke: nothing is serialised until the save
      queue.markDirty();
    },
    [queue, acked],
  );
  const currentVersion = useCallback(() => acked.version, [acked]);
  const hasPending = useCallback(() => queue.hasPending, [queue]);
  return { state, errorCode, lastReceipt, markDirty, docChanged, flush, currentVersion, hasPending };
}
