import { Node as PmNode } from '@tiptap/pm/model';
import { getDocumentSchema } from '../../src-preload/contract/documentSchema.ts';
import { countWords } from '../language/countWords.ts';

/**
 * A stored article body as the save path keeps it between saves: each top-level block as the
 * JSON text it is stored as, with its word count. A patched save re-serialises and re-counts
 * only the blocks it changes and joins the rest as they are.
 */
export interface StoredBlocks {
  /** The article version whose body this is. */
  version: number;
  json: readonly string[];
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

/**
 * The stored JSON text of a body made of these blocks, byte for byte what
 * `JSON.stringify(doc.toJSON())` gives (the doc node has no attributes or marks).
 */
export function documentJsonOf(blocks: readonly string[]): string {
  return `{"type":"doc","content":[${blocks.join(',')}]}`;
}

/** Splits a validated document into its stored blocks. */
export function storedBlocksOf(doc: PmNode, version: number): StoredBlocks {
  const json: string[] = [];
  const words: number[] = [];
  let bodyWords = 0;
  doc.forEach((block) => {
    json.push(JSON.stringify(block.toJSON()));
    const n = blockWords(block);
    words.push(n);
    bodyWords += n;
  });
  return { version, json, words, bodyWords };
}

/**
 * Stored blocks of a body read back from the database (written by a save, so already valid).
 * Throws when the text is not a document the schema can read.
 */
export function storedBlocksFromText(doc: string, version: number): StoredBlocks {
  const parsed = JSON.parse(doc) as { type?: unknown; content?: unknown };
  if (parsed.type !== 'doc' || !Array.isArray(parsed.content)) throw new Error('stored body is not a document');
  const schema = getDocumentSchema();
  const json: string[] = [];
  const words: number[] = [];
  let bodyWords = 0;
  for (const block of parsed.content) {
    json.push(JSON.stringify(block));
    const n = blockWords(PmNode.fromJSON(schema, block));
    words.push(n);
    bodyWords += n;
  }
  return { version, json, words, bodyWords };
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
