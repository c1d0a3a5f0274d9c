import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy, withContentSecurityPolicy } from './contentSecurityPolicy.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const parsed = directives(contentSecurityPolicy);

  it('allows nothing unsafe anywhere', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-/i);
    expect(contentSecurityPolicy).not.toMatch(/\*/);
    expect(contentSecurityPolicy).not.toMatch(/https?:|wss?:/i);
  });

  it.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['worker-src', ["'self'"]],
  ])('%s is %j', (name, sources) => {
    expect(parsed.get(name)).toEqual(sources);
  });

  it('is a single header line with no duplicate directives', () => {
    expect(contentSecurityPolicy).not.toMatch(/[\r\n]/);
    expect(parsed.size).toBe(contentSecurityPolicy.split(';').length);
  });
});

describe('withContentSecurityPolicy', () => {
  it('adds the policy and keeps other headers', () => {
    expect(withContentSecurityPolicy({ 'Content-Type': ['text/html'], 'X-A': 'b' })).toEqual({
      'Content-Type': ['text/html'],
      'X-A': ['b'],
      'Content-Security-Policy': [contentSecurityPolicy],
    });
  });

  it('replaces a looser policy whatever its header case', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ["script-src 'unsafe-inline'"],
      'CONTENT-SECURITY-POLICY-REPORT-ONLY': ['default-src *'],
    });
    expect(headers).toEqual({ 'Content-Security-Policy': [contentSecurityPolicy] });
  });

  it('works without headers', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [contentSecurityPolicy] });
  });
});

describe('the meta CSP in src-renderer/index.html', () => {
  it('is the same policy, minus frame-ancestors (which browsers ignore in a meta tag)', () => {
    const html = readFileSync(join(import.meta.dirname, '../../src-renderer/index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    const expected = contentSecurityPolicy
      .split('; ')
      .filter((d) => !d.startsWith('frame-ancestors'))
      .join('; ');
    expect(meta).toBe(expected);
  });
});
