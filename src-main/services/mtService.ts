/**
 * Machine translation in main (issue 7): which engines exist and how they are set up, the offline
 * models, and running a batch through an engine in the MT worker.
 *
 * Choices worth knowing:
 * - Online engines are off until the user switches them on, and an engine that is off is refused
 *   before anything is built or sent (MT_ENGINE_OFF): no traffic at all without that opt-in.
 * - Keys are stored encrypted (SecretBox: Electron safeStorage in the app) in the settings table
 *   and decrypted only to build the worker's request; the renderer sees only `hasKey`. Where the
 *   system has no real encryption, keys are refused rather than stored in plain text.
 * - Bergamot is offline and always on; it is "ready" for a direction when a model is installed.
 * - Downloading models happens only through `startDownload`, a job the user starts.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../src-preload/contract/domain.ts';
import type { MtDirection, MtEngineId, MtEngineInfo, MtModel, MtSettingsView } from '../../src-preload/contract/mt.ts';
import { mtEngineIds } from '../../src-preload/contract/mt.ts';
import type { ImportedFile, Job } from '../../src-preload/contract/translation.ts';
import type { SettingsRepo } from '../db/repos/settingsRepo.ts';
import type { GlossaryHint, MtEngineConfig, MtRequest } from '../mt/mtEngine.ts';
import type { SecretBox } from '../mt/secretBox.ts';
import type { ModelStore } from '../mt/models/modelStore.ts';
import { AppError } from './appError.ts';
import type { JobsService } from './jobsService.ts';

type OnlineEngineId = Exclude<MtEngineId, 'bergamot'>;

interface StoredEngine {
  enabled: boolean;
  baseUrl: string;
  model: string | null;
  /** The key encrypted by the SecretBox (base64), or null. */
  key: string | null;
}

interface StoredMtSettings {
  defaultEngine: MtEngineId;
  registryUrl: string;
  engines: Record<OnlineEngineId, StoredEngine>;
}

/** Product names, the same in both UI languages. */
const engineNames: Record<MtEngineId, string> = {
  bergamot: 'Bergamot (offline)',
  openai: 'OpenAI-compatible (local LLM or server)',
  libretranslate: 'LibreTranslate',
  deepl: 'DeepL',
};

/**
 * Defaults a newsroom can start from: the usual local addresses of Ollama's OpenAI-compatible
 * endpoint and of a LibreTranslate server, and DeepL's free API. All off until switched on.
 */
const defaultEngines: Record<OnlineEngineId, StoredEngine> = {
  openai: { enabled: false, baseUrl: 'http://127.0.0.1:11434/v1', model: null, key: null },
  libretranslate: { enabled: false, baseUrl: 'http://127.0.0.1:5000', model: null, key: null },
  deepl: { enabled: false, baseUrl: 'https://api-free.deepl.com', model: null, key: null },
};

const settingsKey = 'mt';
const directions: MtDirection[] = [
  { from: 'id', to: 'en' },
  { from: 'en', to: 'id' },
];

/** The model manager as this service uses it (src-main/mt/models/modelStore.ts). */
export type ModelStoreLike = Pick<ModelStore, 'list' | 'importFolder' | 'importArchive' | 'remove' | 'recoverInterruptedInstalls'>;

/** What the service runs batches on (src-main/mt/mtWorkerClient.ts). */
export interface MtRunner {
  translate(config: MtEngineConfig, request: MtRequest, options: { signal: AbortSignal; onProgress(done: number): void }): Promise<string[]>;
  close(): void | Promise<void>;
}

export interface MtServiceDeps {
  settings: SettingsRepo;
  secrets: SecretBox;
  models: ModelStoreLike;
  runner: MtRunner;
  jobs: Pick<JobsService, 'start'>;
  /** Downloads and installs the official model of a direction (src-main/mt/models/modelDownload.ts). */
  download(options: { registryUrl: string; from: Lang; to: Lang; signal: AbortSignal; onProgress(done: number, total: number): void }): Promise<unknown>;
  /** Official registry address, used until the user sets another. */
  defaultRegistryUrl: string;
  /** Where the files the user chose are written before the model manager checks them. */
  tempDir: string;
}

export interface MtTranslateOptions {
  engine: MtEngineId;
  from: Lang;
  to: Lang;
  texts: readonly string[];
  glossary?: readonly GlossaryHint[];
  signal?: AbortSignal;
  onProgress?: (done: number) => void;
  /**
   * A key to use instead of the stored one (the CLI's $REDAKSI_MT_API_KEY: outside the desktop app
   * the OS keychain that encrypted the stored key is not at hand). The engine must still be on.
   */
  apiKey?: string;
}

export class MtService {
  private readonly d: MtServiceDeps;
  /** Settles once an install a crash interrupted is put right; every change to the models waits for it. */
  private readonly recovered: Promise<void>;

