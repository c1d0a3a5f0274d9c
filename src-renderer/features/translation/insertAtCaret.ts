/** Putting text into a target box at the caret (glossary terms), keeping the caret after it. */

export interface Inserted {
  value: string;
  caret: number;
}

/**
 * Replaces the selection [start, end) of `value` with `text`, adding a space on either side
 * when the text would otherwise run into a word.
 */
export function insertAtCaret(value: string, start: number, end: number, text: string): Inserted {
  const before = value.slice(0, start);
  const after = value.slice(end);
  const lead = before.length > 0 && /[\p{L}\p{N}]$/u.test(before) ? ' ' : '';
  const trail = after.length > 0 && /^[\p{L}\p{N}]/u.test(after) ? ' ' : '';
  const inserted = lead + text + trail;
  return { value: before + inserted + after, caret: before.length + lead.length + text.length };
}
