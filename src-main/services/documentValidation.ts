import { Node as PmNode } from '@tiptap/pm/model';
import { getDocumentSchema, isAllowedLinkHref } from '../../src-preload/contract/documentSchema.ts';
import { claimMarkName } from '../../src-preload/contract/claimMark.ts';
import { commentMarkName } from '../../src-preload/contract/commentMark.ts';
import { imageNodeName, isMediaSrc, maxImageTextLength } from '../../src-preload/contract/imageNode.ts';
import { AppError } from './appError.ts';

/** A comment mark carries exactly one thing: the uuid of its thread (a claim mark: of its claim). */
const threadIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Heading levels the editor can produce (StarterKit's Heading default `levels`). */
const headingLevels: readonly unknown[] = [1, 2, 3, 4, 5, 6];

/**
 * Parses ProseMirror JSON against the stored-document schema and returns the node. Anything the
 * editor could not have produced (unknown nodes or marks, bad nesting, unsafe links, images not
 * stored by the app, heading levels outside 1-6, attribute values that are not scalars) is `INVALID_INPUT`, so a hostile or
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

/**
 * Parses one top-level block (a changed block of a patched save) with the checks `parseDocument`
 * applies to it inside a whole document: its content, marks and attributes and those of
 * everything in it, and that a document may hold it at the top level. Whether the blocks around
 * it still make a valid document: see `topLevelIsRepetition`.
 */
export function parseBlock(json: unknown): PmNode {
  const schema = getDocumentSchema();
  let node: PmNode;
  try {
    node = PmNode.fromJSON(schema, json);
    node.check();
  } catch (error) {
    throw new AppError('INVALID_INPUT', `block does not match the article schema: ${(error as Error).message}`);
  }
  const doc = schema.topNodeType;
  if (!doc.contentMatch.matchType(node.type) || !doc.allowsMarks(node.marks)) {
    throw new AppError('INVALID_INPUT', `a document cannot hold a ${node.type.name} at the top level`);
  }
  const check = (child: PmNode) => {
    const problem = attrsProblem(child.type.name, child.attrs) ?? child.marks.map((m) => attrsProblem(m.type.name, m.attrs)).find(Boolean);
    if (problem) throw new AppError('INVALID_INPUT', `document ${problem}`);
  };
  check(node);
  node.descendants(check);
  return node;
}

let repeated: boolean | undefined;

/**
 * True when the document's content expression is one repeated group (TipTap's Document is
 * `block+`): every block that may open a document may also follow any block, and any block may
 * end it. Then a list of blocks, each accepted by `parseBlock`, is a valid document exactly when
 * it is not empty, and a patched save never re-checks the blocks it did not change.
 */
export function topLevelIsRepetition(): boolean {
  if (repeated !== undefined) return repeated;
  const schema = getDocumentSchema();
  const start = schema.topNodeType.contentMatch;
  const types = Object.values(schema.nodes);
  const first = types.map((t) => start.matchType(t)).find((m) => m !== null);
  repeated =
    first !== undefined &&
    !start.validEnd &&
    first.validEnd &&
    types.every((t) => {
      const opened = start.matchType(t);
      return opened === null ? first.matchType(t) === null : opened === first && first.matchType(t) === first;
    });
  return repeated;
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
  if (type === imageNodeName) {
    // Only pictures the app stores: a remote, data: or file: address would be fetched (hot-linked).
    if (!isMediaSrc(attrs.src)) return 'has an image that is not stored by the app';
    for (const key of ['alt', 'title'] as const) {
      const value = attrs[key];
      if (value !== null && (typeof value !== 'string' || value.length > maxImageTextLength)) return `has an image with an invalid ${key}`;
    }
  }
  if (type === commentMarkName && (typeof attrs.commentId !== 'string' || !threadIdPattern.test(attrs.commentId))) {
    return 'has a comment mark without a valid thread id';
  }
  if (type === claimMarkName && (typeof attrs.claimId !== 'string' || !threadIdPattern.test(attrs.claimId))) {
    return 'has a claim mark without a valid claim id';
  }
  return undefined;
}

/** Plain text of a document, blocks separated by newlines. */
export function documentText(node: PmNode): string {
  return node.textBetween(0, node.content.size, '\n', ' ');
}
