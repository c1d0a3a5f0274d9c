import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInsideFolder, mimeTypeFor, resolveAppFile } from './resolveAppFile.ts';

const root = resolve('/srv/redaksi/out/renderer');

describe('resolveAppFile', () => {
  it.each([
    ['app://redaksi/index.html', 'index.html'],
    ['app://redaksi/', 'index.html'],
    ['app://redaksi/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://redaksi/assets/', 'assets/index.html'],
    ['app://redaksi/index.html?x=1#frag', 'index.html'],
    ['app://redaksi/fonts/Source%20Serif.woff2', 'fonts/Source Serif.woff2'],
    ['app://redaksi/a/./b.js', 'a/b.js'],
    ['app://redaksi/a/.../b.js', 'a/.../b.js'],
    ['app://redaksi/b%C3%BCcher.json', 'bücher.json'],
  ])('%s -> %s', (url, expected) => {
    expect(resolveAppFile(root, url)).toBe(join(root, expected));
  });

  it.each([
    ['app://redaksi/../secret.txt', 'dot-dot above the root (the URL parser would fold it into the root)'],
    ['app://redaksi/assets/../index.html', 'any dot-dot segment, even one that stays inside'],
    ['app://redaksi/../../../../etc/passwd', 'deep dot-dot'],
    ['app://redaksi/%2e%2e/secret.txt', 'encoded dot-dot'],
    ['app://redaksi/%2E%2E/%2E%2E/etc/passwd', 'upper-case encoded dot-dot'],
    ['app://redaksi/.%2e/secret.txt', 'half-encoded dot-dot'],
    ['app://redaksi/..%2fsecret.txt', 'encoded slash'],
    ['app://redaksi/..%2Fsecret.txt', 'encoded slash, upper case'],
    ['app://redaksi/assets%2f..%2f..%2fsecret.txt', 'encoded slashes'],
    ['app://redaksi/..%5csecret.txt', 'encoded backslash'],
    ['app://redaksi/..\\secret.txt', 'backslash'],
    ['app://redaksi/index.html%00.png', 'encoded NUL'],
    ['app://redaksi/%E0%A4%A', 'malformed escape'],
    ['app://redaksi/%252e%252e/secret.txt', 'double-encoded dot-dot stays a literal name, but is still refused'],
    ['app://evil/index.html', 'other host'],
    ['app://redaksi.evil/index.html', 'host with our name as prefix'],
    ['app://user@redaksi/index.html', 'credentials'],
    ['app://redaksi:99/index.html', 'port'],
    ['file:///srv/redaksi/out/renderer/index.html', 'other scheme'],
    ['https://redaksi/index.html', 'https'],
    ['app:index.html', 'opaque path'],
    ['not a url', 'malformed URL'],
    ['', 'empty'],
  ])('%s is refused (%s)', (url) => {
    const resolved = resolveAppFile(root, url);
    if (url.includes('%252e')) {
      // Decoded once it is the harmless name "%2e%2e"; accept only if it stays inside.
      expect(resolved === null || resolved.startsWith(root)).toBe(true);
    } else {
      expect(resolved).toBeNull();
    }
  });

  it('never returns a path outside the root for any of a batch of tricky paths', () => {
    const pieces = ['..', '.', '%2e', '%2E%2e', '.%2e', 'a', '', '%2f', '%5c', '%00', '~', 'C:', '%252e%252e'];
    for (const a of pieces) for (const b of pieces) for (const c of pieces) {
      const resolved = resolveAppFile(root, `app://redaksi/${a}/${b}/${c}`);
      if (resolved !== null) expect(isInsideFolder(root, resolved) && resolved !== root).toBe(true);
    }
  });
});

describe('isInsideFolder', () => {
  it.each([
    [join(root, 'a.js'), true],
    [root, true],
    [join(root, '..', 'renderer-evil', 'a.js'), false],
    [resolve(root, '..'), false],
    [join(root, '..a'), true],
  ])('%s -> %s', (path, inside) => {
    expect(isInsideFolder(root, path)).toBe(inside);
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.CSS', 'text/css; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['locales/en.json', 'application/json; charset=utf-8'],
    ['font.woff2', 'font/woff2'],
    ['model.wasm', 'application/wasm'],
    ['unknown.bin', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s -> %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});
