import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { latestSchemaVersion, openDatabase, type Db } from './db/openDatabase.ts';
import { createDispatch, type Dispatch, type DispatchOptions } from './rpc/dispatch.ts';
import { createHandlers } from './rpc/handlers.ts';
import { createServices, type Services } from './services/createServices.ts';
import type { SecretBox } from './mt/secretBox.ts';
import { AppError } from './services/appError.ts';
import { BackupSchedule, BackupStore, installDatabaseFile, moveDamagedAside, verifyDatabaseFile } from './db/backups/backupService.ts';
import { removeStaleTempFiles } from './db/backups/backupFiles.ts';
import { checkDatabaseHealth } from './db/backups/checkDatabaseHealth.ts';
import { methodsAllowedReadOnly, type DatabaseControl } from './db/backups/databaseControl.ts';
import { isMethodName } from '../src-preload/contract/channels.ts';
import { fail } from '../src-preload/contract/errors.ts';
import type { DatabaseHealth } from '../src-preload/contract/backups.ts';

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
  /** The current connection (a restore replaces it). */
  readonly db: Db;
  /** The current services (a restore replaces them). */
  readonly services: Services;
  /** Start-up check: ok, or damaged and open read-only. */
  readonly health: DatabaseHealth;
  /** `<data>/backups/`. */
  backups: BackupStore;
  /** Backup, restore and health, as the bridge and the CLI use them. */
  database: DatabaseControl;
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

/**
 * Opens the database in `dataDir` and wires services, handlers and dispatch: shared by every host.
 *
 * Start-up runs `PRAGMA quick_check` on a read-only connection first. A damaged file (failed
 * check, or SQLite calls it corrupt) is opened read-only and never written, moved or deleted
 * until the user restores a backup: reads are answered (where SQLite can read; otherwise from an
 * empty in-memory schema) and writes are refused with `DB_READONLY`.
 *
 * A restore swaps the whole core (connection, services, handlers) behind the same `dispatch`:
 * calls that arrive during the swap wait for it, so IPC and the web host keep working without
 * knowing; `db` and `services` always read the current core. A call still awaiting a worker of
 * the old core when it closes fails once and can be retried.
 */
