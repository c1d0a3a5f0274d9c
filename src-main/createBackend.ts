import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { latestSchemaVersion, openDatabase, type Db } from './db/openDatabase.ts';
import { createDispatch, type Dispatch, type DispatchOptions } from './rpc/dispatch.ts';
import { createHandlers } from './rpc/handlers.ts';
import { createServices, type Services } from './services/createServices.ts';
import type { SecretBox } from './mt/secretBox.ts';

/** File name of the database inside the data folder. */
export const databaseFileName = 'redaksi.db';

export interface BackendOptions {
  /** Folder that holds the database (created if missing). */
  dataDir: string;
  systemLocale: string;
  appVersion: string;
  onQuitReady?: (requestId: string) => void;
  dispatch?: DispatchOptions;
  /**
   * Where the spelling dictionaries' binary cache lives. Default: `REDAKSI_DICTIONARY_CACHE` if set
   * (tests share one cache instead of expanding the dictionaries per fresh data folder), else
   * `<dataDir>/cache/dictionaries`.
   */
  dictionaryCacheDir?: string;
  /** Encrypts online engines' keys (the desktop app passes Electron safeStorage); default: a key file in the data folder. */
  secrets?: SecretBox;
}

export interface Backend {
  db: Db;
  services: Services;
  dispatch: Dispatch;
  databasePath: string;
  /**
   * Work for after the start, off its path: take back the units of TMX imports a kill or crash
   * interrupted, then load (or build, in workers) the memory's fuzzy index so the first lookup
   * finds it ready.
   */
  warmUp(): Promise<void>;
  close(): void;
}

/**
 * `REDAKSI_DATA_DIR` wins over the host's default folder (Electron's userData, or the CLI's
 * `--data`), so tests, scripts and portable installs can point anywhere.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv, fallback: string): string {
  const override = env.REDAKSI_DATA_DIR?.trim();
  return override ? override : fallback;
}

/** Opens the database in `dataDir` and wires services, handlers and dispatch: shared by every host. */
export function createBackend(options: BackendOptions): Backend {
  mkdirSync(options.dataDir, { recursive: true });
  const databasePath = join(options.dataDir, databaseFileName);
  const db = openDatabase(databasePath);
  const services = createServices(db, {
    systemLocale: options.systemLocale,
    dataDir: options.dataDir,
    dictionaryCacheDir: options.dictionaryCacheDir ?? (process.env.REDAKSI_DICTIONARY_CACHE?.trim() || undefined),
    secrets: options.secrets,
  });
  const handlers = createHandlers({
    services,
    app: { name: 'Redaksi', version: options.appVersion, schemaVersion: latestSchemaVersion },
    ...(options.onQuitReady ? { onQuitReady: options.onQuitReady } : {}),
  });
  const dispatch = createDispatch(handlers, { ...options.dispatch, writeGate: services.writeGate });
  const close = () => {
    services.search.close(); // re-index pending saves now rather than at the next start
    void services.proofreading.close();
    services.jobs.close();
    services.tm.close();
    void services.mt.close();
    db.close();
  };
  const warmUp = async () => {
    await services.tmx.recoverInterruptedImports();
    await services.tm.prepareIndex();
  };
  return { db, services, dispatch, databasePath, warmUp, close };
}
