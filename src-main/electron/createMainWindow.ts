import { BrowserWindow, screen, shell } from 'electron';
import { guardWebContents } from './guardWebContents.ts';
import { trackWindowState } from './trackWindowState.ts';
import { createWindowOptions } from './windowOptions.ts';
import { fitToDisplays, loadWindowState, saveWindowState, type WorkArea } from './windowState.ts';

export interface MainWindowOptions {
  /** Absolute path of `out/preload/index.cjs`. */
  preloadPath: string;
  /** `app://redaksi/index.html`, or the dev server URL in development. */
  url: string;
  /** JSON file remembering size, position and maximised state. */
  stateFile: string;
  devServerUrl?: string | undefined;
  log?: (message: string) => void;
}

function workAreas(): WorkArea[] {
  const primary = screen.getPrimaryDisplay();
  // The primary display goes first: fitToDisplays centres lost windows on workAreas[0].
  return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
}

/**
 * Creates the hardened main window (options from `createWindowOptions`), restores its geometry
 * onto a connected display, applies the navigation guard and a deny-all permission handler,
 * remembers its geometry, loads the renderer and shows it once it has painted.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = fitToDisplays(loadWindowState(options.stateFile), workAreas());
  const win = new BrowserWindow(createWindowOptions({ preloadPath: options.preloadPath, bounds: state }));
  const log = options.log ?? ((message: string) => console.warn(`[window] ${message}`));

  guardWebContents(win.webContents, { devServerUrl: options.devServerUrl, openExternal: (url) => shell.openExternal(url), log });
  win.webContents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  trackWindowState(win, {
    save: (next) => saveWindowState(options.stateFile, next),
    onError: (error) => log(`could not save window state: ${String(error)}`),
  });
  // maximize() would show the window at once; wait until there is something to show.
  win.once('ready-to-show', () => {
    if (state.isMaximized) win.maximize();
    win.show();
  });
  win.webContents.on('render-process-gone', (_event, details) => log(`renderer gone: ${details.reason}`));
  win.loadURL(options.url).catch((error: unknown) => log(`could not load ${options.url}: ${String(error)}`));
  return win;
}
