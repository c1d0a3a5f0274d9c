/**
 * RELIABILITY.md S1/S2: the CSP is in the BUILT renderer page (out/renderer/index.html), not only in
 * the source page — a build plugin that strips or rewrites it (the dev server's does) would
 * otherwise go unnoticed — and the built page has nothing the policy would have to allow: no
 * inline script, no inline handler, no remote script. Needs the build (`npm test` builds first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src-main/electron/contentSecurityPolicy.ts';

const renderer = join(import.meta.dirname, '../../out/renderer');
let html = '';

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

beforeAll(() => {
  const file = join(renderer, 'index.html');
  if (!existsSync(file)) throw new Error('out/renderer/index.html is missing: run `npm run build` first (npm test builds before the unit step)');
  html = readFileSync(file, 'utf8');
});

describe('CSP in the built out/renderer/index.html', () => {
  const metas = () => [...html.matchAll(/<meta\s+http-equiv=["']Content-Security-Policy["']\s+content="([^"]*)"\s*\/?>/gi)].map((m) => m[1]!);

  it('has exactly one CSP meta tag, in <head> before any script', () => {
    expect(metas()).toHaveLength(1);
    const metaAt = html.search(/<meta\s+http-equiv=["']Content-Security-Policy["']/i);
    expect(metaAt).toBeLessThan(html.indexOf('</head>'));
    expect(metaAt).toBeLessThan(html.search(/<script/i));
  });

  it('script-src is self only: no unsafe-inline, unsafe-eval, wildcard, data: or blob:', () => {
    const policy = directives(metas()[0]!);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(metas()[0]).not.toMatch(/unsafe-(inline|eval|hashes)|wasm-unsafe-eval|strict-dynamic/i);
  });

  it("object-src is 'none', connect-src is self only, and nothing falls back to a wildcard", () => {
    const policy = directives(metas()[0]!);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(metas()[0]).not.toMatch(/(^|\s)\*|https?:|wss?:/i);
  });

  it('is the policy main sends as a header (minus frame-ancestors, which a meta tag cannot carry)', () => {
    const expected = contentSecurityPolicy
      .split('; ')
      .filter((d) => !d.startsWith('frame-ancestors'))
      .join('; ');
    expect(metas()[0]).toBe(expected);
  });

  it('has no inline script, inline event handler or javascript: URL for the policy to block', () => {
    for (const tag of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      expect(tag[1]).toMatch(/\bsrc=/);
      expect(tag[2]!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it('loads only its own bundled files, and they exist', () => {
    const refs = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref, ref).toMatch(/^\.\//);
      expect(existsSync(join(renderer, ref)), ref).toBe(true);
    }
  });
});
