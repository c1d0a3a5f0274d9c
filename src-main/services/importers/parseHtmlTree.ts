import { parseDocument } from 'htmlparser2';
import { ImportError } from './importError.ts';

/** The parts of an htmlparser2 (domhandler) node the converters read. */
export interface HtmlNode {
  /** 'tag' | 'script' | 'style' for elements; 'text', 'comment', 'directive', 'cdata', 'root' otherwise. */
  type: string;
  /** Lower-case tag name of an element. */
  name?: string;
  attribs?: Record<string, string>;
  /** Text of a text or comment node, or the body of a directive. */
  data?: string;
  children?: HtmlNode[];
}

/** Nesting the parse accepts; articles nest a dozen levels, hostile files hundreds of thousands. */
export const maxHtmlNesting = 1000;

// Elements without end tag, and elements the parser closes by itself when a sibling starts: neither
// makes the tree deeper, so they do not count towards the nesting estimate.
const selfClosing = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const closedBySibling = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp']);

/**
 * Parses HTML into a tree with htmlparser2 (forgiving, no scripts run, no network). Nesting
 * deeper than `maxHtmlNesting` is refused first with a linear scan, because the parser's cost
 * grows with the square of the nesting depth (100,000 nested divs take ~9 s).
 */
export function parseHtmlTree(html: string): HtmlNode {
  if (estimateNesting(html) > maxHtmlNesting) {
    throw new ImportError('too-complex', `the HTML is nested more than ${maxHtmlNesting} levels deep`);
  }
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }) as unknown as HtmlNode;
}

/** An upper estimate of element nesting from open and close tags, without building anything. */
function estimateNesting(html: string): number {
  // `[^<>]*` (not `[^>]*?`) keeps the scan linear on input full of unclosed `<`.
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*>/g;
  let depth = 0;
  let max = 0;
  for (let match = tag.exec(html); match !== null; match = tag.exec(html)) {
    const name = match[2]!.toLowerCase();
    // `<div/>` opens a div in HTML, so a trailing slash does not exempt a tag.
    if (selfClosing.has(name) || closedBySibling.has(name)) continue;
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
    if (max > maxHtmlNesting) break;
  }
  return max;
}
