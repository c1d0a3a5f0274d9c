/**
 * The renderer's Content-Security-Policy. Electron-free on purpose: the Electron shell sends it
 * with every `app://` response and the web host sends the same header, so both hosts run the
 * renderer under one policy. No inline script or style and no eval: pasted or imported HTML can
 * carry payloads, and a strict policy is what stops them (RELIABILITY.md S2/S3).
 */
export const contentSecurityPolicyDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'frame-src': ["'none'"],
  'worker-src': ["'self'"],
} as const satisfies Record<string, readonly string[]>;

/** The policy as a header value. */
export const contentSecurityPolicy: string = Object.entries(contentSecurityPolicyDirectives)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

/**
 * Response headers with our policy in place of any the response carried (whatever the header
 * name's case), so a response can never loosen it.
 */
export function withContentSecurityPolicy(headers: Record<string, string | string[]> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy' || name.toLowerCase() === 'content-security-policy-report-only') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [contentSecurityPolicy];
  return result;
}
