/**
 * The one tokenizer every language feature shares (spelling, style rules, claims, translation QA), so
 * they all agree on what a word is and where it is. Every character of the input belongs to exactly one
 * token and offsets are JavaScript string indices into the input as given (nothing is normalised), so a
 * finding maps straight back onto the editor text.
 *
 * Indonesian needs more than \w+: reduplication ("anak-anak", "sayur-mayur", "berlari-lari") is one
 * word, clitics ("bukunya", "dialah", "apakah", "kubaca") are one written word whose base a dictionary
 * must see, and "ke-3" is an ordinal. Clitics stay inside their word (a spelling underline covers the
 * whole written word, and an editor never types them apart) and are exposed as `base`, `proclitic`
 * and `enclitics`. Numbers keep their separators ("1.250.000", "5,08", "8/9/2016", "10-15") as one
 * token: what they mean depends on the language, which is parseValues' job, not the tokenizer's.
 */
import type { Lang } from '../../src-preload/contract/domain.ts';

/** A half-open range [start, end) of JavaScript string indices into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

export type TokenKind =
  | 'word'
  | 'number'
  /** "ke-3", "ke-100": the number is in `ordinal`. */
  | 'ordinal'
  /** "Rp", "Rp.", "US$", "$", "€", "IDR"/"USD" before a number. */
  | 'currency'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'punctuation'
  /** Any other character that Unicode does not call punctuation: "+", "=", "°", emoji. ("%" is punctuation.) */
  | 'symbol'
  /** A run of white space, line breaks included. */
  | 'space';

export type Proclitic = 'ku' | 'kau';
export type Enclitic = 'nya' | 'lah' | 'kah' | 'pun';

/** How a hyphenated word repeats itself: anak-anak (full), berlari-lari (partial), sayur-mayur (rhyming). */
export type Reduplication = 'full' | 'partial' | 'rhyming';

export interface Token extends Span {
  kind: TokenKind;
  /** Always `input.slice(start, end)`. */
  text: string;
  /** Words with clitics only: the word without them ("bukunyalah" -> "buku"). */
  base?: Span & { text: string };
  proclitic?: Proclitic;
  /** In written order: "bukunyalah" -> ['nya', 'lah']. */
  enclitics?: Enclitic[];
  reduplication?: Reduplication;
  /** A dotted abbreviation kept whole, final dot included: "U.S.", "S.H.", "M.Si.". */
  abbreviation?: true;
  /** Ordinals only: 3 for "ke-3". */
  ordinal?: number;
}

export interface TokenizeOptions {
  /** Clitics are Indonesian: with 'en' no word is split into base and clitics. */
  lang?: Lang;
  /**
   * A dictionary lookup (lower-cased word). Without it, enclitics are split by rule with a list of
   * exceptions (sekolah, adalah, punya ...) and proclitics ku-/kau- are never split, because
   * "kuat", "kuda" and "kaum" cannot be told from "kubaca" without knowing the words. With it, a
   * split is made only when the base is a known word (and, for ku-/kau-, the whole word is not).
   */
  isWord?: (lowerCased: string) => boolean;
}

