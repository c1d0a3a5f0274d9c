/** What Settings says about an engine: ready, off, or what it still needs before it can translate. */
import type { MtEngineId, MtEngineInfo, MtSettingsView } from '../../../src-preload/contract/mt.ts';

export type EngineStatus = 'ready' | 'off' | 'needsModel' | 'needsKey' | 'noOfflineModel' | 'notReady';

/**
 * Main reports only which directions an engine is ready for; the reason it is not ready is read
 * from the same settings main checks (an OpenAI-compatible engine needs a model name, DeepL a key,
 * Bergamot an installed model), so the user is told what to fill in rather than just "not ready".
 */
export function engineStatus(engine: MtEngineInfo): EngineStatus {
  if (engine.ready.length > 0) return 'ready';
  if (engine.offline) return 'noOfflineModel';
  if (!engine.enabled) return 'off';
  if (engine.id === 'openai' && !engine.model) return 'needsModel';
  if (engine.id === 'deepl' && !engine.hasKey) return 'needsKey';
  return 'notReady';
}

/** The engines that can translate at least one direction now, in the order main lists them. */
export function readyEngineIds(view: Pick<MtSettingsView, 'engines'>): MtEngineId[] {
  return view.engines.filter((e) => e.ready.length > 0).map((e) => e.id);
}
