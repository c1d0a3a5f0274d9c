/**
 * `consistency.acronym-expansion`: an acronym that contradicts its expansion or another form of the
 * same body.
 *  - An expansion with the acronym in brackets whose initials do not fit it, when it is a slip and
 *    not a translation: "Komisi Pemberantasan Korupsi (KPP)" is one letter off KPK and is flagged;
 *    "Organisasi Kesehatan Dunia (WHO)" is another language's name and is not.
 *  - A later acronym that is the defined one with letters swapped: "Badan Pusat Statistik (BPS)",
 *    then "BSP".
 *  - The ministry's acronym used for the minister: "Kemenkominfo Rudiantara" where the article also
 *    writes "Menkominfo" (the minister); a ministry is not a person.
 */
import type { Finding } from '../../proofreading/finding.ts';
import { editDistance, isAcronym, isNameCased, makeFinding, placeOf, type ConsistencyContext, type Word } from './consistencyContext.ts';

/** Lower-case words an expansion may contain without giving a letter. */
const connectors = new Set(['dan', 'serta', 'untuk', 'bagi', 'of', 'and', 'for', 'the', 'on', 'in', 'de', 'di', 'ke', 'dari', 'atas']);

interface Definition {
  acronym: Word;
  /** The expansion's words, content words only. */
  expansion: Word[];
  /** From the expansion's first word to the closing bracket. */
  start: number;
  end: number;
}

