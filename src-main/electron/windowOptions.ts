import type { BrowserWindowConstructorOptions } from 'electron';

/** Where and how big the window opens; `x`/`y` absent means "centre it". */
export interface WindowBounds {
  x?: number | undefined;
  y?: number | undefined;
  width: number;
  height: number;
}

export interface WindowOptionsInput {
  /** Absolute path of the built preload (`out/preload/index.cjs`). */
  preloadPath: string;
  bounds: WindowBounds;
}

/** Smallest size at which the editor and a side panel still fit. */
export const minWindowSize = { width: 800, height: 560 } as const;

/**
 * The main window's options, kept pure so a unit test can assert every hardening flag
 * (RELIABILITY.md "Electron hardening", S1). The window starts hidden and is shown on
 * `ready-to-show`, so users never see an empty frame.
 */
export function createWindowOptions({ preloadPath, bounds }: WindowOptionsInput) {
  const position = bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {};
  return {
    ...position,
    width: bounds.width,
    height: bounds.height,
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    title: 'Redaksi',
    show: false,
    backgroundColor: '#f7f6f3',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click would open links in a new window, bypassing the window.open policy.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      // The app runs its own id/en checker; Chromium's would flag Indonesian as misspelt English.
      spellcheck: false,
    },
  } satisfies BrowserWindowConstructorOptions;
}
