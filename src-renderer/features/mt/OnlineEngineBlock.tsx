/**
 * One server engine in Settings (OpenAI-compatible, LibreTranslate, DeepL): the opt-in switch with
 * what switching on means, its address, model name (OpenAI-compatible only), key and status.
 * The key field is never filled from storage: the key stays in main, which only says one is stored.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MtEngineInfo } from '../../../src-preload/contract/mt.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import { errorCodeOf } from '../../lib/api.ts';
import { usePendingSwitches } from '../../lib/usePendingSwitches.ts';
import { CommitField } from './CommitField.tsx';
import { EngineStatusText } from './EngineStatusText.tsx';
import { useUpdateMtEngine } from './mtQueries.ts';

export interface OnlineEngineBlockProps {
  engine: MtEngineInfo;
  keyStoreAvailable: boolean;
}

export function OnlineEngineBlock({ engine, keyStoreAvailable }: OnlineEngineBlockProps) {
  const { t } = useTranslation();
  const id = useId();
  const update = useUpdateMtEngine();
  const switches = usePendingSwitches<'enabled'>();
  const [key, setKey] = useState('');
  const [keyError, setKeyError] = useState<ErrorCode | null>(null);
  const [switchError, setSwitchError] = useState<ErrorCode | null>(null);
  const name = t(`mt.engineName.${engine.id}`);
  const keyRequired = engine.id === 'deepl';

  async function saveKey(e: FormEvent) {
    e.preventDefault();
    const apiKey = key.trim();
    if (!apiKey) return;
    setKeyError(null);
    try {
      await update.mutateAsync({ id: engine.id, apiKey });
      // Nothing keeps the key once main has it.
      setKey('');
    } catch (err) {
      setKeyError(errorCodeOf(err));
    }
  }

  async function removeKey() {
    setKeyError(null);
    try {
      await update.mutateAsync({ id: engine.id, apiKey: null });
    } catch (err) {
      setKeyError(errorCodeOf(err));
    }
  }

  return (
    <section className="mt-engine" aria-labelledby={`${id}-title`} data-testid={`mt-engine-${engine.id}`}>
      <div className="mt-engine__head">
        <h4 id={`${id}-title`}>{name}</h4>
        <EngineStatusText engine={engine} />
      </div>
      <label className="field field--inline">
        <input
          type="checkbox"
          role="switch"
          checked={switches.shown('enabled', engine.enabled)}
          onChange={(e) => {
            const enabled = e.target.checked;
            setSwitchError(null);
            void switches.flip('enabled', enabled, () =>
              update.mutateAsync({ id: engine.id, enabled }).catch((err: unknown) => {
                setSwitchError(errorCodeOf(err));
                throw err;
              }),
            );
          }}
          aria-describedby={`${id}-privacy`}
          data-testid="mt-engine-enabled"
        />
        <span>{t('mt.online.use', { name })}</span>
      </label>
      <p id={`${id}-privacy`} className="mt-engine__privacy" data-testid="mt-engine-privacy">
        {t('mt.online.privacy', { address: engine.baseUrl ?? '' })}
      </p>
      {switchError ? (
        <p role="alert" className="error">
          {t(`errors.${switchError}`)}
        </p>
      ) : null}
      <CommitField
        label={t('mt.online.address')}
        type="url"
        value={engine.baseUrl ?? ''}
        onCommit={(baseUrl) => update.mutateAsync({ id: engine.id, baseUrl })}
        invalidMessage={t('mt.online.addressInvalid')}
        hint={engine.id === 'bergamot' ? undefined : t(`mt.online.addressHint.${engine.id}`)}
        testId="mt-engine-address"
      />
      {engine.id === 'openai' ? (
        <CommitField
          label={t('mt.online.model')}
          value={engine.model ?? ''}
          onCommit={(model) => update.mutateAsync({ id: engine.id, model })}
          invalidMessage={t('mt.online.modelInvalid')}
          hint={t('mt.online.modelHint')}
          placeholder={t('mt.online.modelPlaceholder')}
          testId="mt-engine-model"
        />
      ) : null}
      {engine.hasKey ? (
        <div className="mt-engine__key">
          <span className="mt-engine__key-stored" data-testid="mt-engine-key-stored">
            {t('mt.online.keyStored')}
          </span>
          <button type="button" className="button button--small" onClick={() => void removeKey()} disabled={update.isPending} data-testid="mt-engine-key-remove">
            {t('mt.online.removeKey')}
          </button>
        </div>
      ) : (
        <form className="field" onSubmit={(e) => void saveKey(e)}>
          <label htmlFor={`${id}-key`}>{keyRequired ? t('mt.online.keyRequired') : t('mt.online.keyOptional')}</label>
          <div className="mt-engine__key">
            <input
              id={`${id}-key`}
              type="password"
              value={key}
              disabled={!keyStoreAvailable}
              autoComplete="off"
              spellCheck={false}
              maxLength={500}
              aria-describedby={`${id}-key-hint`}
              aria-invalid={keyError ? true : undefined}
              onChange={(e) => setKey(e.target.value)}
              data-testid="mt-engine-key"
            />
            <button type="submit" className="button" disabled={!keyStoreAvailable || key.trim() === '' || update.isPending} data-testid="mt-engine-key-save">
              {t('mt.online.saveKey')}
            </button>
          </div>
          <small id={`${id}-key-hint`} className="muted">
            {keyStoreAvailable ? t('mt.online.keyHint') : t('mt.online.keyStoreMissing')}
          </small>
        </form>
      )}
      {keyError ? (
        <p role="alert" className="error" data-testid="mt-engine-key-error">
          {t(`errors.${keyError}`)}
        </p>
      ) : null}
    </section>
  );
}
