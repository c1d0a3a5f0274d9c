/**
 * Text search inside textblocks: the query as a regular expression, and the matches of one
 * textblock as document positions. Pure ProseMirror, no DOM, so it runs in Node tests.
 */
import type { Node as PmNode } from '@tiptap/pm/model';

/** What the user searches for. */
export interface SearchQuery {
  /** The literal text to find (no pattern syntax). Empty finds nothing. */
  text: string;
  /** Match letter case exactly ("Di" does not find "di"). */
  caseSensitive: boolean;
  /** Only whole words: "di" finds "di rumah" but not "diri" or "jadi". */
  wholeWord: boolean;
}

/** One match, as document positions (`from` inclusive, `to` exclusive). */
export interface Match {
  from: number;
  to: number;
}

export const emptyQuery: SearchQuery = { text: '', caseSensitive: false, wholeWord: false };

// Letters, digits and combining marks make words, in Indonesian and English alike.
const wordChar = /[\p{L}\p{N}\p{M}]/u;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The global, Unicode-aware pattern for `query`, or null when there is nothing to search.
 * Whole-word boundaries apply only on a side where the query itself starts or ends with a word
 * character, so "Rp " or "(3/3)" can still be found as whole-word queries.
 */
export function queryPattern(query: SearchQuery): RegExp | null {
  if (query.text === '') return null;
  let source = escapeRegExp(query.text);
  if (query.wholeWord) {
    const chars = [...query.text];
    if (wordChar.test(chars[0]!)) source = `(?<![\\p{L}\\p{N}\\p{M}])${source}`;
    if (wordChar.test(chars.at(-1)!)) source = `${source}(?![\\p{L}\\p{N}\\p{M}])`;
  }
  return new RegExp(source, query.caseSensitive ? 'gu' : 'giu');
}

/** Same query (so the matches found for one are valid for the other). */
export function sameQuery(a: SearchQuery, b: SearchQuery): boolean {
  return a.text === b.text && a.caseSensitive === b.caseSensitive && a.wholeWord === b.wholeWord;
}

// Inline nodes that are not text (hard breaks) stand in the searched text as this character,
// one per position they occupy, so string offsets stay document offsets and no match spans them.
const objectReplacement = '\uFFFC';

/**
 * Appends to `out` the matches of `pattern` in the textblock `block` that starts at `pos`
 * (the position before the block). Matches never cross the block's edges.
 */
export function matchesInTextblock(block: PmNode, pos: number, pattern: RegExp, out: Match[]): void {
  let text = '';
  block.forEach((child) => {
    text += child.isText ? child.text! : objectReplacement.repeat(child.nodeSize);
  });
  const start = pos + 1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    out.push({ from: start + m.index, to: start + m.index + m[0].length });
  }
}

/** Every match of `pattern` in `doc` (or in the part between `from` and `to`), in document order. */
export function matchesInRange(doc: PmNode, pattern: RegExp, from = 0, to = doc.content.size): Match[] {
  const out: Match[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (node.isTextblock) {
      matchesInTextblock(node, pos, pattern, out);
      return false;
    }
    return true;
  });
  return out;
}
