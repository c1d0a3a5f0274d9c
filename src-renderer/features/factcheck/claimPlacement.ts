/**
 * Pure bookkeeping between the editor's text and analyseClaims (no DOM, no bridge), kept apart so
 * it is tested directly: which paragraphs are sent, where an answer's key and offsets are in the
 * document now (it may have changed while main was thinking), and which candidates to show.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import type { ClaimCandidate } from '../../../src-preload/contract/factcheck.ts';
import { maxProofreadBlockText, maxProofreadBlocks, maxProofreadTotalText } from '../../../src-preload/contract/proofreading.ts';
import { textblockText } from '../../editor/extensions/proofreading/proofreadBlocks.ts';
import { rangeHasClaim } from '../../editor/extensions/claim/index.ts';

/** A paragraph as it was sent: `pos` is the position before it, `text` maps one to one onto positions after it. */
export interface SentBlock {
  key: string;
  pos: number;
  text: string;
}

export interface Range {
  from: number;
  to: number;
}

/** A place an answer refers to: a paragraph key and offsets into its text as sent. */
export interface KeyedSpan {
  key: string;
  start: number;
  end: number;
  text: string;
}

const limits = { maxBlocks: maxProofreadBlocks * 10, maxChars: maxProofreadTotalText * 5, maxBlockChars: maxProofreadBlockText };

/** The top-level prose paragraphs and headings of `doc`, in order, within the bridge's limits. */
export function analysisBlocks(doc: PmNode): SentBlock[] {
  const blocks: SentBlock[] = [];
  let chars = 0;
  doc.forEach((node, pos) => {
    if (!node.isTextblock || node.type.spec.code || blocks.length >= limits.maxBlocks) return;
    const text = textblockText(node);
    if (text.trim() === '' || text.length > limits.maxBlockChars || chars + text.length > limits.maxChars) return;
    chars += text.length;
    blocks.push({ key: `b${pos}`, pos, text });
  });
  return blocks;
}

/**
 * Where `span` is in `doc` now. The paragraph is looked for where it was, then (the text above it
 * changed) as the nearest top-level paragraph with the same text, then as any paragraph that
 * still contains the span's text. Null when the text is gone: better no mark than the wrong words.
 */
export function placeSpan(doc: PmNode, sent: ReadonlyMap<string, SentBlock>, span: KeyedSpan): Range | null {
  const block = sent.get(span.key);
  if (!block) return null;
  const current = analysisBlocks(doc);
  const atOffsets = (b: SentBlock, start: number) => ({ from: b.pos + 1 + start, to: b.pos + 1 + start + (span.end - span.start) });
  const same = current.filter((b) => b.text === block.text).sort((a, b) => Math.abs(a.pos - block.pos) - Math.abs(b.pos - block.pos))[0];
  if (same) return atOffsets(same, span.start);
  const wanted = span.text || block.text.slice(span.start, span.end);
  if (!wanted) return null;
  const near = current
    .map((b) => ({ b, at: b.text.indexOf(wanted) }))
    .filter((x) => x.at >= 0)
    .sort((x, y) => Math.abs(x.b.pos - block.pos) - Math.abs(y.b.pos - block.pos))[0];
  return near ? { from: near.b.pos + 1 + near.at, to: near.b.pos + 1 + near.at + wanted.length } : null;
}

/** A candidate placed in the current document. */
export interface PlacedCandidate {
  candidate: ClaimCandidate;
  range: Range;
}

/**
 * The candidates to offer, best first: those whose text is still in the document, not already
 * (even partly) marked as a claim, and not dismissed this session (by their text).
 */
export function visibleCandidates(
  doc: PmNode,
  sent: ReadonlyMap<string, SentBlock>,
  candidates: readonly ClaimCandidate[],
  dismissed: ReadonlySet<string>,
): PlacedCandidate[] {
  const out: PlacedCandidate[] = [];
  for (const candidate of candidates) {
    if (dismissed.has(candidate.text)) continue;
    const range = placeSpan(doc, sent, candidate);
    if (!range || rangeHasClaim(doc, range.from, range.to)) continue;
    out.push({ candidate, range });
  }
  return out.sort((a, b) => b.candidate.score - a.candidate.score);
}
