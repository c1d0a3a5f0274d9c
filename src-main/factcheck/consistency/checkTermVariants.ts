/**
 * `consistency.term-variant`: one word written several ways in the same article ("e-commerce",
 * "eCommerce", "ecommerce"; "Covid-19" and "COVID-19"; "WhatsApp" and "Whatsapp"). Only spellings
 * of the same word count, never synonyms ("online" and "daring"). A capital that only starts a
 * sentence or marks a title ("Presiden Joko" and "presiden") is ordinary case, not a variant; a
 * case difference counts when the word has a digit, a hyphen or a capital inside it, or is written
 * all in capitals once and otherwise not (outside the dateline). A term is compared on its letters
 * and digits, so a hyphen or a space between two parts is a variant too ("3M-Plus" and "3M Plus",
 * "battery-grade" and "battery grade", "Covid-19" and "Covid 19"). The dominant form is suggested.
 */
import type { Finding } from '../../proofreading/finding.ts';
import { makeFinding, placeOf, type ConsistencyContext, type Word } from './consistencyContext.ts';

/** Bound forms whose hyphenated spelling is the style rule `id.bound-form`'s business, not this one's. */
const boundForms = /^(?:pasca|pra|non|multi|antar|swa|nir|sub|anti|pro|semi|ultra|super|inter|intra|ekstra|ko|re)-/i;

interface Variant {
  form: string;
  spans: { start: number; end: number }[];
}

/**
 * A term as written: adjacent words and numbers with nothing between them ("3M-Plus" is the number
 * "3" and the word "M-Plus", "eCommerce" one word), so a term is compared on its letters and digits.
 */
interface Written {
  text: string;
  /** `text` in lower case. */
  lower: string;
  /** It has a hyphen. */
  dashed: boolean;
  start: number;
  end: number;
  /** Its first word, when it starts with one (for sentence case and the dateline). */
  word: Word | undefined;
  /** Only spaces on one line separate it from the previous term. */
  joinedToPrev: boolean;
  /** It has a letter: a number alone is no term. */
  lettered: boolean;
  reduplication: boolean;
}

const hyphen = /[-‐‑]/;
const hyphens = /[-‐‑]/g;

export function checkTermVariants(ctx: ConsistencyContext): Finding[] {
  const datelines = ctx.sentences.flatMap((s) => (s.dateline ? [s.dateline] : []));
  const inDateline = (start: number) => datelines.length > 0 && datelines.some((d) => d.start <= start && start < d.end);
  const terms = writtenTerms(ctx);
  // A capital that only opens the sentence is not part of the spelling.
  const cased = (t: Written) => (t.word?.initial && t.word.token.start === t.start && /^\p{Lu}(?!\p{Lu})/u.test(t.text) && ctx.lowerSeen.has(t.lower) ? t.lower : t.text);
  // Every term by its letters and digits (`key`) and as written (`form`); most keys are written one
  // way only, so spans are gathered afterwards, for the keys written two ways or more.
  const written: { key: string; form: string; start: number; end: number }[] = [];
  const firstForm = new Map<string, string>();
  const several = new Set<string>();
  const note = (key: string, form: string, start: number, end: number) => {
    written.push({ key, form, start, end });
    const first = firstForm.get(key);
    if (first === undefined) firstForm.set(key, form);
    else if (first !== form) several.add(key);
  };
  /** Two-part hyphenated compounds by their parts, lower case ("3m-plus", "battery-grade", "covid-19"). */
  const hyphenated = new Set<string>();
  for (const t of terms) {
    if (!t.lettered || t.text.length < 3 || t.reduplication) continue;
    const { dashed, lower } = t;
    if ((dashed && boundForms.test(t.text)) || inDateline(t.start)) continue;
    const key = dashed ? lower.replace(hyphens, '') : lower;
    if (key.length < 3) continue;
    if (dashed) {
      const parts = lower.split(hyphen);
      // Longer ones ("up-to-date", "state-of-the-art") are hyphenated only before a noun in English,
      // so their open form elsewhere is right, not a variant.
      if (parts.length === 2 && parts.every((p) => /^[\p{L}\p{N}]+$/u.test(p))) hyphenated.add(parts.join('-'));
    }
    note(key, cased(t), t.start, t.end);
  }
  // The same compound written apart: "battery grade" beside "battery-grade", "3M Plus" beside "3M-Plus".
  if (hyphenated.size > 0) {
    const firstParts = new Set([...hyphenated].map((h) => h.slice(0, h.indexOf('-'))));
    for (let i = 1; i < terms.length; i++) {
      const a = terms[i - 1]!;
      const b = terms[i]!;
      if (!firstParts.has(a.lower) || !b.joinedToPrev || a.dashed || b.dashed || inDateline(a.start)) continue;
      if (hyphenated.has(`${a.lower}-${b.lower}`)) note(`${a.lower}${b.lower}`, `${cased(a)} ${b.text}`, a.start, b.end);
    }
  }
  const groups = new Map<string, Map<string, Variant>>();
  for (const { key, form, start, end } of written) {
    if (!several.has(key)) continue;
    let group = groups.get(key);
    if (!group) {
      group = new Map();
      groups.set(key, group);
    }
    const variant = group.get(form);
    if (variant) variant.spans.push({ start, end });
    else group.set(form, { form, spans: [{ start, end }] });
  }
  const out: Finding[] = [];
  for (const group of groups.values()) {
    if (group.size < 2) continue;
    const variants = [...group.values()].sort((a, b) => b.spans.length - a.spans.length || a.spans[0]!.start - b.spans[0]!.start);
    const dominant = variants[0]!;
    for (const variant of variants.slice(1)) {
      if (!differsInSpelling(variant.form, dominant.form)) continue;
      const there = dominant.spans[0]!;
      for (const here of variant.spans) {
        const written = ctx.text.slice(here.start, here.end);
        const place = placeOf(ctx, here.start, there.start);
        out.push(makeFinding(ctx, 'consistency', 'consistency.term-variant', here, there, {
          id: `Ditulis "${written}" di sini, tetapi "${dominant.form}" ${place}; pakai satu ejaan.`,
          en: `Written "${written}" here, but "${dominant.form}" ${place}; use one spelling.`,
        }, [dominant.form]));
      }
    }
  }
  return out;
}

