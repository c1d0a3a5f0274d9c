/**
 * Revisions and comments for one open article: which side panel is open, the comment being
 * written, the "Save version" dialog, the Ctrl+S and Ctrl+Alt+M shortcuts, and the calls that
 * must flush autosave first (a named version or a restore is taken of what main has stored).
 */
import { useCallback, useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Editor } from '@tiptap/core';
import type { Article, Revision } from '../../../src-preload/contract/domain.ts';
import { call, onEvent } from '../../lib/api.ts';
import type { Autosave } from '../drafting/useAutosave.ts';
import { reviewKeys, useComments, useCreateCommentThread } from './reviewQueries.ts';

export type ReviewPanelName = 'comments' | 'revisions' | 'problems' | 'claims';

/** The text a new comment is about, and where it was when the comment box opened. */
export interface CommentDraft {
  quote: string;
  from: number;
  to: number;
}

export interface ReviewOptions {
  article: Article;
  editor: Editor | null;
  autosave: Autosave;
  /** Open side panel; owned by the caller so it survives the editor reloading after a restore. */
  panel: ReviewPanelName | null;
  onPanelChange: (panel: ReviewPanelName | null) => void;
  /** Called with the restored article; the caller reloads the editor from it. */
  onRestored: (article: Article) => void;
}

export interface Review {
  article: Article;
  editor: Editor | null;
  panel: ReviewPanelName | null;
  togglePanel: (panel: ReviewPanelName) => void;
  closePanel: () => void;
  draft: CommentDraft | null;
  /** Opens the comment box for the current selection; false when nothing is selected. */
  startComment: () => boolean;
  cancelComment: () => void;
  submitComment: (body: string) => Promise<void>;
  activeThreadId: string | null;
  setActiveThreadId: (id: string | null) => void;
  saveVersionOpen: boolean;
  setSaveVersionOpen: (open: boolean) => void;
  saveVersion: (name: string) => Promise<Revision>;
  restore: (revisionId: string) => Promise<void>;
}

/** A version was asked for while edits are still unsaved (the flush failed): refused, so none are lost. */
export class UnsavedEditsError extends Error {
  constructor() {
    super('edits are not saved yet');
    this.name = 'UnsavedEditsError';
  }
}

/** Longest quote the bridge accepts (CommentQuote). */
const maxQuote = 5000;

function selectedText(editor: Editor): CommentDraft | null {
  const { from, to, empty } = editor.state.selection;
  if (empty) return null;
  const text = editor.state.doc.textBetween(from, to, '\n', ' ');
  if (!text.trim()) return null;
  return { quote: text.length > maxQuote ? `${text.slice(0, maxQuote - 1)}…` : text, from, to };
}

export function useReview({ article, editor, autosave, panel, onPanelChange, onRestored }: ReviewOptions): Review {
  const client = useQueryClient();
  const [draft, setDraft] = useState<CommentDraft | null>(null);
  const [activeThreadId, setActiveThreadId] = useState<string | null>(null);
  const [saveVersionOpen, setSaveVersionOpen] = useState(false);
  const comments = useComments(article.id);
  const createThread = useCreateCommentThread(article.id);

  const togglePanel = useCallback((name: ReviewPanelName) => onPanelChange(panel === name ? null : name), [panel, onPanelChange]);
  const closePanel = useCallback(() => {
    onPanelChange(null);
    editor?.commands.focus();
  }, [onPanelChange, editor]);

  const startComment = useCallback(() => {
    const next = editor ? selectedText(editor) : null;
    if (!next) return false;
    setDraft(next);
    onPanelChange('comments');
    return true;
  }, [editor, onPanelChange]);

  const cancelComment = useCallback(() => {
    setDraft(null);
    editor?.commands.focus();
  }, [editor]);

  const submitComment = useCallback(
    async (body: string) => {
      if (!draft || !editor) return;
      const thread = await createThread.mutateAsync({ quote: draft.quote, body });
      // Mark the text only if it is still where the comment box found it; otherwise the thread
      // is kept and shown as detached rather than marking the wrong words.
      const { doc } = editor.state;
      const stillThere = draft.to <= doc.content.size && doc.textBetween(draft.from, draft.to, '\n', ' ').startsWith(draft.quote.replace(/…$/, ''));
      if (stillThere) editor.chain().setTextSelection({ from: draft.from, to: draft.to }).setComment(thread.id).run();
      // Back to the text, so keyboard users carry on where they were.
      editor.commands.focus();
      setDraft(null);
      setActiveThreadId(thread.id);
      void autosave.flush();
    },
    [draft, editor, createThread, autosave],
  );

  const saveVersion = useCallback(
    async (name: string) => {
      await autosave.flush();
      if (autosave.hasPending()) throw new UnsavedEditsError();
      const revision = await call('createRevision', { articleId: article.id, name });
      await client.invalidateQueries({ queryKey: reviewKeys.revisions(article.id) });
      return revision;
    },
    [autosave, article.id, client],
  );

  const restore = useCallback(
    async (revisionId: string) => {
      await autosave.flush();
      // Restoring now would replace edits main has never seen; they stay in the editor instead.
      if (autosave.hasPending()) throw new UnsavedEditsError();
      const restored = await call('restoreRevision', { articleId: article.id, revisionId, baseVersion: autosave.currentVersion() });
      await client.invalidateQueries({ queryKey: reviewKeys.revisions(article.id) });
      onRestored(restored);
    },
    [autosave, article.id, client, onRestored],
  );

  // Resolved threads are dimmed in the text; the selected one stands out while the panel is open.
  const threads = comments.data;
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const resolved = new Set((threads ?? []).filter((t) => t.resolvedAt !== null).map((t) => t.id));
    const active = panel === 'comments' && activeThreadId !== null && !resolved.has(activeThreadId) ? activeThreadId : null;
    editor.commands.setCommentHighlight({ resolved, active });
  }, [editor, threads, activeThreadId, panel]);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.shiftKey) return;
      const save = !e.altKey && e.key.toLowerCase() === 's';
      const comment = e.altKey && e.code === 'KeyM';
      if (!save && !comment) return;
      // Never the browser's "Save page"; and a modal dialog owns the keyboard while it is open.
      e.preventDefault();
      if (document.querySelector('dialog[open]')) return;
      if (save) setSaveVersionOpen(true);
      else startComment();
    };
    window.addEventListener('keydown', onKeyDown);
    const offMenu = onEvent('menuCommand', ({ command }) => {
      if (command === 'saveVersion' && !document.querySelector('dialog[open]')) setSaveVersionOpen(true);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      offMenu();
    };
  }, [startComment]);

  return {
    article,
    editor,
    panel,
    togglePanel,
    closePanel,
    draft,
    startComment,
    cancelComment,
    submitComment,
    activeThreadId,
    setActiveThreadId,
    saveVersionOpen,
    setSaveVersionOpen,
    saveVersion,
    restore,
  };
}