  constructor(deps: MtServiceDeps) {
    this.d = deps;
    // A failure here is not fatal: the folders it could not tidy are listed as damaged.
    this.recovered = deps.models.recoverInterruptedInstalls().catch(() => undefined);
  }

  /** Engine settings as Settings shows them (no keys). */
  view(): MtSettingsView {
    const stored = this.stored();
    const installed = directions.filter((dir) => this.installedDir(dir.from, dir.to) !== null);
    const engines: MtEngineInfo[] = mtEngineIds.map((id) => {
      if (id === 'bergamot') return { id, name: engineNames[id], offline: true, enabled: true, ready: installed, baseUrl: null, model: null, hasKey: false };
      const e = stored.engines[id];
      return {
        id,
        name: engineNames[id],
        offline: false,
        enabled: e.enabled,
        ready: e.enabled && this.configured(id, e) ? directions : [],
        baseUrl: e.baseUrl,
        model: id === 'openai' ? e.model : null,
        hasKey: e.key !== null,
      };
    });
    return { engines, defaultEngine: stored.defaultEngine, registryUrl: stored.registryUrl, keyStoreAvailable: this.d.secrets.available() };
  }

  updateEngine(input: { id: MtEngineId; enabled?: boolean | undefined; baseUrl?: string | undefined; model?: string | undefined; apiKey?: string | null | undefined }): MtSettingsView {
    if (input.id === 'bergamot') {
      if (input.enabled === false || input.baseUrl !== undefined || input.model !== undefined || input.apiKey !== undefined) {
        throw new AppError('INVALID_INPUT', 'Bergamot has no settings: it is offline and on whenever a model is installed');
      }
      return this.view();
    }
    const stored = this.stored();
    const e = { ...stored.engines[input.id] };
    if (input.enabled !== undefined) e.enabled = input.enabled;
    if (input.baseUrl !== undefined) e.baseUrl = input.baseUrl.replace(/\/+$/, '');
    if (input.model !== undefined) {
      if (input.id !== 'openai') throw new AppError('INVALID_INPUT', `${input.id} takes no model name`);
      e.model = input.model;
    }
    if (input.apiKey === null) e.key = null;
    else if (input.apiKey !== undefined) {
      if (!this.d.secrets.available()) throw new AppError('MT_AUTH', 'this system offers no encrypted store for keys; the key was not saved');
      e.key = this.d.secrets.encrypt(input.apiKey);
    }
    this.save({ ...stored, engines: { ...stored.engines, [input.id]: e } });
    return this.view();
  }

  updateSettings(input: { defaultEngine?: MtEngineId | undefined; registryUrl?: string | undefined }): MtSettingsView {
    const stored = this.stored();
    this.save({
      ...stored,
      ...(input.defaultEngine !== undefined ? { defaultEngine: input.defaultEngine } : {}),
      ...(input.registryUrl !== undefined ? { registryUrl: input.registryUrl } : {}),
    });
    return this.view();
  }

  defaultEngine(): MtEngineId {
    return this.stored().defaultEngine;
  }

  engineName(id: MtEngineId): string {
    return engineNames[id];
  }

  /** Throws what `translate` would for this engine and direction, before anything is sent. */
  check(engine: MtEngineId, from: Lang, to: Lang): void {
    this.configFor(engine, from, to);
  }

  /**
   * Translates `texts` (plain text) with `engine`, in the MT worker. Refuses an engine that is
   * off (nothing is sent), a direction without a model, and an engine missing its settings.
   */
  async translate(options: MtTranslateOptions): Promise<string[]> {
    if (options.texts.length === 0) return [];
    const config = this.configFor(options.engine, options.from, options.to, options.apiKey);
    const signal = options.signal ?? new AbortController().signal;
    signal.throwIfAborted();
    const out = await this.d.runner.translate(
      config,
      { from: options.from, to: options.to, segments: options.texts, markup: false, glossary: options.glossary ?? [] },
      { signal, onProgress: options.onProgress ?? (() => {}) },
    );
    // The engines check this too; an empty answer for a sentence is never shown as a translation.
    if (out.length !== options.texts.length) throw new AppError('MT_BAD_REPLY', `the engine returned ${out.length} translations for ${options.texts.length} segments`);
    options.texts.forEach((text, i) => {
      if (text.trim() !== '' && out[i]!.trim() === '') throw new AppError('MT_BAD_REPLY', `the engine returned nothing for segment ${i + 1}`);
    });
    return out;
  }

  models(): MtModel[] {
    return this.d.models.list().map((m) => ({ from: m.from, to: m.to, bytes: m.bytes, origin: m.origin, installedAt: m.installedAt, damaged: m.status !== 'ok' }));
  }

