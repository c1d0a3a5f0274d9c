import { app, session, shell } from 'electron';
import { withContentSecurityPolicy } from './contentSecurityPolicy.ts';
import { guardWebContents } from './guardWebContents.ts';
import { isTrustedRendererUrl } from './navigationPolicy.ts';

export interface HardenOptions {
  /** The electron-vite dev server, trusted only in development. */
  devServerUrl?: string | undefined;
  log?: (message: string) => void;
}

/**
 * Responses that keep their own headers: Chromium's DevTools pages, and the dev server, whose
 * pages need Vite's inline scripts and websocket (development only).
 */
function keepsOwnHeaders(url: string, devServerUrl: string | undefined): boolean {
  if (url.startsWith('devtools:') || url.startsWith('chrome:')) return true;
  return devServerUrl !== undefined && !url.startsWith('app:') && isTrustedRendererUrl(url, devServerUrl);
}

/**
 * Session-wide hardening (call after ready): no permission is ever granted, every response
 * carries our CSP (the app protocol sets it too; this covers anything else that loads), and
 * every webContents ever created — not just our window — gets the navigation guard.
 */
export function hardenSessions({ devServerUrl, log }: HardenOptions): void {
  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.webRequest.onHeadersReceived((details, callback) => {
    if (keepsOwnHeaders(details.url, devServerUrl)) return callback({});
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { devServerUrl, openExternal: (url) => shell.openExternal(url), ...(log ? { log } : {}) });
  });
}
