import type { Db } from '../db/openDatabase.ts';
import { ArticlesRepo } from '../db/repos/articlesRepo.ts';
import { SettingsRepo } from '../db/repos/settingsRepo.ts';
import { ArticlesService } from './articlesService.ts';
import { SettingsService } from './settingsService.ts';

export interface Services {
  articles: ArticlesService;
  settings: SettingsService;
}

export interface ServiceOptions {
  /** OS locale, used for the UI language until the user picks one. */
  systemLocale: string;
  /** Clock, injectable for tests. */
  now?: () => Date;
}

/** The composition root of the domain: every service, wired to one database. No singletons. */
export function createServices(db: Db, options: ServiceOptions): Services {
  return {
    articles: new ArticlesService(new ArticlesRepo(db), options.now),
    settings: new SettingsService(new SettingsRepo(db), options.systemLocale),
  };
}
