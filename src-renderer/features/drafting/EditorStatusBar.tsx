/**
 * Status bar: words, characters and reading time of headline plus body. Counted after the
 * writer pauses (never per keystroke), and then only the edited blocks (see documentStats.ts).
 */
import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import { documentStats, readingMinutes, textStats, type TextStats } from './documentStats.ts';

/** Idle time after the last edit before the counts are refreshed. */
export const statsDelayMs = 400;

/** Body statistics, refreshed `statsDelayMs` after the last change. */
export function useDocumentStats(editor: Editor | null): TextStats {
  const [stats, setStats] = useState<TextStats>(() => (editor ? documentStats(editor.state.doc) : { words: 0, characters: 0 }));
  useEffect(() => {
    if (!editor) return;
    let timer: number | undefined;
    const refresh = () => {
      timer = undefined;
      if (editor.isDestroyed) return;
      const next = documentStats(editor.state.doc);
      setStats((prev) => (prev.words === next.words && prev.characters === next.characters ? prev : next));
    };
    const onUpdate = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(refresh, statsDelayMs);
    };
    onUpdate(); // a new editor instance: count it once it has settled
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
      window.clearTimeout(timer);
    };
  }, [editor]);
  return stats;
}

export function EditorStatusBar({ editor, title }: { editor: Editor | null; title: string }) {
  const { t } = useTranslation();
  const body = useDocumentStats(editor);
  const head = textStats(title);
  const words = body.words + head.words;
  const characters = body.characters + head.characters;
  return (
    <footer className="editor-page__footer status-bar muted" aria-label={t('stats.label')} data-testid="editor-status">
      <span data-testid="word-count">{t('library.words', { count: words })}</span>
      <span data-testid="character-count">{t('stats.characters', { count: characters })}</span>
      <span data-testid="reading-time">{t('stats.readingTime', { count: readingMinutes(words) })}</span>
    </footer>
  );
}
