/** Concordance over the memories: units whose source (or target) contains the words, the hit marked. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { ConcordanceHit, Memory } from '../../../src-preload/contract/translation.ts';
import { errorCodeOf } from '../../lib/api.ts';
import { useDebouncedValue } from '../library/useDebouncedValue.ts';
import { useConcordance } from './resourcesQueries.ts';
import { SearchBox } from './SearchBox.tsx';

type Side = 'source' | 'target';
type Direction = 'id-en' | 'en-id';

/** `text` with the stretch [start, end) marked, when it is a real stretch of it. */
function Marked({ text, start, end, lang }: { text: string; start: number; end: number; lang: Lang }) {
  if (!(start >= 0 && end > start && end <= text.length)) return <span lang={lang}>{text}</span>;
  return (
    <span lang={lang}>
      {text.slice(0, start)}
      <mark className="search-hit">{text.slice(start, end)}</mark>
      {text.slice(end)}
    </span>
  );
}

export function ConcordanceSearch({ memories }: { memories: readonly Memory[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [query, setQuery] = useState('');
  const [side, setSide] = useState<Side>('source');
  const [direction, setDirection] = useState<Direction>('id-en');
  const [sourceLang, targetLang] = direction.split('-') as [Lang, Lang];
  const debounced = useDebouncedValue(query.trim(), 200);
  const hits = useConcordance({ query: debounced, side, sourceLang, targetLang, limit: 50 });
  const memoryName = (id: string) => memories.find((m) => m.id === id)?.name ?? '';

  const row = (hit: ConcordanceHit) => (
    <li key={`${hit.memoryId}:${hit.unitId}`} className="concordance__hit" data-testid="concordance-hit">
      <span className="concordance__text">
        {side === 'source' ? <Marked text={hit.source} start={hit.start} end={hit.end} lang={sourceLang} /> : <span lang={sourceLang}>{hit.source}</span>}
      </span>
      <span className="concordance__text">
        {side === 'target' ? <Marked text={hit.target} start={hit.start} end={hit.end} lang={targetLang} /> : <span lang={targetLang}>{hit.target}</span>}
      </span>
      <span className="muted concordance__memory">{memoryName(hit.memoryId)}</span>
    </li>
  );

  return (
    <section className="concordance" aria-labelledby={headingId} data-testid="concordance">
      <h2 id={headingId}>{t('resources.concordance.title')}</h2>
      <div className="resources__toolbar" role="search">
        <SearchBox value={query} onChange={setQuery} placeholder={t('resources.concordance.placeholder')} label={t('resources.concordance.label')} testId="concordance-query" />
        <select value={side} onChange={(e) => setSide(e.target.value as Side)} aria-label={t('resources.concordance.side')} data-testid="concordance-side">
          <option value="source">{t('resources.concordance.inSource')}</option>
          <option value="target">{t('resources.concordance.inTarget')}</option>
        </select>
        <select value={direction} onChange={(e) => setDirection(e.target.value as Direction)} aria-label={t('resources.memories.direction')} data-testid="concordance-direction">
          <option value="id-en">{t('resources.languagePair', { source: t('lang.id'), target: t('lang.en') })}</option>
          <option value="en-id">{t('resources.languagePair', { source: t('lang.en'), target: t('lang.id') })}</option>
        </select>
      </div>
      {hits.isError ? (
        <p role="alert" className="error">{t(`errors.${errorCodeOf(hits.error)}`)}</p>
      ) : debounced && hits.data ? (
        hits.data.length === 0 ? (
          <p className="muted" role="status" data-testid="concordance-empty">{t('resources.concordance.none')}</p>
        ) : (
          <ul className="concordance__hits" aria-label={t('resources.concordance.results', { count: hits.data.length })} data-testid="concordance-hits">
            {hits.data.map(row)}
          </ul>
        )
      ) : null}
    </section>
  );
}
