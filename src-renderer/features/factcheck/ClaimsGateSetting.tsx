/** The Settings switch for the readiness gate (ask for a reason before "ready" with unresolved claims). */
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../lib/api.ts';
import { usePendingSwitches } from '../../lib/usePendingSwitches.ts';
import { useSettings } from '../../lib/queries.ts';
import { useSetClaimsGate } from './factcheckQueries.ts';

export function ClaimsGateSetting() {
  const { t } = useTranslation();
  const settings = useSettings();
  const setGate = useSetClaimsGate();
  const switches = usePendingSwitches<'gate'>();
  if (!settings.data) return null;
  return (
    <div className="form claims-gate-setting">
      <label className="field field--inline">
        <input
          type="checkbox"
          checked={switches.shown('gate', settings.data.claimsGate)}
          onChange={(e) => {
            const on = e.target.checked;
            void switches.flip('gate', on, () => setGate.mutateAsync(on));
          }}
          aria-describedby="claims-gate-hint"
          data-testid="claims-gate"
        />
        <span>{t('factcheck.gateSetting')}</span>
      </label>
      <small id="claims-gate-hint" className="muted">{t('factcheck.gateSettingHint')}</small>
      {setGate.isError ? <p role="alert" className="error">{t(`errors.${errorCodeOf(setGate.error)}`)}</p> : null}
    </div>
  );
}
