/**
 * Pure bookkeeping of the proofreading plugin (no DOM, no bridge), kept apart so it is tested
 * directly: which ranges a transaction changed, which textblocks those ranges touch, and the
 * plain text of a textblock with offsets that map one to one onto document positions.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';

export interface Range {
  from: number;
  to: number;
}

/** What is sent for one textblock; `pos` is the position before the block when it was read. */
export interface BlockToCheck {
  key: string;
  pos: number;
  node: PmNode;
  text: string;
}

/** Limits of one request (under the bridge's caps: 200 blocks, 20,000 characters a block, 200,000 in all). */
export interface BatchLimits {
  maxBlocks: number;
  maxChars: number;
  /** Longer textblocks are not checked (the bridge refuses them). */
  maxBlockChars: number;
}

export const defaultBatchLimits: BatchLimits = { maxBlocks: 40, maxChars: 24_000, maxBlockChars: 20_000 };

/** Stands for an inline node that is not text (one position, one character), so offsets stay aligned. */
export const objectChar = '\uFFFC';

/**
 * The text of a textblock such that `text[i]` is the content at position `blockPos + 1 + i`: text
 * nodes give their text, a hard break "\n", any other inline node one placeholder character per
 * position it takes. So a finding at [start, end) is at [blockPos + 1 + start, blockPos + 1 + end).
 */
export function textblockText(block: PmNode): string {
  let out = '';
  block.forEach((child) => {
    if (child.isText) out += child.text!;
    else if (child.type.name === 'hardBreak') out += '\n'.repeat(child.nodeSize);
    else out += objectChar.repeat(child.nodeSize);
  });
  return out;
}

/** Sorts and merges overlapping or touching ranges. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from || a.to - b.to);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else out.push({ from: r.from, to: r.to });
  }
  return out;
}

/**
 * The ranges of `tr.doc` that the transaction's steps wrote (insertions, and the point where
 * something was deleted), each mapped through the steps after it. O(steps), not O(document).
 */
export function changedRanges(tr: Transaction): Range[] {
  const out: Range[] = [];
  const maps = tr.mapping.maps;
  for (let i = 0; i < maps.length; i++) {
    const rest = tr.mapping.slice(i + 1);
    maps[i]!.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      out.push({ from: rest.map(newStart, -1), to: rest.map(newEnd, 1) });
    });
  }
  return out;
}

/** Earlier dirty ranges mapped through `tr`, plus what `tr` changed; merged. */
export function nextDirty(dirty: readonly Range[], tr: Transaction): Range[] {
  if (!tr.docChanged) return dirty as Range[];
  const mapped = dirty.map((r) => ({ from: tr.mapping.map(r.from, -1), to: tr.mapping.map(r.to, 1) }));
  return mergeRanges([...mapped, ...changedRanges(tr)]);
}

/** Code blocks are not prose: never proofread. */
function isProse(block: PmNode): boolean {
  return !block.type.spec.code;
}

export interface Batch {
  blocks: BlockToCheck[];
  /** Textblocks in the dirty ranges that need no request (empty, code, too long): their findings are cleared. */
  cleared: Range[];
  /** What stays dirty for the next request (the batch was full). */
  rest: Range[];
}

/**
 * The textblocks touched by `dirty`, in document order, up to the limits. Each is read once
 * even when several ranges touch it. Walks only the dirty ranges, not the whole document.
 */
export function collectBatch(doc: PmNode, dirty: readonly Range[], limits: BatchLimits = defaultBatchLimits): Batch {
  const size = doc.content.size;
  const blocks: BlockToCheck[] = [];
  const cleared: Range[] = [];
  const seen = new Set<number>();
  let chars = 0;
  let full = false;
  let stopAt = -1;
  for (const range of dirty) {
    if (full) break;
    const from = Math.max(0, Math.min(range.from, size));
    const to = Math.max(from, Math.min(range.to, size));
    doc.nodesBetween(from, to === from ? Math.min(size, to + 1) : to, (node, pos) => {
      if (full) return false;
      if (!node.isTextblock) return true;
      if (seen.has(pos)) return false;
      seen.add(pos);
      const text = isProse(node) ? textblockText(node) : '';
      if (text.trim() === '' || text.length > limits.maxBlockChars) {
        cleared.push({ from: pos + 1, to: pos + node.nodeSize - 1 });
        return false;
      }
      if (blocks.length >= limits.maxBlocks || (blocks.length > 0 && chars + text.length > limits.maxChars)) {
        full = true;
        stopAt = pos;
        return false;
      }
      blocks.push({ key: `b${pos}`, pos, node, text });
      chars += text.length;
      return false;
    });
  }
  const rest = full ? mergeRanges(dirty.filter((r) => r.to > stopAt).map((r) => ({ from: Math.max(r.from, stopAt), to: r.to }))) : [];
  return { blocks, cleared, rest };
}
