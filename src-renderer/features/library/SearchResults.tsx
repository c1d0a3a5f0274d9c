/** Search results: headline and snippet with the matched words highlighted; Up/Down move, Enter opens. */
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../src-preload/contract/domain.ts';
import { HighlightedText } from './HighlightedText.tsx';
import { StatusBadge } from './StatusBadge.tsx';

export interface SearchResultsProps {
  hits: readonly SearchHit[];
  onOpen: (id: string) => void;
}

export function SearchResults({ hits, onOpen }: SearchResultsProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLUListElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button.search-result') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (target === undefined || buttons.length === 0) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, target))]?.focus();
  }

  return (
    <ul className="search-results" aria-label={t('library.searchResultsLabel')} ref={listRef} onKeyDown={onKeyDown} data-testid="search-results">
      {hits.map((hit) => {
        const title = hit.summary.title.trim() || t('library.untitled');
        return (
          <li key={hit.summary.id}>
            <button
              type="button"
              className="search-result"
              onClick={() => onOpen(hit.summary.id)}
              aria-label={t('library.open', { title })}
              data-testid="search-result"
              data-article-id={hit.summary.id}
            >
              <span className="search-result__head">
                <span className="search-result__title" lang={hit.summary.lang}>
                  {hit.summary.title.trim() ? <HighlightedText segments={hit.headline} /> : title}
                </span>
                <span className="badge" title={t(`lang.${hit.summary.lang}`)}>
                  {hit.summary.lang.toUpperCase()}
                </span>
                <StatusBadge status={hit.summary.status} />
              </span>
              {hit.snippet.length > 0 ? (
                <span className="search-result__snippet" lang={hit.summary.lang} data-testid="search-snippet">
                  <HighlightedText segments={hit.snippet} />
                </span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
