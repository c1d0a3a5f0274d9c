// Loads the BUILT main process (out/main/index.js) in plain Node with a stand-in 'electron'
// module (testing/electronStandIn.mjs) and checks what it registers and how the bridge answers.
// The real Electron binary cannot be downloaded here, so this is as close to it as we get.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodChannel, methodNames } from '../../src-preload/contract/channels.ts';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';

const repo = resolve(import.meta.dirname, '../..');
const builtMain = join(repo, 'out/main/index.js');
const builtPreload = join(repo, 'out/preload/index.cjs');
const loader = join(import.meta.dirname, 'testing/registerStandIn.mjs');
const harness = join(import.meta.dirname, 'testing/builtMainHarness.mjs');

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // testing/ holds the stand-in and harness, which are not part of the build.
    if (entry.isDirectory() && entry.name === 'testing') continue;
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else if (!/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds when out/main is missing or older than its sources (CI builds first, so this is local only). */
function ensureBuilt(): void {
  const sources = Math.max(
    newestSourceTime(join(repo, 'src-main')),
    newestSourceTime(join(repo, 'src-preload')),
    newestSourceTime(join(repo, 'resources/locales')),
    statSync(join(repo, 'electron.vite.config.ts')).mtimeMs,
  );
  if (existsSync(builtMain) && existsSync(builtPreload) && statSync(builtMain).mtimeMs >= sources) return;
  const cli = join(repo, 'node_modules/electron-vite/bin/electron-vite.js');
  const build = spawnSync(process.execPath, [cli, 'build'], { cwd: repo, encoding: 'utf8', timeout: 120_000 });
  // The renderer is built last; a renderer failure still leaves a fresh main and preload.
  if (!existsSync(builtMain) || statSync(builtMain).mtimeMs < sources) {
    throw new Error(`electron-vite build did not produce a fresh out/main/index.js:\n${build.stdout}\n${build.stderr}`);
  }
}

type Result = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/** What testing/builtMainHarness.mjs prints (fields absent when that stage was not reached). */
interface Report {
  errors: string[];
  standInLoaded: boolean;
  singleInstanceRequested: boolean;
  sandboxEnabled: boolean;
  appQuitCalls: number;
  quitted: boolean;
  privilegedSchemes: unknown[];
  privilegedAfterReady: boolean;
  protocolSchemes: string[];
  channels: string[];
  windowCount: number;
  windowOptions: { show: boolean; webPreferences: Record<string, unknown> } | null;
  loadedUrl: string | null;
  shown: boolean;
  menuLabels: string[];
  errorBoxes: { title: string; content: string }[];
  trustedCalls: { created: Result & { value: { id: string } }; listed: Result; appInfo: Result };
  foreignCalls: Record<string, Result>;
  subframeCalls: Record<string, Result>;
  badInputCalls: Record<string, Result>;
  listedAfterRefusals: { value: unknown[] };
  updateSettings: Result;
  menuRebuilt: boolean;
  menuLabelsAfterUpdate: string[];
  menuCommandSent: unknown;
  navigation: Record<string, boolean>;
  windowOpen: unknown[];
  openedExternally: string[];
  permissionAnswers: unknown[];
  headerResults: unknown[];
  protocol: Record<'index' | 'traversal' | 'otherHost', { status: number; type: string | null; csp: string | null }>;
  quitHeld: boolean;
  flushRequested: unknown;
  quitReady: Result | null;
  quittedAfterFlush: boolean;
  windowDestroyed: boolean;
}

const dataDirs: string[] = [];

function newDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-built-main-'));
  dataDirs.push(dir);
  return dir;
}

