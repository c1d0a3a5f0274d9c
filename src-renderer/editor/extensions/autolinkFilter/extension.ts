/**
 * AutolinkFilter: TipTap's autolink (the link extension turns "kompas.id " into a link when the
 * space after it is typed) without its cost on every other keystroke.
 *
 * TipTap's autolink plugin does its work in `appendTransaction`, for every transaction that
 * changes the document: it compares the old and new documents, replays every step on a copy of
 * the old document and works out the changed ranges. In a 50k-word article that is about as much
 * as the keystroke itself, and for the ordinary keystroke (a letter typed into a paragraph) it
 * then finds nothing to do: it only links when the inserted text ends in whitespace, and only
 * unlinks trailing whitespace. So its `appendTransaction` is skipped for transactions that only
 * insert text not ending in whitespace (no deletion, no structure, no marks changed), and for a
 * single typed text ending in whitespace (a space) when the word before that whitespace cannot be
 * a link (letters and digits only: linkify needs a dot, a colon, an @ or "localhost") and the
 * typed text carries no link mark (so there is no trailing whitespace to unlink). It runs as before
 * for everything else (a space after "kompas.id", Enter, a paste, a deletion, undo).
 *
 * The wrapping is appendTransactionFilter.ts, shared with TableFixFilter.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { appendTransactionFilter, insertsTextAtPoint } from '../appendTransactionFilter.ts';

/** TipTap's own whitespace class for autolink (extension-link's UNICODE_WHITESPACE_PATTERN). */
const whitespaceAtEnd = /[\0- \u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]$/;

/** TipTap's word splitter for autolink (extension-link's UNICODE_WHITESPACE_REGEX). */
const whitespace = /[\0- \u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/;
/** A word linkify cannot read as a link: no scheme colon, no domain dot, no email @, not localhost. */
const plainWord = /^[\p{L}\p{M}\p{N}]+$/u;

/**
 * True when the whitespace typed by the one text insertion ending at `end` in `doc` can link the
 * word before it, as TipTap's autolink reads that word (the textblock's text up to `end`, split
 * on whitespace, the last piece).
 */
function mayLinkWordBefore(doc: PmNode, end: number): boolean {
  const $end = doc.resolve(end);
  if (!$end.parent.isTextblock) return true;
  const words = doc.textBetween($end.start(), end, undefined, ' ').split(whitespace).filter(Boolean);
  const last = words[words.length - 1];
  return last !== undefined && (!plainWord.test(last) || /localhost/i.test(last));
}

/**
 * True when `transactions` can make autolink add or remove a link: anything but steps that each
 * insert plain text (at a point, not over a range) which does not end in whitespace; with `doc`
 * (the document after them), one such insertion ending in whitespace, carrying no link mark, is
 * skipped too when the word before the whitespace cannot be a link.
 */
export function mayAutolink(transactions: readonly Transaction[], doc?: PmNode): boolean {
  const single = transactions.length === 1 && transactions[0]!.steps.length === 1;
  for (const tr of transactions) {
    for (const step of tr.steps) {
      if (!insertsTextAtPoint(step)) return true;
      const { from, slice } = step;
      let text = '';
      let linked = false;
      for (let i = 0; i < slice.content.childCount; i++) {
        const node = slice.content.child(i);
        text += node.text;
        if (node.marks.some((m) => m.type.name === 'link')) linked = true;
      }
      if (whitespaceAtEnd.test(text) && (!doc || !single || linked || mayLinkWordBefore(doc, from + slice.size))) return true;
    }
  }
  return false;
}

export const AutolinkFilter = appendTransactionFilter('autolinkFilter', 'autolink$', (transactions, newState) => mayAutolink(transactions, newState.doc));
