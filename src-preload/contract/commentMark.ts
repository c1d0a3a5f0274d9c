/**
 * The `comment` mark of the stored document format. Following the architecture's rule for
 * annotations, it carries only the thread id; quote, messages and state live in SQLite
 * (`comment_threads`, `comment_messages`). Editing behaviour (commands, shortcut, highlighting)
 * is added by the renderer's extension in `src-renderer/editor/extensions/comment/`.
 */
import { Mark } from '@tiptap/core';

/** Name of the mark in stored documents. */
export const commentMarkName = 'comment';

/** CSS class of a commented span in the editor. */
export const commentMarkClass = 'comment-mark';

export const CommentMark = Mark.create({
  name: commentMarkName,
  // Typing at either edge of commented text must not extend the comment.
  inclusive: false,
  // Comments may overlap: two threads on the same words keep both marks.
  excludes: '',
  // Pressing Enter at the end of a commented word does not carry the comment to the new line.
  keepOnSplit: false,
  addAttributes() {
    return {
      commentId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-comment-id'),
        renderHTML: (attributes) => ({ 'data-comment-id': attributes.commentId }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-comment-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', { ...HTMLAttributes, class: commentMarkClass }, 0];
  },
});
