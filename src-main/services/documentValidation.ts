import { Node as PmNode } from '@tiptap/pm/model';
import { getDocumentSchema, isAllowedLinkHref } from '../../src-preload/contract/documentSchema.ts';
import { AppError } from './appError.ts';

/**
 * Parses ProseMirror JSON against the stored-document schema and returns the node. Anything the
 * editor could not have produced (unknown nodes or marks, bad nesting, unsafe links) is
 * `INVALID_INPUT`, so a hostile or broken client cannot store a document the editor cannot open.
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
    for (const mark of child.marks) {
      if (mark.type.name === 'link' && !isAllowedLinkHref(String(mark.attrs.href ?? ''))) {
        throw new AppError('INVALID_INPUT', 'document contains a link with a forbidden protocol');
      }
    }
  });
  return node;
}

/** Plain text of a document, blocks separated by newlines. */
export function documentText(node: PmNode): string {
  return node.textBetween(0, node.content.size, '\n', ' ');
}
