import type { DiffBlock, DiffSegment, DocumentJson } from '../../src-preload/contract/domain.ts';
import { getDocumentSchema } from '../../src-preload/contract/documentSchema.ts';
import { countWords } from '../language/countWords.ts';
import { diffSequences } from '../language/diffSequences.ts';
import { diffWords } from '../language/diffWords.ts';

/** A text block of a document: its node type and plain text (hard breaks as newlines). */
export interface TextBlock {
  type: string;
  text: string;
}

interface JsonNode {
  type?: unknown;
  text?: unknown;
  content?: unknown;
}

/**
 * The non-empty text blocks of a stored document in reading order. Walks the JSON with the
 * schema's idea of a textblock rather than building nodes, so an old revision that no longer
 * matches the schema exactly still diffs instead of failing.
 */
export function documentBlocks(doc: DocumentJson): TextBlock[] {
  const schema = getDocumentSchema();
  const blocks: TextBlock[] = [];
  const inlineText = (node: JsonNode): string => {
    if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
    if (node.type === 'hardBreak') return '\n';
    return Array.isArray(node.content) ? (node.content as JsonNode[]).map(inlineText).join('') : '';
  };
  const walk = (node: JsonNode) => {
    const type = typeof node.type === 'string' ? node.type : '';
    if (schema.nodes[type]?.isTextblock) {
      const text = inlineText(node);
      if (text.trim()) blocks.push({ type, text });
      return;
    }
    if (Array.isArray(node.content)) for (const child of node.content as JsonNode[]) if (child && typeof child === 'object') walk(child);
  };
  walk(doc as JsonNode);
  return blocks;
}

/** Words in the inserted and deleted segments. */
function changedWords(segments: readonly DiffSegment[], op: 'insert' | 'delete'): number {
  return segments.reduce((n, s) => (s.op === op ? n + countWords(s.text) : n), 0);
}

/** Share of words two blocks have in common (Dice coefficient over lower-cased word sets). */
function similarity(a: TextBlock, b: TextBlock): number {
  const words = (t: string) => new Set(t.toLocaleLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu) ?? []);
  const x = words(a.text);
  const y = words(b.text);
  if (x.size + y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/**
 * Which removed block became which added block, as ordered index pairs. One for one is always
 * an edit; otherwise the pairs that share the most words win (order kept, at least a quarter in
 * common), so an inserted paragraph does not make every later one look rewritten.
 */
function pairBlocks(removed: readonly TextBlock[], added: readonly TextBlock[]): [number, number][] {
  const n = removed.length;
  const m = added.length;
  if (n === 0 || m === 0) return [];
  if (n === 1 && m === 1) return [[0, 0]];
  if (n * m > 2500) return Array.from({ length: Math.min(n, m) }, (_, k) => [k, k]);
  const sim = removed.map((a) => added.map((b) => similarity(a, b)));
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = sim[i - 1]![j - 1]!;
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, s >= 0.25 ? best[i - 1]![j - 1]! + s : 0);
    }
  }
  const pairs: [number, number][] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    if (best[i]![j] === best[i - 1]![j]) i--;
    else if (best[i]![j] === best[i]![j - 1]) j--;
    else {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    }
  }
  return pairs.reverse();
}

/**
 * Block-by-block, word-level differences between two documents. Blocks are aligned first (equal
 * blocks anchor the alignment); between anchors, removed and added blocks that share enough words are
 * paired and diffed word by word, and the rest are whole-block deletions or insertions.
 */
export function diffDocuments(before: DocumentJson, after: DocumentJson): { blocks: DiffBlock[]; insertedWords: number; deletedWords: number } {
  const a = documentBlocks(before);
  const b = documentBlocks(after);
  const key = (block: TextBlock) => `${block.type}\u0000${block.text}`;
  const ops = diffSequences(a.map(key), b.map(key), 1500) ?? [...a.map(() => 'delete' as const), ...b.map(() => 'insert' as const)];
  const blocks: DiffBlock[] = [];
  let removed: TextBlock[] = [];
  let added: TextBlock[] = [];
  const flushRun = () => {
    let r = 0;
    let d = 0;
    const emitUpTo = (rEnd: number, dEnd: number) => {
      for (; r < rEnd; r++) blocks.push({ op: 'delete', type: removed[r]!.type, segments: [{ op: 'delete', text: removed[r]!.text }] });
      for (; d < dEnd; d++) blocks.push({ op: 'insert', type: added[d]!.type, segments: [{ op: 'insert', text: added[d]!.text }] });
    };
    for (const [pr, pd] of pairBlocks(removed, added)) {
      emitUpTo(pr, pd);
      blocks.push({ op: 'change', type: added[pd]!.type, segments: diffWords(removed[pr]!.text, added[pd]!.text) });
      r = pr + 1;
      d = pd + 1;
    }
    emitUpTo(removed.length, added.length);
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  for (const op of ops) {
    if (op === 'delete') removed.push(a[i++]!);
    else if (op === 'insert') added.push(b[j++]!);
    else {
      flushRun();
      const block = b[j++]!;
      i++;
      blocks.push({ op: 'equal', type: block.type, segments: [{ op: 'equal', text: block.text }] });
    }
  }
  flushRun();
  let insertedWords = 0;
  let deletedWords = 0;
  for (const block of blocks) {
    insertedWords += changedWords(block.segments, 'insert');
    deletedWords += changedWords(block.segments, 'delete');
  }
  return { blocks, insertedWords, deletedWords };
}
