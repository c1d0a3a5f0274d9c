/** The editor bar's review tools: comment on the selection, save a version, and the two side panels. */
import { useEffect, useState } from 'react';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { BookmarkPlus, History, ListChecks, MessageSquarePlus, MessagesSquare } from 'lucide-react';
import type { Review } from './useReview.ts';
import { useComments } from './reviewQueries.ts';
import { SaveVersionDialog } from './SaveVersionDialog.tsx';
import { ClaimsBar } from '../factcheck/ClaimsBar.tsx';

export function ReviewBar({ review }: { review: Review }) {
  const { t } = useTranslation();
  const canComment = useEditorState({
    editor: review.editor,
    selector: ({ editor }) => (editor ? !editor.state.selection.empty : false),
  });
  const comments = useComments(review.article.id);
  const open = comments.data?.filter((thread) => thread.resolvedAt === null).length ?? 0;
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    if (note === null) return;
    const timer = setTimeout(() => setNote(null), 5000);
    return () => clearTimeout(timer);
  }, [note]);

  const commentLabel = t('comments.add');
  const saveLabel = t('revisions.save');
  return (
    <div role="toolbar" aria-label={t('review.toolbar')} className="review-bar">
      <button
        type="button"
        className="button button--ghost"
        disabled={!canComment}
        title={t('editor.withShortcut', { label: commentLabel, shortcut: 'Ctrl+Alt+M' })}
        aria-keyshortcuts="Control+Alt+M"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => review.startComment()}
        data-testid="add-comment"
      >
        <MessageSquarePlus size={18} aria-hidden />
        {commentLabel}
      </button>
      <button
        type="button"
        className="button button--ghost"
        aria-pressed={review.panel === 'comments'}
        aria-controls="review-panel"
        onClick={() => review.togglePanel('comments')}
        data-testid="toggle-comments"
      >
        <MessagesSquare size={18} aria-hidden />
        {t('comments.title')}
        {open > 0 ? <span className="count" aria-label={t('comments.openCount', { count: open })}>{open}</span> : null}
      </button>
      <button
        type="button"
        className="button button--ghost"
        title={t('editor.withShortcut', { label: saveLabel, shortcut: 'Ctrl+S' })}
        aria-keyshortcuts="Control+S"
        onClick={() => review.setSaveVersionOpen(true)}
        data-testid="save-version"
      >
        <BookmarkPlus size={18} aria-hidden />
        {saveLabel}
      </button>
      <button
        type="button"
        className="button button--ghost"
        aria-pressed={review.panel === 'revisions'}
        aria-controls="review-panel"
        onClick={() => review.togglePanel('revisions')}
        data-testid="toggle-revisions"
      >
        <History size={18} aria-hidden />
        {t('revisions.title')}
      </button>
      <button
        type="button"
        className="button button--ghost"
        aria-pressed={review.panel === 'problems'}
        aria-controls="review-panel"
        onClick={() => review.togglePanel('problems')}
        data-testid="toggle-problems"
      >
        <ListChecks size={18} aria-hidden />
        {t('proofreading.toggle')}
      </button>
      <ClaimsBar review={review} />
      <span role="status" className="review-bar__note" data-testid="review-note">{note}</span>
      <SaveVersionDialog
        open={review.saveVersionOpen}
        onClose={() => review.setSaveVersionOpen(false)}
        onSave={async (name) => {
          const revision = await review.saveVersion(name);
          review.setSaveVersionOpen(false);
          setNote(t('revisions.savedNote', { number: revision.number }));
        }}
      />
    </div>
  );
}
