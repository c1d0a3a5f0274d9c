/**
 * Which comment threads still have their mark in the text, and where the first one starts, so
 * the panel can sort threads in reading order and show the others as detached. Rescanned a
 * moment after edits stop, and only while the panel is open: never per keystroke.
 */
import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { commentPositions } from '../../editor/extensions/comment/index.ts';

export function usePresentComments(editor: Editor | null, enabled: boolean, delayMs = 300): ReadonlyMap<string, number> | null {
  const [present, setPresent] = useState<ReadonlyMap<string, number> | null>(null);
  useEffect(() => {
    if (!editor || !enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const scan = () => {
      timer = undefined;
      if (!editor.isDestroyed) setPresent(commentPositions(editor.state.doc));
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
