/** "Find evidence": passages of the source library that carry the claim's figures and names; "Use" adds one as evidence. */
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../lib/api.ts';
import { HighlightedText } from '../library/HighlightedText.tsx';
import { useAddEvidence, useFindEvidence } from './factcheckQueries.ts';

export function FindEvidence({ articleId, claimId }: { articleId: string; claimId: string }) {
  const { t } = useTranslation();
  const found = useFindEvidence(claimId, true);
  const add = useAddEvidence(articleId);
  const hits = found.data ?? [];
  return (
    <div className="find-evidence" data-testid="find-evidence-results">
      {found.isPending ? <p className="muted">{t('factcheck.searching')}</p> : null}
      {found.isError ? <p role="alert" className="error">{t(`errors.${errorCodeOf(found.error)}`)}</p> : null}
      {found.isSuccess && hits.length === 0 ? <p className="muted">{t('factcheck.findEmpty')}</p> : null}
      {hits.length > 0 ? (
        <ol className="passages">
          {hits.map((hit) => (
            <li key={`${hit.sourceId}:${hit.ordinal}`} className="passage" data-testid="evidence-hit">
              <p className="passage__source">{hit.sourceTitle}</p>
              <p className="passage__snippet"><HighlightedText segments={hit.snippet} /></p>
              {hit.matched.length > 0 ? <p className="muted passage__matched">{t('factcheck.matched', { list: hit.matched.join(', ') })}</p> : null}
              <button
                type="button"
                className="button button--small"
                disabled={add.isPending}
                onClick={() => add.mutate({ claimId, evidence: { title: hit.sourceTitle.slice(0, 500) || t('factcheck.sourcePassage'), excerpt: hit.text.slice(0, 20_000), sourceId: hit.sourceId } })}
                aria-label={t('factcheck.useLabel', { source: hit.sourceTitle })}
                data-testid="use-evidence"
              >
                {t('factcheck.use')}
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      {add.isError ? <p role="alert" className="error">{t(`errors.${errorCodeOf(add.error)}`)}</p> : null}
    </div>
  );
}
