/**
 * The desk's machine-translation suggestion for one row: asked for on demand (a button or Ctrl+M),
 * never as the translator merely moves between rows, so an online engine gets text only when a
 * person asks. An answer for a row that was asked about earlier is dropped when a newer request
 * is under way.
 */
import { useCallback, useRef, useState } from 'react';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import type { MtEngineId, MtSuggestion } from '../../../src-preload/contract/mt.ts';
import type { Segment } from '../../../src-preload/contract/translation.ts';
import { call, errorCodeOf } from '../../lib/api.ts';

export type MtSuggestionState =
  | { segmentId: string; source: string; engine: MtEngineId; status: 'loading' }
  | { segmentId: string; source: string; engine: MtEngineId; status: 'done'; suggestion: MtSuggestion }
  | { segmentId: string; source: string; engine: MtEngineId; status: 'error'; error: ErrorCode };

export function useMtSuggestion(articleId: string) {
  const [state, setState] = useState<MtSuggestionState | null>(null);
  const latest = useRef(0);
  const request = useCallback(
    async (segment: Segment, engine: MtEngineId): Promise<MtSuggestion | null> => {
      const n = ++latest.current;
      const base = { segmentId: segment.id, source: segment.source, engine };
      setState({ ...base, status: 'loading' });
      try {
        const suggestion = await call('suggestMt', { articleId, segmentId: segment.id, engine });
        if (latest.current !== n) return null;
        setState({ ...base, status: 'done', suggestion });
        return suggestion;
      } catch (e) {
        if (latest.current === n) setState({ ...base, status: 'error', error: errorCodeOf(e) });
        return null;
      }
    },
    [articleId],
  );
  return { state, request };
}

/** The suggestion shown for `segment`, if it is for its current source text. */
export function suggestionFor(state: MtSuggestionState | null, segment: Segment | null): MtSuggestionState | null {
  return state && segment && state.segmentId === segment.id && state.source === segment.source ? state : null;
}
