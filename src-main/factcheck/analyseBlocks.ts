/**
 * Claim candidates and consistency findings for an article sent as paragraphs (the bridge's
 * `analyseClaims`, run in the proofreading worker). The paragraphs are joined with "\n\n" into one
 * text, so sentences never run across two of them and the consistency checks see the whole article;
 * every span comes back as `{ key, start, end }` into its own paragraph's text.
 */
import type { Lang, UiLanguage } from '../../src-preload/contract/domain.ts';
import type { AnalyseClaimsResult, BlockSpan } from '../../src-preload/contract/factcheck.ts';
import { parseValues } from '../language/parseValues.ts';
import { splitSentences } from '../language/splitSentences.ts';
import { tokenize } from '../language/tokenize.ts';
import { checkConsistency } from './consistency/checkConsistency.ts';
import { detectClaims } from './detectClaims.ts';

export interface AnalyseBlocksOptions {
  uiLanguage: UiLanguage;
  /** Rule ids switched off in Settings. */
  disabled?: ReadonlySet<string>;
  /** Year for dates written without one. */
  defaultYear?: number;
}

const separator = '\n\n';

export function analyseBlocks(blocks: readonly { key: string; text: string }[], lang: Lang, options: AnalyseBlocksOptions): AnalyseClaimsResult {
  const starts: number[] = [];
  let at = 0;
  for (const b of blocks) {
    starts.push(at);
    at += b.text.length + separator.length;
  }
  const text = blocks.map((b) => b.text).join(separator);
  /** The paragraph holding `offset` (a separator belongs to the paragraph before it). */
  const blockAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // A span is cut at the end of the paragraph it starts in; checks never report one across two.
  const span = (start: number, end: number): BlockSpan => {
    const b = blockAt(start);
    const s = start - starts[b]!;
    const e = Math.max(s, Math.min(end - starts[b]!, blocks[b]!.text.length));
    return { key: blocks[b]!.key, start: s, end: e, text: blocks[b]!.text.slice(s, e) };
  };

  // Claims and consistency read the same tokens, sentences and values: computed once for both.
  const tokens = tokenize(text, { lang });
  const analysis = { tokens, sentences: splitSentences(text, { tokens }), values: parseValues(text, { lang, tokens }) };
  const candidates = detectClaims(text, lang, analysis).map((c) => ({
    ...span(c.start, c.end),
    reasons: c.reasons.map((r) => ({ ...span(r.start, r.end), kind: r.kind })),
    figures: c.figures.map(({ kind, text: written, value, unit }) => ({ kind, text: written, value, unit })),
    score: c.score,
  }));
  const consistency = checkConsistency(text, lang, {
    ...analysis,
    uiLanguage: options.uiLanguage,
    ...(options.disabled ? { disabled: options.disabled } : {}),
    ...(options.defaultYear !== undefined ? { defaultYear: options.defaultYear } : {}),
  }).map(({ related, ...f }) => {
    const here = span(f.start, f.end);
    return {
      ...f,
      key: here.key,
      start: here.start,
      end: here.end,
      text: here.text,
      ...(related ? { related: span(related.start, related.end) } : {}),
    };
  });
  return { candidates, consistency };
}
