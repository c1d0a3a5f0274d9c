/**
 * Which claims still have their mark in the live text, and where each starts, so the panel shows
 * the others as orphaned and sorts in reading order. Rescanned a moment after edits stop, and
 * only while the panel is open: never per keystroke. `version` changes with every rescan, so
 * things read from the document (candidates already marked) are recomputed with it.
 */
import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { claimPositions } from '../../editor/extensions/claim/index.ts';

export interface PresentClaims {
  positions: ReadonlyMap<string, number>;
  version: number;
}

export function usePresentClaims(editor: Editor | null, enabled: boolean, delayMs = 300): PresentClaims | null {
  const [present, setPresent] = useState<PresentClaims | null>(null);
  useEffect(() => {
    if (!editor || !enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const scan = () => {
      timer = undefined;
      if (!editor.isDestroyed) setPresent((prev) => ({ positions: claimPositions(editor.state.doc), version: (prev?.version ?? 0) + 1 }));
    };
    const schedule = () => {
      if (timer === undefined) timer = setTimeout(scan, delayMs);
    };
    timer = setTimeout(scan, 0);
    editor.on('update', schedule);
    return () => {
      editor.off('update', schedule);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [editor, enabled, delayMs]);
  return enabled ? present : null;
}