export function createBackend(options: BackendOptions): Backend {
  mkdirSync(options.dataDir, { recursive: true });
  const databasePath = join(options.dataDir, databaseFileName);
  const store = new BackupStore(join(options.dataDir, 'backups'));
  store.cleanUp();
  removeStaleTempFiles(options.dataDir); // a restore killed before its rename
  let health: DatabaseHealth;
  let swapping: Promise<unknown> | undefined;

  const control: DatabaseControl = {
    listBackups: () => store.list(),
    createBackup: (reason) => {
      if (health.readOnly) throw new AppError('DB_READONLY', 'the database is damaged and open read-only; restore a backup');
      return store.backupOpenDatabase(core.db, reason);
    },
    health: () => ({ ...health }),
    restoreBackup: (id) => {
      const source = store.pathOf(id);
      verifyDatabaseFile(source);
      const run = (async () => {
        const wasDamaged = health.readOnly;
        const beforeRestore = wasDamaged ? undefined : (await store.backupOpenDatabase(core.db, 'before-restore')).id;
        closeCore(core);
        let damagedCopyPath: string | undefined;
        try {
          if (wasDamaged && existsSync(databasePath)) damagedCopyPath = moveDamagedAside(databasePath);
          installDatabaseFile(source, databasePath);
        } finally {
          core = openCore(); // the restored file, or the old one if installing failed
          schedule?.rebase();
        }
        if (damagedCopyPath) health = { ...health, damagedCopyPath };
        if (warmUpRequested && !schedule && !health.readOnly) void warmUp().catch(() => undefined);
        return { restored: id, ...(beforeRestore ? { beforeRestore } : {}), ...(damagedCopyPath ? { damagedCopyPath } : {}) };
      })();
      swapping = run.finally(() => (swapping = undefined));
      return run;
    },
  };

  function openCore(): Core {
    const check = checkDatabaseHealth(databasePath);
    let detail = check.ok ? '' : check.detail;
    let db: Db | undefined;
    if (check.ok) {
      try {
        db = openDatabase(databasePath, { beforeMigrate: (file) => void store.copyQuiescentFile(file, 'pre-migration') });
      } catch (error) {
        if (!isCorruptError(error)) throw error;
        detail = `${String((error as { code?: unknown }).code)}: ${(error as Error).message}`;
      }
    }
    let services: Services | undefined;
    if (db) services = servicesFor(db);
    else {
      try {
        db = openDatabase(databasePath, { readonly: true });
        services = servicesFor(db);
        // Reading the schema proves SQLite can read at least that much of the file.
        db.prepare('SELECT count(*) FROM sqlite_master').get();
      } catch {
        db?.close();
        // Nothing readable: an empty schema in memory answers reads (empty lists) until a restore.
        db = openDatabase(':memory:');
        services = servicesFor(db);
        db.pragma('query_only = ON');
      }
    }
    health = { status: detail ? 'damaged' : 'ok', readOnly: Boolean(detail), detail, path: databasePath, checkMs: check.ms };
    const handlers = createHandlers({
      services: services!,
      app: { name: 'Redaksi', version: options.appVersion, schemaVersion: latestSchemaVersion },
      ...(options.onQuitReady ? { onQuitReady: options.onQuitReady } : {}),
      database: control,
    });
    const inner = createDispatch(handlers, { ...options.dispatch, writeGate: services!.writeGate });
    const dispatch: Dispatch = !detail
      ? inner
      : async (method, input) =>
          isMethodName(method) && !methodsAllowedReadOnly.has(method)
            ? fail('DB_READONLY', `${method}: the database is damaged and open read-only; restore a backup`)
            : inner(method, input);
    return { db, services: services!, dispatch };
  }

  function servicesFor(db: Db): Services {
    return createServices(db, {
      systemLocale: options.systemLocale,
      dataDir: options.dataDir,
      dictionaryCacheDir: options.dictionaryCacheDir ?? (process.env.REDAKSI_DICTIONARY_CACHE?.trim() || undefined),
      secrets: options.secrets,
    });
  }

  function closeCore({ db, services }: Core): void {
    services.search.close(); // re-index pending saves now rather than at the next start
    void services.proofreading.close();
    services.jobs.close();
    services.tm.close();
    void services.mt.close();
    db.close();
  }

  let core = openCore();
  let schedule: BackupSchedule | undefined;
  // The host asked for the after-start work; a restore that ends a read-only state owes it.
  let warmUpRequested = false;

  const dispatch: Dispatch = async (method, input) => {
    while (swapping) await swapping.catch(() => undefined);
    return core.dispatch(method, input);
  };
  const warmUp = async () => {
    warmUpRequested = true;
    if (health.readOnly) return; // a damaged database is never written, not even by recovery
    await core.services.tmx.recoverInterruptedImports();
    await core.services.tm.prepareIndex();
    if (schedule) return;
    schedule = new BackupSchedule(
      store,
      () => (health.readOnly ? Promise.resolve() : store.backupOpenDatabase(core.db, 'scheduled')),
      () => `${String(core.db.pragma('data_version', { simple: true }))}:${String(core.db.prepare('SELECT total_changes()').pluck().get())}`,
    );
    await schedule.start();
  };
  return {
    get db() {
      return core.db;
    },
    get services() {
      return core.services;
    },
    get health() {
      return { ...health };
    },
    backups: store,
    database: control,
    dispatch,
    databasePath,
    warmUp,
    close: () => {
      schedule?.stop();
      closeCore(core);
    },
  };
}

interface Core {
  db: Db;
  services: Services;
  dispatch: Dispatch;
}

function isCorruptError(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  return code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB');
}
