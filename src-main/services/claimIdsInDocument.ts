import { claimMarkName } from '../../src-preload/contract/claimMark.ts';

/**
 * The claim ids of the `claim` marks in a stored document (its JSON), each once, in the order
 * their text first appears. Works on the JSON as stored, without building a ProseMirror node:
 * the order of `content` arrays is the document order.
 */
export function claimIdsInDocument(doc: unknown): string[] {
  const seen = new Set<string>();
  // An explicit stack rather than recursion: a deeply nested list or table cannot overflow it.
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const { marks, content } = node as { marks?: unknown; content?: unknown };
    if (Array.isArray(marks)) {
      for (const mark of marks) {
        const { type, attrs } = (mark ?? {}) as { type?: unknown; attrs?: { claimId?: unknown } };
        if (type === claimMarkName && typeof attrs?.claimId === 'string') seen.add(attrs.claimId);
      }
    }
    // Children pushed last-first so the first child is visited next.
    if (Array.isArray(content)) for (let i = content.length - 1; i >= 0; i--) stack.push(content[i]);
  }
  return [...seen];
}
