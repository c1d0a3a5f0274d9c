/**
 * Proofreading for the editor: owns the proofreading worker (started on the first check, never at
 * start-up) and the user's proofreading settings, stored in the settings table:
 *  - `proofreading.dictionary`: the personal dictionary, for every article;
 *  - `proofreading.disabledRules`: rule ids switched off in Settings or from the popover;
 *  - `proofreading.ignored.<articleId>`: "Ignore all" words. Per article, because a name that is
 *    right in one story ("Sumarsih") is often a typo in another; the personal dictionary is the
 *    way to accept a word everywhere.
 * A failed worker is reported as PROOFREADING_UNAVAILABLE and restarted by the next request.
 */
import { join } from 'node:path';
import type { Lang } from '../../src-preload/contract/domain.ts';
import type { ProofreadBlockResult, ProofreadingSettings, RuleInfo } from '../../src-preload/contract/proofreading.ts';
import type { SettingsRepo } from '../db/repos/settingsRepo.ts';
import { ProofreadWorkerClient, ProofreadWorkerError, type ProofreadRequests, type ProofreadWorkerClientOptions } from '../proofreading/proofreadWorkerClient.ts';
import { spellingRuleCatalogue } from '../proofreading/spellingRules.ts';
import { consistencyRuleCatalogue } from '../factcheck/consistency/consistencyRuleCatalogue.ts';
import { ruleCatalogue } from '../proofreading/styleRules/ruleCatalogue.ts';
import { AppError } from './appError.ts';
import type { SettingsService } from './settingsService.ts';

const dictionaryKey = 'proofreading.dictionary';
const disabledKey = 'proofreading.disabledRules';
const ignoredKey = (articleId: string) => `proofreading.ignored.${articleId}`;

/** Longest personal dictionary / ignore list kept (a runaway script must not grow the settings row forever). */
const maxWords = 20_000;

/** The dictionary cache inside the data folder. */
export function dictionaryCacheDir(dataDir: string): string {
  return join(dataDir, 'cache', 'dictionaries');
}

export interface ProofreadingServiceOptions {
  /** `<dataDir>/cache/dictionaries`; null: no cache (tests that must not write). */
  cacheDir: string | null;
  /** Tests point the worker elsewhere or shorten its timeout. */
  client?: Partial<Omit<ProofreadWorkerClientOptions, 'cacheDir' | 'syncState'>>;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export class ProofreadingService {
  private readonly repo: SettingsRepo;
  private readonly settingsService: SettingsService;
  private readonly client: ProofreadWorkerClient;

  constructor(repo: SettingsRepo, settingsService: SettingsService, options: ProofreadingServiceOptions) {
    this.repo = repo;
    this.settingsService = settingsService;
    this.client = new ProofreadWorkerClient({
      ...options.client,
      cacheDir: options.cacheDir,
      syncState: () => {
        const s = this.settings();
        return { personal: s.dictionary, disabled: s.disabledRules };
      },
    });
  }

  /** Every rule, spelling first, then style, numbers and dates (the catalogue's order), then consistency. */
  rules(): RuleInfo[] {
    return [...spellingRuleCatalogue, ...ruleCatalogue, ...consistencyRuleCatalogue];
  }

  settings(): ProofreadingSettings {
    return {
      disabledRules: stringList(this.repo.get(disabledKey)).sort(),
      dictionary: stringList(this.repo.get(dictionaryKey)).sort((a, b) => a.localeCompare(b)),
    };
  }

  async check(input: { articleId: string; lang: Lang; blocks: Array<{ key: string; text: string }> }): Promise<{ results: ProofreadBlockResult[] }> {
    const ignored = stringList(this.repo.get(ignoredKey(input.articleId)));
    const uiLanguage = this.settingsService.get().uiLanguage;
    const blocks = input.blocks.map((b) => ({ key: b.key, text: b.text, lang: input.lang }));
    const results = await this.call(() => this.client.request('check', { blocks, uiLanguage, ignored }));
    return { results };
  }

  /** Claims and consistency over a whole article, in the same worker (factcheckAnalysisService.ts). */
  async analyse(input: ProofreadRequests['analyse']['input']): Promise<ProofreadRequests['analyse']['output']> {
    return this.call(() => this.client.request('analyse', input));
  }

  async suggest(word: string, lang: Lang): Promise<string[]> {
    return this.call(() => this.client.request('suggest', { word, lang }));
  }

  setRuleEnabled(rule: string, enabled: boolean): ProofreadingSettings {
    if (!this.rules().some((r) => r.id === rule)) throw new AppError('NOT_FOUND', `no proofreading rule ${rule}`);
    const disabled = new Set(this.settings().disabledRules);
    if (enabled) disabled.delete(rule);
    else disabled.add(rule);
    this.repo.set(disabledKey, [...disabled].sort());
    return this.changed();
  }

  addWord(word: string): ProofreadingSettings {
    const words = this.settings().dictionary;
    const lower = word.toLowerCase();
    if (!words.some((w) => w.toLowerCase() === lower)) {
      if (words.length >= maxWords) throw new AppError('CONFLICT', 'the personal dictionary is full');
      this.repo.set(dictionaryKey, [...words, word]);
    }
    return this.changed();
  }

  removeWord(word: string): ProofreadingSettings {
    const words = this.settings().dictionary;
    const lower = word.toLowerCase();
    const kept = words.filter((w) => w.toLowerCase() !== lower);
    if (kept.length !== words.length) this.repo.set(dictionaryKey, kept);
    return this.changed();
  }

  ignoreWord(articleId: string, word: string): string[] {
    const words = stringList(this.repo.get(ignoredKey(articleId)));
    const lower = word.toLowerCase();
    if (words.some((w) => w.toLowerCase() === lower)) return words;
    if (words.length >= maxWords) throw new AppError('CONFLICT', 'too many ignored words in this article');
    const next = [...words, word];
    this.repo.set(ignoredKey(articleId), next);
    return next;
  }

  /** Stops the worker (app shutdown, tests). */
  close(): Promise<void> {
    return this.client.terminate();
  }

  /** How many workers were started so far (1 + restarts after failures). */
  get workerStarts(): number {
    return this.client.starts;
  }

  private changed(): ProofreadingSettings {
    // A worker that is not running gets the lists when it starts.
    void this.client.sync();
    return this.settings();
  }

  private async call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof ProofreadWorkerError) throw new AppError('PROOFREADING_UNAVAILABLE', error.message);
      throw error;
    }
  }
}
