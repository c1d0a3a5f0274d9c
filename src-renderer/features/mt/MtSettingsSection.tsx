/**
 * The Settings dialog's "Machine translation" section: the default engine, the offline engine
 * (Bergamot) with its model manager, and the server engines, each off until the user switches it on.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mtEngineIds, type MtEngineId } from '../../../src-preload/contract/mt.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import { errorCodeOf } from '../../lib/api.ts';
import { EngineStatusText } from './EngineStatusText.tsx';
import { readyEngineIds } from './engineStatus.ts';
import { ModelManager } from './ModelManager.tsx';
import { OnlineEngineBlock } from './OnlineEngineBlock.tsx';
import { useMtSettings, useUpdateMtSettings } from './mtQueries.ts';
import './mtSettings.css';

export function MtSettingsSection() {
  const { t } = useTranslation();
  const id = useId();
  const settings = useMtSettings();
  const update = useUpdateMtSettings();
  const [error, setError] = useState<ErrorCode | null>(null);

  async function setDefault(engine: MtEngineId) {
    setError(null);
    try {
      await update.mutateAsync({ defaultEngine: engine });
    } catch (e) {
      setError(errorCodeOf(e));
    }
  }

  const view = settings.data;
  const ready = view ? readyEngineIds(view) : [];
  const bergamot = view?.engines.find((e) => e.id === 'bergamot');
  return (
    <section className="mt-settings" aria-labelledby={`${id}-title`} data-testid="mt-settings">
      <h3 id={`${id}-title`}>{t('mt.title')}</h3>
      <p className="muted">{t('mt.intro')}</p>
      {settings.isError ? (
        <p role="alert" className="error" data-testid="mt-settings-error">
          {t(`errors.${errorCodeOf(settings.error)}`)}
        </p>
      ) : !view ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-default`}>{t('mt.defaultEngine')}</label>
            <select id={`${id}-default`} value={view.defaultEngine} onChange={(e) => void setDefault(e.target.value as MtEngineId)} disabled={update.isPending} aria-describedby={`${id}-default-hint`} data-testid="mt-default-engine">
              {mtEngineIds.map((engine) => (
                <option key={engine} value={engine}>
                  {ready.includes(engine) ? t(`mt.engineName.${engine}`) : t('mt.notReadyOption', { name: t(`mt.engineName.${engine}`) })}
                </option>
              ))}
            </select>
            <small id={`${id}-default-hint`} className="muted" data-testid="mt-default-hint">
              {ready.length > 0 ? t('mt.readyEngines', { names: ready.map((e) => t(`mt.engineName.${e}`)).join(', ') }) : t('mt.noReadyEngine')}
              {!ready.includes(view.defaultEngine) ? ` ${t('mt.defaultNotReady')}` : null}
            </small>
            {error ? (
              <small role="alert" className="error">
                {t(`errors.${error}`)}
              </small>
            ) : null}
          </div>
          {bergamot ? (
            <section className="mt-engine mt-engine--offline" aria-labelledby={`${id}-bergamot`} data-testid="mt-engine-bergamot">
              <div className="mt-engine__head">
                <h4 id={`${id}-bergamot`}>{t('mt.engineName.bergamot')}</h4>
                <EngineStatusText engine={bergamot} />
              </div>
              <p className="mt-engine__offline">{t('mt.offline.note')}</p>
              <ModelManager registryUrl={view.registryUrl} />
            </section>
          ) : null}
          <h4 className="mt-settings__online-title">{t('mt.online.title')}</h4>
          <p className="muted">{t('mt.online.intro')}</p>
          {view.engines
            .filter((e) => !e.offline)
            .map((engine) => (
              <OnlineEngineBlock key={engine.id} engine={engine} keyStoreAvailable={view.keyStoreAvailable} />
            ))}
        </>
      )}
    </section>
  );
}
