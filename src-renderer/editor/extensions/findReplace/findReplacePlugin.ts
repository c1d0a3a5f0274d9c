/**
 * The find-and-replace ProseMirror plugin and its commands. Pure ProseMirror (no DOM).
 *
 * State: the query, the matches of each top-level block (relative to the block, cached by node
 * identity, so a block ProseMirror did not rebuild is never searched again), the total, the
 * current match, and a DecorationSet of highlights. A document change maps the decorations and
 * the current match through the transaction and searches only the blocks the change rebuilt:
 * O(blocks) lookups per keystroke, never O(matches) or O(text). With no query it does nothing.
 */
import { closeHistory } from '@tiptap/pm/history';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type Command, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { emptyQuery, matchesInTextblock, queryPattern, type Match, type SearchQuery } from './findMatches.ts';
import { indexedDecorations } from '../proofreading/indexedDecorations.ts';

export interface FindReplacePluginOptions {
  /** Class of every match highlight. Default `'search-match'`. */
  matchClass: string;
  /** Extra class of the current match. Default `'search-match--current'`. */
  currentMatchClass: string;
  /**
   * Above this many matches only the current one is highlighted (all are still counted and
   * reachable): building tens of thousands of decorations for a one-letter query would stall
   * the editor for no useful picture. Default 3000.
   */
  maxHighlights: number;
}

export const defaultFindReplacePluginOptions: FindReplacePluginOptions = {
  matchClass: 'search-match',
  currentMatchClass: 'search-match--current',
  maxHighlights: 3000,
};

export interface FindReplaceState {
  query: SearchQuery;
  /** The compiled query; null when the query is empty (the plugin is idle). */
  pattern: RegExp | null;
  /** Matches of a top-level block, positions relative to the block's start, for this query. */
  blockMatches: WeakMap<PmNode, readonly Match[]>;
  /** Number of matches in the document. */
  total: number;
  /** The current match (document positions), or null. */
  current: Match | null;
  /** Index of `current` among all matches in document order, or -1. */
  currentIndex: number;
  /** Whether every match is highlighted (false above `maxHighlights`: only the current one). */
  highlightAll: boolean;
  decorations: DecorationSet;
}

type Meta = { kind: 'query'; state: FindReplaceState } | { kind: 'current'; match: Match; index: number } | { kind: 'currentAt'; pos: number };

export const findReplaceKey = new PluginKey<FindReplaceState>('findReplace');

const idle: FindReplaceState = {
  query: emptyQuery,
  pattern: null,
  blockMatches: new WeakMap(),
  total: 0,
  current: null,
  currentIndex: -1,
  highlightAll: true,
  decorations: DecorationSet.empty,
};

/** Matches of one top-level block, relative to its start. */
function searchBlock(block: PmNode, pattern: RegExp): Match[] {
  const out: Match[] = [];
  if (block.isTextblock) matchesInTextblock(block, 0, pattern, out);
  else {
    block.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      matchesInTextblock(node, pos + 1, pattern, out);
      return false;
    });
  }
  return out;
}

function matchesOf(s: Pick<FindReplaceState, 'blockMatches' | 'pattern'>, block: PmNode): readonly Match[] {
  let found = s.blockMatches.get(block);
  if (!found) {
    found = searchBlock(block, s.pattern!);
    s.blockMatches.set(block, found);
  }
  return found;
}

/** Every match in document order (O(blocks + matches); for commands, not per keystroke). */
export function allMatches(state: EditorState): Match[] {
  const s = findReplaceState(state);
  const out: Match[] = [];
  if (!s.pattern) return out;
  state.doc.forEach((block, offset) => {
    for (const m of matchesOf(s, block)) out.push({ from: offset + m.from, to: offset + m.to });
  });
  return out;
}

/**
 * The first match starting at or after `pos` (wrapping to the first match of the document when
 * none follows), with its index; null when there are no matches.
 */
function matchAtOrAfter(s: FindReplaceState, doc: PmNode, pos: number): { match: Match; index: number } | null {
  let index = 0;
  let first: { match: Match; index: number } | null = null;
  let found: { match: Match; index: number } | null = null;
  doc.forEach((block, offset) => {
    if (found) return;
    const ms = matchesOf(s, block);
    if (!first && ms.length) first = { match: { from: offset + ms[0]!.from, to: offset + ms[0]!.to }, index: 0 };
    if (offset + block.nodeSize > pos) {
      for (let i = 0; i < ms.length; i++) {
        if (offset + ms[i]!.from >= pos) {
          found = { match: { from: offset + ms[i]!.from, to: offset + ms[i]!.to }, index: index + i };
          return;
        }
      }
    }
    index += ms.length;
  });
  return found ?? first;
}

/** The match with index `target` in document order. */
function matchAtIndex(s: FindReplaceState, doc: PmNode, target: number): Match | null {
  let index = 0;
  let found: Match | null = null;
  doc.forEach((block, offset) => {
    if (found) return;
    const ms = matchesOf(s, block);
    if (target < index + ms.length) {
      const m = ms[target - index]!;
      found = { from: offset + m.from, to: offset + m.to };
    }
    index += ms.length;
  });
  return found;
}

