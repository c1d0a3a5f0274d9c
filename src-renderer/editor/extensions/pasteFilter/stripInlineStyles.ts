/**
 * Removes `style` attributes from an HTML string before the browser parses it. Under our CSP
 * (no 'unsafe-inline' in style-src) Chromium logs a violation for every parsed style attribute,
 * even in a detached document, and pasted Word or web pages carry hundreds. The schema drops
 * styles anyway, so nothing the article keeps is lost. Pure string work, no DOM.
 */

// A start tag, attribute by attribute, so a ">" inside a quoted value does not end it.
const startTag = /<[a-zA-Z][^\s/>]*(?:\s*(?:[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\/(?!>)))*\s*\/?>/g;
// One attribute (name and optional value) inside a start tag; quoted values are consumed whole.
const attribute = /(\s*)([^\s"'>/=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/** `html` without any `style="…"` attribute; everything else is left byte for byte. */
export function stripInlineStyles(html: string): string {
  if (!/style/i.test(html)) return html;
  return html.replace(startTag, (tag) => {
    const name = /^<[^\s/>]+/.exec(tag)![0];
    const rest = tag.slice(name.length);
    return name + rest.replace(attribute, (all, _space: string, attr: string) => (attr.toLowerCase() === 'style' ? '' : all));
  });
}
