/**
 * Keeps a translation's segments in step with its edited source. Blocks are aligned first: an
 * unchanged block (same text) keeps its key, a changed one is paired with the most similar block
 * left in the same stretch of the edit script, and a block moved elsewhere with identical text is
 * found again. Within a kept block the sentences are aligned the same way: identical ones keep
 * their ids, a changed one keeps its id with the new source (flagged when it already has a target,
 * with the source that target was written for), a removed one stays, marked removed, with its
 * target, and new ones get new ids. Nothing the translator wrote is ever dropped.
 */
import type { SegmentMark } from '../../src-preload/contract/translation.ts';
import { diffSequences, type SequenceOp } from '../language/diffSequences.ts';
import type { SourceBlock, SourceSentence } from './segmentArticle.ts';

export interface StoredBlock {
  key: number;
  ord: number;
  path: string;
  type: string;
  text: string;
  /** The position the block's next new sentence gets (positions are never reused). */
  nextPosition: number;
  removed: boolean;
}

/** The source side of a stored segment (what sync reads and rewrites) and its target text. */
export interface StoredSegment {
  id: string;
  ord: number;
  blockType: string;
  source: string;
  sourceMarks: SegmentMark[];
  target: string;
  sourceChanged: boolean;
  previousSource: string | null;
  removed: boolean;
}

export interface FreshBlock extends SourceBlock {
  sentences: SourceSentence[];
}

export interface SyncResult {
  /** Every block, the removed ones included, with its new order. */
  blocks: StoredBlock[];
  /** Every segment, in reading order, `isNew` for those to insert. */
  segments: (StoredSegment & { isNew: boolean })[];
  nextBlockKey: number;
}

/** Blocks and sentences this alike (Dice coefficient of their words) are the same one, edited. */
const sameBlockThreshold = 0.4;
const sameSentenceThreshold = 0.3;

export function segmentId(key: number, position: number): string {
  return `b${key}.${position}`;
}

/** The block key of a segment id (`b7.2` -> 7). */
export function blockKeyOf(id: string): number {
  return Number(/^b(\d+)\./.exec(id)?.[1] ?? -1);
}

/** The first segmentation of a source: keys from `nextBlockKey` on, positions from 0. */
export function firstSegments(fresh: readonly FreshBlock[], nextBlockKey = 0): SyncResult {
  return syncSegments({ blocks: [], segments: [] }, fresh, nextBlockKey);
}

export function syncSegments(old: { blocks: readonly StoredBlock[]; segments: readonly StoredSegment[] }, fresh: readonly FreshBlock[], nextBlockKey: number): SyncResult {
  const oldBlocks = [...old.blocks].sort((a, b) => a.ord - b.ord);
  const live = oldBlocks.filter((b) => !b.removed);
  const segmentsByKey = new Map<number, StoredSegment[]>();
  for (const s of [...old.segments].sort((a, b) => a.ord - b.ord)) {
    const key = blockKeyOf(s.id);
    const list = segmentsByKey.get(key) ?? [];
    list.push(s);
    segmentsByKey.set(key, list);
  }

  // Block alignment: identity is (kind, text); the headline and standfirst only ever pair with themselves.
  const kind = (path: string) => (path === 'headline' || path === 'standfirst' ? path : 'body');
  const ident = (b: { path: string; text: string }) => `${kind(b.path)}\u0000${b.text}`;
  const pairs = align(live.map(ident), fresh.map(ident), (i, j) =>
    kind(live[i]!.path) !== kind(fresh[j]!.path) ? 0 : kind(live[i]!.path) === 'body' ? dice(live[i]!.text, fresh[j]!.text) : 1,
    sameBlockThreshold,
  );

  const blocks: StoredBlock[] = [];
  const segments: (StoredSegment & { isNew: boolean })[] = [];
  let nextKey = nextBlockKey;
  // Blocks removed before this sync keep their place relative to the old blocks around them.
  let removedAt = 0;
  const removedBefore = oldBlocks.filter((b) => b.removed);
  const emitRemovedUpTo = (ord: number) => {
    while (removedAt < removedBefore.length && removedBefore[removedAt]!.ord < ord) emitRemovedBlock(removedBefore[removedAt++]!);
  };
  const emitRemovedBlock = (b: StoredBlock) => {
    blocks.push({ ...b, ord: blocks.length, removed: true });
    for (const s of segmentsByKey.get(b.key) ?? []) segments.push({ ...s, removed: true, isNew: false });
  };

  for (const step of pairs) {
    if (step.old !== undefined) emitRemovedUpTo(live[step.old]!.ord);
    if (step.old !== undefined && step.fresh === undefined) {
      emitRemovedBlock(live[step.old]!);
      continue;
    }
    const f = fresh[step.fresh!]!;
    const kept = step.old === undefined ? undefined : live[step.old]!;
    const key = kept?.key ?? nextKey++;
    const block: StoredBlock = { key, ord: blocks.length, path: f.path, type: f.type, text: f.text, nextPosition: kept?.nextPosition ?? 0, removed: false };
    blocks.push(block);
    syncSentences(block, segmentsByKey.get(key) ?? [], f, segments);
  }
  emitRemovedUpTo(Number.POSITIVE_INFINITY);
  segments.forEach((s, i) => (s.ord = i));
  return { blocks, segments, nextBlockKey: nextKey };
}

