/**
 * "Clean up scraped text" on an article body: cleanScrapedText's rules applied to ProseMirror JSON,
 * so bold, italic, links and comments survive. Pure: no database, no schema; the caller saves.
 */
import type { CleanupChange, DocumentJson, Lang } from '../../src-preload/contract/domain.ts';
import {
  anywhereFurnitureKind,
  doubleSpacePattern,
  dominantQuoteStyle,
  furnitureFor,
  headlineKey,
  isShareLine,
  nbspPattern,
  normalizedLine,
  normaliseQuotes,
  type QuoteStyle,
} from '../language/cleanScrapedText.ts';

/** The result: the cleaned body (the input object itself when nothing changed) and what changed. */
export interface CleanedDocument {
  doc: DocumentJson;
  /** Sorted by block; `line` is the 1-based index of the text block in the input, in document order. */
  changes: CleanupChange[];
}

type JsonNode = Record<string, unknown> & { type?: unknown; content?: unknown; text?: unknown; marks?: unknown };

/** Text blocks the rules apply to; code blocks are left exactly as they are. */
const cleanedBlocks = new Set(['paragraph', 'heading']);
/** Blocks that may be removed whole (duplicate headline, furniture): top-level text only. */
const removableBlocks = new Set(['paragraph', 'heading']);

interface Block {
  node: JsonNode;
  /** 1-based, in document order, counted over every text block (code blocks included). */
  line: number;
  /** Index in doc.content when the block is top-level, else -1. */
  top: number;
}

function children(node: JsonNode): JsonNode[] {
  return Array.isArray(node.content) ? (node.content as JsonNode[]) : [];
}

function isTextblock(node: JsonNode): boolean {
  return cleanedBlocks.has(node.type as string) || node.type === 'codeBlock';
}

/** Text of a block: hard breaks as '\n', other inline nodes as nothing. */
function blockText(node: JsonNode): string {
  return children(node)
    .map((c) => (c.type === 'text' ? String(c.text ?? '') : c.type === 'hardBreak' ? '\n' : ''))
    .join('');
}

function hasCodeMark(node: JsonNode): boolean {
  return Array.isArray(node.marks) && (node.marks as JsonNode[]).some((m) => m.type === 'code');
}

function collectBlocks(doc: DocumentJson): Block[] {
  const blocks: Block[] = [];
  const walk = (node: JsonNode, top: number): void => {
    if (isTextblock(node)) {
      blocks.push({ node, line: blocks.length + 1, top });
      return;
    }
    for (const child of children(node)) walk(child, -1);
  };
  children(doc as JsonNode).forEach((child, i) => walk(child, i));
  return blocks;
}

/** One replacement of `[from, to)` of a block's text by `insert`. */
interface Edit {
  from: number;
  to: number;
  insert: string;
}

/**
 * Applies `edits` (sorted, not overlapping) to the block's text nodes. An edit that would span two
 * inline nodes (different marks, or a hard break) or touch code-marked text is skipped. Returns the
 * new inline content, or undefined when no edit applied.
 */
function applyEdits(block: JsonNode, edits: Edit[]): JsonNode[] | undefined {
  const inline = children(block);
  // Start offset of each inline node in blockText().
  const starts: number[] = [];
  let offset = 0;
  for (const c of inline) {
    starts.push(offset);
    offset += c.type === 'text' ? String(c.text ?? '').length : c.type === 'hardBreak' ? 1 : 0;
  }
  const perNode = new Map<number, Edit[]>();
  for (const edit of edits) {
    const index = inline.findIndex((c, i) => c.type === 'text' && starts[i]! <= edit.from && edit.to <= starts[i]! + String(c.text).length);
    if (index < 0 || hasCodeMark(inline[index]!)) continue;
    const list = perNode.get(index) ?? [];
    list.push({ from: edit.from - starts[index]!, to: edit.to - starts[index]!, insert: edit.insert });
    perNode.set(index, list);
  }
  if (perNode.size === 0) return undefined;
  const out: JsonNode[] = [];
  inline.forEach((c, i) => {
    const own = perNode.get(i);
    if (!own) {
      out.push(c);
      return;
    }
    let text = String(c.text);
    for (const e of [...own].reverse()) text = text.slice(0, e.from) + e.insert + text.slice(e.to);
    // ProseMirror has no empty text nodes.
    if (text !== '') out.push({ ...c, text });
  });
  return out;
}

function regexEdits(text: string, pattern: RegExp, insert: string): Edit[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return [...text.matchAll(global)].map((m) => ({ from: m.index, to: m.index + m[0].length, insert }));
}

/** The `spaces` step per line of the block: double spaces between words, and spaces before a line end. */
function spaceEdits(text: string): Edit[] {
  const edits = regexEdits(text, doubleSpacePattern, ' ');
  edits.push(...regexEdits(text, /[ \t]+(?=\n|$)/g, ''));
  return edits.sort((a, b) => a.from - b.from);
}

/** Quote fixes as one-character edits: normaliseQuotes never changes the length. */
function quoteEdits(text: string, style: QuoteStyle): Edit[] {
  const edits: Edit[] = [];
  let from = 0;
  for (const line of text.split('\n')) {
    const next = normaliseQuotes(line, style);
    for (let i = 0; i < line.length; i++) if (line[i] !== next[i]) edits.push({ from: from + i, to: from + i + 1, insert: next[i]! });
    from += line.length + 1;
  }
  return edits;
}

