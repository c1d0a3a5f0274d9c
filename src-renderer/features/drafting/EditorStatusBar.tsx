/**
 * Status bar: words, characters and reading time of headline plus body. Counted after the
 * writer pauses (never per keystroke), and then only the edited blocks (see documentStats.ts);
 * first counted once the opened article has painted.
 */
import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import { documentStats, readingMinutes, textStats, type TextStats } from './documentStats.ts';
import { ProofreadingCounts } from '../proofreading/ProofreadingCounts.tsx';

/** Idle time after the last edit before the counts are refreshed. */
export const statsDelayMs = 400;

/**
 * Body statistics, refreshed `statsDelayMs` after the last change; null until the first count,
 * which waits until the browser is idle after the editor's first paint: counting a 50k-word
 * article takes tens of milliseconds that opening it should not wait for.
 */
export function useDocumentStats(editor: Editor | null): TextStats | null {
  const [stats, setStats] = useState<TextStats | null>(null);
  useEffect(() => {
    if (!editor) return;
    let timer: number | undefined;
    let idle: number | undefined;
    const refresh = () => {
      timer = undefined;
      if (editor.isDestroyed) return;
      const next = documentStats(editor.state.doc);
      setStats((prev) => (prev && prev.words === next.words && prev.characters === next.characters ? prev : next));
    };
    const onUpdate = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(refresh, statsDelayMs);
    };
    // A new editor instance: count it once the browser is idle after painting it (or within a second).
    idle = requestIdleCallback(
      () => {
        idle = undefined;
        refresh();
      },
      { timeout: 1000 },
    );
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
      if (idle !== undefined) cancelIdleCallback(idle);
      window.clearTimeout(timer);
    };
  }, [editor]);
  return stats;
}

export function EditorStatusBar({ editor, title, onShowProblems }: { editor: Editor | null; title: string; onShowProblems?: () => void }) {
  const { t } = useTranslation();
  const body = useDocumentStats(editor);
  const head = textStats(title);
  const words = body ? body.words + head.words : 0;
  const characters = body ? body.characters + head.characters : 0;
  // Until the body is counted (when the browser is idle after opening) the figures stay empty rather than wrong.
  return (
    <footer className="editor-page__footer status-bar muted" aria-label={t('stats.label')} aria-busy={body ? undefined : true} data-testid="editor-status">
      <span data-testid="word-count">{body ? t('library.words', { count: words }) : null}</span>
      <span data-testid="character-count">{body ? t('stats.characters', { count: characters }) : null}</span>
      <span data-testid="reading-time">{body ? t('stats.readingTime', { count: readingMinutes(words) }) : null}</span>
      <ProofreadingCounts editor={editor} onOpenPanel={onShowProblems} />
    </footer>
  );
}
