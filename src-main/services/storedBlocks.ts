import { Node as PmNode } from '@tiptap/pm/model';
import { getDocumentSchema } from '../../src-preload/contract/documentSchema.ts';
import { countWords } from '../language/countWords.ts';

/**
 * A stored article body as the save path keeps it between saves: the UTF-8 text it is stored
 * as, how many bytes of it each top-level block takes, and each block's word count. A patched
 * save serialises and counts only the blocks it changes and copies the other bytes as they are
 * (joining JS strings and converting ~0.5 MB to UTF-8 per save cost more than the write itself,
 * most of all for text with curly quotes, which V8 keeps two bytes a character).
 */
export interface StoredBlocks {
  /** The article version whose body this is. */
  version: number;
  /** The stored JSON text: `{"type":"doc","content":[`, the blocks joined by commas, `]}`. */
  text: Buffer;
  /** Bytes of `text` each block takes: its JSON and the spaces after it (see `padBlock`). */
  slots: readonly number[];
  words: readonly number[];
  /** Sum of `words`: the body's word count. */
  bodyWords: number;
}

/**
 * Words of one top-level block. In the whole document (`documentText`) a line break separates
 * every block, and a line break never joins two words, so the body's count is the sum of these.
 */
export function blockWords(block: PmNode): number {
  return countWords(block.textBetween(0, block.content.size, '\n', ' '));
}

const docHead = Buffer.from('{"type":"doc","content":[');
const docTail = Buffer.from(']}');
const comma = Buffer.from(',');

/**
 * Why blocks are padded: SQLite rewrites a row in place when the new row is exactly as long as
 * the old one, and then writes only the pages whose bytes changed. A 50k-word body is ~115
 * pages; rewritten whole, every save wrote them all to the WAL and later to the database
 * (~0.5 MB per save, most of a save's time). With spaces after each block (JSON whitespace, so
 * the body is still one JSON text with the same value), an edit that fits its block's padding
 * keeps the row's length, and the save writes the few pages around that block.
 *
 * A block written by a whole-document save gets a little room; one that outgrew its room (or
 * was just inserted) is being typed into, so it gets more, and keeps it until it shrinks far
 * below it. Padding adds ~5 % to a long body.
 */
const roomForNewBlock = (bytes: number) => 16 + (bytes >> 5);
const roomForGrowingBlock = (bytes: number) => 64 + (bytes >> 3);

/**
 * The stored bytes of one block: its JSON and spaces after it. `previousSlot` is the length of
 * the block it replaces (0 for an inserted block): the block keeps that length when it fits and
 * has not shrunk far below it.
 */
export function padBlock(json: string, previousSlot?: number): Buffer {
  const bytes = Buffer.byteLength(json, 'utf8');
  let slot = bytes + roomForNewBlock(bytes);
  if (previousSlot !== undefined) {
    const keep = bytes <= previousSlot && previousSlot - bytes <= 2 * roomForGrowingBlock(bytes);
    slot = keep ? previousSlot : bytes + roomForGrowingBlock(bytes);
  }
  const out = Buffer.alloc(slot, ' ');
  out.write(json, 0, 'utf8');
  return out;
}

/** The stored text of a body made of these stored blocks. */
function documentTextOf(blocks: readonly Buffer[]): Buffer {
  const parts: Buffer[] = [docHead];
  blocks.forEach((block, i) => {
    if (i > 0) parts.push(comma);
    parts.push(block);
  });
  parts.push(docTail);
  return Buffer.concat(parts);
}

/** Stored blocks from the JSON of each block and its word count. */
function storedBlocksFromJson(blocks: readonly { json: string; words: number }[], version: number): StoredBlocks {
  const padded = blocks.map((b) => padBlock(b.json));
  const words = blocks.map((b) => b.words);
  return { version, text: documentTextOf(padded), slots: padded.map((b) => b.length), words, bodyWords: words.reduce((a, b) => a + b, 0) };
}

