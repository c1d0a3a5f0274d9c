import type { SettingsRepo } from '../db/repos/settingsRepo.ts';
import { Settings, UiLanguage } from '../../src-preload/contract/domain.ts';

/** Maps an OS locale such as "id-ID", "in_ID.UTF-8" or "en-GB" to a UI language. */
export function uiLanguageForLocale(locale: string | undefined): UiLanguage {
  // Java and some Linux setups still report Indonesian with its old code "in".
  return /^(id|in)(?:[-_.]|$)/i.test(locale ?? '') ? 'id' : 'en';
}

/** The desk's settings. Until the user picks a UI language it follows the OS locale. */
export class SettingsService {
  private readonly repo: SettingsRepo;
  private readonly systemLocale: string;

  constructor(repo: SettingsRepo, systemLocale: string) {
    this.repo = repo;
    this.systemLocale = systemLocale;
  }

  get(): Settings {
    const chosen = UiLanguage.safeParse(this.repo.get('uiLanguage'));
    const userName = this.repo.get('userName');
    const claimsGate = this.repo.get('claimsGate');
    return Settings.parse({
      uiLanguage: chosen.success ? chosen.data : uiLanguageForLocale(this.systemLocale),
      uiLanguageChosen: chosen.success,
      userName: typeof userName === 'string' ? userName : '',
      // On unless switched off: a newsroom should have to opt out of checking claims before "ready".
      claimsGate: typeof claimsGate === 'boolean' ? claimsGate : true,
    });
  }

  update(patch: { uiLanguage?: UiLanguage | undefined; userName?: string | undefined; claimsGate?: boolean | undefined }): Settings {
    if (patch.uiLanguage !== undefined) this.repo.set('uiLanguage', patch.uiLanguage);
    if (patch.userName !== undefined) this.repo.set('userName', patch.userName);
    if (patch.claimsGate !== undefined) this.repo.set('claimsGate', patch.claimsGate);
    return this.get();
  }
}
