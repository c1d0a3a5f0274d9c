import type { HtmlNode } from './parseHtmlTree.ts';

/**
 * Word's HTML (clipboard and "Save as Web Page") has no `<ul>`/`<ol>`: a list is a run of
 * `<p style="mso-list:l0 level2 lfo1">` paragraphs, each starting with its bullet or number
 * typed out between `<![if !supportLists]>` … `<![endif]>`. This turns such runs among
 * `children` into real nested lists (without the typed bullets) and returns the new child list;
 * other nodes are returned unchanged.
 */
export function groupWordListParagraphs(children: HtmlNode[]): HtmlNode[] {
  if (!children.some(isWordListParagraph)) return children;
  const out: HtmlNode[] = [];
  let stack: { level: number; list: HtmlNode; lastItem: HtmlNode | undefined }[] = [];
  for (const child of children) {
    if (child.type === 'text' && stack.length > 0 && !/\S/.test(child.data ?? '')) continue;
    if (!isWordListParagraph(child)) {
      stack = [];
      out.push(child);
      continue;
    }
    const level = Number(/level(\d+)/i.exec(child.attribs?.style ?? '')?.[1] ?? 1);
    const marker = removeMarker(child).trim();
    const ordered = /^\(?([0-9]+|[a-z]|[ivxlcdm]+)[.)]/i.test(marker);
    while (stack.length > 0 && stack[stack.length - 1]!.level > level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < level) {
      const list: HtmlNode = { type: 'tag', name: ordered ? 'ol' : 'ul', attribs: {}, children: [] };
      if (top) {
        if (!top.lastItem) {
          top.lastItem = { type: 'tag', name: 'li', attribs: {}, children: [] };
          top.list.children!.push(top.lastItem);
        }
        top.lastItem.children!.push(list);
      } else {
        out.push(list);
      }
      top = { level, list, lastItem: undefined };
      stack.push(top);
    }
    const item: HtmlNode = { type: 'tag', name: 'li', attribs: {}, children: [...(child.children ?? [])] };
    top.list.children!.push(item);
    top.lastItem = item;
  }
  return out;
}

function isWordListParagraph(node: HtmlNode): boolean {
  if (node.type !== 'tag' || (node.name !== 'p' && !/^h[1-6]$/.test(node.name ?? ''))) return false;
  const style = node.attribs?.style ?? '';
  return /mso-list\s*:\s*l\d/i.test(style);
}

/** Removes the typed bullet or number from a Word list paragraph; returns its text. */
function removeMarker(paragraph: HtmlNode): string {
  const children = paragraph.children ?? [];
  let removed = '';
  const start = children.findIndex((c) => (c.type === 'directive' || c.type === 'comment') && /if\s+!supportLists/i.test(c.data ?? ''));
  if (start >= 0) {
    const end = children.findIndex((c, i) => i > start && (c.type === 'directive' || c.type === 'comment') && /endif/i.test(c.data ?? ''));
    if (end > start) {
      removed = children.slice(start + 1, end).map(textOf).join('');
      children.splice(start, end - start + 1);
    }
  }
  // Newer Word marks the bullet span itself with mso-list:Ignore (sometimes without the comments).
  for (const parent of [paragraph, ...children.filter((c) => c.type === 'tag')]) {
    const list = parent.children ?? [];
    const at = list.findIndex((c) => c.type === 'tag' && /mso-list\s*:\s*ignore/i.test(c.attribs?.style ?? ''));
    if (at >= 0) {
      removed ||= textOf(list[at]!);
      list.splice(at, 1);
      break;
    }
  }
  return removed.replace(/\u00a0/g, ' ');
}

/** Text of a subtree, without recursion (hostile input nests deeply). */
function textOf(node: HtmlNode): string {
  let text = '';
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') text += n.data ?? '';
    else if (n.children) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return text;
}
