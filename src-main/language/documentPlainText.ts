/**
 * Plain text of a stored article body (ProseMirror JSON), for the search index. Works on the JSON
 * itself, without the document schema, so a migration can index bodies written by any version.
 * Every node boundary becomes a line break (blocks, hard breaks, table cells), while text nodes
 * that only differ in marks join up: "Rp" + bold "12.500" stays one word.
 */
export function documentPlainText(doc: unknown): string {
  const out: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (typeof node !== 'object' || node === null || depth > 200) return;
    const { type, text, content } = node as { type?: unknown; text?: unknown; content?: unknown };
    if (type === 'text' && typeof text === 'string') {
      out.push(text);
      return;
    }
    out.push('\n');
    if (Array.isArray(content)) for (const child of content) visit(child, depth + 1);
    out.push('\n');
  };
  visit(doc, 0);
  return searchableText(out.join(''));
}

/**
 * Text as the search index stores it: NFC (so "é" typed as e + combining accent folds like the
 * precomposed one), no control characters (the snippet markers are control characters, so text
 * can never forge a highlight), single line breaks between blocks, and no trailing space.
 */
export function searchableText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ') // eslint-disable-line no-control-regex -- removing them is the point
    .replace(/[ \t]*\n[\s]*/g, '\n')
    .trim();
}
