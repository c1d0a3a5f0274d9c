/** An engine's readiness in words (ready for which directions, or what it still needs). */
import { useTranslation } from 'react-i18next';
import type { MtEngineInfo } from '../../../src-preload/contract/mt.ts';
import { engineStatus } from './engineStatus.ts';

export function EngineStatusText({ engine }: { engine: MtEngineInfo }) {
  const { t } = useTranslation();
  const status = engineStatus(engine);
  const directions = engine.ready.map((d) => t('mt.direction', { from: t(`lang.${d.from}`), to: t(`lang.${d.to}`) })).join(', ');
  return (
    <span className={`mt-status mt-status--${status === 'ready' ? 'ready' : 'not-ready'}`} data-testid="mt-engine-status" data-status={status}>
      {status === 'ready' ? t('mt.status.ready', { directions }) : t(`mt.status.${status}`)}
    </span>
  );
}
