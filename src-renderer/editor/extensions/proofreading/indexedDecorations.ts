/**
 * The underlines as the view reads them. ProseMirror's DecorationSet.forChild finds a top-level
 * block's decorations by scanning the set's children from the start, and the view asks once per
 * top-level block on every document change: with underlines spread over a long article that is
 * O(blocks x underlined blocks) per keystroke. This wrapper answers the top-level question from
 * an index built once per set (O(blocks)) and hands the view the set's own child sets, so
 * everything below the top level, and what is drawn, is exactly what the set would give.
 * It relies on the set's internal layout (`children` as [start, end, set] triples, `local`) and
 * falls back to the set itself whenever that layout is not what it expects.
 */
import type { Mapping } from '@tiptap/pm/transform';
import type { Node as PmNode } from '@tiptap/pm/model';
import { DecorationSet, type Decoration, type DecorationSource } from '@tiptap/pm/view';

interface SetInternals {
  children?: unknown;
  local?: unknown;
  locals?: (node: PmNode) => readonly Decoration[];
  localsInner?: (node: PmNode) => readonly Decoration[];
  eq?: (other: unknown) => boolean;
}

export class IndexedDecorations implements DecorationSource {
  readonly set: DecorationSet;
  /** DecorationGroup.from flattens non-set members through `members`. */
  readonly members: IndexedDecorations[];
  private index: Map<number, DecorationSet> | null = null;

  constructor(set: DecorationSet) {
    this.set = set;
    this.members = [this];
  }

  /** The top-level child sets by block offset; null when the set's layout is not the expected one. */
  private childIndex(): Map<number, DecorationSet> | null {
    if (this.index) return this.index;
    const internals = this.set as unknown as SetInternals;
    const children = internals.children;
    const local = internals.local;
    if (!Array.isArray(children) || !Array.isArray(local) || local.length > 0) return null;
    const index = new Map<number, DecorationSet>();
    for (let i = 0; i + 2 < children.length; i += 3) {
      const start = children[i] as unknown;
      const child = children[i + 2] as unknown;
      if (typeof start !== 'number' || !(child instanceof DecorationSet)) return null;
      index.set(start, child);
    }
    this.index = index;
    return index;
  }

  forChild(offset: number, child: PmNode): DecorationSet {
    if (child.isLeaf) return DecorationSet.empty;
    const index = this.childIndex();
    if (!index) return this.set.forChild(offset, child) as DecorationSet;
    return index.get(offset) ?? DecorationSet.empty;
  }

  map(mapping: Mapping, node: PmNode): IndexedDecorations {
    return new IndexedDecorations(this.set.map(mapping, node));
  }

  forEachSet(f: (set: DecorationSet) => void): void {
    f(this.set);
  }

  // The view's internal protocol (DecorationSet and DecorationGroup implement these too).
  eq(other: unknown): boolean {
    if (other === this) return true;
    return other instanceof IndexedDecorations && (this.set as unknown as SetInternals).eq!.call(this.set, other.set);
  }

  locals(node: PmNode): readonly Decoration[] {
    return (this.set as unknown as SetInternals).locals!.call(this.set, node);
  }

  localsInner(node: PmNode): readonly Decoration[] {
    return (this.set as unknown as SetInternals).localsInner!.call(this.set, node);
  }
}

const wrapped = new WeakMap<DecorationSet, IndexedDecorations>();

/** The set as the view should read it (one wrapper per set, so unchanged state compares equal at once). */
export function indexedDecorations(set: DecorationSet): DecorationSource {
  if (set === DecorationSet.empty) return set;
  let source = wrapped.get(set);
  if (!source) {
    source = new IndexedDecorations(set);
    wrapped.set(set, source);
  }
  return source;
}
