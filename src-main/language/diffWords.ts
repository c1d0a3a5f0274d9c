import type { DiffSegment } from '../../src-preload/contract/domain.ts';
import { diffSequences } from './diffSequences.ts';

/**
 * The word rule of `countWords.ts`: letters or digits joined by hyphens, apostrophes, slashes or
 * digit separators, so "anak-anak", "Rp12.500", "don't" and "3/3/2025" are one token each and a
 * change inside one shows as the whole word replaced.
 */
const tokenPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[-'’.,/][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*|\s+/gu;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Words, whitespace runs, and every other character (punctuation, emoji) as its own token. */
export function diffTokens(text: string): string[] {
  const tokens: string[] = [];
  const pushOther = (s: string) => {
    for (const { segment } of graphemes.segment(s)) tokens.push(segment);
  };
  let last = 0;
  for (const match of text.matchAll(tokenPattern)) {
    if (match.index > last) pushOther(text.slice(last, match.index));
    tokens.push(match[0]);
    last = match.index + match[0].length;
  }
  if (last < text.length) pushOther(text.slice(last));
  return tokens;
}

/**
 * Word-level diff of two texts as segments: equal text, deleted text (only in `before`) and
 * inserted text (only in `after`). Within each changed stretch deletions come before insertions,
 * and a lone space between two changes joins them, so "harga naik tajam" -> "biaya turun sedikit"
 * reads as one replacement rather than word-by-word confetti.
 */
export function diffWords(before: string, after: string): DiffSegment[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : [];
  const a = diffTokens(before);
  const b = diffTokens(after);
  const ops = diffSequences(a, b, 2000) ?? [...a.map(() => 'delete' as const), ...b.map(() => 'insert' as const)];
  const raw: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    if (op === 'equal') {
      raw.push({ op, text: a[i++]! });
      j++;
    } else if (op === 'delete') raw.push({ op, text: a[i++]! });
    else raw.push({ op, text: b[j++]! });
  }
  return regroup(raw);
}

function regroup(raw: readonly DiffSegment[]): DiffSegment[] {
  // Whitespace that merely separates two changes becomes part of both sides.
  const joined: DiffSegment[] = [];
  raw.forEach((s, index) => {
    const prev = raw[index - 1];
    const next = raw[index + 1];
    if (s.op === 'equal' && /^\s+$/u.test(s.text) && prev && prev.op !== 'equal' && next && next.op !== 'equal') {
      joined.push({ op: 'delete', text: s.text }, { op: 'insert', text: s.text });
    } else joined.push(s);
  });
  const out: DiffSegment[] = [];
  const push = (op: DiffSegment['op'], text: string) => {
    if (!text) return;
    const last = out.at(-1);
    if (last?.op === op) last.text += text;
    else out.push({ op, text });
  };
  let deleted = '';
  let inserted = '';
  for (const s of joined) {
    if (s.op === 'delete') deleted += s.text;
    else if (s.op === 'insert') inserted += s.text;
    else {
      push('delete', deleted);
      push('insert', inserted);
      deleted = inserted = '';
      push('equal', s.text);
    }
  }
  push('delete', deleted);
  push('insert', inserted);
  return out;
}
