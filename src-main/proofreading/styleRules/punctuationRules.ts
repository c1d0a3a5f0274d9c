/**
 * Spacing and pairing rules shared by both languages (each language has its own rule ids so Settings
 * can switch them off separately): space before punctuation, missing space after it, doubled
 * spaces, doubled words and unbalanced brackets and quotes.
 */
import type { Token } from '../../language/tokenize.ts';
import { isCapitalised, type RuleContext } from './ruleContext.ts';

const ruleId = (ctx: RuleContext, name: string) => `${ctx.lang}.${name}`;

/**
 * "kata , lalu" / "( kata )": spaces before , . ; : ! ? and inside brackets. Not before an ellipsis
 * (EYD V puts a space before "..."), not before a decimal (" .5"), and not between figures ("2 : 1").
 */
export function checkSpaceBeforePunctuation(ctx: RuleContext): void {
  const { text } = ctx;
  const pattern = /([^\s])([ \u00a0]+)([,.;:!?)\]])|([([])([ \u00a0]+)(?=[^\s])/gu;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[4] !== undefined) {
      const start = m.index;
      const end = start + m[0].length;
      const fixed = m[4];
      ctx.report('style', ruleId(ctx, 'space-before-punctuation'), start, end, {
        id: `Tidak ada spasi sesudah kurung buka: "${fixed}".`,
        en: `No space after an opening bracket: "${fixed}".`,
      }, [fixed]);
      continue;
    }
    const before = m[1]!;
    const spaces = m[2]!;
    const mark = m[3]!;
    const markAt = m.index + before.length + spaces.length;
    const after = text[markAt + 1] ?? '';
    if (mark === '.' && (text.startsWith('..', markAt) || /\d/.test(after))) continue;
    // Scores and ratios: "2 : 1".
    if (mark === ':' && /\d/.test(before) && /^[ \u00a0]*\d/.test(text.slice(markAt + 1, markAt + 4))) continue;
    if (/[([]/.test(before) && /[)\]]/.test(mark)) continue;
    // Emoticons ":)" and list markers are not punctuation errors.
    if (mark === ':' && (after === ')' || after === '(')) continue;
    const start = m.index + before.length;
    const end = markAt + 1;
    ctx.report('style', ruleId(ctx, 'space-before-punctuation'), start, end, {
      id: `Tidak ada spasi sebelum tanda baca "${mark}".`,
      en: `No space before "${mark}".`,
    }, [mark]);
    // The mark may be the "before" of the next finding: "( kata ) ." has two.
    pattern.lastIndex = end - 1;
  }
}

