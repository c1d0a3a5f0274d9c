/**
 * Search snippets and headlines with their hits marked. The segments come from main as data and
 * become React text and <mark> elements: nothing is ever parsed as HTML, so article text that
 * looks like markup stays text.
 */
import type { SearchSegment } from '../../../src-preload/contract/domain.ts';

export interface HighlightedTextProps {
  segments: readonly SearchSegment[];
}

export function HighlightedText({ segments }: HighlightedTextProps) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className="search-hit">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
