/**
 * Where the renderer may be, where it may go, and what may leave the app. Pure functions over
 * URL strings, so the whole policy is tested with a URL table (RELIABILITY.md S4).
 */

/** The custom scheme the built renderer is served from. */
export const appScheme = 'app';
/** The only host of that scheme. */
export const appHost = 'redaksi';
/** The canonical prefix of every app URL. */
export const appOrigin = `${appScheme}://${appHost}`;
/** Entry page of the built renderer. */
export const appEntryUrl = `${appOrigin}/index.html`;

export type NavigationDecision = 'allow' | 'deny';

export interface WindowOpenDecision {
  action: 'deny';
  /** True when the URL may be handed to the user's browser or mail client instead. */
  openExternally: boolean;
}

// Chromium always reports canonical URLs; spaces, control characters or backslashes mean
// someone is relying on lenient parsing, so such strings are refused before parsing.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const suspiciousCharacters = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff\\]/;

function parseStrict(url: string): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192 || suspiciousCharacters.test(url)) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** Origin of a dev server URL, or null unless it is plain http(s) on a loopback address. */
function devServerOrigin(devServerUrl: string | undefined): string | null {
  if (!devServerUrl) return null;
  const parsed = parseStrict(devServerUrl);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return null;
  if (!isLoopbackHost(parsed.hostname) || parsed.username || parsed.password) return null;
  return parsed.origin;
}

/**
 * True when `url` is a page of our renderer: `app://redaksi/…` in canonical form (protocol and
 * host compared, because `URL.origin` is "null" for custom schemes), or — only when the caller
 * passes it explicitly in development — a page of the loopback dev server.
 */
export function isTrustedRendererUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parseStrict(url);
  if (!parsed) return false;
  if (parsed.username || parsed.password) return false;
  if (parsed.protocol === `${appScheme}:`) {
    return parsed.host === appHost && parsed.port === '' && url.startsWith(`${appOrigin}/`);
  }
  const devOrigin = devServerOrigin(devServerUrl);
  return devOrigin !== null && parsed.origin === devOrigin;
}

/** Navigation (links, redirects, `location =`) stays inside the renderer or does not happen. */
export function decideNavigation(url: string, devServerUrl?: string): NavigationDecision {
  return isTrustedRendererUrl(url, devServerUrl) ? 'allow' : 'deny';
}

/**
 * True for URLs the OS may open outside the app: `https:` with a host and no credentials
 * (`https://bank@evil` is a classic disguise), and `mailto:` with an address part.
 */
export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parseStrict(url);
  if (!parsed) return false;
  if (parsed.protocol === 'https:') return parsed.hostname !== '' && !parsed.username && !parsed.password;
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0 && !parsed.pathname.startsWith('/');
  return false;
}

/** `window.open` never creates a window; a safe link goes to the user's browser instead. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isAllowedExternalUrl(url) };
}
