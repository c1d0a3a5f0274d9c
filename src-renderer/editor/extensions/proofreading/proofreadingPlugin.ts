/**
 * The proofreading ProseMirror plugin: underlines what main's proofreading worker found, keeps
 * them in place while the writer types, and re-checks only the textblocks that changed.
 *
 * State: a DecorationSet of underlines (each carrying its finding), the dirty ranges still to be
 * checked, the blocks of the request in flight, and "ignore once" marks. Per transaction the
 * plugin only maps these through the change and adds the changed ranges: O(decorations touched +
 * steps), never a walk over the document or its text. The plugin view sends the dirty blocks
 * (debounced, in batches, one request at a time) and the reply replaces the underlines of exactly
 * the blocks that are still as they were sent; a block edited since is dirty again anyway.
 * The first full pass starts when the browser is idle after the editor's first paint.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { Finding, FindingKind, ProofreadBlockResult } from '../../../../src-preload/contract/proofreading.ts';
import { indexedDecorations } from './indexedDecorations.ts';
import { collectBatch, defaultBatchLimits, mergeRanges, nextDirty, type BatchLimits, type Range } from './proofreadBlocks.ts';
import { PauseTimer } from '../../../lib/pauseTimer.ts';

/** A finding placed in the document (positions are the decoration's; these fields never change). */
export interface PlacedFinding {
  from: number;
  to: number;
  finding: Omit<Finding, 'start' | 'end'>;
}

export type ProofreadingStatus = 'waiting' | 'checking' | 'idle' | 'error';

export interface ProofreadingState {
  decorations: DecorationSet;
  /** Ranges edited (or never checked) whose blocks still need a check. */
  dirty: Range[];
  /** Blocks of the request in flight by key: where they are now, and the node as it was sent. */
  inflight: Map<string, { pos: number; node: PmNode }>;
  /** "Ignore once": invisible marks mapped like the underlines; a finding with the same text there is dropped. */
  ignored: DecorationSet;
  /** Findings per kind; recounted when findings change, not per keystroke. */
  counts: Partial<Record<FindingKind, number>>;
  /** Bumped whenever the findings change, so panels know when to re-read them. */
  version: number;
  status: ProofreadingStatus;
  /** The bridge error code of the last failed check, for the status bar. */
  errorCode: string | null;
}

export type ProofreadingMeta =
  | { type: 'fullPass' }
  | { type: 'sent'; blocks: Array<{ key: string; pos: number; node: PmNode }>; cleared: Range[]; rest: Range[] }
  | { type: 'results'; results: ProofreadBlockResult[] }
  | { type: 'failed'; code: string }
  | { type: 'ignoreOnce'; from: number; to: number }
  | { type: 'remove'; rule?: string; word?: string };

export interface ProofreadingPluginOptions {
  /** Sends blocks to main (proofreadBlocks); throws a bridge error on failure. */
  check: (blocks: Array<{ key: string; text: string }>) => Promise<ProofreadBlockResult[]>;
  /** Called when an underlined word is clicked. */
  onClick?: (found: PlacedFinding) => void;
  /** Quiet time after the last edit before its blocks are sent. Default 300 ms. */
  debounceMs?: number;
  limits?: BatchLimits;
  /** Starts the first full pass; default: when the browser is idle after the first paint. */
  scheduleFirstPass?: (start: () => void) => () => void;
}

export const proofreadingKey = new PluginKey<ProofreadingState>('proofreading');

const initial: ProofreadingState = {
  decorations: DecorationSet.empty,
  dirty: [],
  inflight: new Map(),
  ignored: DecorationSet.empty,
  counts: {},
  version: 0,
  status: 'waiting',
  errorCode: null,
};

/** Underline classes by kind (styles/proofreading.css). */
export function underlineClass(kind: FindingKind): string {
  const group = kind === 'spelling' ? 'spelling' : kind === 'number' || kind === 'date' ? 'value' : 'style';
  return `proof proof--${group}`;
}

function decorate(from: number, to: number, f: Finding): Decoration {
  const { start: _start, end: _end, ...finding } = f;
  return Decoration.inline(from, to, { class: underlineClass(f.kind), 'data-proof-rule': f.rule }, { proofreading: finding });
}

export function placedFindings(set: DecorationSet, from?: number, to?: number): PlacedFinding[] {
  return set
    .find(from, to)
    .map((d) => ({ from: d.from, to: d.to, finding: (d.spec as { proofreading: PlacedFinding['finding'] }).proofreading }))
    .sort((a, b) => a.from - b.from || b.to - a.to);
}

