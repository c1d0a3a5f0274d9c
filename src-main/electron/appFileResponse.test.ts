import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appFileResponse } from './appFileResponse.ts';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';

let dir: string;
let root: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-app-protocol-'));
  root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Redaksi</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  try {
    symlinkSync(join(dir, 'secret.txt'), join(root, 'assets', 'link.txt'));
  } catch {
    // Symlinks need privileges on Windows; the test below then checks a plain 404.
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => appFileResponse(root, { url, method });

describe('appFileResponse', () => {
  it.each([
    ['app://redaksi/index.html', 'text/html; charset=utf-8', '<!doctype html><title>Redaksi</title>'],
    ['app://redaksi/', 'text/html; charset=utf-8', '<!doctype html><title>Redaksi</title>'],
    ['app://redaksi/assets/app.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://redaksi/assets/font.woff2', 'font/woff2', 'wOF2'],
  ])('serves %s as %s with the CSP', async (url, type, body) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(body);
  });

  it.each([
    'app://redaksi/missing.js',
    'app://redaksi/assets',
    'app://redaksi/../secret.txt',
    'app://redaksi/%2e%2e/secret.txt',
    'app://redaksi/assets/..%2f..%2fsecret.txt',
    'app://redaksi/assets/link.txt',
    'app://evil/index.html',
  ])('answers %s with 404 and still sends the CSP', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get('app://redaksi/index.html', 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://redaksi/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});