/** Splits a validated document into its stored blocks. */
export function storedBlocksOf(doc: PmNode, version: number): StoredBlocks {
  const blocks: { json: string; words: number }[] = [];
  doc.forEach((block) => blocks.push({ json: JSON.stringify(block.toJSON()), words: blockWords(block) }));
  return storedBlocksFromJson(blocks, version);
}

/**
 * Stored blocks of a body read back from the database (written by a save, so already valid).
 * The padding is not read back but made afresh: the first save after a reopen writes the body
 * whole, and the ones after it in place. Throws when the text is not a document the schema can read.
 */
export function storedBlocksFromText(doc: string, version: number): StoredBlocks {
  const parsed = JSON.parse(doc) as { type?: unknown; content?: unknown };
  if (parsed.type !== 'doc' || !Array.isArray(parsed.content)) throw new Error('stored body is not a document');
  const schema = getDocumentSchema();
  const blocks = (parsed.content as unknown[]).map((block) => ({ json: JSON.stringify(block), words: blockWords(PmNode.fromJSON(schema, block)) }));
  return storedBlocksFromJson(blocks, version);
}

/**
 * `base` with blocks `start` to `start + deleteCount` replaced by `added` (each block's JSON and
 * word count), as `version`. Unchanged blocks are copied byte for byte; a replacing block keeps
 * the length of the one it replaces when it fits, so a small edit keeps the stored length.
 */
export function patchStoredBlocks(
  base: StoredBlocks,
  patch: { start: number; deleteCount: number },
  added: readonly { json: string; words: number }[],
  version: number,
): StoredBlocks {
  const end = patch.start + patch.deleteCount;
  const addedBytes = added.map((b, i) => padBlock(b.json, i < patch.deleteCount ? base.slots[patch.start + i]! : 0));
  // Where block `i` starts in base.text (for i = the block count: one past the last block and a comma).
  const offset = (i: number) => {
    let at = docHead.length;
    for (let j = 0; j < i; j++) at += base.slots[j]! + 1;
    return at;
  };
  const startAt = offset(patch.start);
  const endAt = offset(end);
  // Kept runs of blocks, with the commas between their blocks but not around them.
  const before = patch.start > 0 ? base.text.subarray(docHead.length, startAt - 1) : undefined;
  const after = end < base.slots.length ? base.text.subarray(endAt, base.text.length - docTail.length) : undefined;
  const runs = [...(before ? [before] : []), ...addedBytes, ...(after ? [after] : [])];
  const words = [...base.words.slice(0, patch.start), ...added.map((b) => b.words), ...base.words.slice(end)];
  let bodyWords = base.bodyWords;
  for (let i = patch.start; i < end; i++) bodyWords -= base.words[i]!;
  for (const b of added) bodyWords += b.words;
  return {
    version,
    text: documentTextOf(runs),
    slots: [...base.slots.slice(0, patch.start), ...addedBytes.map((b) => b.length), ...base.slots.slice(end)],
    words,
    bodyWords,
  };
}

/**
 * The stored blocks of the few articles saved most recently, keyed by article and version. A
 * version number is never reused for another body, so an entry can only be stale by version,
 * and the caller adds one only after its save committed.
 */
export class StoredBlocksCache {
  private readonly entries = new Map<string, StoredBlocks>();
  private readonly capacity: number;

  /** `capacity`: how many articles to keep (a 50k-word body is ~0.5 MB of JSON text). */
  constructor(capacity = 4) {
    this.capacity = capacity;
  }

  /** The body of `articleId` at `version`, if kept. */
  get(articleId: string, version: number): StoredBlocks | undefined {
    const entry = this.entries.get(articleId);
    if (!entry || entry.version !== version) return undefined;
    this.entries.delete(articleId); // most recently used last
    this.entries.set(articleId, entry);
    return entry;
  }

  set(articleId: string, blocks: StoredBlocks): void {
    this.entries.delete(articleId);
    this.entries.set(articleId, blocks);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(articleId: string): void {
    this.entries.delete(articleId);
  }
}
