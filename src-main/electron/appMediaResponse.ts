import { appResponseHeaders } from './appFileResponse.ts';
import { appHost, appScheme } from './navigationPolicy.ts';
import { mediaIdFromPath } from '../../src-preload/contract/imageNode.ts';

/** Finds a stored picture by its sha256 id (`MediaService.get`). */
export type MediaLookup = (id: string) => { mime: string; bytes: Uint8Array } | undefined;


/** True when an `app://` URL asks for the media route (whether or not the picture exists). */
export function isAppMediaUrl(url: string): boolean {
  const parsed = URL.parse(url);
  return parsed !== null && parsed.protocol === `${appScheme}:` && parsed.host === appHost && parsed.pathname.startsWith('/media/');
}

/** Headers of a served picture: its stored type, never sniffed, the renderer's CSP, cached for good (the URL is the content's hash). */
export function mediaResponseHeaders(mime: string): Record<string, string> {
  return { ...appResponseHeaders(mime), 'Cache-Control': 'private, max-age=31536000, immutable' };
}

/**
 * Answers `app://redaksi/media/<sha256>` read-only from the database (Electron-free, so it is
 * tested without Electron): 200 with the stored type, 404 for an unknown id or any other path
 * under `/media/`, 405 for anything but GET and HEAD.
 */
export function appMediaResponse(request: { url: string; method: string }, lookup: MediaLookup): Response {
  const plain = (status: number, text: string) => new Response(text, { status, headers: appResponseHeaders('text/plain; charset=utf-8') });
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed');
  const id = mediaIdFromPath(URL.parse(request.url)?.pathname ?? '');
  const media = id ? lookup(id) : undefined;
  if (!media) return plain(404, 'Not Found');
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(media.bytes), { status: 200, headers: mediaResponseHeaders(media.mime) });
}
