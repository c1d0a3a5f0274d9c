/**
 * Claim candidates and consistency findings for the open article, from main's analyseClaims. Sent
 * a moment after edits stop (never on the typing path) and only while the claims panel is open;
 * an answer that arrives after a newer request was sent is dropped.
 */
import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { AnalyseClaimsResult } from '../../../src-preload/contract/factcheck.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import { call, errorCodeOf } from '../../lib/api.ts';
import { analysisBlocks, type SentBlock } from './claimPlacement.ts';

export interface ClaimAnalysis {
  status: 'waiting' | 'ready' | 'error';
  result: AnalyseClaimsResult;
  /** The paragraphs the result refers to, by key. */
  sent: ReadonlyMap<string, SentBlock>;
  error: ErrorCode | null;
}

const empty: ClaimAnalysis = { status: 'waiting', result: { candidates: [], consistency: [] }, sent: new Map(), error: null };

export function useClaimAnalysis(editor: Editor | null, articleId: string, lang: Lang, enabled: boolean, delayMs = 700): ClaimAnalysis {
  const [analysis, setAnalysis] = useState<ClaimAnalysis>(empty);
  useEffect(() => {
    if (!editor || !enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let request = 0;
    let alive = true;
    const run = () => {
      timer = undefined;
      if (editor.isDestroyed) return;
      const blocks = analysisBlocks(editor.state.doc);
      const sent = new Map(blocks.map((b) => [b.key, b]));
      const mine = ++request;
      if (blocks.length === 0) {
        setAnalysis({ ...empty, status: 'ready', sent });
        return;
      }
      call('analyseClaims', { articleId, lang, blocks: blocks.map(({ key, text }) => ({ key, text })) })
        .then((result) => {
          if (alive && mine === request) setAnalysis({ status: 'ready', result, sent, error: null });
        })
        .catch((e: unknown) => {
          if (alive && mine === request) setAnalysis((prev) => ({ ...prev, status: 'error', error: errorCodeOf(e) }));
        });
    };
    const schedule = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(run, delayMs);
    };
    timer = setTimeout(run, 0);
    editor.on('update', schedule);
    return () => {
      alive = false;
      editor.off('update', schedule);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [editor, articleId, lang, enabled, delayMs]);
  return enabled ? analysis : empty;
}