function decorate(m: Match, current: boolean, o: FindReplacePluginOptions): Decoration {
  return Decoration.inline(m.from, m.to, { class: current ? `${o.matchClass} ${o.currentMatchClass}` : o.matchClass }, { findReplace: true, current });
}

/** Replaces the highlight of exactly `m` by one with the given current flag. */
function restyle(set: DecorationSet, doc: PmNode, m: Match, current: boolean, o: FindReplacePluginOptions): DecorationSet {
  const existing = set.find(m.from, m.to).filter((d) => d.from === m.from && d.to === m.to);
  return set.remove(existing).add(doc, [decorate(m, current, o)]);
}

/** Highlights built from scratch: every match, or only the current one above the limit. */
function allDecorations(s: FindReplaceState, doc: PmNode, o: FindReplacePluginOptions): DecorationSet {
  if (!s.highlightAll) return s.current ? DecorationSet.create(doc, [decorate(s.current, true, o)]) : DecorationSet.empty;
  const decos: Decoration[] = [];
  doc.forEach((block, offset) => {
    for (const m of matchesOf(s, block)) {
      const abs = { from: offset + m.from, to: offset + m.to };
      decos.push(decorate(abs, s.current !== null && abs.from === s.current.from && abs.to === s.current.to, o));
    }
  });
  return DecorationSet.create(doc, decos);
}

function search(query: SearchQuery, doc: PmNode, near: number, o: FindReplacePluginOptions): FindReplaceState {
  const pattern = queryPattern(query);
  if (!pattern) return idle;
  const s: FindReplaceState = { ...idle, query, pattern, blockMatches: new WeakMap() };
  doc.forEach((block) => {
    s.total += matchesOf(s, block).length;
  });
  const at = matchAtOrAfter(s, doc, near);
  s.current = at?.match ?? null;
  s.currentIndex = at?.index ?? -1;
  s.highlightAll = s.total <= o.maxHighlights;
  s.decorations = allDecorations(s, doc, o);
  return s;
}

/** Makes `match` (index `index`) current, restyling only the two highlights involved. */
function withCurrent(s: FindReplaceState, match: Match | null, index: number, doc: PmNode, o: FindReplacePluginOptions): FindReplaceState {
  const same = match && s.current && match.from === s.current.from && match.to === s.current.to;
  if (same && index === s.currentIndex) return s;
  const next = { ...s, current: match, currentIndex: match ? index : -1 };
  if (!s.highlightAll) next.decorations = match ? DecorationSet.create(doc, [decorate(match, true, o)]) : DecorationSet.empty;
  else {
    let decorations = s.decorations;
    if (s.current && !same) decorations = restyle(decorations, doc, s.current, false, o);
    if (match && !same) decorations = restyle(decorations, doc, match, true, o);
    next.decorations = decorations;
  }
  return next;
}

/** Maps highlights and the current match through `tr`; searches only rebuilt top-level blocks. */
function afterDocChange(prev: FindReplaceState, tr: Transaction, o: FindReplacePluginOptions): FindReplaceState {
  const doc = tr.doc;
  const mapped = prev.current ? { from: tr.mapping.map(prev.current.from, 1), to: tr.mapping.map(prev.current.to, -1) } : null;
  const dirty: { from: number; to: number; matches: readonly Match[] }[] = [];
  let total = 0;
  let currentIndex = -1;
  let currentDirty = false;
  doc.forEach((block, offset) => {
    let ms = prev.blockMatches.get(block);
    const end = offset + block.nodeSize;
    if (!ms) {
      ms = searchBlock(block, prev.pattern!);
      prev.blockMatches.set(block, ms);
      dirty.push({ from: offset, to: end, matches: ms });
    }
    if (mapped && currentIndex < 0 && mapped.from >= offset && mapped.from < end) {
      const i = ms.findIndex((m) => offset + m.from === mapped.from && offset + m.to === mapped.to);
      if (i >= 0) {
        currentIndex = total + i;
        currentDirty = dirty.at(-1)?.from === offset;
      }
    }
    total += ms.length;
  });

  const highlightAll = total <= o.maxHighlights;
  let s: FindReplaceState = { ...prev, total, highlightAll, current: currentIndex >= 0 ? mapped : null, currentIndex };
  if (highlightAll && prev.highlightAll) {
    let decorations = prev.decorations.map(tr.mapping, doc);
    const added: Decoration[] = [];
    for (const r of dirty) {
      decorations = decorations.remove(decorations.find(r.from, r.to));
      for (const m of r.matches) added.push(decorate({ from: r.from + m.from, to: r.from + m.to }, false, o));
    }
    s.decorations = decorations.add(doc, added);
    if (s.current && currentDirty) s.decorations = restyle(s.decorations, doc, s.current, true, o);
  } else if (highlightAll || prev.highlightAll || !s.current) {
    s.decorations = allDecorations(s, doc, o);
  } else {
    s.decorations = prev.decorations.map(tr.mapping, doc);
  }
  if (s.current || total === 0) return s;
  // The current match was edited away: the next one after where it was becomes current.
  const at = matchAtOrAfter(s, doc, mapped ? mapped.from : tr.selection.from);
  s = withCurrent(s, at?.match ?? null, at?.index ?? -1, doc, o);
  return s;
}