/** Aligns one kept (or new) block's stored segments with its fresh sentences; appends to `out`. */
function syncSentences(block: StoredBlock, stored: readonly StoredSegment[], fresh: FreshBlock, out: (StoredSegment & { isNew: boolean })[]): void {
  const live = stored.filter((s) => !s.removed);
  const removed = stored.filter((s) => s.removed);
  const revived = new Set<StoredSegment>();
  let removedAt = 0;
  const emitRemovedUpTo = (ord: number) => {
    while (removedAt < removed.length && removed[removedAt]!.ord < ord) {
      const s = removed[removedAt++]!;
      if (!revived.has(s)) out.push({ ...s, blockType: fresh.type, isNew: false });
    }
  };
  const steps = align(
    live.map((s) => s.source),
    fresh.sentences.map((s) => s.text),
    (i, j) => dice(live[i]!.source, fresh.sentences[j]!.text),
    sameSentenceThreshold,
  );
  // A removed sentence typed back in identically gets its segment (and target) back.
  const reviveFor = new Map<number, StoredSegment>();
  for (const step of steps) {
    if (step.fresh === undefined || step.old !== undefined) continue;
    const text = fresh.sentences[step.fresh]!.text;
    const back = removed.find((s) => !revived.has(s) && s.source === text);
    if (back) {
      revived.add(back);
      reviveFor.set(step.fresh, back);
    }
  }
  for (const step of steps) {
    if (step.old !== undefined) emitRemovedUpTo(live[step.old]!.ord);
    if (step.fresh === undefined) {
      out.push({ ...live[step.old!]!, blockType: fresh.type, removed: true, isNew: false });
      continue;
    }
    const sentence = fresh.sentences[step.fresh]!;
    const old = step.old === undefined ? reviveFor.get(step.fresh) : live[step.old]!;
    if (old === undefined) {
      const seg = {
        id: segmentId(block.key, block.nextPosition++),
        ord: 0,
        blockType: fresh.type,
        source: sentence.text,
        sourceMarks: sentence.marks,
        target: '',
        sourceChanged: false,
        previousSource: null,
        removed: false,
        isNew: true,
      };
      out.push(seg);
      continue;
    }
    const changed = old.source !== sentence.text;
    // The flag is about the target: an empty target has nothing to review.
    const flag = changed ? old.target !== '' : old.sourceChanged;
    out.push({
      ...old,
      blockType: fresh.type,
      source: sentence.text,
      sourceMarks: sentence.marks,
      removed: false,
      sourceChanged: flag,
      previousSource: flag ? (old.previousSource ?? (changed ? old.source : null)) : null,
      isNew: false,
    });
  }
  emitRemovedUpTo(Number.POSITIVE_INFINITY);
}

