/**
 * Ranked spelling suggestions from hash lookups: every single edit of the word (delete,
 * transpose, replace, insert with the .aff's TRY letters, REP patterns, MAP relatives) is looked
 * up and scored, cheaper for likely slips (a doubled or dropped double letter, a neighbouring key,
 * a REP pattern such as Indonesian "p"/"f"). Two edits are tried only when one finds nothing,
 * from the cheap first edits, under a time budget, so a suggestion stays within a few ms.
 * No word-frequency list ships with the dictionaries; ties go to the shorter length difference,
 * then alphabetical order, so results are deterministic.
 */
import type { AffixData } from './affixFile.ts';

export interface SuggestContext {
  affix: AffixData;
  /** True when `word` (lower case) may be offered: known, not NOSUGGEST, not non-standard. */
  acceptable: (word: string) => boolean;
}

interface Candidate {
  word: string;
  cost: number;
}

const vowels = 'aeiou';
const defaultKeyboard = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function adjacency(rows: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const grid = rows.length ? rows : defaultKeyboard;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r]!;
    for (let c = 0; c < row.length; c++) {
      const near = [row[c - 1], row[c + 1], grid[r - 1]?.[c], grid[r - 1]?.[c + 1], grid[r + 1]?.[c], grid[r + 1]?.[c - 1]];
      out.set(row[c]!, near.filter((x): x is string => !!x).join(''));
    }
  }
  return out;
}

const adjacencyCache = new WeakMap<AffixData, { near: Map<string, string>; letters: string; map: Map<string, string> }>();

function tables(affix: AffixData) {
  let t = adjacencyCache.get(affix);
  if (!t) {
    // TRY lists letters by frequency; keep lower-case letters, the hyphen and apostrophe once each.
    const letters = [...new Set([...(affix.tryChars || 'eainrstoklumgdpbhycjwfvzxq').toLowerCase(), '-'])].filter((c) => /[\p{Ll}'-]/u.test(c)).join('');
    const map = new Map<string, string>();
    for (const group of affix.map) for (const m of group) if (m.length === 1) map.set(m, (map.get(m) ?? '') + group.filter((x) => x !== m && x.length === 1).join(''));
    t = { near: adjacency(affix.key.filter((r) => r.length > 1)), letters, map };
    adjacencyCache.set(affix, t);
  }
  return t;
}

/** All single edits of `word` with their costs (1 = a plain edit; lower = a likelier slip). */
function edits(word: string, affix: AffixData, emit: (candidate: string, cost: number) => void): void {
  const { near, letters, map } = tables(affix);
  for (const [from, to] of affix.rep) {
    for (let at = word.indexOf(from); at >= 0; at = word.indexOf(from, at + 1)) emit(word.slice(0, at) + to + word.slice(at + from.length), 0.45);
  }
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    // Delete: a doubled letter typed twice is the commonest slip.
    emit(word.slice(0, i) + word.slice(i + 1), c === word[i - 1] || c === word[i + 1] ? 0.5 : 0.95);
    if (i + 1 < word.length && word[i + 1] !== c) emit(word.slice(0, i) + word[i + 1] + c + word.slice(i + 2), 0.6);
    const nearC = near.get(c) ?? '';
    const related = map.get(c) ?? '';
    for (const l of letters) {
      if (l === c) continue;
      emit(word.slice(0, i) + l + word.slice(i + 1), related.includes(l) ? 0.3 : nearC.includes(l) ? 0.7 : vowels.includes(c) && vowels.includes(l) ? 0.8 : 1);
    }
  }
  for (let i = 0; i <= word.length; i++) {
    // A dropped vowel ("rumh") or a letter typed once instead of twice are the likeliest gaps.
    for (const l of letters) emit(word.slice(0, i) + l + word.slice(i), l === word[i - 1] || l === word[i] ? 0.6 : vowels.includes(l) ? 0.75 : 1);
  }
}

/**
 * Suggestions for a lower-case `word`, best first. The two-edit search stops at `deadline`
 * (a `performance.now()` value); single edits are always complete.
 */
export function suggestWords(word: string, ctx: SuggestContext, limit = 8, deadline = performance.now() + 6): string[] {
  const best = new Map<string, number>();
  const seen = new Set<string>([word]);
  const consider = (candidate: string, cost: number) => {
    if (candidate === '' || candidate.startsWith('-') || candidate.endsWith('-')) return;
    const prev = best.get(candidate);
    if (prev !== undefined) {
      if (cost < prev) best.set(candidate, cost);
      return;
    }
    if (seen.has(candidate)) return;
    seen.add(candidate);
    if (ctx.acceptable(candidate)) best.set(candidate, cost);
  };
  const firstEdits: Candidate[] = [];
  edits(word, ctx.affix, (candidate, cost) => {
    consider(candidate, cost);
    // Cheap first edits seed the two-edit search.
    if (cost <= 0.6) firstEdits.push({ word: candidate, cost });
  });
  // Two edits only when one edit found nothing: hunspell does the same, and it keeps p95 low.
  if (best.size === 0 && word.length >= 4) {
    firstEdits.sort((a, b) => a.cost - b.cost);
    outer: for (const first of firstEdits) {
      if (performance.now() > deadline) break;
      let n = 0;
      edits(first.word, ctx.affix, (candidate, cost) => {
        // Checking the clock on every candidate would cost more than the lookups.
        if ((++n & 255) === 0 && performance.now() > deadline) return;
        consider(candidate, first.cost + cost);
      });
      if (performance.now() > deadline) break outer;
    }
  }
  return [...best.entries()]
    .sort((a, b) => a[1] - b[1] || Math.abs(a[0].length - word.length) - Math.abs(b[0].length - word.length) || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([w]) => w);
}
