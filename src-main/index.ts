/**
 * Electron entry point: lifecycle only. One instance; open the database; wire IPC, menu and
 * hardening; open the window; flush saves and close the database on the way out. Everything
 * Electron-specific lives in ./electron/, everything else behind createBackend.
 */
import { join } from 'node:path';
import type { UiLanguage } from '../src-preload/contract/domain.ts';
import type { MenuCommand } from '../src-preload/contract/events.ts';
import { createBackend, databaseFileName, resolveDataDir, type Backend } from './createBackend.ts';
import { registerAppScheme, serveAppProtocol } from './electron/appProtocol.ts';
import { setApplicationMenu } from './electron/applicationMenu.ts';
import { createMainWindow } from './electron/createMainWindow.ts';
import { desktopApp } from './electron/desktopApp.ts';
import { hardenSessions } from './electron/hardenSessions.ts';
import { registerIpc } from './electron/ipc.ts';
import { menuLabels } from './electron/menu.ts';
import { appEntryUrl, isTrustedRendererUrl } from './electron/navigationPolicy.ts';
import { flushBeforeClose, installQuitFlush, QuitCoordinator } from './electron/quitFlush.ts';
import { sendToRenderer } from './electron/sendToRenderer.ts';
import { describeStartupError } from './electron/startupError.ts';
import { safeStorageSecretBox } from './electron/safeStorageSecretBox.ts';
import type { Dispatch } from './rpc/dispatch.ts';

const builtDir = import.meta.dirname;
const preloadPath = join(builtDir, '../preload/index.cjs');
const rendererRoot = join(builtDir, '../renderer');
// electron-vite sets this for `dev`; a packaged app never trusts it.
const devServerUrl = desktopApp.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined;
const log = (message: string) => console.warn(`[redaksi] ${message}`);

type MainWindow = ReturnType<typeof createMainWindow>;

function start(): void {
  const dataDir = resolveDataDir(process.env, desktopApp.userDataPath());
  const coordinator = new QuitCoordinator({
    onSettled: (outcome) => {
      if (outcome === 'timeout') log('renderer did not confirm its saves in time');
    },
  });

  let backend: Backend;
  try {
    backend = createBackend({
      dataDir,
      systemLocale: desktopApp.locale(),
      appVersion: desktopApp.version(),
      onQuitReady: (requestId) => coordinator.ready(requestId),
      // Online engines' keys go to the OS keychain (DPAPI, Keychain, libsecret), never in plain text.
      secrets: safeStorageSecretBox(),
      dispatch: { validateOutput: !desktopApp.isPackaged, logError: (method, error) => log(`${method}: ${String(error)}`) },
    });
  } catch (error) {
    // Never delete or repair here: the user decides what happens to their database.
    log(`cannot open database: ${String(error)}`);
    const { title, message } = describeStartupError(error, join(dataDir, databaseFileName), desktopApp.locale());
    desktopApp.showErrorBox(title, message);
    desktopApp.quit();
    return;
  }

  let mainWindow: MainWindow | null = null;
  let databaseOpen = true;

  const openWindow = (): MainWindow => {
    coordinator.reset();
    const win = createMainWindow({
      preloadPath,
      url: devServerUrl ?? appEntryUrl,
      stateFile: join(dataDir, 'window-state.json'),
      devServerUrl,
      log,
    });
    flushBeforeClose(win, coordinator);
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    mainWindow = win;
    return win;
  };

  const sendMenuCommand = (command: MenuCommand) => {
    // With no window (macOS) the command's first job is to bring one back.
    if (!sendToRenderer(mainWindow, 'menuCommand', { command })) openWindow();
  };

  const refreshMenu = () => {
    let lang: UiLanguage = 'en';
    try {
      lang = backend.services.settings.get().uiLanguage;
    } catch (error) {
      log(`menu language unavailable: ${String(error)}`);
    }
    setApplicationMenu({ t: menuLabels(lang), platform: process.platform, send: sendMenuCommand, isDev: !desktopApp.isPackaged });
  };

  // The menu follows the UI language, which only updateSettings changes.
  const dispatch: Dispatch = async (method, input) => {
    const result = await backend.dispatch(method, input);
    if (method === 'updateSettings' && result.ok) refreshMenu();
    return result;
  };

  serveAppProtocol(rendererRoot, (id) => backend.services.media.get(id));
  hardenSessions({ devServerUrl, log });
  registerIpc(desktopApp.ipcMain, dispatch, (url) => isTrustedRendererUrl(url, devServerUrl));
  refreshMenu();
  installQuitFlush({ coordinator, onBeforeQuit: desktopApp.onBeforeQuit, quit: desktopApp.quit, getWindow: () => mainWindow });

  desktopApp.onSecondInstance(() => {
    const win = mainWindow ?? openWindow();
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  desktopApp.onActivate(() => {
    if (!mainWindow) openWindow();
  });
  desktopApp.onWindowAllClosed(() => {
    if (process.platform !== 'darwin') desktopApp.quit();
  });
  desktopApp.onWillQuit(() => {
    if (!databaseOpen) return;
    databaseOpen = false;
    backend.close();
  });

  // A second after the window shows: TMX imports a kill interrupted are taken back, then the
  // memory's fuzzy index is loaded or rebuilt in workers, so the first lookup finds it ready
  // instead of waiting seconds, and neither the first paint nor the renderer's first requests
  // wait for the file read (~0.2 s at 1M units).
  openWindow().once('show', () => {
    setTimeout(() => {
      if (!databaseOpen) return;
      backend.warmUp().catch((error: unknown) => log(`warm-up after start failed: ${String(error)}`));
    }, 1_000);
  });
}

if (!desktopApp.requestSingleInstanceLock()) {
  // Another Redaksi owns the database; it is told to come forward instead.
  desktopApp.quit();
} else {
  desktopApp.enableSandbox();
  registerAppScheme();
  desktopApp
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log(`start-up failed: ${String(error)}`);
      desktopApp.showErrorBox('Redaksi', `Redaksi could not start.\n\n${String(error).slice(0, 500)}`);
      desktopApp.quit();
    });
}
