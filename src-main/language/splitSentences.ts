/**
 * Sentence boundaries for Indonesian and English news text. Sentences are the unit of claims, of
 * language identification, of translation segments and of many style rules, so a wrong break shows
 * up everywhere. `Intl.Segmenter` breaks after "Jl.", "Prof.", "dr.", "H.", initials ("B. J. Habibie")
 * and "Mr." and cannot be taught otherwise; this splitter works on our tokens (where "U.S.", "S.H.",
 * "5,08", "KOMPAS.com" are already single tokens) with abbreviation lists for both languages.
 *
 * Rules, in short: a break needs a terminator (. ! ? … or ...) followed by space and a sentence-like
 * start (a capital, a digit, an opening quote or bracket); closing quotes and brackets after the
 * terminator stay with the sentence ('."', '.”', '!)'); a lower-case word after it never starts a
 * sentence ('"Pergi!" lalu diam'); titles (Jl., Prof., dr., H., Mr.) never end one; ambiguous
 * abbreviations (Tbk., dll., etc., U.S.) end one only before a word that typically opens a sentence;
 * every line break ends a sentence (block text), and a dateline opener ("JAKARTA, KOMPAS.com -") is
 * reported as part of its first sentence.
 */
import type { Lang } from '../../src-preload/contract/domain.ts';
import { tokenize, type Span, type Token } from './tokenize.ts';

export interface Sentence extends Span {
  /** `text.slice(start, end)`: from the first to the last non-space character. */
  text: string;
  /** A dateline opener at the start of a paragraph ("JAKARTA, KOMPAS.com -"), inside this sentence. */
  dateline?: Span;
}

export interface SplitOptions {
  /**
   * Used only to tokenize when `tokens` is not given: the abbreviation lists of both languages always
   * apply, since Indonesian text cites English titles ("Mr.") and English text Indonesian ones ("Jl.").
   */
  lang?: Lang;
  /**
   * 'block' (default): every line break ends a sentence, as in text from documentPlainText where each
   * block is a line. 'soft': only a blank line or a list item does, for hard-wrapped plain text files.
   */
  lineBreaks?: 'block' | 'soft';
  /** Tokens of `text` if the caller already has them (saves tokenizing twice). */
  tokens?: readonly Token[];
}

/** Titles and words that precede a name or a number: never the end of a sentence. */
const titles = new Set([
  'jl', 'jln', 'gg', 'kp', 'ds', 'kec', 'kab', 'kel', 'prov', 'dr', 'drg', 'prof', 'h', 'hj', 'ir', 'drs', 'dra',
  'sdr', 'sdri', 'bpk', 'kol', 'jend', 'brigjen', 'mayjen', 'letjen', 'kapt', 'ipda', 'iptu', 'akp', 'kompol',
  'akbp', 'kombes', 'inf', 'laks', 'marsma', 'mr', 'mrs', 'ms', 'st', 'mt', 'gen', 'col', 'lt', 'sgt', 'capt', 'rev', 'sen', 'rep', 'gov',
  'hon', 'vs', 'cf', 'tel', 'telp', 'ca', 'approx', 'dept', 'sp',
]);
/** Before a number they never end a sentence ("No. 5", "Sept. 8"); otherwise they are ambiguous. */
const beforeNumber = new Set([
  'no', 'nos', 'hlm', 'hal', 'vol', 'fig', 'art', 'pasal', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'agt',
  'ags', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'nop', 'des', 'dec',
]);
/** Often at the end of a sentence as well as inside one: break only before a typical sentence opener. */
const ambiguous = new Set([
  'tbk', 'dll', 'dsb', 'dst', 'dkk', 'sbb', 'etc', 'inc', 'ltd', 'corp', 'co', 'jr', 'sr', 'bros', 'plc', 'persero',
]);
/** Is `word` (without its dot) an abbreviation these lists know, e.g. "dr", "Jl", "Tbk", "Sept"? */
export function isKnownAbbreviation(word: string): boolean {
  const w = word.toLowerCase();
  return titles.has(w) || beforeNumber.has(w) || ambiguous.has(w);
}

