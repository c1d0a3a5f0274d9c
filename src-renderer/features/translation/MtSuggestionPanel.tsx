/**
 * The side panel's machine translation: pick an engine (those ready for this direction), ask for
 * a suggestion (button or Ctrl+M), see it labelled with its engine and checked by translation QA
 * before it is used, and insert it (button or Ctrl+M again). Inserted text is a draft with origin
 * "MT": it enters a memory only when the translator confirms the segment.
 */
import { useTranslation } from 'react-i18next';
import { Languages } from 'lucide-react';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { MtEngineId, MtEngineInfo, MtSuggestion } from '../../../src-preload/contract/mt.ts';
import type { Segment } from '../../../src-preload/contract/translation.ts';
import { QaFinding } from './QaFinding.tsx';
import type { MtSuggestionState } from './useMtSuggestion.ts';

export interface MtSuggestionPanelProps {
  segment: Segment | null;
  sourceLang: Lang;
  targetLang: Lang;
  /** Every engine (from Settings); only those ready for this direction can be picked. */
  engines: readonly MtEngineInfo[] | undefined;
  engine: MtEngineId | null;
  onEngine: (engine: MtEngineId) => void;
  /** The suggestion state for the active row's current source (null: none asked for). */
  state: MtSuggestionState | null;
  onRequest: () => void;
  onInsert: (suggestion: MtSuggestion) => void;
}

/** The key that asks for and puts in a suggestion (deskKeys.ts); a key name, the same in every language. */
const shortcut = 'Ctrl+M';

/** Engines that can translate `from` → `to` now. */
export function readyEngines(engines: readonly MtEngineInfo[] | undefined, from: Lang, to: Lang): MtEngineInfo[] {
  return (engines ?? []).filter((e) => e.ready.some((d) => d.from === from && d.to === to));
}

export function MtSuggestionPanel({ segment, sourceLang, targetLang, engines, engine, onEngine, state, onRequest, onInsert }: MtSuggestionPanelProps) {
  const { t } = useTranslation();
  const ready = readyEngines(engines, sourceLang, targetLang);
  return (
    <section aria-labelledby="desk-mt-title" data-testid="mt-suggestion">
      <h3 id="desk-mt-title">{t('desk.mt.title')}</h3>
      {ready.length === 0 ? (
        <p className="muted" data-testid="mt-none-ready">
          {t('desk.mt.noneReady', { from: t(`lang.${sourceLang}`), to: t(`lang.${targetLang}`) })}
        </p>
      ) : (
        <div className="desk-mt__controls">
          <label className="visually-hidden" htmlFor="desk-mt-engine">
            {t('desk.mt.engine')}
          </label>
          <select id="desk-mt-engine" value={engine ?? ''} onChange={(e) => onEngine(e.target.value as MtEngineId)} data-testid="mt-engine">
            {ready.map((e) => (
              <option key={e.id} value={e.id}>
                {t(`mt.engineName.${e.id}`)}
              </option>
            ))}
          </select>
          <button type="button" className="button button--small" onClick={onRequest} disabled={segment === null || state?.status === 'loading'} title={t('desk.mt.requestHint')} data-testid="mt-request">
            <Languages size={14} aria-hidden />
            {t('desk.mt.request')}
          </button>
        </div>
      )}
      <div aria-live="polite" aria-busy={state?.status === 'loading'}>
        {state?.status === 'loading' ? <p className="muted" data-testid="mt-loading">{t('desk.mt.loading', { engine: t(`mt.engineName.${state.engine}`) })}</p> : null}
        {state?.status === 'error' ? (
          <p role="alert" className="error" data-testid="mt-error">
            {t(`errors.${state.error}`)}
          </p>
        ) : null}
        {state?.status === 'done' ? (
          <div className="desk-match" data-testid="mt-result" data-engine={state.suggestion.engine}>
            <div className="desk-match__head">
              <kbd>{shortcut}</kbd>
              <span className="badge">{t('desk.origin.mt')}</span>
              <span className="muted desk-match__memory" data-testid="mt-result-engine">
                {t(`mt.engineName.${state.suggestion.engine}`)}
              </span>
            </div>
            <p className="desk-match__target" lang={targetLang} data-testid="mt-result-text">
              {state.suggestion.target}
            </p>
            {state.suggestion.findings.length > 0 ? (
              <>
                <p className="error">{t('desk.mt.findings', { count: state.suggestion.findings.length })}</p>
                <ul className="desk-findings">
                  {state.suggestion.findings.map((f, i) => (
                    <QaFinding key={`${f.rule}:${i}`} finding={f} testId="mt-finding" />
                  ))}
                </ul>
              </>
            ) : (
              <p className="muted" data-testid="mt-no-findings">{t('desk.mt.noFindings')}</p>
            )}
            <div className="desk-match__foot">
              <span className="muted">{t('desk.mt.draftNote')}</span>
              <button type="button" className="button button--small" onClick={() => onInsert(state.suggestion)} data-testid="mt-insert">
                {t('desk.insert')}
              </button>
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}
