/**
 * What the link dialog accepts: a web (http, https) or email (mailto) address. A bare domain
 * ("kompas.id/berita") gets https://, a bare email address gets mailto:. Anything else
 * (javascript:, file:, data:, relative paths) is refused, as the stored format refuses it.
 */
import { isAllowedLinkHref } from '../../../src-preload/contract/documentSchema.ts';

const bareEmail = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
const bareDomain = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?::\d+)?(?:[/?#]\S*)?$/u;

/** The href to store for what the user typed, or null when it is not an allowed address. */
export function normalizeLinkHref(input: string): string | null {
  const text = input.trim();
  if (text === '' || /\s/.test(text)) return null;
  let href = text;
  // A scheme, unless what follows the colon is a port ("example.com:8080/x").
  if (!/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(text)) {
    if (bareEmail.test(text)) href = `mailto:${text}`;
    else if (bareDomain.test(text)) href = `https://${text}`;
    else return null;
  }
  if (!isAllowedLinkHref(href)) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol === 'mailto:') return url.pathname.includes('@') ? href : null;
  return url.hostname ? href : null;
}
