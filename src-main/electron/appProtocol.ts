import { protocol } from 'electron';
import { appFileResponse } from './appFileResponse.ts';
import { appMediaResponse, isAppMediaUrl, type MediaLookup } from './appMediaResponse.ts';
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

/**
 * Serves `app://redaksi/…` from the built renderer folder `root`, and `app://redaksi/media/<sha256>`
 * (pictures in articles) read-only from the database through `media` (call after ready).
 */
export function serveAppProtocol(root: string, media: MediaLookup): void {
  protocol.handle(appScheme, (request) => (isAppMediaUrl(request.url) ? appMediaResponse(request, media) : appFileResponse(root, request)));
}
