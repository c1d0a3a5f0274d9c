import { protocol } from 'electron';
import { appFileResponse } from './appFileResponse.ts';
import { appScheme } from './navigationPolicy.ts';

/**
 * Declares `app:` a standard, secure scheme (origin, relative URLs, fetch, no mixed-content
 * warnings). Electron only accepts this before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves `app://redaksi/…` from the built renderer folder `root` (call after ready). */
export function serveAppProtocol(root: string): void {
  protocol.handle(appScheme, (request) => appFileResponse(root, request));
}