// One sticky pattern per kind, tried in priority order after a look at the first character; test()
// with lastIndex gives the length without allocating a match array (tokenizing is on every hot path).
const spacePattern = /\s+/y;
const urlPattern = /(?:https?:\/\/|www\.)[^\s<>"“”‘’]+/y;
const currencyPattern =
  /(?:US|S|A|HK|NZ|SG)\$|[$€£¥₹]|R[Pp]\.?(?=\s?\d)|R[Pp](?![\p{L}\p{N}])|(?:IDR|USD|EUR|SGD|JPY|MYR|AUD|CNY)(?=\s?\d)/uy;
const numberPattern = /\d+(?:[.,]\d+)*(?:[-–/]\d+(?:[.,]\d+)*)*/y;
const wordPattern = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:(?:[-‐‑]|['’](?=\p{L}))[\p{L}\p{M}\p{N}]+)*/uy;
const tagPattern = /[#@][\p{L}\p{N}_]+/uy;
const ellipsisPattern = /\.{2,}|…/y;
/** First characters of currencyPattern's alternatives. */
const currencyStarts = new Set([...'USAHNRIEJMC$€£¥₹'].map((ch) => ch.charCodeAt(0)));

/** The characters \s matches. */
function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

// Lengths are bounded (as in real addresses) so that a long run like "abcd.abcd.abcd..." costs a
// constant per attempt instead of a rescan to its end from every word in it.
const emailPattern = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,6}/uy;
// Bare domains ("KOMPAS.com", "tempo.co", "kominfo.go.id"): common news and Indonesian top levels only,
// so "naik.Ia" (a missing space) is not taken for a domain.
const domainPattern =
  /[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,4}\.(?:com|co|id|net|org|info|io|gov|edu|tv|news|biz|app|uk|au|sg|my)(?:\/[^\s<>"“”]*)?(?![\p{L}\p{N}])/iuy;
// "U.S.", "S.H.", "M.Si.", "a.n.", "Ph.D.": short letter groups each followed by a dot.
const dottedAbbreviation = /(?:\p{L}{1,3}\.){2,}(?!\p{L})/uy;
const trailingUrlPunctuation = /[.,;:!?'"”’)\]]+$/u;

/** Splits `text` into tokens that cover it exactly, in order. */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  const clitics = options.lang !== 'en';
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    let kind: TokenKind | null = null;
    let end = -1;
    if (isSpace(code)) {
      kind = 'space';
      end = matchEnd(spacePattern, text, pos);
    } else {
      if (code === 104 || code === 119) {
        end = matchEnd(urlPattern, text, pos);
        if (end > 0) {
          kind = 'url';
          end = pos + trimUrl(text.slice(pos, end)).length;
        }
      }
      if (kind === null && currencyStarts.has(code) && (end = matchEnd(currencyPattern, text, pos)) > 0) kind = 'currency';
      if (kind === null && code >= 48 && code <= 57) {
        kind = 'number';
        end = matchEnd(numberPattern, text, pos);
      }
      if (kind === null && (end = matchEnd(wordPattern, text, pos)) > 0) {
        kind = 'word';
        const next = text[end];
        if (next === '@' || next === '.' || next === '_' || next === '+') {
          const email = matchEnd(emailPattern, text, pos);
          if (email > 0) {
            tokens.push({ kind: 'email', text: text.slice(pos, email), start: pos, end: email });
            pos = email;
            continue;
          }
        }
        if (next === '.') {
          const domain = matchEnd(domainPattern, text, pos);
          if (domain > 0) {
            const len = trimUrl(text.slice(pos, domain)).length;
            tokens.push({ kind: 'url', text: text.slice(pos, pos + len), start: pos, end: pos + len });
            pos += len;
            continue;
          }
          const abbr = matchEnd(dottedAbbreviation, text, pos);
          if (abbr > 0) {
            tokens.push({ kind: 'word', text: text.slice(pos, abbr), start: pos, end: abbr, abbreviation: true });
            pos = abbr;
            continue;
          }
        }
      }
      if (kind === null && (code === 35 || code === 64) && (end = matchEnd(tagPattern, text, pos)) > 0) {
        // "#" or "@" glued to a preceding word is not a tag ("harga@rumah" was handled as e-mail above).
        const prev = text[pos - 1];
        kind = prev !== undefined && /[\p{L}\p{N}]/u.test(prev) ? 'symbol' : code === 35 ? 'hashtag' : 'mention';
        if (kind === 'symbol') end = pos + 1;
      }
      if (kind === null && (code === 46 || code === 0x2026) && (end = matchEnd(ellipsisPattern, text, pos)) > 0) kind = 'punctuation';
      if (kind === null) {
        end = otherEnd(text, pos);
        kind = /^\p{P}/u.test(text.slice(pos, end)) ? 'punctuation' : 'symbol';
      }
    }
    const token: Token = { kind, text: text.slice(pos, end), start: pos, end };
    if (kind === 'word') describeWord(token, clitics, options.isWord);
    tokens.push(token);
    pos = end;
  }
  return tokens;
}

/** Tokens that carry words or values (what a word count, a spell check or a language guess looks at). */
export function isWordLike(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'number' || token.kind === 'ordinal';
}

/** Where a sticky `pattern` matching at `pos` ends, or -1. Empty matches cannot happen (every pattern needs a character). */
function matchEnd(pattern: RegExp, text: string, pos: number): number {
  pattern.lastIndex = pos;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** A URL does not take the sentence's final full stop or a closing bracket it did not open. */
function trimUrl(url: string): string {
  let out = url.replace(trailingUrlPunctuation, '');
  const opened = (out.match(/\(/g) ?? []).length;
  const rest = url.slice(out.length);
  // Give back balanced closing brackets: "en.wikipedia.org/wiki/Foo_(bar)".
  let closes = (out.match(/\)/g) ?? []).length;
  for (const ch of rest) {
    if (ch === ')' && closes < opened) {
      out += ch;
      closes++;
    } else break;
  }
  return out;
}

/** End of one "other" character: a code point plus its combining marks, variation selectors and ZWJ sequences. */
function otherEnd(text: string, pos: number): number {
  let end = pos + ((text.codePointAt(pos) ?? 0) > 0xffff ? 2 : 1);
  while (end < text.length) {
    const cp = text.codePointAt(end)!;
    if (/\p{M}/u.test(String.fromCodePoint(cp)) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff)) {
      end += cp > 0xffff ? 2 : 1;
    } else if (cp === 0x200d && end + 1 < text.length) {
      end += 1;
      end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
    } else break;
  }
  return end;
}

// Words that only look like base + clitic. An entry matches the end of the lower-cased word ("tingkah"
// covers "bertingkah"), or, with a leading "=", only the whole word: "ialah" must not catch "dialah",
// nor "ulah" "kamulah", nor "tanya" "kotanya".
const notEnclitic: Record<Enclitic, readonly string[]> = {
  nya: ['=punya', '=tanya', '=bertanya', '=ditanya', '=menanya', '=hanya', '=nyanya', '=kenya'],
  lah: [
    'sekolah', 'salah', 'kalah', 'lelah', 'olah', 'jumlah', 'masalah', 'llah', '=telah', 'belah', '=ulah', 'galah',
    'istilah', 'kilah', 'pilah', 'milah', 'walah', '=adalah', '=ialah', 'celah', 'bilah', 'halah',
  ],
  kah: ['langkah', 'tingkah', 'nikah', 'rekah', 'bongkah', 'bungkah', '=mekah', 'rangkah'],
  pun: ['ampun', 'embun', 'rumpun', 'himpun', 'tumpun'],
};

function isException(lower: string, clitic: Enclitic): boolean {
  return notEnclitic[clitic].some((w) => (w[0] === '=' ? lower === w.slice(1) : lower.endsWith(w)));
}

const outerClitics: readonly Enclitic[] = ['lah', 'kah', 'pun'];

/** Adds clitics and reduplication to a word token (mutates it; called once per word). */
function describeWord(token: Token, clitics: boolean, isWord: TokenizeOptions['isWord']): void {
  const text = token.text;
  // Cheap character tests first: most words have no hyphen and end in none of the clitics.
  const hyphen = text.includes('-') || text.includes('‐') || text.includes('‑');
  if (hyphen && (text[0] === 'k' || text[0] === 'K')) {
    const ordinal = /^[Kk][Ee]-(\d+)$/.exec(text);
    if (ordinal) {
      token.kind = 'ordinal';
      token.ordinal = Number(ordinal[1]);
      return;
    }
  }
  let baseStart = 0;
  let baseEnd = text.length;
  const tail = text.length > 4 ? text.slice(-3).toLowerCase() : '';
  const mayHaveClitic = tail === 'nya' || tail === 'lah' || tail === 'kah' || tail === 'pun' || (isWord !== undefined && (text[0] === 'k' || text[0] === 'K'));
  // Clitics only on words written in letters, not in all capitals ("KENYA" is a name, "PUN" an acronym).
  if (clitics && mayHaveClitic && !/^[\p{Lu}\p{M}\p{N}'’-]+$/u.test(text) && /^[\p{L}'’-]+$/u.test(text)) {
    const lower = text.toLowerCase();
    // With a dictionary a base must be a word, possibly behind ku-/kau- ("kubacalah").
    const known = (w: string) => !isWord || isWord(w) || (/^k(?:au|u)/.test(w) && isWord(w.replace(/^k(?:au|u)/, '')));
    const enclitics: Enclitic[] = [];
    for (const c of outerClitics) {
      const rest = lower.slice(0, baseEnd - 3);
      if (lower.slice(baseEnd - 3, baseEnd) === c && rest.length >= 3 && !isException(lower.slice(0, baseEnd), c) && (known(rest) || rest.endsWith('nya'))) {
        enclitics.unshift(c);
        baseEnd -= 3;
        break;
      }
    }
    const upTo = lower.slice(0, baseEnd);
    if (upTo.endsWith('nya') && baseEnd - 3 >= 2 && !isException(upTo, 'nya') && known(lower.slice(0, baseEnd - 3))) {
      enclitics.unshift('nya');
      baseEnd -= 3;
    }
    if (isWord && !isWord(lower)) {
      for (const p of ['kau', 'ku'] as const) {
        if (lower.startsWith(p) && baseEnd - p.length >= 3 && isWord(lower.slice(p.length, baseEnd))) {
          token.proclitic = p;
          baseStart = p.length;
          break;
        }
      }
    }
    if (enclitics.length) token.enclitics = enclitics;
    if (baseStart > 0 || baseEnd < text.length) {
      token.base = { text: text.slice(baseStart, baseEnd), start: token.start + baseStart, end: token.start + baseEnd };
    }
  }
  if (hyphen) {
    const redup = reduplicationOf(text.slice(baseStart, baseEnd));
    if (redup) token.reduplication = redup;
  }
}

/** Whether a hyphenated word is a reduplication, and which kind (null for "e-mail", "COVID-19"). */
export function reduplicationOf(word: string): Reduplication | null {
  const parts = word.toLowerCase().split(/[-‐‑]/);
  if (parts.length !== 2) return null;
  const [a, b] = parts as [string, string];
  if (a.length < 2 || b.length < 2 || /\d/.test(word)) return null;
  if (a === b) return 'full';
  // berlari-lari, kemerah-merahan, tersipu-sipu, sebaik-baiknya: one part contains the other's root.
  if ((b.length >= 3 && a.endsWith(b)) || (a.length >= 3 && b.startsWith(a)) || sharedRoot(a, b)) return 'partial';
  // sayur-mayur, lauk-pauk, ramah-tamah (one sound changes); bolak-balik, gerak-gerik (the vowels change).
  if (Math.abs(a.length - b.length) <= 1 && a.length >= 3) {
    if (a.slice(1) === b.slice(1) || a.slice(-3) === b.slice(-3)) return 'rhyming';
    const consonants = (s: string) => s.replace(/[aeiou]/g, '');
    if (consonants(a) === consonants(b) && consonants(a).length >= 2) return 'rhyming';
  }
  return null;
}

/** kemerah-merahan: a's ending (>= 4 letters) starts b. */
function sharedRoot(a: string, b: string): boolean {
  for (let n = Math.min(a.length, b.length); n >= 4; n--) {
    if (b.startsWith(a.slice(a.length - n))) return true;
  }
  return false;
}
