import { app, dialog, ipcMain } from 'electron';
import type { PreventableEvent } from './quitFlush.ts';

/**
 * The Electron application as `src-main/index.ts` sees it: exactly the lifecycle operations
 * the entry point needs, so the entry point itself never imports 'electron'.
 */
export const desktopApp = {
  /** False under `electron-vite dev` and `preview`; true in an installed build. */
  get isPackaged(): boolean {
    return app.isPackaged;
  },
  /** False when another Redaksi already runs (it gets a `second-instance` event instead). */
  requestSingleInstanceLock: (): boolean => app.requestSingleInstanceLock(),
  /** Forces the sandbox on for every renderer, not only the windows we configure. */
  enableSandbox: (): void => app.enableSandbox(),
  whenReady: (): Promise<void> => app.whenReady(),
  userDataPath: (): string => app.getPath('userData'),
  locale: (): string => app.getLocale(),
  version: (): string => app.getVersion(),
  onSecondInstance: (listener: () => void): void => {
    app.on('second-instance', () => listener());
  },
  onActivate: (listener: () => void): void => {
    app.on('activate', () => listener());
  },
  onWindowAllClosed: (listener: () => void): void => {
    app.on('window-all-closed', () => listener());
  },
  onBeforeQuit: (listener: (event: PreventableEvent) => void): void => {
    app.on('before-quit', (event) => listener(event));
  },
  onWillQuit: (listener: () => void): void => {
    app.on('will-quit', () => listener());
  },
  quit: (): void => app.quit(),
  /** A blocking error dialog; usable before any window exists. */
  showErrorBox: (title: string, message: string): void => dialog.showErrorBox(title, message),
  /** Where bridge handlers are registered (see ipc.ts). */
  ipcMain,
};
