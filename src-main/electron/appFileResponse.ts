import { readFile, realpath } from 'node:fs/promises';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';
import { isInsideFolder, mimeTypeFor, resolveAppFile } from './resolveAppFile.ts';

/** Headers sent with every `app://` response, errors included. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

/**
 * Answers one `app://` request from the built renderer in `root` (Electron-free, so it is
 * tested with real files). Symlinks are resolved before the containment check, so a link
 * inside the folder cannot expose a file outside it.
 */
export async function appFileResponse(root: string, request: { url: string; method: string }): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed');
  const file = resolveAppFile(root, request.url);
  if (!file) return plain(404, 'Not Found');
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!isInsideFolder(realRoot, realFile)) return plain(404, 'Not Found');
    const body = await readFile(realFile);
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: appResponseHeaders(mimeTypeFor(realFile)) });
  } catch {
    return plain(404, 'Not Found');
  }
}