/** One step of an alignment: an old item kept (with its fresh counterpart), removed, or a fresh one added. */
interface Step {
  old?: number;
  fresh?: number;
}

/**
 * Aligns two sequences: equal items by the edit script, then within each stretch of deletions and
 * insertions the most similar pairs in order (at least `threshold`), then identical items that
 * moved to another stretch. Steps come in reading order of the fresh sequence, removed old items
 * where they were.
 */
function align(a: readonly string[], b: readonly string[], similarity: (i: number, j: number) => number, threshold: number): Step[] {
  // Beyond this many edits two versions are unrelated; the fallback pairs by similarity alone.
  const ops: SequenceOp[] = diffSequences(a, b, 2000) ?? [...a.map((): SequenceOp => 'delete'), ...b.map((): SequenceOp => 'insert')];
  const match = new Map<number, number>(); // fresh -> old
  let i = 0;
  let j = 0;
  let k = 0;
  while (k < ops.length) {
    if (ops[k] === 'equal') {
      match.set(j++, i++);
      k++;
      continue;
    }
    const dels: number[] = [];
    const ins: number[] = [];
    while (k < ops.length && ops[k] !== 'equal') {
      if (ops[k] === 'delete') dels.push(i++);
      else ins.push(j++);
      k++;
    }
    let from = 0;
    for (const jj of ins) {
      let best = -1;
      let bestScore = threshold;
      for (let d = from; d < dels.length; d++) {
        const score = similarity(dels[d]!, jj);
        if (score >= bestScore && (best < 0 || score > bestScore)) {
          best = d;
          bestScore = score;
        }
      }
      if (best >= 0) {
        match.set(jj, dels[best]!);
        from = best + 1;
      }
    }
  }
  // Moved items: identical text, unpaired on both sides.
  const used = new Set(match.values());
  const unpairedOld = new Map<string, number[]>();
  a.forEach((text, ii) => {
    if (!used.has(ii)) unpairedOld.set(text, [...(unpairedOld.get(text) ?? []), ii]);
  });
  b.forEach((text, jj) => {
    if (match.has(jj)) return;
    const candidates = unpairedOld.get(text);
    if (candidates && candidates.length > 0) {
      const ii = candidates.shift()!;
      match.set(jj, ii);
      used.add(ii);
    }
  });
  // Reading order: fresh items in order; an unpaired old item goes before the fresh item that
  // follows the last old item kept before it.
  const steps: Step[] = [];
  const removedAfter = new Map<number, number[]>(); // fresh index (or -1) -> old items removed just after it
  let lastFresh = -1;
  const freshOfOld = new Map<number, number>();
  for (const [jj, ii] of match) freshOfOld.set(ii, jj);
  for (let ii = 0; ii < a.length; ii++) {
    const jj = freshOfOld.get(ii);
    if (jj !== undefined) lastFresh = Math.max(lastFresh, jj);
    else removedAfter.set(lastFresh, [...(removedAfter.get(lastFresh) ?? []), ii]);
  }
  for (const ii of removedAfter.get(-1) ?? []) steps.push({ old: ii });
  for (let jj = 0; jj < b.length; jj++) {
    const ii = match.get(jj);
    steps.push(ii === undefined ? { fresh: jj } : { old: ii, fresh: jj });
    for (const r of removedAfter.get(jj) ?? []) steps.push({ old: r });
  }
  return steps;
}

/** Dice coefficient of the two texts' lower-cased word sets: 1 for the same words, 0 for none shared. */
export function dice(a: string, b: string): number {
  const words = (t: string) => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const x = words(a);
  const y = words(b);
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}
