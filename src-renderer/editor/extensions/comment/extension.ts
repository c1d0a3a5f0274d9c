/**
 * Comment tools for the drafting editor: commands that add, remove and select a thread's `comment`
 * mark, and highlighting of resolved and selected threads (the Ctrl+Alt+M shortcut and the comment
 * box belong to the UI, which owns the thread). The mark itself is
 * part of the stored format (`src-preload/contract/commentMark.ts`) and carries only the id.
 */
import { Extension } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { commentMarkName } from '../../../../src-preload/contract/commentMark.ts';
import { commentHighlightKey, commentHighlightPlugin, type CommentHighlight } from './commentHighlightPlugin.ts';
import { commentRanges } from './commentRanges.ts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    commentTools: {
      /** Marks the current selection with the thread `commentId` (other comments on it stay). */
      setComment: (commentId: string) => ReturnType;
      /** Removes thread `commentId`'s mark wherever it is. */
      unsetComment: (commentId: string) => ReturnType;
      /** Selects the first stretch of text marked with `commentId` and scrolls to it; false when it has none. */
      selectComment: (commentId: string) => ReturnType;
      /** Tells the editor which threads are resolved and which one is selected, for highlighting. */
      setCommentHighlight: (highlight: CommentHighlight) => ReturnType;
    };
  }
}

/** Has no options. */
export const CommentTools = Extension.create({
  name: 'commentTools',

  addCommands() {
    return {
      setComment:
        (commentId) =>
        ({ state, tr, dispatch }) => {
          const type = state.schema.marks[commentMarkName];
          if (!type || state.selection.empty) return false;
          if (dispatch) for (const range of state.selection.ranges) tr.addMark(range.$from.pos, range.$to.pos, type.create({ commentId }));
          return true;
        },
      unsetComment:
        (commentId) =>
        ({ state, tr, dispatch }) => {
          const type = state.schema.marks[commentMarkName];
          if (!type) return false;
          const ranges = commentRanges(state.doc, commentId);
          if (ranges.length === 0) return false;
          if (dispatch) for (const r of ranges) tr.removeMark(r.from, r.to, type.create({ commentId }));
          return true;
        },
      selectComment:
        (commentId) =>
        ({ state, tr, dispatch }) => {
          const first = commentRanges(state.doc, commentId)[0];
          if (!first) return false;
          if (dispatch) tr.setSelection(TextSelection.create(state.doc, first.from, first.to)).scrollIntoView();
          return true;
        },
      setCommentHighlight:
        (highlight) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(commentHighlightKey, highlight).setMeta('addToHistory', false);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [commentHighlightPlugin()];
  },
});
