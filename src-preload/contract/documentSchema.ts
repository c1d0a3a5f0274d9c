/**
 * The stored document format. Every article body is ProseMirror JSON valid against the schema
 * built from this extension list; main checks it before saving, the editor builds on it.
 * Needs no DOM, so main, the CLI and tests use the same definition as the renderer.
 */
import { getSchema, type AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { Schema } from '@tiptap/pm/model';

/** Link protocols an article may contain; anything else (javascript:, file:, data:) is refused. */
export const allowedLinkProtocols = ['http', 'https', 'mailto'] as const;

/** True when `href` uses one of `allowedLinkProtocols`. */
export function isAllowedLinkHref(href: string): boolean {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(href.trim());
  if (!match) return false;
  return (allowedLinkProtocols as readonly string[]).includes(match[1]!.toLowerCase());
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
