import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from './createBackend.ts';
import { resolveStaticPath, startWebHost, type WebHost } from './webHost.ts';
import { buildTestPng } from './services/buildTestPng.ts';

let dir: string;
let backend: Backend;
let host: WebHost;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-web-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<html><head><script type="module" src="./assets/app.js"></script></head></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  backend = createBackend({ dataDir: join(dir, 'data'), systemLocale: 'id-ID', appVersion: '0.0.0-test' });
  host = await startWebHost({ backend, rendererDir, port: 0 });
  port = Number(new URL(host.url).port);
});

afterAll(async () => {
  await host.close();
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw HTTP request, so tests can send the Host and Origin headers a browser would not let us forge. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...options.headers } }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('web host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('serves index.html with the CSP and the web bridge injected before the app script', async () => {
    const res = await send('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.body.indexOf('webBridge.js')).toBeGreaterThan(-1);
    expect(res.body.indexOf('webBridge.js')).toBeLessThan(res.body.indexOf('app.js'));
  });

  it('dispatches bridge calls and returns Result envelopes', async () => {
    const created = JSON.parse((await post('createArticle', { lang: 'id', title: 'Uji' })).body);
    expect(created).toMatchObject({ ok: true, value: { lang: 'id', title: 'Uji' } });
    const bad = await post('createArticle', { lang: 'xx' });
    expect(bad.status).toBe(200);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.parse((await post('dropTables', {})).body).error.code).toBe('UNKNOWN_METHOD');
  });

  it('refuses other origins and rebinding hosts with FORBIDDEN, touching nothing', async () => {
    const before = JSON.parse((await post('listArticles', {})).body).value.length;
    const evil = await post('createArticle', { lang: 'id' }, { origin: 'http://evil.example' });
    expect(evil.status).toBe(403);
    expect(JSON.parse(evil.body).error.code).toBe('FORBIDDEN');
    const rebound = await post('createArticle', { lang: 'id' }, { host: `attacker.example:${port}` });
    expect(rebound.status).toBe(403);
    expect((await send('/', { headers: { host: 'attacker.example' } })).status).toBe(403);
    expect(JSON.parse((await post('listArticles', {})).body).value.length).toBe(before);
  });

  it('refuses non-JSON bodies, wrong verbs and broken JSON with INVALID_INPUT', async () => {
    expect((await send('/api/listArticles', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' })).status).toBe(415);
    expect((await send('/api/listArticles')).status).toBe(405);
    const broken = await send('/api/listArticles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"oops' });
    expect(JSON.parse(broken.body).error.code).toBe('INVALID_INPUT');
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const res = await send(path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('outside the renderer');
    }
    expect(resolveStaticPath('/srv/r', '/%E0%A4%A')).toBeNull();
    expect(resolveStaticPath('/srv/r', '/a/../../x')).toBeNull();
    expect(resolveStaticPath('/srv/r', '/assets/a.js')).toBe('/srv/r/assets/a.js');
  });
});

describe('web host media route', () => {
  it('serves a stored picture read-only from the database, typed, unsniffed, under the CSP; 404 for anything else', async () => {
    const png = buildTestPng(3, 3);
    const { src } = backend.services.media.add(png);
    const res = await fetch(new URL(src, host.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("img-src 'self'");
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    const id = src.slice('media/'.length);
    for (const path of [`/media/${'0'.repeat(64)}`, `/media/${id.toUpperCase()}`, `/media/${id}.png`, `/media/${id}/x`, '/media/', '/media/..%2fredaksi.db']) {
      const miss = await fetch(new URL(path, host.url));
      expect(miss.status, path).toBe(404);
      expect(miss.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    expect((await fetch(new URL(src, host.url), { method: 'POST' })).status).toBe(405);
  });

  it('refuses the media route to another Host (DNS rebinding)', async () => {
    const { src } = backend.services.media.add(buildTestPng(2, 1));
    expect((await send(`/${src}`, { headers: { host: `evil.example:${port}` } })).status).toBe(403);
  });
});
