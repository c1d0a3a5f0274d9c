/**
 * The bridge's `analyseClaims`: claim candidates and consistency findings for the open article's
 * paragraphs, computed in the proofreading worker (src-main/factcheck/analyseBlocks.ts) so a long
 * article never blocks IPC. Messages come in the UI language from the settings, like proofreadBlocks';
 * rules switched off in Settings are off here too (the worker holds the list).
 */
import type { Lang } from '../../src-preload/contract/domain.ts';
import type { AnalyseClaimsResult } from '../../src-preload/contract/factcheck.ts';
import type { ProofreadingService } from './proofreadingService.ts';
import type { SettingsService } from './settingsService.ts';

export function analyseClaims(
  services: { proofreading: ProofreadingService; settings: SettingsService },
  input: { articleId: string; lang: Lang; blocks: Array<{ key: string; text: string }> },
): Promise<AnalyseClaimsResult> {
  const { uiLanguage } = services.settings.get();
  return services.proofreading.analyse({ blocks: input.blocks.map(({ key, text }) => ({ key, text })), lang: input.lang, uiLanguage });
}