/** Titles before a name ("dr.", "Prof.", "Jl."): the word after them never opens a sentence. */
export function isTitleAbbreviation(word: string): boolean {
  return titles.has(word.toLowerCase());
}

/** Capitalised words that usually open a sentence (closed-class words of both languages). */
const openers = new Set([
  // Indonesian
  'ia', 'dia', 'mereka', 'kami', 'kita', 'saya', 'aku', 'namun', 'tetapi', 'tapi', 'sementara', 'selain', 'menurut',
  'dalam', 'di', 'pada', 'untuk', 'dengan', 'karena', 'jika', 'kalau', 'saat', 'ketika', 'setelah', 'sebelum', 'hal',
  'ini', 'itu', 'yang', 'sedangkan', 'adapun', 'oleh', 'lalu', 'kemudian', 'akhirnya', 'sebelumnya', 'selanjutnya',
  'hingga', 'sejak', 'bahkan', 'meski', 'meskipun', 'walaupun', 'apalagi', 'sebab', 'maka', 'begitu', 'demikian',
  'kini', 'pihak', 'para', 'sebanyak', 'sekitar', 'dari', 'ke', 'bagi', 'tak', 'tidak', 'juga', 'sudah', 'belum',
  'ada', 'apa', 'bagaimana', 'mengapa', 'kenapa', 'kapan', 'siapa', 'selama', 'sehingga', 'semua', 'setiap',
  'beberapa', 'banyak', 'sebagian', 'salah', 'sebagai', 'atas', 'bila', 'agar', 'supaya', 'terkait', 'soal',
  // English
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but',
  'and', 'however', 'in', 'on', 'at', 'for', 'according', 'meanwhile', 'its', 'his', 'her', 'their', 'our', 'after',
  'before', 'when', 'while', 'if', 'as', 'so', 'then', 'also', 'yet', 'what', 'why', 'how', 'who', 'some', 'many',
  'most', 'one', 'no', 'shares', 'analysts', 'officials',
]);

const terminators = new Set(['.', '!', '?', '…', '‽']);
const closers = new Set(['"', '”', '’', "'", ')', ']', '»', '›', '}']);
const openersPunct = new Set(['"', '“', '‘', "'", '(', '[', '«', '‹', '¿', '¡']);

// Paragraph openers: "JAKARTA, KOMPAS.com -", "JAKARTA (Reuters) -", "BANDUNG, 5/2/2025 –",
// "TEMPO.CO, Jakarta -", "Liputan6.com, Jakarta -", "Jakarta, CNN Indonesia --".
const datelinePattern = new RegExp(
  String.raw`(?:` +
    String.raw`\p{Lu}[\p{Lu}\p{M}'’.]{2,}(?:[ \-]\p{Lu}[\p{Lu}\p{M}'’.]+)*(?:\s*\([^()\n]{1,40}\))?(?:,[ \t]*[^\n,–—]{1,40}?)?` +
    String.raw`|[\p{L}\p{N}]+\.(?:com|co|id)(?:\.id)?,[ \t]*\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?` +
    String.raw`|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?,[ \t]*\p{Lu}[\p{L}\p{N}.]*(?: \p{Lu}[\p{L}\p{N}.]*){0,2}` +
    String.raw`)[ \t]+(?:--|-|–|—)(?=[ \t])`,
  'uy',
);

