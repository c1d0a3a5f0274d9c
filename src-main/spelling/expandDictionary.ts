/**
 * Expands a hunspell dictionary (.dic stems with affix flags) into every surface form it accepts,
 * the way `unmunch` does, so checking a word is one hash lookup instead of affix stripping.
 * Combinations follow hunspell's rules: a suffix may carry a second (outer) suffix in its
 * continuation flags; a prefix combines with a suffix when both allow cross products and the
 * prefix flag is on the stem or on the suffix; CIRCUMFIX affixes must appear together (prefix and
 * suffix both with the flag, or neither); NEEDAFFIX stems and affixes never stand alone.
 */
import type { AffixData, AffixEntry } from './affixFile.ts';
import { splitFlags } from './affixFile.ts';

/** Per-word attributes stored in the word set (bit flags). */
export const WordAttr = {
  /** Accepted but never offered as a suggestion (hunspell NOSUGGEST, e.g. slurs). */
  noSuggest: 1,
  /** Case must match exactly (hunspell KEEPCASE). */
  keepCase: 2,
  /** Explicitly wrong (hunspell FORBIDDENWORD): rejected even if affix rules would produce it. */
  forbidden: 4,
} as const;

export interface DicStem {
  word: string;
  flags: string[];
}

/** Parses .dic text: first line is the (approximate) count, then `word/FLAGS` per line. */
export function parseDic(text: string, affix: Pick<AffixData, 'flagType' | 'aliases'>): DicStem[] {
  const lines = text.split(/\r?\n/);
  const out: DicStem[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (i === 0 && /^\s*\d+\s*$/.test(line)) continue;
    // Morphological fields follow a tab (or spaces before "xx:"); only the word/flags part matters.
    line = line.replace(/\t.*$/, '').replace(/\s+[a-z][a-z]:.*$/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    // "\/" escapes a slash inside the word; the first unescaped slash starts the flags.
    let slash = -1;
    for (let j = 0; j < line.length; j++) {
      if (line[j] === '\\') j++;
      else if (line[j] === '/' && j > 0) {
        slash = j;
        break;
      }
    }
    const word = (slash < 0 ? line : line.slice(0, slash)).replace(/\\\//g, '/');
    const flags = slash < 0 ? [] : splitFlags(line.slice(slash + 1), affix.flagType, affix.aliases);
    out.push({ word, flags });
  }
  return out;
}

function applies(entry: AffixEntry, stem: string): boolean {
  if (entry.kind === 'SFX') {
    if (entry.strip && !stem.endsWith(entry.strip)) return false;
    if (stem.length <= entry.strip.length && entry.append === '') return false;
  } else {
    if (entry.strip && !stem.startsWith(entry.strip)) return false;
    if (stem.length <= entry.strip.length && entry.append === '') return false;
  }
  return entry.condition === null || entry.condition.test(stem);
}

const applySuffix = (entry: AffixEntry, stem: string) => stem.slice(0, stem.length - entry.strip.length) + entry.append;
const applyPrefix = (entry: AffixEntry, stem: string) => entry.append + stem.slice(entry.strip.length);

interface SuffixForm {
  form: string;
  inner: AffixEntry;
  outer: AffixEntry | null;
  circumfix: boolean;
  needAffix: boolean;
  cross: boolean;
}

/**
 * Calls `emit(form, attrs)` for every word the stem produces (duplicates possible; the set
 * builder removes them). Hot: runs ~30k times for id_ID, so it avoids allocating per affix.
 */
export function expandStem(stem: DicStem, affix: AffixData, emit: (word: string, attrs: number) => void): void {
  const flags = stem.flags;
  const { circumfix, needAffix } = affix;
  const hasFlag = (flag: string | null) => flag !== null && flags.includes(flag);
  if (hasFlag(affix.onlyInCompound)) return;
  let attrs = 0;
  if (hasFlag(affix.noSuggest)) attrs |= WordAttr.noSuggest;
  if (hasFlag(affix.keepCase)) attrs |= WordAttr.keepCase;
  if (hasFlag(affix.forbiddenWord)) {
    emit(stem.word, WordAttr.forbidden);
    return;
  }
  const has = (set: ReadonlySet<string>, flag: string | null) => flag !== null && set.has(flag);
  if (!hasFlag(needAffix)) emit(stem.word, attrs);

  const suffixForms: SuffixForm[] = [];
  for (const flag of flags) {
    const list = affix.suffixes.get(flag);
    if (!list) continue;
    for (const s1 of list) {
      if (!applies(s1, stem.word)) continue;
      const f1 = applySuffix(s1, stem.word);
      const circ1 = has(s1.cont, circumfix);
      suffixForms.push({ form: f1, inner: s1, outer: null, circumfix: circ1, needAffix: has(s1.cont, needAffix), cross: s1.cross });
      // Twofold suffixes: an outer suffix named in the inner one's continuation flags.
      for (const flag2 of s1.cont) {
        const list2 = affix.suffixes.get(flag2);
        if (!list2) continue;
        for (const s2 of list2) {
          if (!applies(s2, f1)) continue;
          suffixForms.push({
            form: applySuffix(s2, f1),
            inner: s1,
            outer: s2,
            circumfix: circ1 || has(s2.cont, circumfix),
            needAffix: has(s2.cont, needAffix),
            cross: s1.cross && s2.cross,
          });
        }
      }
    }
  }
  for (const sf of suffixForms) if (!sf.circumfix && !sf.needAffix) emit(sf.form, attrs);

  // Prefixes alone, on the bare stem. Hunspell does not require a lone prefix's CIRCUMFIX partner.
  for (const flag of flags) {
    for (const p of affix.prefixes.get(flag) ?? []) {
      if (!applies(p, stem.word) || has(p.cont, needAffix)) continue;
      emit(applyPrefix(p, stem.word), attrs);
    }
  }
  // Prefix + suffix(es): the prefix flag may sit on the stem or on a suffix's continuation.
  const withPrefix = (sf: SuffixForm, flag: string) => {
    const list = affix.prefixes.get(flag);
    if (!list) return;
    for (const p of list) {
      if (!p.cross || !applies(p, stem.word)) continue;
      if (circumfix !== null && has(p.cont, circumfix) !== sf.circumfix) continue;
      emit(applyPrefix(p, sf.form), attrs);
    }
  };
  for (const sf of suffixForms) {
    if (!sf.cross) continue;
    for (const flag of flags) withPrefix(sf, flag);
    for (const flag of sf.inner.cont) if (!flags.includes(flag)) withPrefix(sf, flag);
    if (sf.outer) for (const flag of sf.outer.cont) if (!flags.includes(flag) && !sf.inner.cont.has(flag)) withPrefix(sf, flag);
  }
}

/** Expands every stem; returns the words with their attributes (later duplicates OR together). */
export function expandDictionary(stems: readonly DicStem[], affix: AffixData): Map<string, number> {
  const words = new Map<string, number>();
  const emit = (word: string, attrs: number) => {
    const prev = words.get(word);
    // Forbidden wins over any accepted duplicate; otherwise keep the most permissive attributes.
    if (prev === undefined) words.set(word, attrs);
    else if (attrs & WordAttr.forbidden || prev & WordAttr.forbidden) words.set(word, WordAttr.forbidden);
    else words.set(word, prev & attrs);
  };
  for (const stem of stems) expandStem(stem, affix, emit);
  return words;
}
