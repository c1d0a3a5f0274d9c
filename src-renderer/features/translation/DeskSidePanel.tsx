/**
 * Beside the active row: memory matches (numbered for Ctrl+1..5, with score, what differs from
 * the new source, memory, author and date), the machine translation asked for, the row's glossary terms with insert buttons, its QA
 * findings explained in the UI language, and a concordance search over the memories.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import type { GlossaryHit, Segment, TmMatch, TranslationFinding } from '../../../src-preload/contract/translation.ts';
import { errorCodeOf } from '../../lib/api.ts';
import { useRelativeTime } from '../../components/useRelativeTime.ts';
import { useDebouncedValue } from '../library/useDebouncedValue.ts';
import { useConcordance } from './translationQueries.ts';
import { QaFinding } from './QaFinding.tsx';

export interface DeskSidePanelProps {
  segment: Segment | null;
  sourceLang: Lang;
  targetLang: Lang;
  matches: TmMatch[] | undefined;
  matchesLoading: boolean;
  matchesError: ErrorCode | null;
  findings: TranslationFinding[];
  onInsertMatch: (match: TmMatch) => void;
  onInsertTerm: (hit: GlossaryHit) => void;
  /** The machine-translation section, shown after the memory matches. */
  machineTranslation?: ReactNode;
}

