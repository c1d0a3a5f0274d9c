/**
 * Review state that must outlive one editor instance: the open side panel, and a generation
 * counter that reloads the editor after a restore (the restored article replaces the cached one,
 * and the caller keys its editor by the generation).
 */
import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Article } from '../../../src-preload/contract/domain.ts';
import { queryKeys } from '../../lib/queries.ts';
import type { ReviewPanelName } from './useReview.ts';

export interface ReviewHost {
  panel: ReviewPanelName | null;
  onPanelChange: (panel: ReviewPanelName | null) => void;
  onRestored: (article: Article) => void;
  /** Increases on every restore; part of the editor's key. */
  generation: number;
}

export function useReviewHost(): ReviewHost {
  const client = useQueryClient();
  const [panel, setPanel] = useState<ReviewPanelName | null>(null);
  const [generation, setGeneration] = useState(0);
  const onRestored = useCallback(
    (article: Article) => {
      client.setQueryData(queryKeys.article(article.id), article);
      setGeneration((g) => g + 1);
    },
    [client],
  );
  return { panel, onPanelChange: setPanel, onRestored, generation };
}
