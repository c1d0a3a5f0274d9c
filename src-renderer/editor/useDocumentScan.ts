/**
 * A value read from the whole document (where each comment or claim mark is), recomputed a moment
 * after edits stop and only while `enabled` (a panel is open): never per keystroke. `version`
 * grows with every rescan, so what is derived from the document can be recomputed with it.
 */
import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';

export interface DocumentScan<T> {
  value: T;
  version: number;
}

export function useDocumentScan<T>(editor: Editor | null, enabled: boolean, read: (doc: PmNode) => T, delayMs = 300): DocumentScan<T> | null {
  const [scanned, setScanned] = useState<DocumentScan<T> | null>(null);
  useEffect(() => {
    if (!editor || !enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const scan = () => {
      timer = undefined;
      if (!editor.isDestroyed) setScanned((prev) => ({ value: read(editor.state.doc), version: (prev?.version ?? 0) + 1 }));
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
  }, [editor, enabled, read, delayMs]);
  return enabled ? scanned : null;
}
