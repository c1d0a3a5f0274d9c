/**
 * The offline models (Bergamot): import from an archive or a folder, a row per direction with its
 * state and actions (download, remove), and the download address under "Advanced".
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MtDirection } from '../../../src-preload/contract/mt.ts';
import type { ErrorCode } from '../../../src-preload/contract/errors.ts';
import { errorCodeOf } from '../../lib/api.ts';
import { CommitField } from './CommitField.tsx';
import { ModelDirectionRow } from './ModelDirectionRow.tsx';
import { ModelImport } from './ModelImport.tsx';
import { modelRows } from './modelRows.ts';
import { useMtModels, useRemoveMtModel, useUpdateMtSettings } from './mtQueries.ts';

export function ModelManager({ registryUrl }: { registryUrl: string }) {
  const { t } = useTranslation();
  const models = useMtModels();
  const remove = useRemoveMtModel();
  const updateSettings = useUpdateMtSettings();
  const [removeError, setRemoveError] = useState<ErrorCode | null>(null);

  async function removeModel(direction: MtDirection) {
    setRemoveError(null);
    try {
      await remove.mutateAsync(direction);
    } catch (e) {
      setRemoveError(errorCodeOf(e));
    }
  }

  const directionName = (d: MtDirection) => t('mt.direction', { from: t(`lang.${d.from}`), to: t(`lang.${d.to}`) });
  return (
    <div className="mt-models" data-testid="mt-models">
      <ModelImport />
      {models.isError ? (
        <p role="alert" className="error">
          {t(`errors.${errorCodeOf(models.error)}`)}
        </p>
      ) : !models.data ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <table className="mt-models__table">
          <caption className="visually-hidden">{t('mt.models.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mt.models.direction')}</th>
              <th scope="col">{t('mt.models.state')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('mt.models.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {modelRows(models.data).map((row) => (
              <ModelDirectionRow key={`${row.from}-${row.to}`} row={row} name={directionName(row)} onRemove={() => removeModel({ from: row.from, to: row.to })} removing={remove.isPending} />
            ))}
          </tbody>
        </table>
      )}
      <p className="muted mt-models__resume-hint">{t('mt.download.resumeHint')}</p>
      {removeError ? (
        <p role="alert" className="error" data-testid="mt-model-remove-error">
          {t(`errors.${removeError}`)}
        </p>
      ) : null}
      <details className="mt-models__advanced" data-testid="mt-advanced">
        <summary>{t('mt.advanced')}</summary>
        <CommitField
          label={t('mt.registry.label')}
          type="url"
          value={registryUrl}
          onCommit={(url) => updateSettings.mutateAsync({ registryUrl: url })}
          invalidMessage={t('mt.online.addressInvalid')}
          hint={t('mt.registry.hint')}
          testId="mt-registry-url"
        />
      </details>
    </div>
  );
}
