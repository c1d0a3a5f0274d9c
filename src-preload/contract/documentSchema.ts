/**
 * The stored document format. Every article body is ProseMirror JSON valid against the schema
 * built from this extension list; main checks it before saving, the editor builds on it.
 * Needs no DOM, so main, the CLI and tests use the same definition as the renderer.
 */
import { getSchema, type AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import type { Schema } from '@tiptap/pm/model';
import { ClaimMark } from './claimMark.ts';
import { CommentMark } from './commentMark.ts';
import { ImageNode } from './imageNode.ts';

/** Link protocols an article may contain; anything else (javascript:, file:, data:) is refused. */
export const allowedLinkProtocols = ['http', 'https', 'mailto'] as const;

/** True when `href` uses one of `allowedLinkProtocols`. */
export function isAllowedLinkHref(href: string): boolean {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim());
  if (!match) return false;
  return (allowedLinkProtocols as readonly string[]).includes(match[1]!.toLowerCase());
}

/**
 * Table cells as stored: `colspan`, `rowspan` and `colwidth` (always null: columns are not
 * resizable), but no `align`. TipTap renders `align` as an inline `style` attribute, which our
 * CSP refuses (a console error per cell), and a pasted `<col width>` would become an array that
 * main's validation rejects as a non-scalar attribute. So neither is read from pasted HTML.
 */
function storedCellAttributes(parent: (() => Record<string, unknown>) | undefined): Record<string, unknown> {
  const { align: _align, colwidth, ...rest } = parent?.() ?? {};
  return { ...rest, colwidth: { ...(colwidth as object), parseHTML: () => null } };
}

/** Extensions that define nodes and marks of the stored format (no UI-only extensions here). */
export const documentExtensions: AnyExtension[] = [
  StarterKit.configure({
    // Undo history, drop cursor and gap cursor are editor behaviour, not document format.
    undoRedo: false,
    dropcursor: false,
    gapcursor: false,
    trailingNode: false,
    link: {
      openOnClick: false,
      autolink: true,
      protocols: [],
      defaultProtocol: 'https',
      isAllowedUri: (url) => isAllowedLinkHref(url),
    },
  }),
  // Underline, strike, link, horizontal rule and hard break come with StarterKit above.
  // Serialised (copy, getHTML) without TipTap's colgroup and inline min-width style: columns are
  // not resizable, and an inline style logs a CSP violation whenever the HTML is parsed.
  Table.extend({ renderHTML: ({ HTMLAttributes }) => ['table', HTMLAttributes, ['tbody', 0]] }).configure({ resizable: false, allowTableNodeSelection: false }),
  TableRow,
  TableHeader.extend({ addAttributes() { return storedCellAttributes(this.parent); } }),
  TableCell.extend({ addAttributes() { return storedCellAttributes(this.parent); } }),
  CommentMark,
  // Claims tracked by the fact-check desk; see claimMark.ts.
  ClaimMark,
  // Block images stored by the app (`media/<sha256>`); see imageNode.ts.
  ImageNode,
];

let cached: Schema | undefined;

/** The ProseMirror schema of stored documents (built once). */
export function getDocumentSchema(): Schema {
  cached ??= getSchema(documentExtensions);
  return cached;
}

/** An empty article body. */
export function emptyDocument(): { type: 'doc'; content: [{ type: 'paragraph' }] } {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