/** The find-and-replace plugin. */
export function findReplacePlugin(options: Partial<FindReplacePluginOptions> = {}): Plugin<FindReplaceState> {
  const o: FindReplacePluginOptions = { ...defaultFindReplacePluginOptions, ...options };
  return new Plugin<FindReplaceState>({
    key: findReplaceKey,
    options: o,
    state: {
      init: () => idle,
      apply(tr, prev) {
        const meta = tr.getMeta(findReplaceKey) as Meta | undefined;
        // Searched by the command against this same document (a query change has no steps).
        if (meta?.kind === 'query') return meta.state;
        let next = prev;
        if (tr.docChanged && prev.pattern) next = afterDocChange(prev, tr, o);
        if (meta?.kind === 'current') next = withCurrent(next, meta.match, meta.index, tr.doc, o);
        if (meta?.kind === 'currentAt' && next.pattern) {
          const at = matchAtOrAfter(next, tr.doc, meta.pos);
          next = withCurrent(next, at?.match ?? null, at?.index ?? -1, tr.doc, o);
        }
        return next;
      },
    },
    props: {
      // Indexed by block (see indexedDecorations.ts): with hundreds of highlighted blocks the
      // view's per-block lookup in a plain set made every keystroke O(blocks x highlighted blocks).
      decorations: (state) => indexedDecorations(findReplaceState(state).decorations),
    },
  });
}

/** The plugin state of `state` (idle when the plugin is missing). */
export function findReplaceState(state: EditorState): FindReplaceState {
  return findReplaceKey.getState(state) ?? idle;
}

function selectMatch(tr: Transaction, m: Match): Transaction {
  return tr.setSelection(TextSelection.create(tr.doc, m.from, m.to)).scrollIntoView();
}

function pluginOptions(state: EditorState): FindReplacePluginOptions {
  return (findReplaceKey.get(state)?.spec.options as FindReplacePluginOptions | undefined) ?? defaultFindReplacePluginOptions;
}

/**
 * Searches for `query` (an empty text clears the search). The first match at or after the
 * selection becomes current and, with `reveal`, is selected and scrolled into view.
 */
export function setSearchQuery(query: SearchQuery, reveal = true): Command {
  return (state, dispatch) => {
    if (dispatch) {
      const searched = search(query, state.doc, state.selection.from, pluginOptions(state));
      const tr = state.tr.setMeta(findReplaceKey, { kind: 'query', state: searched } satisfies Meta);
      dispatch(reveal && searched.current ? selectMatch(tr, searched.current) : tr);
    }
    return true;
  };
}

/** Makes the next (`1`) or previous (`-1`) match current, wrapping around, and selects it. */
export function goToMatch(direction: 1 | -1): Command {
  return (state, dispatch) => {
    const s = findReplaceState(state);
    const n = s.total;
    if (n === 0) return false;
    const index = s.currentIndex < 0 ? (direction > 0 ? 0 : n - 1) : (s.currentIndex + direction + n) % n;
    const match = matchAtIndex(s, state.doc, index);
    if (!match) return false;
    if (dispatch) dispatch(selectMatch(state.tr.setMeta(findReplaceKey, { kind: 'current', match, index } satisfies Meta), match));
    return true;
  };
}

/** Writes `replacement` over the match, keeping the marks of the replaced text. */
function replaceRange(tr: Transaction, m: Match, replacement: string): void {
  // insertText('') would use deleteRange, which removes a paragraph that held only the match.
  if (replacement === '') tr.delete(m.from, m.to);
  else tr.insertText(replacement, m.from, m.to);
}

/** Replaces the current match and moves on to (and selects) the next one: one undo step. */
export function replaceCurrentMatch(replacement: string): Command {
  return (state, dispatch) => {
    const s = findReplaceState(state);
    const m = s.current;
    if (!m) return false;
    if (dispatch) {
      const nextOld = s.total > 1 ? matchAtIndex(s, state.doc, (s.currentIndex + 1) % s.total) : null;
      const tr = state.tr;
      replaceRange(tr, m, replacement);
      const next = nextOld ? { from: tr.mapping.map(nextOld.from, 1), to: tr.mapping.map(nextOld.to, -1) } : null;
      tr.setMeta(findReplaceKey, { kind: 'currentAt', pos: next ? next.from : tr.mapping.map(m.to) } satisfies Meta);
      closeHistory(tr);
      dispatch(next && next.to > next.from ? selectMatch(tr, next) : tr.scrollIntoView());
    }
    return true;
  };
}

/** Replaces every match in one transaction, so a single undo restores them all. */
export function replaceAllMatches(replacement: string): Command {
  return (state, dispatch) => {
    const matches = allMatches(state);
    if (matches.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      // Back to front, so earlier positions stay valid.
      for (let i = matches.length - 1; i >= 0; i--) replaceRange(tr, matches[i]!, replacement);
      closeHistory(tr);
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}