function countKinds(set: DecorationSet): Partial<Record<FindingKind, number>> {
  const counts: Partial<Record<FindingKind, number>> = {};
  for (const d of set.find()) {
    const kind = (d.spec as { proofreading: Finding }).proofreading.kind;
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

function withFindings(s: ProofreadingState, decorations: DecorationSet): ProofreadingState {
  return { ...s, decorations, counts: countKinds(decorations), version: s.version + 1 };
}

function isIgnored(ignored: DecorationSet, from: number, to: number, text: string): boolean {
  return ignored.find(from, to).some((d) => d.from === from && d.to === to && (d.spec as { text: string }).text === text);
}

function applyResults(s: ProofreadingState, doc: PmNode, results: readonly ProofreadBlockResult[]): ProofreadingState {
  let decorations = s.decorations;
  const inflight = new Map(s.inflight);
  for (const { key, findings } of results) {
    const sent = inflight.get(key);
    inflight.delete(key);
    // Edited (or removed) since it was sent: it is dirty again and its new check will come.
    if (!sent || doc.nodeAt(sent.pos) !== sent.node) continue;
    const start = sent.pos + 1;
    const end = sent.pos + sent.node.nodeSize - 1;
    decorations = decorations.remove(decorations.find(start, end));
    const added = findings
      .filter((f) => f.end > f.start && start + f.end <= end && !isIgnored(s.ignored, start + f.start, start + f.end, f.text))
      .map((f) => decorate(start + f.start, start + f.end, f));
    decorations = decorations.add(doc, added);
  }
  const next = withFindings({ ...s, inflight }, decorations);
  next.status = inflight.size > 0 || next.dirty.length > 0 ? 'checking' : 'idle';
  next.errorCode = null;
  return next;
}

function applyMeta(s: ProofreadingState, meta: ProofreadingMeta, state: EditorState): ProofreadingState {
  const doc = state.doc;
  switch (meta.type) {
    case 'fullPass':
      return { ...s, dirty: [{ from: 0, to: doc.content.size }], status: 'checking' };
    case 'sent': {
      const inflight = new Map(s.inflight);
      for (const b of meta.blocks) inflight.set(b.key, { pos: b.pos, node: b.node });
      let decorations = s.decorations;
      for (const r of meta.cleared) decorations = decorations.remove(decorations.find(r.from, r.to));
      const next = decorations === s.decorations ? { ...s } : withFindings(s, decorations);
      next.inflight = inflight;
      next.dirty = meta.rest;
      next.status = inflight.size > 0 || meta.rest.length > 0 ? 'checking' : 'idle';
      return next;
    }
    case 'results':
      return applyResults(s, doc, meta.results);
    case 'failed': {
      // The blocks in flight are checked again with the next edit (not at once: a broken checker would loop).
      const retry = [...s.inflight.values()].map(({ pos, node }) => ({ from: pos, to: pos + node.nodeSize }));
      return { ...s, inflight: new Map(), dirty: mergeRanges([...s.dirty, ...retry]), status: 'error', errorCode: meta.code };
    }
    case 'ignoreOnce': {
      const here = s.decorations.find(meta.from, meta.to).filter((d) => d.from === meta.from && d.to === meta.to);
      const text = doc.textBetween(meta.from, meta.to);
      const ignored = s.ignored.add(doc, [Decoration.inline(meta.from, meta.to, {}, { text })]);
      return { ...withFindings(s, s.decorations.remove(here)), ignored };
    }
    case 'remove': {
      const word = meta.word?.toLowerCase();
      const gone = s.decorations.find(undefined, undefined, (spec) => {
        const f = (spec as { proofreading: Finding }).proofreading;
        return (meta.rule !== undefined && f.rule === meta.rule) || (word !== undefined && f.kind === 'spelling' && f.text.toLowerCase() === word);
      });
      return gone.length ? withFindings(s, s.decorations.remove(gone)) : s;
    }
  }
}

function apply(tr: Transaction, prev: ProofreadingState, _old: EditorState, state: EditorState): ProofreadingState {
  let s = prev;
  if (tr.docChanged) {
    let inflight = s.inflight;
    if (inflight.size > 0) {
      inflight = new Map();
      for (const [key, sent] of s.inflight) {
        const mapped = tr.mapping.mapResult(sent.pos, 1);
        if (!mapped.deleted) inflight.set(key, { pos: mapped.pos, node: sent.node });
      }
    }
    s = {
      ...s,
      decorations: s.decorations.map(tr.mapping, tr.doc),
      ignored: s.ignored === DecorationSet.empty ? s.ignored : s.ignored.map(tr.mapping, tr.doc),
      dirty: nextDirty(s.dirty, tr),
      inflight,
    };
  }
  const meta = tr.getMeta(proofreadingKey) as ProofreadingMeta | undefined;
  return meta ? applyMeta(s, meta, state) : s;
}

/** The bridge error code of anything `check` threw. */
function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'INTERNAL';
}

function idleAfterPaint(start: () => void): () => void {
  // Opening the article must not wait for this: the first pass starts when the browser is idle.
  const handle = requestIdleCallback(start, { timeout: 1500 });
  return () => cancelIdleCallback(handle);
}

class ProofreadingView {
  private readonly view: EditorView;
  private readonly options: ProofreadingPluginOptions;
  private readonly timer = new PauseTimer(() => void this.flush());
  private busy = false;
  private destroyed = false;
  private lastEdit = 0;
  /** How many times in a row a send waited for the selection (bounded: never waits forever). */
  private waits = 0;
  private readonly cancelFirstPass: () => void;

  constructor(view: EditorView, options: ProofreadingPluginOptions) {
    this.view = view;
    this.options = options;
    this.cancelFirstPass = (options.scheduleFirstPass ?? idleAfterPaint)(() => {
      if (this.destroyed) return;
      this.view.dispatch(this.view.state.tr.setMeta(proofreadingKey, { type: 'fullPass' } satisfies ProofreadingMeta));
      void this.flush();
    });
  }

  update(view: EditorView, prev: EditorState): void {
    if (view.state.doc !== prev.doc) {
      this.lastEdit = Date.now();
      this.schedule(this.options.debounceMs ?? 300);
      return;
    }
    // A re-check asked for without an edit (a rule switched on): start it unless one is under way.
    const state = proofreadingKey.getState(view.state);
    if (state && state.dirty.length > 0 && state.status === 'checking' && !this.busy && !this.timer.pending) this.schedule(0);
  }

  destroy(): void {
    this.destroyed = true;
    this.cancelFirstPass();
    this.timer.cancel();
  }

  /** Flushes `ms` from now (replacing any earlier plan; see PauseTimer). */
  private schedule(ms: number): void {
    this.timer.schedule(ms);
  }

  /**
   * True when the browser's selection has moved but ProseMirror has not read it yet (its
   * selectionchange comes a task later). A transaction that changes decorations now would write the
   * old selection back over the one the user just made, so such transactions wait for it.
   */
  private selectionPending(): boolean {
    if (!this.view.hasFocus() || !(this.view.state.selection instanceof TextSelection)) return false;
    const dom = this.view.dom.ownerDocument.getSelection();
    if (!dom?.anchorNode || !dom.focusNode) return false;
    try {
      const { anchor, head } = this.view.state.selection;
      return this.view.posAtDOM(dom.anchorNode, dom.anchorOffset) !== anchor || this.view.posAtDOM(dom.focusNode, dom.focusOffset) !== head;
    } catch {
      return false;
    }
  }

  /** Sends the next batch of dirty blocks, unless a request is already out (its reply sends the next). */
  private async flush(): Promise<void> {
    if (this.busy || this.destroyed) return;
    const state = proofreadingKey.getState(this.view.state);
    if (!state || state.dirty.length === 0) return;
    if (this.waits < 20 && this.selectionPending()) {
      this.waits++;
      this.schedule(30);
      return;
    }
    this.waits = 0;
    const batch = collectBatch(this.view.state.doc, state.dirty, this.options.limits ?? defaultBatchLimits);
    const sent = batch.blocks.map(({ key, pos, node }) => ({ key, pos, node }));
    this.view.dispatch(this.view.state.tr.setMeta(proofreadingKey, { type: 'sent', blocks: sent, cleared: batch.cleared, rest: batch.rest } satisfies ProofreadingMeta));
    if (batch.blocks.length === 0) return;
    this.busy = true;
    let meta: ProofreadingMeta;
    try {
      meta = { type: 'results', results: await this.options.check(batch.blocks.map(({ key, text }) => ({ key, text }))) };
    } catch (error) {
      meta = { type: 'failed', code: codeOf(error) };
    }
    this.deliver(meta, 0);
  }

  /** Applies a reply (once ProseMirror has caught up with the selection), then sends what is still dirty. */
  private deliver(meta: ProofreadingMeta, tries: number): void {
    if (this.destroyed) return;
    if (tries < 20 && this.selectionPending()) {
      setTimeout(() => this.deliver(meta, tries + 1), 30);
      return;
    }
    this.busy = false;
    this.view.dispatch(this.view.state.tr.setMeta(proofreadingKey, meta));
    if (meta.type === 'failed') return;
    const after = proofreadingKey.getState(this.view.state);
    if (after && after.dirty.length > 0) {
      // More of the first pass goes at once; blocks being typed in wait for the writer to pause.
      const sinceEdit = Date.now() - this.lastEdit;
      const wait = this.options.debounceMs ?? 300;
      this.schedule(sinceEdit >= wait ? 0 : wait - sinceEdit);
    }
  }
}

export function proofreadingPlugin(options: ProofreadingPluginOptions): Plugin<ProofreadingState> {
  return new Plugin<ProofreadingState>({
    key: proofreadingKey,
    state: { init: () => initial, apply },
    view: (view) => new ProofreadingView(view, options),
    props: {
      decorations: (state) => indexedDecorations(proofreadingState(state).decorations),
      handleClick: (view, pos) => {
        if (!options.onClick) return false;
        const found = findingAt(view.state, pos);
        if (found) options.onClick(found);
        // The click still places the caret.
        return false;
      },
    },
  });
}

export function proofreadingState(state: EditorState): ProofreadingState {
  return proofreadingKey.getState(state) ?? initial;
}

/** The (shortest) finding that covers `pos`, or null. */
export function findingAt(state: EditorState, pos: number): PlacedFinding | null {
  const here = placedFindings(proofreadingState(state).decorations, pos, pos).filter((p) => p.from <= pos && pos <= p.to);
  here.sort((a, b) => a.to - a.from - (b.to - b.from));
  return here[0] ?? null;
}
