import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PmNode } from '@tiptap/pm/model';
import { commentMarkName } from '../../../../src-preload/contract/commentMark.ts';

/** What the comments panel tells the editor: which threads are resolved and which one is selected. */
export interface CommentHighlight {
  resolved: ReadonlySet<string>;
  active: string | null;
}

interface PluginState extends CommentHighlight {
  decorations: DecorationSet;
}

export const commentHighlightKey = new PluginKey<PluginState>('commentHighlight');

/** Classes for resolved comments (shown quietly) and the selected thread (shown strongly). */
export const resolvedClass = 'comment-mark--resolved';
export const activeClass = 'comment-mark--active';

function build(doc: PmNode, { resolved, active }: CommentHighlight): DecorationSet {
  if (resolved.size === 0 && active === null) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return;
    const ids = node.marks.filter((m) => m.type.name === commentMarkName).map((m) => String(m.attrs.commentId));
    if (ids.length === 0) return;
    const classes: string[] = [];
    if (active !== null && ids.includes(active)) classes.push(activeClass);
    else if (ids.every((id) => resolved.has(id))) classes.push(resolvedClass);
    if (classes.length > 0) decorations.push(Decoration.inline(pos, pos + node.nodeSize, { class: classes.join(' ') }));
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Decorations that dim resolved threads and emphasise the selected one. They are rebuilt only
 * when the panel sends new state (a transaction with this plugin's meta) and otherwise mapped
 * through edits, so typing never rescans the document.
 */
export function commentHighlightPlugin(): Plugin<PluginState> {
  return new Plugin<PluginState>({
    key: commentHighlightKey,
    state: {
      init: () => ({ resolved: new Set(), active: null, decorations: DecorationSet.empty }),
      apply(tr: Transaction, value: PluginState, _old: EditorState, next: EditorState): PluginState {
        const meta = tr.getMeta(commentHighlightKey) as CommentHighlight | undefined;
        if (meta) return { ...meta, decorations: build(next.doc, meta) };
        if (!tr.docChanged) return value;
        return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) };
      },
    },
    props: {
      decorations: (state) => commentHighlightKey.getState(state)?.decorations,
    },
  });
}
