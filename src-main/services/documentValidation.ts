import { Node as PmNode } from '@tiptap/pm/model';
import { getDocumentSchema, isAllowedLinkHref } from '../../src-preload/contract/documentSchema.ts';
import { commentMarkName } from '../../src-preload/contract/commentMark.ts';
import { AppError } from './appError.ts';

/** A comment mark carries exactly one thing: the uuid of its thread. */
const threadIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Heading levels the editor can produce (StarterKit's Heading default `levels`). */
const headingLevels: readonly unknown[] = [1, 2, 3, 4, 5, 6];

/**
 * Parses ProseMirror JSON against the stored-document schema and returns the node. Anything the
 * editor could not have produced (unknown nodes or marks, bad nesting, unsafe links, heading
 * levels outside 1-6, attribute values that are not scalars) is `INVALID_INPUT`, so a hostile or
 * broken client cannot store a document the editor cannot open.
 */
export function parseDocument(json: unknown): PmNode {
  let node: PmNode;
  try {
    node = PmNode.fromJSON(getDocumentSchema(), json);
    node.check();
  } catch (error) {
    throw new AppError('INVALID_INPUT', `document does not match the article schema: ${(error as Error).message}`);
  }
  node.descendants((child) => {
    const problem = attrsProblem(child.type.name, child.attrs) ?? child.marks.map((m) => attrsProblem(m.type.name, m.attrs)).find(Boolean);
    if (problem) throw new AppError('INVALID_INPUT', `document ${problem}`);
  });
  return node;
}

/** Why the attributes of a node or mark are not something the editor writes, if they are not. */
function attrsProblem(type: string, attrs: Readonly<Record<string, unknown>>): string | undefined {
  for (const [key, value] of Object.entries(attrs)) {
    const scalar = value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
    if (!scalar) return `has a ${type} with an invalid ${key} attribute`;
  }
  if (type === 'heading' && !headingLevels.includes(attrs.level)) return 'has a heading level outside 1-6';
  if (type === 'link' && (typeof attrs.href !== 'string' || !isAllowedLinkHref(attrs.href))) {
    return 'contains a link with a forbidden protocol';
  }
  if (type === commentMarkName && (typeof attrs.commentId !== 'string' || !threadIdPattern.test(attrs.commentId))) {
    return 'has a comment mark without a valid thread id';
  }
  return undefined;
}

/** Plain text of a document, blocks separated by newlines. */
export function documentText(node: PmNode): string {
  return node.textBetween(0, node.content.size, '\n', ' ');
}
