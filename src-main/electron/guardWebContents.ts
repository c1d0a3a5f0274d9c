import { decideNavigation, decideWindowOpen } from './navigationPolicy.ts';

/** What Electron passes to `will-navigate`, `will-frame-navigate` and `will-redirect`. */
export interface NavigationDetails {
  readonly url: string;
  preventDefault(): void;
}

/** The parts of Electron's `WebContents` the guard uses (structural, so tests pass a fake). */
export interface GuardableWebContents {
  on(event: 'will-navigate', listener: (details: NavigationDetails) => void): unknown;
  on(event: 'will-frame-navigate', listener: (details: NavigationDetails) => void): unknown;
  on(event: 'will-redirect', listener: (details: NavigationDetails) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface GuardOptions {
  /** Trusted in development only, when passed explicitly. */
  devServerUrl?: string | undefined;
  /** Hands an allowed link to the OS (Electron's `shell.openExternal`). */
  openExternal: (url: string) => unknown;
  /** Reports refused navigations and failed hand-offs. */
  log?: (message: string) => void;
}

const guarded = new WeakSet<object>();

/**
 * Applies the navigation policy to one webContents: navigation and redirects leave the app
 * only if `decideNavigation` allows it, `window.open` never creates a window (safe links go to
 * the browser), and `<webview>` is refused. Idempotent, because the main window is guarded both
 * where it is created and by the app-wide `web-contents-created` hook.
 */
export function guardWebContents(contents: GuardableWebContents, options: GuardOptions): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  const block = (details: NavigationDetails) => {
    if (decideNavigation(details.url, options.devServerUrl) === 'deny') {
      details.preventDefault();
      options.log?.(`blocked navigation to ${details.url.slice(0, 200)}`);
    }
  };
  contents.on('will-navigate', block);
  contents.on('will-frame-navigate', block);
  contents.on('will-redirect', block);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) {
      Promise.resolve()
        .then(() => options.openExternal(url))
        .catch(() => options.log?.('could not open a link externally'));
    }
    return { action: 'deny' };
  });
}
