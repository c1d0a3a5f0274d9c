/**
 * Serves the built renderer and the same `dispatch` over HTTP on 127.0.0.1 only: how the app runs
 * and is tested where Electron cannot start (`npm run dev:web`, e2e). Injects the web bridge
 * script so the renderer gets a `window.api` without knowing which host it runs in.
 *
 *   node src-main/webHost.ts [--port 5180] [--data DIR]
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { appVersion } from './appVersion.ts';
import { createBackend, resolveDataDir, type Backend } from './createBackend.ts';
import { defaultDataDir } from './defaultDataDir.ts';
import { contentSecurityPolicy } from './electron/contentSecurityPolicy.ts';
import { mediaIdFromPath } from '../src-preload/contract/imageNode.ts';
import { fail } from '../src-preload/contract/errors.ts';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Largest request body accepted: a 50 MB import is ~67 MB as base64 JSON. */
const maxBodyBytes = 72 * 1024 * 1024;

export interface WebHostOptions {
  backend: Backend;
  /** Folder with the built renderer (out/renderer). */
  rendererDir: string;
  port: number;
}

export interface WebHost {
  server: Server;
  url: string;
  close(): Promise<void>;
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  securityHeaders(res);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Only our own origin may call the API: blocks other sites and DNS rebinding. */
function isSameOrigin(req: IncomingMessage, port: number): boolean {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  return origin === undefined || allowedHosts.some((h) => origin === `http://${h}`);
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, options: WebHostOptions, port: number) {
  if (!isSameOrigin(req, port)) return sendJson(res, 403, fail('FORBIDDEN', 'cross-origin request refused'));
  if (req.method !== 'POST') return sendJson(res, 405, fail('INVALID_INPUT', 'use POST'));
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(res, 415, fail('INVALID_INPUT', 'content-type must be application/json'));
  }
  const body = await readBody(req);
  if (body === null) return sendJson(res, 413, fail('INVALID_INPUT', 'request too large'));
  let input: unknown;
  try {
    input = JSON.parse(body.toString('utf8'));
  } catch {
    return sendJson(res, 400, fail('INVALID_INPUT', 'body is not JSON'));
  }
  sendJson(res, 200, await options.backend.dispatch(method, input));
}

/** Resolves a URL path inside `root`, or null when it would escape it. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = resolve(root, relative);
  return full === root || full.startsWith(root + sep) ? full : null;
}

async function handleStatic(req: IncomingMessage, res: ServerResponse, options: WebHostOptions, port: number) {
  if (!isSameOrigin(req, port)) {
    res.writeHead(403).end();
    return;
  }
  const root = resolve(options.rendererDir);
  const path = resolveStaticPath(root, new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  if (!path || !existsSync(path)) {
    securityHeaders(res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  let body: Buffer | string = await readFile(path);
  const ext = extname(path);
  if (path === join(root, 'index.html')) {
    // The web bridge runs first (module scripts execute in document order) and sets window.api.
    body = body.toString('utf8').replace('<script type="module"', '<script type="module" src="./assets/webBridge.js"></script>\n    <script type="module"');
  }
  securityHeaders(res);
  res.writeHead(200, {
    'content-type': mimeTypes[ext] ?? 'application/octet-stream',
    'cache-control': ext === '.html' ? 'no-store' : 'max-age=3600',
  });
  res.end(body);
}

/**
 * `GET /media/<sha256>`: a picture of an article, read-only from the database with its stored
 * type (never sniffed), the renderer's CSP, and 404 for an unknown id or any other /media/ path.
 */
function handleMedia(req: IncomingMessage, res: ServerResponse, options: WebHostOptions, port: number): void {
  if (!isSameOrigin(req, port)) {
    res.writeHead(403).end();
    return;
  }
  securityHeaders(res);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { 'content-type': 'text/plain' }).end('method not allowed');
    return;
  }
  const id = mediaIdFromPath(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  const media = id ? options.backend.services.media.get(id) : undefined;
  if (!media) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  // The URL is the content's hash, so the picture behind it never changes.
  res.writeHead(200, { 'content-type': media.mime, 'content-length': media.bytes.byteLength, 'cache-control': 'private, max-age=31536000, immutable' });
  res.end(req.method === 'HEAD' ? undefined : media.bytes);
}

/** Starts the web host on 127.0.0.1 (port 0 picks a free one). */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  let port = options.port;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const api = /^\/api\/([A-Za-z]{1,64})$/.exec(path);
    const work = api
      ? handleApi(req, res, api[1]!, options, port)
      : path.startsWith('/media/')
        ? Promise.resolve().then(() => handleMedia(req, res, options, port))
        : handleStatic(req, res, options, port);
    work.catch((error: unknown) => {
      console.error('web host error', error);
      if (!res.headersSent) sendJson(res, 500, fail('INTERNAL', 'web host error'));
      else res.end();
    });
  });
  await new Promise<void>((ok, ko) => {
    server.once('error', ko);
    server.listen(options.port, '127.0.0.1', () => ok());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

async function main() {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '5180' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log('Usage: node src-main/webHost.ts [--port N] [--data DIR]\nServes the built renderer and the bridge on 127.0.0.1.');
    return;
  }
  const rendererDir = fileURLToPath(new URL('../out/renderer', import.meta.url));
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error('The renderer is not built: run `npm run build` first.');
    process.exitCode = 1;
    return;
  }
  const dataDir = values.data ?? resolveDataDir(process.env, defaultDataDir());
  const backend = createBackend({
    dataDir,
    systemLocale: process.env.REDAKSI_LOCALE ?? Intl.DateTimeFormat().resolvedOptions().locale,
    appVersion,
    dispatch: { validateOutput: true, logError: (m, e) => console.error(`[${m}]`, e) },
  });
  // Before the first request, so a page never shows units an interrupted import is taking back.
  // A damaged database is open read-only: nothing may be written, not even this clean-up.
  if (!backend.health.readOnly) await backend.services.tmx.recoverInterruptedImports();
  const host = await startWebHost({ backend, rendererDir, port: Number(values.port) });
  backend.warmUp().catch((error: unknown) => console.error('warm-up failed:', error));
  console.log(`Redaksi web host: ${host.url} (data: ${dataDir})`);
  const stop = () => {
    void host.close().finally(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