/** Sentences of `text`, in order, with offsets into it. White space between sentences belongs to none. */
export function splitSentences(text: string, options: SplitOptions = {}): Sentence[] {
  const tokens = options.tokens ?? tokenize(text, options.lang ? { lang: options.lang } : {});
  const soft = options.lineBreaks === 'soft';
  const out: Sentence[] = [];
  let start = -1;
  let lastEnd = -1;
  let dateline: Span | undefined;
  const close = () => {
    if (start >= 0) out.push({ start, end: lastEnd, text: text.slice(start, lastEnd), ...(dateline ? { dateline } : {}) });
    start = -1;
    dateline = undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'space') {
      if (t.text.includes('\n') && (!soft || /\n[^\S\n]*\n/.test(t.text) || startsListItem(text, t.end))) close();
      continue;
    }
    if (start < 0) {
      start = t.start;
      if (isParagraphStart(text, t.start)) {
        datelinePattern.lastIndex = t.start;
        const m = datelinePattern.exec(text);
        if (m) {
          dateline = { start: t.start, end: t.start + m[0].length };
          // Skip the dateline's tokens: its dots and dashes are not sentence ends.
          while (i + 1 < tokens.length && tokens[i + 1]!.end <= dateline.end) i++;
          lastEnd = tokens[i]!.end;
          continue;
        }
      }
    }
    lastEnd = t.end;
    const endsWithDot = t.kind === 'word' && t.abbreviation === true;
    if (!(t.kind === 'punctuation' && (terminators.has(t.text) || t.text.startsWith('..'))) && !endsWithDot) continue;
    // The terminator cluster: more terminators and closing quotes or brackets, with no space between.
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.kind === 'punctuation' && (terminators.has(tokens[j + 1]!.text) || closers.has(tokens[j + 1]!.text) || tokens[j + 1]!.text.startsWith('..'))) j++;
    if (isBoundary(tokens, i, j, start)) {
      lastEnd = tokens[j]!.end;
      i = j;
      close();
    }
  }
  close();
  return out;
}

function isParagraphStart(text: string, pos: number): boolean {
  for (let k = pos - 1; k >= 0; k--) {
    const ch = text[k]!;
    if (ch === '\n') return true;
    if (ch !== ' ' && ch !== '\t') return false;
  }
  return true;
}

function startsListItem(text: string, pos: number): boolean {
  return /^(?:[-*•–]|\d{1,3}[.)]|[a-z][.)])[ \t]/y.test(text.slice(pos, pos + 6));
}

/** Whether the terminator at tokens[i] (cluster up to tokens[j]) ends the sentence that started at `start`. */
function isBoundary(tokens: readonly Token[], i: number, j: number, start: number): boolean {
  const after = tokens[j + 1];
  if (after === undefined) return true;
  // "ya.Lalu" or '."Lalu': no space, no break (numbers and domains never get here).
  if (after.kind !== 'space') return false;
  if (after.text.includes('\n')) return true;
  const next = tokens[j + 2];
  if (next === undefined) return true;
  const term = tokens[i]!;
  const dot = term.text === '.' || (term.kind === 'word' && term.abbreviation === true);
  if (dot) {
    const before = term.kind === 'word' ? term : tokens[i - 1];
    if (before !== undefined && (before === term || before.end === term.start) && before.kind === 'word') {
      const lower = before.text.toLowerCase();
      if (titles.has(lower)) return false;
      if (beforeNumber.has(lower)) return next.kind !== 'number' && opensSentence(next, tokens[j + 3]);
      if (ambiguous.has(lower) || before.abbreviation) return opensSentence(next, tokens[j + 3]) && next.kind !== 'number';
      // An initial: "B. J. Habibie", "Joko W. Widodo"; but "vitamin C. Lalu ..." ends.
      if (/^\p{Lu}$/u.test(before.text)) return opensSentence(next, tokens[j + 3]);
      // A list marker opening the sentence: "a. Pertama".
      if (before.start === start && /^\p{Ll}$/u.test(before.text)) return false;
    }
    // A numbered list item: "1. Pertama".
    if (before !== undefined && before.kind === 'number' && before.start === start && before.end === term.start && /^\d{1,3}$/.test(before.text)) return false;
  }
  return startsSentence(next);
}

/** What may follow a sentence end: not a lower-case word and not punctuation that continues one. */
function startsSentence(next: Token): boolean {
  if (next.kind === 'word' || next.kind === 'ordinal') return !/^\p{Ll}/u.test(next.text);
  if (next.kind === 'punctuation') return openersPunct.has(next.text) || next.text === '“' || next.text === '-' || next.text === '—';
  return true;
}

/** A word that typically opens a sentence, or an opening quote or bracket (then look at the word inside). */
function opensSentence(next: Token, afterNext: Token | undefined): boolean {
  if (next.kind === 'punctuation' && openersPunct.has(next.text)) return afterNext !== undefined && afterNext.kind !== 'space' && /^\p{Lu}/u.test(afterNext.text);
  return next.kind === 'word' && /^\p{Lu}/u.test(next.text) && openers.has(next.text.toLowerCase());
}
