import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { appHost, appScheme } from './navigationPolicy.ts';

/** True when `path` is `root` itself or lies below it (both already resolved). */
export function isInsideFolder(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Maps an `app://redaksi/<path>` request to a file below `root` (the built renderer), or null
 * for anything that must be a 404: another scheme or host, credentials or a port, encoded
 * slashes, backslashes or NUL bytes, malformed escapes, and any path that would leave `root`.
 * A folder path (`/`, `/docs/`) means its `index.html`.
 */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  // The URL parser quietly folds `..` into the root; a request that tries it is refused outright.
  const rawPath = requestUrl.split(/[?#]/, 1)[0] ?? '';
  if (/(?:^|\/)(?:\.|%2e){2}(?:\/|$)/i.test(rawPath)) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost || url.username || url.password) return null;
  const pathname = url.pathname;
  // Encoded separators would survive URL normalisation and become real ones after decoding.
  if (!pathname.startsWith('/') || /%2f|%5c|%00/i.test(pathname) || pathname.includes('\\')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.split('/').some((segment) => segment === '..')) return null;
  const withIndex = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const base = resolve(root);
  const candidate = resolve(base, `.${withIndex}`);
  if (candidate === base || !isInsideFolder(base, candidate)) return null;
  return candidate;
}

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

/** Content type for a renderer file; unknown kinds are served as opaque bytes. */
export function mimeTypeFor(file: string): string {
  return mimeTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