export function DeskSidePanel({ segment, sourceLang, targetLang, matches, matchesLoading, matchesError, findings, onInsertMatch, onInsertTerm, machineTranslation }: DeskSidePanelProps) {
  const { t } = useTranslation();
  return (
    <aside className="desk-side" aria-label={t('desk.sidePanel')} data-testid="desk-side">
      <section aria-labelledby="desk-matches-title" data-testid="tm-matches">
        <h3 id="desk-matches-title">{t('desk.matches')}</h3>
        {segment === null ? null : matchesError ? (
          <p className="error">{t(`errors.${matchesError}`)}</p>
        ) : matches === undefined || (matchesLoading && matches.length === 0) ? (
          <p className="muted">{t('desk.matchesLoading')}</p>
        ) : matches.length === 0 ? (
          <p className="muted" data-testid="tm-no-matches">{t('desk.noMatches')}</p>
        ) : (
          <ol className="desk-matches">
            {matches.slice(0, 5).map((match, i) => (
              <MatchItem key={`${match.memoryId}:${match.unitId}`} match={match} n={i + 1} sourceLang={sourceLang} targetLang={targetLang} onInsert={onInsertMatch} />
            ))}
          </ol>
        )}
      </section>
      {machineTranslation}
      <section aria-labelledby="desk-terms-title" data-testid="row-glossary">
        <h3 id="desk-terms-title">{t('desk.terms')}</h3>
        {segment === null || segment.glossary.length === 0 ? (
          <p className="muted">{t('desk.noTerms')}</p>
        ) : (
          <ol className="desk-terms">
            {segment.glossary.map((hit, i) => (
              <li key={`${hit.termId}:${hit.start}`} className="desk-terms__item" data-testid="row-term">
                <span lang={sourceLang}>{hit.term}</span>
                <span aria-hidden> → </span>
                <strong lang={targetLang}>{hit.translation}</strong>
                {hit.note ? <span className="muted desk-terms__note">{hit.note}</span> : null}
                <button type="button" className="button button--small" onClick={() => onInsertTerm(hit)} title={i < 9 ? t('desk.insertTermKey', { n: i + 1 }) : undefined} data-testid="row-term-insert">
                  {t('desk.insert')}
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="desk-qa-title" data-testid="row-qa">
        <h3 id="desk-qa-title">{t('desk.qa')}</h3>
        <div aria-live="polite">
          {segment === null || findings.length === 0 ? (
            <p className="muted" data-testid="row-qa-none">{t('desk.noFindings')}</p>
          ) : (
            <ul className="desk-findings">
              {findings.map((f, i) => (
                <QaFinding key={`${f.rule}:${i}`} finding={f} />
              ))}
            </ul>
          )}
        </div>
      </section>
      <Concordance sourceLang={sourceLang} targetLang={targetLang} />
    </aside>
  );
}

function MatchItem({ match, n, sourceLang, targetLang, onInsert }: { match: TmMatch; n: number; sourceLang: Lang; targetLang: Lang; onInsert: (m: TmMatch) => void }) {
  const { t } = useTranslation();
  const relative = useRelativeTime();
  return (
    <li className="desk-match" data-testid="tm-match" data-score={match.score}>
      <div className="desk-match__head">
        <kbd>{`Ctrl+${n}`}</kbd>
        <span className={`desk-match__score${match.score >= 100 ? ' desk-match__score--exact' : ''}`} data-testid="tm-match-score">
          {t('desk.percent', { percent: Math.min(100, match.score) })}
        </span>
        {match.score > 100 ? <span className="badge">{t('desk.contextMatch')}</span> : null}
        <span className="muted desk-match__memory">{match.memoryName}</span>
      </div>
      <p className="desk-match__source" lang={sourceLang} data-testid="tm-match-diff">
        {match.diff.length > 0
          ? match.diff.map((d, i) =>
              d.op === 'insert' ? (
                <ins key={i} title={t('desk.diffInsert')}>{d.text}</ins>
              ) : d.op === 'delete' ? (
                <del key={i} title={t('desk.diffDelete')}>{d.text}</del>
              ) : (
                <span key={i}>{d.text}</span>
              ),
            )
          : match.source}
      </p>
      <p className="desk-match__target" lang={targetLang} data-testid="tm-match-target">
        {match.target}
      </p>
      <div className="desk-match__foot">
        <span className="muted">{t('desk.matchBy', { author: match.author || t('desk.unknownAuthor'), when: relative(match.updatedAt) })}</span>
        <button type="button" className="button button--small" onClick={() => onInsert(match)} data-testid="tm-match-insert">
          {t('desk.insert')}
        </button>
      </div>
    </li>
  );
}

function Concordance({ sourceLang, targetLang }: { sourceLang: Lang; targetLang: Lang }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [side, setSide] = useState<'source' | 'target'>('source');
  const debounced = useDebouncedValue(query, 300);
  const hits = useConcordance(debounced, side, sourceLang, targetLang);
  return (
    <section aria-labelledby="desk-concordance-title" className="desk-concordance" data-testid="concordance">
      <h3 id="desk-concordance-title">{t('desk.concordance')}</h3>
      <label className="visually-hidden" htmlFor="concordance-query">
        {t('desk.concordanceQuery')}
      </label>
      <input
        id="concordance-query"
        type="search"
        value={query}
        placeholder={t('desk.concordancePlaceholder')}
        lang={side === 'source' ? sourceLang : targetLang}
        onChange={(e) => setQuery(e.target.value)}
        data-testid="concordance-query"
      />
      <fieldset className="desk-concordance__side">
        <legend className="visually-hidden">{t('desk.concordanceSide')}</legend>
        {(['source', 'target'] as const).map((s) => (
          <label key={s}>
            <input type="radio" name="concordance-side" value={s} checked={side === s} onChange={() => setSide(s)} data-testid={`concordance-side-${s}`} />
            {t(`desk.concordanceIn.${s}`)}
          </label>
        ))}
      </fieldset>
      {hits.isError ? (
        <p className="error">{t(`errors.${errorCodeOf(hits.error)}`)}</p>
      ) : hits.data && debounced.trim() ? (
        hits.data.length === 0 ? (
          <p className="muted">{t('desk.concordanceNone')}</p>
        ) : (
          <ul className="desk-concordance__hits">
            {hits.data.map((hit) => {
              const text = side === 'source' ? hit.source : hit.target;
              return (
                <li key={`${hit.memoryId}:${hit.unitId}`} data-testid="concordance-hit">
                  <p lang={side === 'source' ? sourceLang : targetLang}>
                    {text.slice(0, hit.start)}
                    <mark>{text.slice(hit.start, hit.end)}</mark>
                    {text.slice(hit.end)}
                  </p>
                  <p className="muted" lang={side === 'source' ? targetLang : sourceLang}>
                    {side === 'source' ? hit.target : hit.source}
                  </p>
                </li>
              );
            })}
          </ul>
        )
      ) : null}
    </section>
  );
}
