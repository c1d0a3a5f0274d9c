/**
 * The comments side panel: the box for a new comment on the selection, open threads in reading
 * order (threads whose text was deleted are kept and marked detached), and resolved threads.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { Check, RotateCcw, Unlink, X } from 'lucide-react';
import type { CommentThread } from '../../../src-preload/contract/domain.ts';
import { errorCodeOf } from '../../lib/api.ts';
import { useRelativeTime } from '../../components/useRelativeTime.ts';
import { commentIdsAt } from '../../editor/extensions/comment/index.ts';
import { useComments, useReplyToComment, useSetCommentResolved } from './reviewQueries.ts';
import { usePresentComments } from './usePresentComments.ts';
import type { Review } from './useReview.ts';

/** Submits the surrounding form on Ctrl+Enter (Cmd+Enter on macOS). */
function submitOnModEnter(e: KeyboardEvent<HTMLTextAreaElement>) {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    e.currentTarget.form?.requestSubmit();
  }
}

export function CommentsPanel({ review }: { review: Review }) {
  const { t } = useTranslation();
  const headingId = useId();
  const comments = useComments(review.article.id);
  const present = usePresentComments(review.editor, true);
  const atCursor = useEditorState({
    editor: review.editor,
    selector: ({ editor }) => (editor ? commentIdsAt(editor.state.doc, editor.state.selection.from).join(' ') : ''),
  });
  const threads = comments.data ?? [];
  const position = (thread: CommentThread) => present?.get(thread.id) ?? Number.POSITIVE_INFINITY;
  const open = threads.filter((thread) => thread.resolvedAt === null).sort((a, b) => position(a) - position(b));
  const resolved = threads.filter((thread) => thread.resolvedAt !== null);
  const isActive = (id: string) => review.activeThreadId === id || (atCursor ?? '').split(' ').includes(id);

  const card = (thread: CommentThread) => (
    <ThreadCard
      key={thread.id}
      thread={thread}
      review={review}
      detached={present !== null && !present.has(thread.id)}
      active={isActive(thread.id)}
    />
  );
  return (
    <aside
      id="review-panel"
      className="review-panel"
      aria-labelledby={headingId}
      data-testid="comments-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          if (review.draft) review.cancelComment();
          else review.closePanel();
        }
      }}
    >
      <header className="review-panel__header">
        <h2 id={headingId}>{t('comments.title')}</h2>
        <button type="button" className="icon-button" onClick={review.closePanel} aria-label={t('review.closePanel')} title={t('review.closePanel')}>
          <X size={18} aria-hidden />
        </button>
      </header>
      {review.draft ? <CommentComposer review={review} /> : <p className="muted review-panel__hint">{t('comments.hint')}</p>}
      {comments.isError ? <p role="alert" className="error">{t(`errors.${errorCodeOf(comments.error)}`)}</p> : null}
      {comments.isSuccess && threads.length === 0 && !review.draft ? <p className="muted">{t('comments.empty')}</p> : null}
      {open.length > 0 ? (
        <ul className="threads" aria-label={t('comments.openList')}>
          {open.map(card)}
        </ul>
      ) : null}
      {resolved.length > 0 ? (
        <details className="threads__resolved" data-testid="resolved-threads">
          <summary>{t('comments.resolvedHeading', { count: resolved.length })}</summary>
          <ul className="threads">{resolved.map(card)}</ul>
        </details>
      ) : null}
    </aside>
  );
}

function CommentComposer({ review }: { review: Review }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldId = useId();
  return (
    <form
      className="composer"
      data-testid="comment-composer"
      onSubmit={(e) => {
        e.preventDefault();
        if (!body.trim() || busy) return;
        setBusy(true);
        setError(null);
        review
          .submitComment(body.trim())
          .catch((err: unknown) => setError(t(`errors.${errorCodeOf(err)}`)))
          .finally(() => setBusy(false));
      }}
    >
      <blockquote className="thread__quote-text" lang={review.article.lang}>{review.draft?.quote}</blockquote>
      <label htmlFor={fieldId} className="visually-hidden">{t('comments.bodyLabel')}</label>
      <textarea
        id={fieldId}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={submitOnModEnter}
        rows={3}
        maxLength={10_000}
        placeholder={t('comments.bodyPlaceholder')}
        autoFocus
        data-testid="comment-body"
      />
      <div className="composer__actions">
        <button type="button" className="button" onClick={review.cancelComment}>{t('comments.cancel')}</button>
        <button type="submit" className="button button--primary" disabled={busy || !body.trim()} data-testid="submit-comment">{t('comments.submit')}</button>
      </div>
      {error ? <p role="alert" className="error">{error}</p> : null}
    </form>
  );
}

