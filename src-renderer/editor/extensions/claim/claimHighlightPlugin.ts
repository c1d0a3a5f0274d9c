import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PmNode } from '@tiptap/pm/model';
import { AddMarkStep, RemoveMarkStep, ReplaceStep } from '@tiptap/pm/transform';
import { claimMarkName } from '../../../../src-preload/contract/claimMark.ts';
import type { ClaimStatus } from '../../../../src-preload/contract/factcheck.ts';
import { claimIdsAt, claimIdsOf } from './claimRanges.ts';

/** What the claims panel tells the editor: each claim's status, its label, and the selected claim. */
export interface ClaimHighlight {
  statuses: ReadonlyMap<string, ClaimStatus>;
  /** Shown as the span's tooltip, e.g. "Claim: verified" (localised by the panel). */
  labels: Readonly<Partial<Record<ClaimStatus, string>>>;
  active: string | null;
}

interface PluginState extends ClaimHighlight {
  decorations: DecorationSet;
}

export const claimHighlightKey = new PluginKey<PluginState>('claimHighlight');

export const claimStatusClass = (status: ClaimStatus) => `claim-mark--${status}`;
export const claimActiveClass = 'claim-mark--active';

/** When two claims overlap, the one that most needs attention decides the look. */
const attentionOrder: readonly ClaimStatus[] = ['false', 'misleading', 'unchecked', 'in-progress', 'unverifiable', 'verified'];

export function mostUrgentStatus(statuses: readonly ClaimStatus[]): ClaimStatus {
  return attentionOrder.find((s) => statuses.includes(s)) ?? 'unchecked';
}

function build(doc: PmNode, { statuses, labels, active }: ClaimHighlight): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return;
    const ids = claimIdsOf(node);
    if (ids.length === 0) return;
    const status = mostUrgentStatus(ids.map((id) => statuses.get(id) ?? 'unchecked'));
    const classes = [claimStatusClass(status)];
    if (active !== null && ids.includes(active)) classes.push(claimActiveClass);
    const attrs: Record<string, string> = { class: classes.join(' '), 'data-claim-status': status };
    const label = labels[status];
    if (label) attrs.title = label;
    decorations.push(Decoration.inline(pos, pos + node.nodeSize, attrs));
  });
  return DecorationSet.create(doc, decorations);
}

export interface ClaimHighlightOptions {
  /** Called with the claim under a click (the click still places the caret). */
  onClick: (claimId: string) => void;
}

/**
 * Decorations that show each claim's status (a colour and an underline style, so it does not
 * rest on colour alone) and the selected claim. Rebuilt only when the panel sends new state or a
 * claim mark is added or removed; otherwise mapped through edits, so typing never rescans.
 */
export function claimHighlightPlugin(options: ClaimHighlightOptions): Plugin<PluginState> {
  return new Plugin<PluginState>({
    key: claimHighlightKey,
    state: {
      // Nothing to draw before the panel sends statuses: the mark's own class already shows an
      // unchecked claim, and opening a long article does not pay for a scan.
      init: () => ({ statuses: new Map(), labels: {}, active: null, decorations: DecorationSet.empty }),
      apply(tr: Transaction, value: PluginState, _old: EditorState, next: EditorState): PluginState {
        const meta = tr.getMeta(claimHighlightKey) as ClaimHighlight | undefined;
        if (meta) return { ...meta, decorations: build(next.doc, meta) };
        if (!tr.docChanged) return value;
        if (touchesClaimMarks(tr)) return { ...value, decorations: build(next.doc, value) };
        return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) };
      },
    },
    props: {
      decorations: (state) => claimHighlightKey.getState(state)?.decorations,
      handleClick: (view, pos) => {
        const id = claimIdsAt(view.state.doc, pos)[0];
        if (id) options.onClick(id);
        return false;
      },
    },
  });
}

/**
 * True when a transaction adds or removes claim marks (a claim accepted or deleted, an undo that
 * brings marked text back, a paste of marked text): then the highlight is rebuilt rather than
 * mapped. Looks only at the steps and what they insert, so plain typing stays cheap.
 */
export function touchesClaimMarks(tr: Transaction): boolean {
  return tr.steps.some((step) => {
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return step.mark.type.name === claimMarkName;
    if (!(step instanceof ReplaceStep)) return false;
    let found = false;
    step.slice.content.descendants((node) => {
      if (found) return false;
      if (node.isText && claimIdsOf(node).length > 0) found = true;
      return !found;
    });
    return found;
  });
}



