/** Forbidden variants are edited as one line of text: "a; b" or one per line. */

/** Splits what the user typed into variants: semicolons or new lines separate them (commas may be part of a term). */
export function parseVariants(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[;\n]/)) {
    const variant = part.trim().replace(/\s+/g, ' ');
    if (!variant || seen.has(variant)) continue;
    seen.add(variant);
    out.push(variant.slice(0, 500));
  }
  // The contract allows 50 per language.
  return out.slice(0, 50);
}

export function formatVariants(variants: readonly string[]): string {
  return variants.join('; ');
}