/**
 * Cleans an article body the way `cleanScrapedText` cleans plain text, keeping marks:
 * removes the first body block when it repeats the headline, "Baca juga:"/"Read also:" blocks,
 * and the trailing run of share/follow blocks (with the empty paragraphs among them) — top-level
 * paragraphs and headings only; then, inside each text node of every paragraph and heading,
 * turns non-breaking spaces into spaces, collapses double spaces, trims line ends and makes the
 * quotes one style (the one the body mostly uses). A replacement that would cross text nodes with
 * different marks, or touch code, is skipped. Nothing to clean returns the same `doc` object.
 */
export function cleanUpDocument(article: { title: string; lang: Lang; doc: DocumentJson }): CleanedDocument {
  const { doc } = article;
  const top = children(doc as JsonNode);
  const blocks = collectBlocks(doc);
  const entries = furnitureFor(article.lang);
  const changes: CleanupChange[] = [];
  const removed = new Set<number>(); // indexes into `top`
  const lineOfTop = new Map<number, Block>();
  for (const b of blocks) if (b.top >= 0) lineOfTop.set(b.top, b);
  const removable = (i: number): Block | undefined => {
    const b = lineOfTop.get(i);
    return b && removableBlocks.has(b.node.type as string) ? b : undefined;
  };
  const remove = (b: Block, kind: CleanupChange['kind']): void => {
    removed.add(b.top);
    changes.push({ kind, before: blockText(b.node), after: '', line: b.line });
  };
  const lines = (b: Block): string[] => blockText(b.node).split('\n').map(normalizedLine).filter((l) => l !== '');
  const isEmpty = (i: number): boolean => {
    const node = top[i]!;
    return (node.type === 'paragraph' || node.type === 'heading') && normalizedLine(blockText(node)) === '' && children(node).every((c) => c.type === 'text' || c.type === 'hardBreak');
  };

  // Duplicated headline: the first non-empty body block repeats the title.
  const first = top.findIndex((_n, i) => !isEmpty(i));
  const firstBlock = first < 0 ? undefined : removable(first);
  const titleKey = headlineKey(article.title);
  if (firstBlock && titleKey !== '' && headlineKey(lines(firstBlock).join(' ')) === titleKey) remove(firstBlock, 'duplicate-headline');

  // "Baca juga:" blocks anywhere: every line of the block is such a line.
  for (let i = 0; i < top.length; i++) {
    const b = removable(i);
    if (!b || removed.has(i)) continue;
    const kinds = lines(b).map((l) => anywhereFurnitureKind(l, entries));
    if (kinds.length > 0 && kinds.every((k) => k !== undefined)) remove(b, kinds[0]!);
  }

  // Trailing furniture: walk up from the end over empty and share blocks, never to the first block.
  const trailing: Block[] = [];
  let end = top.length;
  for (let i = top.length - 1; i > first; i--) {
    if (isEmpty(i) || removed.has(i)) continue;
    const b = removable(i);
    const ls = b ? lines(b) : [];
    if (!b || ls.length === 0 || !ls.every((l) => isShareLine(l, entries))) break;
    trailing.push(b);
    end = i;
  }
  for (const b of trailing.reverse()) remove(b, 'share-line');
  // The empty paragraphs that separated the removed footer go too.
  if (trailing.length > 0) for (let i = end; i < top.length; i++) if (isEmpty(i)) removed.add(i);
  while (trailing.length > 0 && end - 1 > first && (isEmpty(end - 1) || removed.has(end - 1))) removed.add(--end);

  // In-text steps, on every kept paragraph and heading.
  const kept = blocks.filter((b) => cleanedBlocks.has(b.node.type as string) && !isInRemoved(b, removed));
  const style = dominantQuoteStyle(kept.map((b) => blockText(b.node)).join('\n'));
  const replaced = new Map<JsonNode, JsonNode>();
  for (const b of kept) {
    let node = b.node;
    const step = (kind: CleanupChange['kind'], edits: (text: string) => Edit[]): void => {
      const before = blockText(node);
      const content = applyEdits(node, edits(before));
      if (!content) return;
      const next = { ...node, content };
      const after = blockText(next);
      if (after === before) return;
      changes.push({ kind, before, after, line: b.line });
      node = next;
    };
    step('nbsp', (text) => regexEdits(text, nbspPattern, ' '));
    step('spaces', spaceEdits);
    step('quotes', (text) => quoteEdits(text, style));
    if (node !== b.node) replaced.set(b.node, node);
  }

  if (changes.length === 0) return { doc, changes };
  changes.sort((a, b) => a.line - b.line);
  const rebuild = (node: JsonNode): JsonNode => {
    const swapped = replaced.get(node);
    if (swapped) return swapped;
    if (!Array.isArray(node.content) || isTextblock(node)) return node;
    return { ...node, content: children(node).map(rebuild) };
  };
  let content = top.filter((_n, i) => !removed.has(i)).map(rebuild);
  // An article body is never empty: at least one paragraph.
  if (content.length === 0) content = [{ type: 'paragraph' }];
  return { doc: { ...doc, content }, changes };
}

/** True when `b` is a removed top-level block (nested blocks are never removed). */
function isInRemoved(b: Block, removed: ReadonlySet<number>): boolean {
  return b.top >= 0 && removed.has(b.top);
}