/** "naik,lalu" / "naik.Ia": a word right after , ; : ! ? or after a sentence-ending full stop. */
export function checkSpaceAfterPunctuation(ctx: RuleContext): void {
  const { tokens, solid } = ctx;
  for (let s = 1; s + 1 < solid.length; s++) {
    const p = tokens[solid[s]!]!;
    if (p.kind !== 'punctuation' || !/^[,;:!?.]$/.test(p.text)) continue;
    const prev = tokens[solid[s - 1]!]!;
    const next = tokens[solid[s + 1]!]!;
    if (prev.end !== p.start || next.start !== p.end || next.kind !== 'word') continue;
    if (prev.kind !== 'word' && !(prev.kind === 'punctuation' && /^["”’)]$/.test(prev.text))) continue;
    if (p.text === '.') {
      // Only "naik.Ia": a word with lower case before, a capitalised word after. "ASP.NET", "Ph.D" stay.
      if (prev.kind !== 'word' || prev.abbreviation || !/\p{Ll}$/u.test(prev.text) || prev.text.length < 2 || !isCapitalised(next.text)) continue;
    }
    const fixed = `${p.text} `;
    ctx.report('style', ruleId(ctx, 'space-after-punctuation'), p.start, p.end, {
      id: `Sesudah tanda baca "${p.text}" perlu spasi.`,
      en: `A space is needed after "${p.text}".`,
    }, [fixed]);
  }
}

/** Two or more spaces between words (not indentation at the start of a line, not before its end). */
export function checkDoubledSpace(ctx: RuleContext): void {
  const { text } = ctx;
  const pattern = /(?<=[^\s])[ \u00a0]{2,}(?=[^\s])/gu;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    ctx.report('style', ruleId(ctx, 'doubled-space'), m.index, m.index + m[0].length, {
      id: 'Spasi ganda: cukup satu spasi.',
      en: 'Doubled space: one is enough.',
    }, [' ']);
  }
}

/** Function words: doubled, they are a slip ("yang yang"); content words may be a reduplication without its hyphen. */
const functionWords: Record<'id' | 'en', ReadonlySet<string>> = {
  id: new Set([
    'yang', 'di', 'ke', 'dari', 'dan', 'atau', 'untuk', 'dengan', 'pada', 'dalam', 'akan', 'sudah',
    'telah', 'tidak', 'adalah', 'ialah', 'juga', 'oleh', 'bahwa', 'karena', 'tetapi', 'namun', 'jika',
    'kalau', 'sebagai', 'bagi', 'agar', 'supaya', 'sehingga', 'serta', 'para', 'pun', 'lah', 'si', 'sang',
    'tersebut', 'kepada', 'terhadap', 'antara', 'hingga', 'masih', 'belum', 'bisa', 'dapat', 'harus',
    'ia', 'dia', 'mereka', 'kami', 'kita', 'saya', 'secara', 'sangat', 'per',
  ]),
  en: new Set([
    'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'but', 'is', 'are', 'was', 'were', 'be',
    'been', 'with', 'by', 'from', 'as', 'it', 'its', 'this', 'these', 'those', 'they', 'he', 'she', 'we', 'has',
    'have', 'will', 'would', 'not', 'than', 'into', 'about', 'if', 'when', 'which', 'who', 'whom', 'whose', 'their',
    'his', 'her', 'our', 'your', 'my', 'said', 'also', 'can', 'could', 'should', 'may', 'might', 'must', 'there',
  ]),
};
/** Doubles that are grammatical or idiomatic in English ("had had", "that that", "so-so"). */
const englishAllowed: ReadonlySet<string> = new Set(['had', 'that', 'very', 'bye', 'so', 'no', 'ha', 'knock', 'chop', 'tut', 'pooh', 'is']);

/** "yang yang", "the the"; "anak anak" is a reduplication written without its hyphen ("anak-anak"). */
export function checkDoubledWord(ctx: RuleContext): void {
  const { tokens, solid, lang } = ctx;
  for (let s = 0; s + 1 < solid.length; s++) {
    const a = tokens[solid[s]!]!;
    const b = tokens[solid[s + 1]!]!;
    if (a.kind !== 'word' || b.kind !== 'word' || solid[s + 1] !== solid[s]! + 2) continue;
    const gap = tokens[solid[s]! + 1]!;
    if (gap.text.includes('\n')) continue;
    const lower = ctx.lower[solid[s]!]!;
    if (lower !== ctx.lower[solid[s + 1]!]) continue;
    // "Bora Bora", "The The": a repeated name is deliberate.
    if (isCapitalised(b.text)) continue;
    if (lang === 'en' && englishAllowed.has(lower)) continue;
    const functionWord = functionWords[lang].has(lower) || lang === 'en';
    if (functionWord) {
      ctx.report('style', ruleId(ctx, 'doubled-word'), a.start, b.end, {
        id: `Kata "${b.text}" tertulis dua kali.`,
        en: `"${b.text}" is written twice.`,
      }, [a.text]);
    } else {
      const redup = `${a.text}-${b.text}`;
      ctx.report('style', ruleId(ctx, 'doubled-word'), a.start, b.end, {
        id: `Kata "${b.text}" tertulis dua kali; bila ini kata ulang, tulis dengan tanda hubung: "${redup}".`,
        en: `"${b.text}" is written twice; if it is a reduplication, write it with a hyphen: "${redup}".`,
      }, [redup, a.text]);
    }
    s++;
  }
}

const pairs: Record<string, string> = { '(': ')', '[': ']', '“': '”', '«': '»' };
const closers: Record<string, string> = { ')': '(', ']': '[', '”': '“', '»': '«' };

/**
 * Brackets and double quotes that have no partner within their paragraph (line). A ")" after a
 * lone letter or number at the start of a line or item ("a) ...", "1) ...") is a list marker, and
 * ":)" a smiley. Straight double quotes are counted: an odd number leaves the last one unpaired.
 */
export function checkUnbalanced(ctx: RuleContext): void {
  const { tokens } = ctx;
  let stack: Token[] = [];
  let straight: Token[] = [];
  const flush = () => {
    for (const t of stack) reportUnbalanced(ctx, t);
    if (straight.length % 2 === 1) reportUnbalanced(ctx, straight[straight.length - 1]!);
    stack = [];
    straight = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'space') {
      if (t.text.includes('\n')) flush();
      continue;
    }
    if (t.kind !== 'punctuation') continue;
    if (t.text === '"') {
      straight.push(t);
    } else if (pairs[t.text] !== undefined) {
      stack.push(t);
    } else if (closers[t.text] !== undefined) {
      const open = closers[t.text]!;
      let k = stack.length - 1;
      while (k >= 0 && stack[k]!.text !== open) k--;
      // Some sites use ” to open and to close: with no “ before it, it pairs like a straight quote.
      if (k < 0 && t.text === '”') {
        straight.push(t);
        continue;
      }
      if (k >= 0) {
        // Anything opened inside and never closed is unbalanced too.
        for (const inner of stack.slice(k + 1)) reportUnbalanced(ctx, inner);
        stack = stack.slice(0, k);
      } else if (!isListMarkerOrSmiley(ctx, tokens, i)) reportUnbalanced(ctx, t);
    }
  }
  flush();
}

function isListMarkerOrSmiley(ctx: RuleContext, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined) return false;
  if (prev.kind === 'punctuation' && /^[:;]$/.test(prev.text)) return true;
  if ((prev.kind === 'word' || prev.kind === 'number') && prev.text.length <= 2) {
    const before = tokens[i - 2];
    return before === undefined || (before.kind === 'space' && (before.text.includes('\n') || i - 2 === 0));
  }
  return false;
}

function reportUnbalanced(ctx: RuleContext, t: Token): void {
  ctx.report('style', ruleId(ctx, 'unbalanced'), t.start, t.end, {
    id: `Tanda "${t.text}" tidak berpasangan dalam paragraf ini.`,
    en: `"${t.text}" has no partner in this paragraph.`,
  }, []);
}
