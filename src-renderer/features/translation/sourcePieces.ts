/**
 * The source column draws a sentence with three kinds of overlapping decoration: its inline marks
 * (bold, italic, links...), glossary terms and claim spans. This cuts the text at every span edge
 * into pieces that each carry the decorations covering them, so the row renders flat spans
 * instead of trying to nest overlapping ranges.
 */
import type { GlossaryHit, SegmentClaim, SegmentMark } from '../../../src-preload/contract/translation.ts';

export interface SourcePiece {
  text: string;
  start: number;
  end: number;
  marks: string[];
  glossary: GlossaryHit[];
  claims: SegmentClaim[];
}

export function sourcePieces(text: string, marks: readonly SegmentMark[], glossary: readonly GlossaryHit[], claims: readonly SegmentClaim[]): SourcePiece[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const edges = new Set<number>([0, text.length]);
  const spans = [
    ...marks.map((m) => ({ start: clamp(m.from), end: clamp(m.to) })),
    ...glossary.map((g) => ({ start: clamp(g.start), end: clamp(g.end) })),
    ...claims.map((c) => ({ start: clamp(c.start), end: clamp(c.end) })),
  ];
  for (const s of spans) {
    edges.add(s.start);
    edges.add(s.end);
  }
  const cuts = [...edges].sort((a, b) => a - b);
  const covers = (s: { start: number; end: number }, from: number, to: number) => s.start <= from && to <= s.end && s.start < s.end;
  const pieces: SourcePiece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    if (start === end) continue;
    pieces.push({
      text: text.slice(start, end),
      start,
      end,
      marks: [...new Set(marks.filter((m) => covers({ start: clamp(m.from), end: clamp(m.to) }, start, end)).map((m) => m.type))],
      glossary: glossary.filter((g) => covers({ start: clamp(g.start), end: clamp(g.end) }, start, end)),
      claims: claims.filter((c) => covers({ start: clamp(c.start), end: clamp(c.end) }, start, end)),
    });
  }
  return pieces;
}
