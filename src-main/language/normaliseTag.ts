/** A tag ready to store: `name` as shown, `key` deciding uniqueness. */
export interface NormalisedTag {
  name: string;
  key: string;
}

/**
 * Normalises a tag as typed: NFC, surrounding space and leading '#' removed, runs of white space
 * made one space. The key is the lower-cased name, so "Pemilu", "#pemilu" and "PEMILU " are one
 * tag; accents still count ("Kopí" and "kopi" are different tags). Null when nothing is left.
 */
export function normaliseTag(raw: string): NormalisedTag | null {
  const name = raw
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^#+\s*/u, '');
  if (name === '') return null;
  return { name, key: name.toLowerCase() };
}

/** Normalises a list of tags, keeping the first spelling of each and the order they came in. */
export function normaliseTags(raw: readonly string[]): NormalisedTag[] {
  const seen = new Map<string, NormalisedTag>();
  for (const r of raw) {
    const tag = normaliseTag(r);
    if (tag && !seen.has(tag.key)) seen.set(tag.key, tag);
  }
  return [...seen.values()];
}