export function checkAcronyms(ctx: ConsistencyContext): Finding[] {
  const out: Finding[] = [];
  const definitions = new Map<string, Definition>();
  const text = ctx.text;
  for (const w of ctx.words) {
    if (!isAcronym(w.token.text)) continue;
    // "Badan Pusat Statistik (BPS)": the acronym alone in brackets after capitalised words.
    const before = text.slice(Math.max(0, w.token.start - 2), w.token.start);
    if (!/\($/.test(before) || text[w.token.end] !== ')') continue;
    const expansion = expansionBefore(ctx, w);
    if (expansion.length < 2) continue;
    // The words that spell it may be a tail of the capitalised run ("Kepala Badan Pusat Statistik (BPS)").
    const from = [...Array(expansion.length - 1).keys()].find((k) => fits(w.token.text, expansion.slice(k)));
    if (from !== undefined) {
      const words = expansion.slice(from);
      if (!definitions.has(w.token.text)) definitions.set(w.token.text, { acronym: w, expansion: words, start: words[0]!.token.start, end: w.token.end + 1 });
      continue;
    }
    // The words it abbreviates start with its first letter: the longest such tail of the run
    // ("Asosiasi Penyelenggara Jasa Internet Indonesia (APJI)" is APJII less one I).
    const firstLetter = w.token.text[0]!.toLowerCase();
    const from2 = expansion.findIndex((x) => x.lower[0] === firstLetter);
    const tail = from2 >= 0 && expansion.length - from2 >= 2 ? expansion.slice(from2) : expansion.slice(-w.token.text.length);
    if (tail.length < 2) continue;
    const initials = tail.map((x) => x.token.text[0]!.toUpperCase()).join('');
    // One letter off is a slip; more is a name in another language (WHO for Organisasi Kesehatan Dunia).
    if (editDistance(initials, w.token.text, 1) > 1 || skipsAWord(initials, w.token.text)) continue;
    const expansionText = text.slice(tail[0]!.token.start, tail[tail.length - 1]!.token.end);
    out.push(makeFinding(ctx, 'consistency', 'consistency.acronym-expansion', w.token, { start: tail[0]!.token.start, end: tail[tail.length - 1]!.token.end }, {
      id: `Singkatan "${w.token.text}" tidak cocok dengan kepanjangannya "${expansionText}" tepat sebelumnya; huruf awalnya ${initials}.`,
      en: `The acronym "${w.token.text}" does not match its expansion "${expansionText}" just before it, whose initials are ${initials}.`,
    }, [initials]));
  }
  // Later acronyms with the letters of a defined one in another order (BSP for BPS), or, used only
  // once and never defined, one letter off a defined one of four letters or more (RSUP for RSUD,
  // APJI for APJII).
  const counts = new Map<string, number>();
  for (const w of ctx.words) if (isAcronym(w.token.text)) counts.set(w.token.text, (counts.get(w.token.text) ?? 0) + 1);
  if (definitions.size > 0) {
    const sorted = new Map([...definitions.values()].map((d) => [[...d.acronym.token.text].sort().join(''), d]));
    for (const w of ctx.words) {
      const s = w.token.text;
      if (!isAcronym(s) || s.length < 3 || definitions.has(s)) continue;
      const def = sorted.get([...s].sort().join('')) ??
        (s.length >= 4 && counts.get(s) === 1
          ? [...definitions.values()].find((d) => editDistance(d.acronym.token.text, s, 1) === 1)
          : undefined);
      if (!def || def.acronym.token.start > w.token.start) continue;
      const right = def.acronym.token.text;
      const place = placeOf(ctx, w.token.start, def.start);
      const expansionText = text.slice(def.start, def.acronym.token.start - 1).trim();
      out.push(makeFinding(ctx, 'consistency', 'consistency.acronym-expansion', w.token, def, {
        id: `Ditulis "${s}" di sini, tetapi "${right}" (${expansionText}) ${place}.`,
        en: `Written "${s}" here, but "${right}" (${expansionText}) ${place}.`,
      }, [right]));
    }
  }
  checkMinistryForMinister(ctx, out);
  return out;
}

/**
 * The acronym leaves out one word's letter (PBSI for Persatuan Bulu Tangkis Seluruh Indonesia, where
 * "Bulu Tangkis" is one notion): a common compression, not a slip. A doubled letter lost (APJI for
 * the initials APJII) is still a slip.
 */
function skipsAWord(initials: string, acronym: string): boolean {
  if (acronym.length !== initials.length - 1) return false;
  for (let i = 0; i < initials.length; i++) {
    if (initials.slice(0, i) + initials.slice(i + 1) !== acronym) continue;
    if (initials[i] !== initials[i - 1] && initials[i] !== initials[i + 1]) return true;
  }
  return false;
}

/** The capitalised words (and connectors between them) right before "(" at acronym `w`. */
function expansionBefore(ctx: ConsistencyContext, w: Word): Word[] {
  const out: Word[] = [];
  let nextStart = w.token.start - 1; // the "("
  for (let k = w.index - 1; k >= 0 && out.length < 12; k--) {
    const x = ctx.words[k]!;
    if (x.sentence !== w.sentence) break;
    // Only spaces, commas or a dash between the words of one name.
    if (!/^[ \t,-]*$/.test(ctx.text.slice(x.token.end, nextStart))) break;
    if (!connectors.has(x.lower) && !/^\p{Lu}/u.test(x.token.text)) break;
    out.unshift(x);
    nextStart = x.token.start;
  }
  while (out.length > 0 && connectors.has(out[0]!.lower)) out.shift();
  return out.filter((x) => !connectors.has(x.lower));
}

/**
 * The acronym can be read off the words in order: each word gives its first letter and may give more
 * letters from inside it (ASEAN: Association of SouthEast Asian Nations); connectors may give theirs.
 */
function fits(acronym: string, words: readonly Word[]): boolean {
  const a = acronym.toLowerCase();
  const ws = words.map((w) => w.lower);
  const go = (i: number, k: number): boolean => {
    if (i === a.length) return k === ws.length;
    if (k === ws.length) return false;
    const word = ws[k]!;
    if (word[0] !== a[i]) return false;
    // Take the first letter, then any number of further letters of this word in order.
    let pos = 1;
    let j = i + 1;
    if (go(j, k + 1)) return true;
    while (j < a.length) {
      const found = word.indexOf(a[j]!, pos);
      if (found < 0) break;
      pos = found + 1;
      j++;
      if (go(j, k + 1)) return true;
    }
    return false;
  };
  return go(0, 0);
}

/** "Kemenkominfo Rudiantara" where "Menkominfo" is the minister's title elsewhere in the text. */
function checkMinistryForMinister(ctx: ConsistencyContext, out: Finding[]): void {
  const ministers = new Map<string, Word[]>();
  for (const w of ctx.words) {
    if (w.token.text.startsWith('Men') && /^Men\p{Ll}{3,}$/u.test(w.token.text)) {
      const list = ministers.get(w.lower);
      if (list) list.push(w);
      else ministers.set(w.lower, [w]);
    }
  }
  if (ministers.size === 0) return;
  for (const w of ctx.words) {
    if (!w.token.text.startsWith('Kemen') || !/^Kemen\p{Ll}{3,}$/u.test(w.token.text)) continue;
    const minister = ministers.get(w.lower.slice(2));
    if (!minister) continue;
    const next = ctx.words[w.index + 1];
    // A person's name right after it: the minister was meant.
    if (!next || !next.joinedToPrev || !isNameCased(next.token.text)) continue;
    const personal = minister.find((m) => ctx.words[m.index + 1]?.token.text === next.token.text) ?? minister[0]!;
    const right = personal.token.text;
    const place = placeOf(ctx, w.token.start, personal.token.start);
    out.push(makeFinding(ctx, 'consistency', 'consistency.acronym-expansion', w.token, personal.token, {
      id: `"${w.token.text}" adalah kementeriannya, bukan orangnya; untuk ${next.token.text} tulis "${right}" seperti ${place}.`,
      en: `"${w.token.text}" is the ministry, not a person; for ${next.token.text} write "${right}" as ${place}.`,
    }, [right]));
  }
}