function runBuiltMain(dataDir: string, env: Record<string, string> = {}): Report {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, REDAKSI_DATA_DIR: dataDir, ELECTRON_STANDIN_USER_DATA: join(dataDir, 'userData'), ...env };
  delete childEnv.ELECTRON_RENDERER_URL;
  delete childEnv.ELECTRON_RUN_AS_NODE;
  const child = spawnSync(process.execPath, ['--import', loader, harness, builtMain], { cwd: repo, env: childEnv, encoding: 'utf8', timeout: 60_000 });
  const line = child.stdout.split('\n').find((l) => l.startsWith('STANDIN_REPORT '));
  if (!line) throw new Error(`no report (exit ${String(child.status)}):\n${child.stdout}\n${child.stderr}`);
  const report = JSON.parse(line.slice('STANDIN_REPORT '.length)) as Report;
  expect(report.errors, child.stderr).toEqual([]);
  expect(child.status).toBe(0);
  return report;
}

const expectedChannels = methodNames.map((m) => methodChannel(m)).sort();

beforeAll(() => {
  ensureBuilt();
});

afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

describe('built main process with a stand-in electron', () => {
  let report: Report;
  let dataDir: string;

  beforeAll(() => {
    dataDir = newDataDir();
    report = runBuiltMain(dataDir);
  });

  it('starts through the stand-in, never the real electron package', () => {
    expect(report.standInLoaded).toBe(true);
    expect(report.singleInstanceRequested).toBe(true);
    expect(report.sandboxEnabled).toBe(true);
  });

  it('registers exactly one api:<method> channel per contract method', () => {
    expect([...(report.channels as string[])].sort()).toEqual(expectedChannels);
  });

  it('creates a hardened, initially hidden window with the built preload and shows it when ready', () => {
    const options = report.windowOptions;
    expect(report.windowCount).toBe(1);
    if (!options) throw new Error('no window options recorded');
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
    expect(options.webPreferences.preload).toBe(builtPreload);
    expect(options.show).toBe(false);
    expect(report.shown).toBe(true);
    expect(report.loadedUrl).toBe('app://redaksi/index.html');
  });

  it('registers the app scheme before ready and serves it after', () => {
    expect(report.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(report.privilegedAfterReady).toBe(false);
    expect(report.protocolSchemes).toEqual(['app']);
  });

  it('answers a trusted renderer with ok Results from the real database', () => {
    const { created, listed, appInfo } = report.trustedCalls;
    expect(created).toMatchObject({ ok: true, value: { title: 'Banjir di Jakarta', lang: 'id', version: 1 } });
    expect(listed).toMatchObject({ ok: true, value: [{ id: created.value.id, title: 'Banjir di Jakarta' }] });
    expect(appInfo).toMatchObject({ ok: true, value: { name: 'Redaksi', version: '0.0.0-standin' } });
  });

  it('refuses a foreign sender and a subframe on every channel with FORBIDDEN', () => {
    for (const method of methodNames) {
      expect(report.foreignCalls[method], method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(report.subframeCalls[method], method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    // Refused calls changed nothing: still the one article.
    expect(report.listedAfterRefusals.value).toHaveLength(1);
  });

  it('answers bad input from a trusted sender with INVALID_INPUT', () => {
    for (const [name, result] of Object.entries(report.badInputCalls)) {
      expect(result, name).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(Object.keys(report.badInputCalls)).toEqual(expect.arrayContaining([...methodNames]));
  });

  it('rebuilds the menu in the new language after updateSettings and sends menu commands', () => {
    expect(report.menuLabels).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(report.updateSettings).toMatchObject({ ok: true, value: { uiLanguage: 'id' } });
    expect(report.menuRebuilt).toBe(true);
    expect(report.menuLabelsAfterUpdate).toEqual(['&Berkas', '&Sunting', '&Tampilan', 'Ban&tuan']);
    expect(report.menuCommandSent).toEqual({ channel: 'event:menuCommand', args: [{ command: 'newArticle' }] });
  });

  it('blocks navigation, webviews and window.open; opens only https/mailto externally', () => {
    expect(report.navigation).toEqual({
      evilPrevented: true,
      filePrevented: true,
      redirectPrevented: true,
      framePrevented: true,
      ownAllowed: true,
      webviewPrevented: true,
    });
    expect(report.windowOpen).toEqual(Array(5).fill({ action: 'deny' }));
    expect(report.openedExternally).toEqual(['https://example.com/', 'mailto:desk@example.com']);
  });

  it('denies every permission request', () => {
    expect(report.permissionAnswers.length).toBeGreaterThan(0);
    expect(report.permissionAnswers.every((answer) => answer === false)).toBe(true);
  });

  it('puts the strict CSP on responses, replacing a looser one', () => {
    expect(report.headerResults).toEqual([{ responseHeaders: { 'Content-Security-Policy': [contentSecurityPolicy] } }]);
    expect(report.protocol.traversal).toMatchObject({ status: 404, csp: contentSecurityPolicy });
    expect(report.protocol.otherHost).toMatchObject({ status: 404, csp: contentSecurityPolicy });
    const hasRenderer = existsSync(join(repo, 'out/renderer/index.html'));
    expect(report.protocol.index).toMatchObject({ status: hasRenderer ? 200 : 404, csp: contentSecurityPolicy });
  });

  it('holds quit until the renderer confirms its saves, then quits and closes the database', () => {
    expect(report.quitHeld).toBe(true);
    expect(report.flushRequested).toMatchObject({ requestId: expect.any(String) });
    expect(report.quitReady).toEqual({ ok: true, value: {} });
    expect(report.quittedAfterFlush).toBe(true);
    expect(report.windowDestroyed).toBe(true);
  });

  it('left the data on disk: the article and the window state', () => {
    const db = new Database(join(dataDir, 'redaksi.db'), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
    expect(JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8'))).toMatchObject({ width: 1280, height: 860, isMaximized: false });
  });
});

describe('second instance', () => {
  it('quits at once when the single-instance lock is refused: no window, no IPC, no database', () => {
    const dataDir = newDataDir();
    const report = runBuiltMain(dataDir, { ELECTRON_STANDIN_SINGLE_INSTANCE: 'refuse' });
    expect(report.singleInstanceRequested).toBe(true);
    expect(report.appQuitCalls).toBe(1);
    expect(report.quitted).toBe(true);
    expect(report.windowCount).toBe(0);
    expect(report.channels).toEqual([]);
    expect(report.privilegedSchemes).toEqual([]);
    expect(existsSync(join(dataDir, 'redaksi.db'))).toBe(false);
  });
});

describe('database that cannot be opened', () => {
  it('a damaged file opens read-only in a window (the app explains it and offers backups), and the file is untouched', () => {
    const dataDir = newDataDir();
    const file = join(dataDir, 'redaksi.db');
    writeFileSync(file, 'not a database '.repeat(400));
    const before = readFileSync(file);
    const report = runBuiltMain(dataDir, { ELECTRON_STANDIN_LOCALE: 'id-ID' });
    // Not an error box and a quit any more: the renderer shows the damage and the way out (Backups).
    expect(report.errorBoxes).toEqual([]);
    expect(report.windowCount).toBe(1);
    expect(report.channels).toContain('api:getDatabaseHealth');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dataDir).filter((name) => name.startsWith('redaksi.db'))).toEqual(['redaksi.db']);
  });

  it('refuses a database from a newer app version', () => {
    const dataDir = newDataDir();
    const db = new Database(join(dataDir, 'redaksi.db'));
    db.pragma('user_version = 9999');
    db.close();
    const report = runBuiltMain(dataDir);
    expect(report.errorBoxes).toEqual([{ title: 'Redaksi cannot open its database', content: expect.stringMatching(/newer version of Redaksi/) }]);
    expect(report.windowCount).toBe(0);
    const reopened = new Database(join(dataDir, 'redaksi.db'), { readonly: true });
    expect(reopened.pragma('user_version', { simple: true })).toBe(9999);
    reopened.close();
  });
});
