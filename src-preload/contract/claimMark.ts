/**
 * The `claim` mark of the stored document format (issue 5). Like the comment mark it carries
 * only the claim id; the claim's text as marked, status, verdict, evidence and history live in
 * SQLite (`claims`, `claim_evidence`, `claim_events`). A claim whose mark is gone from the text
 * is "orphaned", never deleted. Editing behaviour is the renderer's extension in
 * `src-renderer/editor/extensions/claim/`.
 */
import { Mark } from '@tiptap/core';

/** Name of the mark in stored documents. */
export const claimMarkName = 'claim';

/** CSS class of a claim's span in the editor. */
export const claimMarkClass = 'claim-mark';

export const ClaimMark = Mark.create({
  name: claimMarkName,
  // Typing at either edge of a claim must not extend it.
  inclusive: false,
  // A claim may overlap another claim or a comment.
  excludes: '',
  // Enter at the end of a claim does not carry it to the new paragraph.
  keepOnSplit: false,
  addAttributes() {
    return {
      claimId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-claim-id'),
        renderHTML: (attributes) => ({ 'data-claim-id': attributes.claimId }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-claim-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', { ...HTMLAttributes, class: claimMarkClass }, 0];
  },
});