interface ThreadCardProps {
  thread: CommentThread;
  review: Review;
  detached: boolean;
  active: boolean;
}

function ThreadCard({ thread, review, detached, active }: ThreadCardProps) {
  const { t } = useTranslation();
  const relative = useRelativeTime();
  const reply = useReplyToComment(review.article.id);
  const setResolved = useSetCommentResolved(review.article.id);
  const [body, setBody] = useState('');
  const fieldId = useId();
  const isResolved = thread.resolvedAt !== null;
  const author = (name: string) => name || t('comments.unknownAuthor');
  const failure = reply.error ?? setResolved.error;

  function showInText() {
    review.setActiveThreadId(thread.id);
    if (review.editor?.commands.selectComment(thread.id)) review.editor.commands.focus(undefined, { scrollIntoView: true });
  }

  return (
    <li
      className={`thread${active ? ' thread--active' : ''}${isResolved ? ' thread--resolved' : ''}`}
      data-testid="comment-thread"
      data-state={isResolved ? 'resolved' : 'open'}
      data-detached={detached ? 'true' : 'false'}
    >
      <button type="button" className="thread__quote" onClick={showInText} disabled={detached} title={detached ? t('comments.detachedHint') : t('comments.showInText')} data-testid="thread-quote">
        <q lang={review.article.lang}>{thread.quote}</q>
      </button>
      {detached ? (
        <p className="thread__detached" data-testid="thread-detached">
          <Unlink size={14} aria-hidden />
          {t('comments.detached')}
        </p>
      ) : null}
      <ol className="thread__messages">
        {thread.messages.map((message) => (
          <li key={message.id} className="message" data-testid="comment-message">
            <p className="message__meta">
              <span className="message__author">{author(message.author)}</span>
              <time dateTime={message.createdAt} title={new Date(message.createdAt).toLocaleString()}>{relative(message.createdAt)}</time>
            </p>
            <p className="message__body">{message.body}</p>
          </li>
        ))}
      </ol>
      {isResolved ? (
        <p className="muted thread__resolved-by">{t('comments.resolvedBy', { name: author(thread.resolvedBy ?? ''), time: relative(thread.resolvedAt!) })}</p>
      ) : (
        <form
          className="thread__reply"
          onSubmit={(e) => {
            e.preventDefault();
            if (!body.trim()) return;
            reply.mutate({ threadId: thread.id, body: body.trim() }, { onSuccess: () => setBody('') });
          }}
        >
          <label htmlFor={fieldId} className="visually-hidden">{t('comments.replyLabel')}</label>
          <textarea
            id={fieldId}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            onKeyDown={submitOnModEnter}
            rows={1}
            maxLength={10_000}
            placeholder={t('comments.replyPlaceholder')}
            data-testid="reply-body"
          />
          <button type="submit" className="button button--small" disabled={reply.isPending || !body.trim()} data-testid="submit-reply">{t('comments.reply')}</button>
        </form>
      )}
      <div className="thread__actions">
        <button
          type="button"
          className="button button--small"
          disabled={setResolved.isPending}
          onClick={() => setResolved.mutate({ threadId: thread.id, resolved: !isResolved })}
          data-testid={isResolved ? 'reopen-thread' : 'resolve-thread'}
        >
          {isResolved ? <RotateCcw size={14} aria-hidden /> : <Check size={14} aria-hidden />}
          {isResolved ? t('comments.reopen') : t('comments.resolve')}
        </button>
      </div>
      {failure ? <p role="alert" className="error">{t(`errors.${errorCodeOf(failure)}`)}</p> : null}
    </li>
  );
}