  /** Installs a model from the files the user chose: one archive, or a folder's files. */
  async importModel(files: readonly ImportedFile[]): Promise<MtModel[]> {
    await this.recovered;
    mkdirSync(this.d.tempDir, { recursive: true });
    const dir = mkdtempSync(join(this.d.tempDir, 'import-'));
    try {
      const archive = files.length === 1 && /\.(zip|tgz|tar\.gz)$/i.test(files[0]!.name);
      const names = new Set<string>();
      for (const f of files) {
        // Names only (the contract refuses paths); two files of the same name are a mistake.
        if (names.has(f.name)) throw new AppError('MT_MODEL_INVALID', `two files are named ${f.name}`);
        names.add(f.name);
        writeFileSync(join(dir, f.name), Buffer.from(f.dataBase64, 'base64'));
      }
      if (archive) await this.d.models.importArchive(join(dir, files[0]!.name));
      else await this.d.models.importFolder(dir);
      return this.models();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** Installs a model from a folder or archive on disk (the CLI; the app sends the chosen files instead). */
  async importModelFrom(path: string): Promise<MtModel[]> {
    await this.recovered;
    let folder: boolean;
    try {
      folder = statSync(path).isDirectory();
    } catch (e) {
      throw new AppError('NOT_FOUND', `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    if (folder) await this.d.models.importFolder(path);
    else await this.d.models.importArchive(path);
    return this.models();
  }

  async removeModel(from: Lang, to: Lang): Promise<MtModel[]> {
    await this.recovered;
    await this.d.models.remove(from, to);
    return this.models();
  }

  /** Downloads the official model for a direction: a job with byte progress, cancellable, resumable. */
  startDownload(from: Lang, to: Lang): Job {
    if (from === to) throw new AppError('INVALID_INPUT', 'a model translates between two different languages');
    const registryUrl = this.stored().registryUrl;
    return this.d.jobs.start('mt-download', async (job) => {
      await this.recovered;
      await this.d.download({ registryUrl, from, to, signal: job.signal, onProgress: (done, total) => job.progress(done, total) });
      return { installed: 1 };
    });
  }

  close(): void | Promise<void> {
    return this.d.runner.close();
  }

  // -------------------------------------------------------------------------------------------

  /** The worker's configuration for an engine, checked: on, set up, model present. */
  private configFor(engine: MtEngineId, from: Lang, to: Lang, keyOverride?: string): MtEngineConfig {
    if (from === to) throw new AppError('INVALID_INPUT', 'source and target languages are the same');
    if (engine === 'bergamot') {
      const modelDir = this.installedDir(from, to);
      if (!modelDir) throw new AppError('MT_NO_MODEL', `no offline model is installed for ${from} to ${to}`);
      return { kind: 'bergamot', modelDir };
    }
    const e = this.stored().engines[engine];
    if (!e.enabled) throw new AppError('MT_ENGINE_OFF', `${engineNames[engine]} is switched off`);
    if (!this.configured(engine, keyOverride ? { ...e, key: 'given' } : e)) {
      throw new AppError(engine === 'deepl' ? 'MT_AUTH' : 'MT_UNAVAILABLE', `${engineNames[engine]} is not set up: ${engine === 'deepl' ? 'a key' : 'a model name'} is missing`);
    }
    let apiKey: string | null = keyOverride ?? null;
    if (apiKey === null && e.key !== null) {
      try {
        apiKey = this.d.secrets.decrypt(e.key);
      } catch {
        // Made on another machine or by another user account: ask for the key again.
        throw new AppError('MT_AUTH', `the stored key of ${engineNames[engine]} cannot be read on this system; enter it again`);
      }
    }
    const http = { baseUrl: e.baseUrl, apiKey };
    // A local LLM on a laptop CPU can take a minute for a batch of 20 sentences.
    if (engine === 'openai') return { kind: 'openai', model: e.model!, ...http, timeoutMs: 120_000 };
    return { kind: engine, ...http };
  }

  /** The folder of an installed, undamaged model for the direction, or null. */
  private installedDir(from: Lang, to: Lang): string | null {
    return this.d.models.list().find((m) => m.from === from && m.to === to && m.status === 'ok')?.dir ?? null;
  }

  private configured(id: OnlineEngineId, e: StoredEngine): boolean {
    if (id === 'openai') return e.model !== null && e.model !== '';
    if (id === 'deepl') return e.key !== null;
    return true;
  }

  private stored(): StoredMtSettings {
    const raw = this.d.settings.get(settingsKey) as Partial<StoredMtSettings> | undefined;
    const engines = { ...defaultEngines };
    for (const id of Object.keys(defaultEngines) as OnlineEngineId[]) {
      const e = raw?.engines?.[id];
      if (e && typeof e === 'object') engines[id] = { ...defaultEngines[id], ...e };
    }
    const defaultEngine = mtEngineIds.includes(raw?.defaultEngine as MtEngineId) ? (raw!.defaultEngine as MtEngineId) : 'bergamot';
    const registryUrl = typeof raw?.registryUrl === 'string' && raw.registryUrl !== '' ? raw.registryUrl : this.d.defaultRegistryUrl;
    return { defaultEngine, registryUrl, engines };
  }

  private save(value: StoredMtSettings): void {
    this.d.settings.set(settingsKey, value);
  }
}