/** Two forms with the same letters are different spellings, not just sentence or title case. */
function differsInSpelling(a: string, b: string): boolean {
  const bare = (s: string) => s.replace(/[-‐‑ ]/g, '');
  if (bare(a) !== bare(b) && bare(a).toLowerCase() === bare(b).toLowerCase() && a.replace(/[^-‐‑]/g, '') === b.replace(/[^-‐‑]/g, '')) {
    // Only the case differs.
    const special = (s: string) => /\d|[-‐‑]/.test(s) || /\p{Ll}\p{Lu}/u.test(s);
    const allCaps = (s: string) => /^[\p{Lu}\d-]+$/u.test(s) && /\p{Lu}{2}/u.test(s);
    if (special(a) || special(b)) return true;
    return allCaps(a) !== allCaps(b) && a.length >= 4;
  }
  return a !== b;
}

/** The article's terms in order: runs of word and number tokens with nothing between them. */
function writtenTerms(ctx: ConsistencyContext): Written[] {
  const out: Written[] = [];
  let w = 0;
  let current: Written | undefined;
  let gap = '';
  for (const t of ctx.tokens) {
    if (t.kind !== 'word' && t.kind !== 'number') {
      if (current) out.push(current);
      current = undefined;
      gap = t.kind === 'space' && !t.text.includes('\n') && gap === '' ? t.text : '\n';
      continue;
    }
    let word: Word | undefined;
    if (t.kind === 'word') {
      while (w < ctx.words.length && ctx.words[w]!.token.start < t.start) w++;
      word = ctx.words[w];
    }
    if (current) {
      current.text += t.text;
      current.lower = current.text.toLowerCase();
      current.dashed = hyphen.test(current.text);
      current.end = t.end;
      current.lettered ||= t.kind === 'word';
      current.reduplication = false;
    } else {
      current = {
        text: t.text,
        lower: word?.lower ?? t.text.toLowerCase(),
        dashed: t.kind === 'word' && hyphen.test(t.text),
        start: t.start,
        end: t.end,
        word,
        joinedToPrev: gap !== '' && gap !== '\n' && out.length > 0,
        lettered: t.kind === 'word',
        reduplication: t.reduplication !== undefined,
      };
    }
    gap = '';
  }
  if (current) out.push(current);
  return out;
}
