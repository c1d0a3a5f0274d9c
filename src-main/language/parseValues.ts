/**
 * Finds numbers, money, percentages, dates, times and relative day references in Indonesian and
 * English text and parses them into values, with spans. Later features compare values, not strings:
 * translation QA checks that "Rp 1,5 triliun" became "Rp 1.5 trillion" (not "million"), consistency
 * checks that "Kamis 8 September 2016" really was a Thursday, claims list the figures a sentence carries.
 *
 * Numerals are read with the language as a hint, because the two languages swap "." and ",":
 * "1.250.000" and "1,250,000" are unambiguous (several groups), "5,08" and "3.5" are decimals in
 * either language, but "1.250" is 1250 in Indonesian and 1.25 in English; such readings carry
 * `ambiguous: true` and the other reading. Rupiah amounts are never fractional, so "Rp 1.250" is 1250
 * whatever the language. Slash dates are day/month/year ("Rabu (5/2/2025)" is 5 February); in English
 * text an order that only the weekday can settle is settled by it, otherwise flagged `ambiguousOrder`.
 */
import type { Lang } from '../../src-preload/contract/domain.ts';
import { tokenize, type Span, type Token } from './tokenize.ts';

/** 0 = Sunday ... 6 = Saturday, as Date.prototype.getUTCDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The separator convention a numeral was written in: "1.250.000" / "5,08" are 'id', "1,250,000" / "3.5" 'en'. */
export type NumberStyle = 'id' | 'en';

interface ValueBase extends Span {
  /** `text.slice(start, end)`. */
  text: string;
}

interface QuantityBase extends ValueBase {
  value: number;
  /** Upper end of a range ("10-15 persen": value 10, max 15). */
  max?: number;
  /** The numeral's separator convention, when its separators reveal one. */
  style?: NumberStyle;
  /** The reading depended on the language hint ("1.250"); `alternative` is the other reading. */
  ambiguous?: true;
  alternative?: number;
  /** The multiplier of a magnitude word or abbreviation ("miliar", "bn", "jt"): 1e9, 1e9, 1e6. */
  magnitude?: number;
  /** Written in words ("tiga puluh", "twenty-one"). */
  spelled?: true;
}

export interface NumberValue extends QuantityBase {
  kind: 'number';
}
export interface MoneyValue extends QuantityBase {
  kind: 'money';
  /** ISO 4217: 'IDR', 'USD', 'EUR' ... */
  currency: string;
}
export interface PercentValue extends QuantityBase {
  kind: 'percent';
}
export interface OrdinalValue extends ValueBase {
  kind: 'ordinal';
  value: number;
}

export interface DateValue extends ValueBase {
  kind: 'date';
  year?: number;
  month?: number;
  day?: number;
  /** The year was not written and came from `defaultYear`. */
  yearAssumed?: true;
  /** The weekday as written next to the date, and where ("Selasa" in "Selasa (5/2/2025)"). */
  weekday?: Weekday;
  weekdaySpan?: Span;
  /** The written weekday is not the date's; `expectedWeekday` is the right one. */
  weekdayMismatch?: true;
  expectedWeekday?: Weekday;
  /** No such day (31 Februari). */
  invalid?: true;
  /** English slash date where day/month and month/day are both possible and nothing settled it. */
  ambiguousOrder?: true;
}

/** A weekday named on its own ("pada Kamis", "on Thursday"): a date reference without the date. */
export interface WeekdayValue extends ValueBase {
  kind: 'weekday';
  weekday: Weekday;
}

export interface TimeValue extends ValueBase {
  kind: 'time';
  hour: number;
  minute: number;
  /** "WIB", "WITA", "WIT", "GMT", "UTC" when written. */
  zone?: string;
}

/**
 * "kemarin", "besok", "sehari sebelumnya", "yesterday", "two days later": only marked, not resolved.
 * `anchor` 'today' counts from the publication date, 'previous' from the date mentioned before.
 */
export interface RelativeDateValue extends ValueBase {
  kind: 'relative-date';
  offsetDays: number;
  anchor: 'today' | 'previous';
}

export type ParsedValue =
  | NumberValue
  | MoneyValue
  | PercentValue
  | OrdinalValue
  | DateValue
  | WeekdayValue
  | TimeValue
  | RelativeDateValue;

export type ValueKind = ParsedValue['kind'];

export interface ParseValuesOptions {
  /** How to read "1.250" and English slash dates; 'id' when not given. */
  lang?: Lang;
  /** Year for dates written without one ("Kamis (8/9)"), so their weekday can still be checked. */
  defaultYear?: number;
  /** Tokens of `text` if the caller already has them. */
  tokens?: readonly Token[];
}

// ---------------------------------------------------------------------------------------------
// Word tables

const weekdayNames: Record<string, Weekday> = {
  minggu: 0, ahad: 0, senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, 'jum’at': 5, sabtu: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};
const weekdayWords: Record<Lang, readonly string[]> = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** The name of a weekday, for messages ("seharusnya Rabu"). */
export function weekdayName(weekday: Weekday, lang: Lang): string {
  return weekdayWords[lang][weekday]!;
}

/** Full month names: may be written in lower case ("8 september 2016"), except the English verbs. */
const monthFull: Record<string, number> = {
  januari: 1, februari: 2, pebruari: 2, maret: 3, april: 4, mei: 5, juni: 6, juli: 7, agustus: 8, september: 9,
  oktober: 10, november: 11, nopember: 11, desember: 12,
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, august: 8, october: 10, december: 12,
};
/** Abbreviations: only capitalised ("Jan", "Agt", "Sept."), so "mar" or "des" in a sentence stay words. */
const monthShort: Record<string, number> = {
  jan: 1, feb: 2, peb: 2, mar: 3, apr: 4, jun: 6, jul: 7, agu: 8, agt: 8, ags: 8, agust: 8, aug: 8, sep: 9, sept: 9,
  okt: 10, oct: 10, nov: 11, nop: 11, des: 12, dec: 12,
};
const lowerCaseForbidden = new Set(['may', 'march']);

const currencySymbols: Record<string, string> = {
  rp: 'IDR', 'rp.': 'IDR', idr: 'IDR', us$: 'USD', usd: 'USD', $: 'USD', s$: 'SGD', sgd: 'SGD', a$: 'AUD', aud: 'AUD',
  hk$: 'HKD', nz$: 'NZD', sg$: 'SGD', '€': 'EUR', eur: 'EUR', '£': 'GBP', '¥': 'JPY', jpy: 'JPY', '₹': 'INR',
  myr: 'MYR', cny: 'CNY',
};
/** Currency written after the amount: "5 juta rupiah", "130 miliar dolar AS", "2 billion dollars". */
const currencyWords: Record<string, string> = {
  rupiah: 'IDR', dolar: 'USD', dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', yen: 'JPY', yuan: 'CNY',
  ringgit: 'MYR', idr: 'IDR', usd: 'USD', eur: 'EUR', sgd: 'SGD',
};
/** What follows "dolar" to name a country's dollar. */
const dollarCountries: Record<string, string> = {
  as: 'USD', amerika: 'USD', us: 'USD', singapura: 'SGD', singapore: 'SGD', australia: 'AUD', 'hong': 'HKD',
};

const magnitudeWords: Record<string, number> = {
  ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12, trilyun: 1e12,
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  rb: 1e3, jt: 1e6, bn: 1e9, mn: 1e6, tn: 1e12,
};
/** Single letters that are magnitudes only after a currency; "M" is miliar in rupiah, million in dollars. */
function letterMagnitude(word: string, currency: string | undefined): number | null {
  if (currency === undefined) return null;
  const idr = currency === 'IDR';
  switch (word) {
    case 'k': case 'K': return 1e3;
    case 'm': return 1e6;
    case 'M': return idr ? 1e9 : 1e6;
    case 'B': case 'b': return idr ? null : 1e9;
    case 'T': return 1e12;
    default: return null;
  }
}

/** Number words that take no multiplier before them ("dua", "sebelas", "twenty"). */
const spelledUnits: Record<string, number> = {
  nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
  sebelas: 11,
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Scales that close a group: "dua ribu", "satu juta", "two million"; the se- forms mean one of them. */
const spelledBigScales: Record<string, number> = {
  ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};
const seScales: Record<string, number> = { seribu: 1e3, sejuta: 1e6, semiliar: 1e9, setriliun: 1e12 };

const percentWords = new Set(['persen', 'percent', 'pct', 'prosen']);
const rangeWords = new Set(['-', '–', '—', 'hingga', 'sampai', 'to', 's.d.', 's/d']);
const timeZones = new Set(['WIB', 'WITA', 'WIT', 'GMT', 'UTC']);

/** Relative day references: words (lower case, space-separated) -> offset and anchor. */
const relativePhrases: [words: string[], offsetDays: number, anchor: 'today' | 'previous'][] = [
  [['kemarin', 'lusa'], -2, 'today'],
  [['kemarin'], -1, 'today'],
  [['hari', 'ini'], 0, 'today'],
  [['besok'], 1, 'today'],
  [['esok'], 1, 'today'],
  [['lusa'], 2, 'today'],
  [['sehari', 'sebelumnya'], -1, 'previous'],
  [['sehari', 'setelahnya'], 1, 'previous'],
  [['sehari', 'kemudian'], 1, 'previous'],
  [['keesokan', 'harinya'], 1, 'previous'],
  [['yesterday'], -1, 'today'],
  [['today'], 0, 'today'],
  [['tomorrow'], 1, 'today'],
  [['the', 'day', 'before'], -1, 'previous'],
  [['the', 'previous', 'day'], -1, 'previous'],
  [['the', 'day', 'after'], 1, 'previous'],
  [['the', 'next', 'day'], 1, 'previous'],
  [['the', 'following', 'day'], 1, 'previous'],
];
/** "dua hari lalu" (-2 from today), "tiga hari kemudian" (+3 from the previous date), "two days ago". */
const relativeAfterCount: Record<string, [sign: number, anchor: 'today' | 'previous']> = {
  lalu: [-1, 'today'], 'yang lalu': [-1, 'today'], sebelumnya: [-1, 'previous'], kemudian: [1, 'previous'],
  setelahnya: [1, 'previous'], ago: [-1, 'today'], earlier: [-1, 'previous'], later: [1, 'previous'],
};

/** Words a value can start with; any other word is skipped without trying the patterns. */
const startWords = new Set([
  ...Object.keys(weekdayNames), ...Object.keys(monthFull), ...Object.keys(monthShort), ...Object.keys(spelledUnits),
  ...Object.keys(seScales), 'seratus', 'pukul', 'pkl', 'jam', ...relativePhrases.map(([words]) => words[0]!),
]);

// ---------------------------------------------------------------------------------------------
// Numerals

export interface ParsedNumeral {
  value: number;
  style?: NumberStyle;
  ambiguous?: true;
  alternative?: number;
}

/**
 * Reads a numeral written with "." and "," ("1.250.000", "1,250,000.50", "5,08", "1.250") with `lang`
 * settling a single separator followed by exactly three digits. Null for what is not one number
 * ("1.2.3", "1,25,000").
 */
export function parseNumeral(s: string, lang: Lang = 'id', currency?: string): ParsedNumeral | null {
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return null;
  const dots = count(s, '.');
  const commas = count(s, ',');
  if (dots === 0 && commas === 0) return { value: Number(s) };
  if (dots > 0 && commas > 0) {
    const decimalSep = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const groupSep = decimalSep === '.' ? ',' : '.';
    const decimalAt = s.lastIndexOf(decimalSep);
    const intPart = s.slice(0, decimalAt);
    if (intPart.includes(decimalSep) || !validGroups(intPart.split(groupSep))) return null;
    return { value: Number(`${intPart.split(groupSep).join('')}.${s.slice(decimalAt + 1)}`), style: decimalSep === ',' ? 'id' : 'en' };
  }
  const sep = dots > 0 ? '.' : ',';
  const parts = s.split(sep);
  if (parts.length > 2) return validGroups(parts) ? { value: Number(parts.join('')), style: sep === '.' ? 'id' : 'en' } : null;
  const [a, b] = parts as [string, string];
  const grouped = Number(a + b);
  const decimal = Number(`${a}.${b}`);
  if (b.length === 3 && a.length <= 3 && a !== '0') {
    // Thousands in the language that groups with this separator; rupiah has no fractions.
    const groups = currency === 'IDR' ? sep === '.' : (sep === '.') === (lang === 'id');
    if (currency === 'IDR' && sep === '.') return { value: grouped, style: 'id' };
    return groups
      ? { value: grouped, style: sep === '.' ? 'id' : 'en', ambiguous: true, alternative: decimal }
      : { value: decimal, style: sep === ',' ? 'id' : 'en', ambiguous: true, alternative: grouped };
  }
  return { value: decimal, style: sep === ',' ? 'id' : 'en' };
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

function validGroups(groups: readonly string[]): boolean {
  return groups[0]!.length >= 1 && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);
}

// ---------------------------------------------------------------------------------------------
// The scanner

interface Cursor {
  text: string;
  /** Non-space tokens. */
  ws: Token[];
  /** ws[i] is on a new line compared with ws[i - 1]. */
  newLine: boolean[];
  /** ws[i].text lower-cased. */
  lw: string[];
  lang: Lang;
  defaultYear: number | undefined;
}

/** Every value in `text`, in order of appearance, without overlaps. */
export function parseValues(text: string, options: ParseValuesOptions = {}): ParsedValue[] {
  const all = options.tokens ?? tokenize(text, options.lang ? { lang: options.lang } : {});
  const ws: Token[] = [];
  const newLine: boolean[] = [];
  let sawNewLine = false;
  for (const t of all) {
    if (t.kind === 'space') {
      if (t.text.includes('\n')) sawNewLine = true;
      continue;
    }
    ws.push(t);
    newLine.push(sawNewLine);
    sawNewLine = false;
  }
  const lw = ws.map((t) => t.text.toLowerCase());
  const c: Cursor = { text, ws, newLine, lw, lang: options.lang ?? 'id', defaultYear: options.defaultYear };
  const out: ParsedValue[] = [];
  for (let i = 0; i < ws.length; ) {
    const t = ws[i]!;
    // Only tokens that can start a value are tried; every other word is skipped at once.
    let candidate = t.kind === 'number' || t.kind === 'currency' || t.kind === 'ordinal';
    if (t.kind === 'word') {
      const l = lw[i]!;
      const dash = l.indexOf('-');
      candidate = startWords.has(l) || (dash > 0 && startWords.has(l.slice(0, dash)));
    }
    const found = candidate
      ? (tryDate(c, i) ?? tryTime(c, i) ?? tryRelative(c, i) ?? tryOrdinal(c, i) ?? tryQuantity(c, i) ?? tryWeekday(c, i))
      : null;
    if (found) {
      out.push(found.value);
      i = found.next;
    } else i++;
  }
  return out;
}

interface Found {
  value: ParsedValue;
  next: number;
}

/** The lower-cased text of ws[i] ('' past the end), computed once per token. */
const lo = (c: Cursor, i: number): string => c.lw[i] ?? '';
/** ws[i] follows ws[i-1] on the same line. */
const sameLine = (c: Cursor, i: number) => i < c.ws.length && !c.newLine[i];
/** ws[i] touches ws[i-1] (no space between). */
const touches = (c: Cursor, i: number) => i < c.ws.length && i > 0 && c.ws[i - 1]!.end === c.ws[i]!.start;

function spanOf(c: Cursor, from: number, toExclusive: number): ValueBase {
  const start = c.ws[from]!.start;
  const end = c.ws[toExclusive - 1]!.end;
  return { start, end, text: c.text.slice(start, end) };
}

function isInteger(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number' && /^\d+$/.test(t.text);
}

function monthOf(t: Token | undefined): number | null {
  if (t === undefined || t.kind !== 'word') return null;
  const l = t.text.toLowerCase();
  const capital = /^\p{Lu}/u.test(t.text);
  const full = monthFull[l];
  if (full !== undefined) return capital || !lowerCaseForbidden.has(l) ? full : null;
  const short = monthShort[l];
  return short !== undefined && capital ? short : null;
}

function weekdayOf(t: Token | undefined): Weekday | null {
  if (t === undefined || t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return null;
  const w = weekdayNames[t.text.toLowerCase().replace('’', "'")];
  return w === undefined ? null : w;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function weekdayOfDate(year: number, month: number, day: number): Weekday {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() as Weekday;
}

/** Builds a date value, checking the day exists and the written weekday fits. */
function makeDate(
  c: Cursor,
  base: ValueBase,
  parts: { year?: number; month: number; day?: number },
  weekday: Weekday | null,
  extra: Partial<DateValue> = {},
): DateValue {
  const value: DateValue = { kind: 'date', ...base, ...extra };
  let year = parts.year;
  if (year === undefined && parts.day !== undefined && c.defaultYear !== undefined) {
    year = c.defaultYear;
    value.yearAssumed = true;
  }
  if (year !== undefined) value.year = year;
  value.month = parts.month;
  if (parts.day !== undefined) value.day = parts.day;
  if (weekday !== null) value.weekday = weekday;
  if (parts.month < 1 || parts.month > 12 || (parts.day !== undefined && (parts.day < 1 || parts.day > (year !== undefined ? daysInMonth(year, parts.month) : [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][parts.month - 1]!)))) {
    value.invalid = true;
    return value;
  }
  if (weekday !== null && year !== undefined && parts.day !== undefined) {
    const actual = weekdayOfDate(year, parts.month, parts.day);
    if (actual !== weekday) {
      value.weekdayMismatch = true;
      value.expectedWeekday = actual;
    }
  }
  return value;
}

function fullYear(s: string): number {
  const n = Number(s);
  return s.length === 2 ? (n < 50 ? 2000 + n : 1900 + n) : n;
}

/** Dates, with an optional weekday before them (then `weekdaySpan` is that word). */
function tryDate(c: Cursor, i: number): Found | null {
  const found = tryDateAt(c, i);
  if (found && found.value.kind === 'date' && found.value.weekday !== undefined) {
    found.value.weekdaySpan = { start: c.ws[i]!.start, end: c.ws[i]!.end };
  }
  return found;
}

function tryDateAt(c: Cursor, i: number): Found | null {
  const ws = c.ws;
  let weekday: Weekday | null = null;
  let j = i;
  const wd = weekdayOf(ws[i]);
  if (wd !== null) {
    weekday = wd;
    j = i + 1;
    // "Kamis, 8 ...", "Kamis (8/9/2016)", "Thursday, Sept. 8", "Kamis 8 ...", "Kamis tanggal 8 ..."
    if (ws[j]?.text === ',' && sameLine(c, j)) j++;
    if (lo(c, j) === 'tanggal' && sameLine(c, j)) j++;
    if (!sameLine(c, j)) return null;
    if (ws[j]?.text === '(') {
      const inner = slashDate(c, ws[j + 1], weekday, true);
      if (inner && ws[j + 2]?.text === ')') return { value: makeDate(c, spanOf(c, i, j + 3), inner.parts, weekday, inner.extra), next: j + 3 };
      return null;
    }
  } else if (ws[i]?.kind === 'punctuation') return null;
  const t = ws[j];
  if (t === undefined) return null;
  // ISO and slash dates: "2025-02-05", "5/2/2025", "5-2-2025".
  if (t.kind === 'number') {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t.text);
    if (iso) return { value: makeDate(c, spanOf(c, i, j + 1), { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }, weekday), next: j + 1 };
    const slash = slashDate(c, t, weekday, weekday !== null);
    if (slash) return { value: makeDate(c, spanOf(c, i, j + 1), slash.parts, weekday, slash.extra), next: j + 1 };
  }
  // "8 September 2016", "8 Sept. 2016", "5 Februari", with the day a plain integer.
  if (isInteger(t) && Number(t.text) <= 31 && sameLine(c, j + 1)) {
    const month = monthOf(ws[j + 1]);
    if (month !== null) {
      let k = j + 2;
      if (ws[k]?.text === '.' && touches(c, k)) k++;
      let year: number | undefined;
      if (isInteger(ws[k]) && ws[k]!.text.length === 4 && sameLine(c, k)) year = Number(ws[k++]!.text);
      return { value: makeDate(c, spanOf(c, i, k), { month, day: Number(t.text), ...(year !== undefined ? { year } : {}) }, weekday), next: k };
    }
  }
  // "February 5, 2025", "Sept. 8", "September 2016".
  const month = monthOf(t);
  if (month !== null) {
    let k = j + 1;
    if (ws[k]?.text === '.' && touches(c, k)) k++;
    if (!sameLine(c, k)) return null;
    const d = ws[k];
    if (isInteger(d) && d!.text.length <= 2 && Number(d!.text) >= 1 && Number(d!.text) <= 31) {
      k++;
      // "5th": the ordinal suffix belongs to the day.
      if (/^(st|nd|rd|th)$/i.test(ws[k]?.text ?? '') && touches(c, k)) k++;
      let year: number | undefined;
      if (ws[k]?.text === ',' && isInteger(ws[k + 1]) && ws[k + 1]!.text.length === 4 && sameLine(c, k + 1)) {
        year = Number(ws[k + 1]!.text);
        k += 2;
      } else if (isInteger(ws[k]) && ws[k]!.text.length === 4 && sameLine(c, k)) year = Number(ws[k++]!.text);
      return { value: makeDate(c, spanOf(c, i, k), { month, day: Number(d!.text), ...(year !== undefined ? { year } : {}) }, weekday), next: k };
    }
    if (isInteger(d) && d!.text.length === 4 && weekday === null) {
      return { value: makeDate(c, spanOf(c, i, k + 1), { month, year: Number(d!.text) }, null), next: k + 1 };
    }
  }
  return null;
}

/** "5/2/2025", "5-2-2025", "8/9/16", and "8/9" when a weekday vouches for it. */
function slashDate(
  c: Cursor,
  t: Token | undefined,
  weekday: Weekday | null,
  allowNoYear: boolean,
): { parts: { year?: number; month: number; day: number }; extra: Partial<DateValue> } | null {
  if (t === undefined || t.kind !== 'number') return null;
  const m = /^(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/.exec(t.text);
  if (!m || (m[4] === undefined && !allowNoYear)) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const year = m[4] !== undefined ? fullYear(m[4]) : c.defaultYear;
  const withYear = (month: number, day: number) => ({ month, day, ...(m[4] !== undefined ? { year: fullYear(m[4]) } : {}) });
  if (c.lang === 'en' && a <= 12 && b <= 12 && a !== b) {
    // Both orders exist: let the weekday decide, when it names exactly one of them.
    if (weekday !== null && year !== undefined) {
      const dm = weekdayOfDate(year, b, a) === weekday;
      const md = weekdayOfDate(year, a, b) === weekday;
      if (md && !dm) return { parts: withYear(a, b), extra: {} };
      if (dm && !md) return { parts: withYear(b, a), extra: {} };
    }
    return { parts: withYear(b, a), extra: { ambiguousOrder: true } };
  }
  if (c.lang === 'en' && b > 12 && a <= 12) return { parts: withYear(a, b), extra: {} };
  return { parts: withYear(b, a), extra: {} };
}

/** "pukul 10.30 WIB", "10.30 WIB", "10:30", "jam 9". */
function tryTime(c: Cursor, i: number): Found | null {
  const ws = c.ws;
  let j = i;
  const cue = lo(c, i);
  const hasCue = cue === 'pukul' || cue === 'pkl' || cue === 'jam';
  if (hasCue) {
    if (!sameLine(c, i + 1)) return null;
    j = i + 1;
  }
  const t = ws[j];
  if (t === undefined || t.kind !== 'number') return null;
  let hour: number;
  let minute = 0;
  let k = j + 1;
  const dotted = /^(\d{1,2})[.](\d{2})$/.exec(t.text);
  if (ws[k]?.text === ':' && touches(c, k) && isInteger(ws[k + 1]) && ws[k + 1]!.text.length === 2 && touches(c, k + 1)) {
    if (!/^\d{1,2}$/.test(t.text)) return null;
    hour = Number(t.text);
    minute = Number(ws[k + 1]!.text);
    k += 2;
  } else if (dotted) {
    hour = Number(dotted[1]);
    minute = Number(dotted[2]);
  } else if (hasCue && /^\d{1,2}$/.test(t.text)) hour = Number(t.text);
  else return null;
  if (hour > 24 || minute > 59) return null;
  let zone: string | undefined;
  if (ws[k] && timeZones.has(ws[k]!.text) && sameLine(c, k)) zone = ws[k++]!.text;
  // "10.30" alone is a decimal; it is a time only with "pukul" or a zone, or written with ":".
  if (!hasCue && zone === undefined && !t.text.match(/^\d+$/)) return null;
  return { value: { kind: 'time', ...spanOf(c, i, k), hour, minute, ...(zone ? { zone } : {}) }, next: k };
}

function tryRelative(c: Cursor, i: number): Found | null {
  const first = lo(c, i);
  for (const [words, offsetDays, anchor] of relativePhrases) {
    if (words[0] !== first) continue;
    if (words.every((w, k) => lo(c, i + k) === w && (k === 0 || sameLine(c, i + k)))) {
      const next = i + words.length;
      return { value: { kind: 'relative-date', ...spanOf(c, i, next), offsetDays, anchor }, next };
    }
  }
  // "dua hari lalu", "3 hari sebelumnya", "two days ago".
  const amount = isInteger(c.ws[i]) ? { value: Number(c.ws[i]!.text), next: i + 1 } : spelledNumber(c, i);
  if (amount && ['hari', 'day', 'days'].includes(lo(c, amount.next)) && sameLine(c, amount.next)) {
    let k = amount.next + 1;
    let word = lo(c, k);
    if (word === 'yang' && lo(c, k + 1) === 'lalu') {
      word = 'yang lalu';
      k++;
    }
    const rel = relativeAfterCount[word];
    if (rel && sameLine(c, k)) {
      return { value: { kind: 'relative-date', ...spanOf(c, i, k + 1), offsetDays: rel[0] * amount.value, anchor: rel[1] }, next: k + 1 };
    }
  }
  return null;
}

function tryOrdinal(c: Cursor, i: number): Found | null {
  const t = c.ws[i]!;
  if (t.kind === 'ordinal') return { value: { kind: 'ordinal', ...spanOf(c, i, i + 1), value: t.ordinal! }, next: i + 1 };
  if (isInteger(t) && touches(c, i + 1) && /^(st|nd|rd|th)$/i.test(c.ws[i + 1]!.text)) {
    return { value: { kind: 'ordinal', ...spanOf(c, i, i + 2), value: Number(t.text) }, next: i + 2 };
  }
  return null;
}

/** A weekday on its own. "Minggu" is also "week", so it counts only after "hari" or "pada", and not in "Minggu lalu". */
function tryWeekday(c: Cursor, i: number): Found | null {
  const w = weekdayOf(c.ws[i]);
  if (w === null || c.ws[i]!.text.length < 4) return null;
  if (w === 0 && lo(c, i) === 'minggu' && (!['hari', 'pada'].includes(lo(c, i - 1)) || ['lalu', 'depan', 'ini', 'kemarin'].includes(lo(c, i + 1)))) return null;
  return { value: { kind: 'weekday', ...spanOf(c, i, i + 1), weekday: w }, next: i + 1 };
}

interface Amount {
  value: number;
  next: number;
  style?: NumberStyle;
  ambiguous?: true;
  alternative?: number;
  spelled?: true;
  /** Upper end when the numeral itself was a range ("10-15"). */
  max?: number;
}

/** A numeral token (plain or "10-15") or a spelled number, at ws[i]. */
function amountAt(c: Cursor, i: number, currency: string | undefined): Amount | null {
  const t = c.ws[i];
  if (t === undefined) return null;
  if (t.kind === 'number') {
    const range = /^([\d.,]+)[-–]([\d.,]+)$/.exec(t.text);
    if (range) {
      const a = parseNumeral(range[1]!, c.lang, currency);
      const b = parseNumeral(range[2]!, c.lang, currency);
      if (!a || !b || b.value <= a.value || b.value > a.value * 100) return null;
      return { ...a, next: i + 1, max: b.value };
    }
    const n = parseNumeral(t.text, c.lang, currency);
    return n ? { ...n, next: i + 1 } : null;
  }
  return spelledNumber(c, i);
}

/** "tiga puluh", "dua ratus lima puluh ribu", "sejuta", "twenty-one", "five hundred and five". */
function spelledNumber(c: Cursor, i: number): Amount | null {
  let total = 0; // closed groups (ribu, juta ...)
  let group = 0; // hundreds of the open group
  let pending: number | null = null; // the last units, still open to "belas", "puluh", "ratus"
  let words = 0;
  let k = i;
  const step = (w: string, next: string): 'ok' | 'skip' | 'stop' => {
    const unit = spelledUnits[w];
    if (unit !== undefined) {
      if (pending === null) pending = unit;
      else if (pending >= 20 && pending % 10 === 0 && pending < 100 && unit < 10) pending += unit; // "tiga puluh dua", "twenty one"
      else return 'stop';
      return 'ok';
    }
    if (w === 'belas' && pending !== null && pending >= 1 && pending <= 9) pending += 10;
    else if (w === 'puluh' && pending !== null && pending >= 1 && pending <= 9) pending *= 10;
    else if ((w === 'ratus' || w === 'hundred') && pending !== null && pending >= 1 && pending <= (w === 'hundred' ? 99 : 9) && group === 0) {
      group = pending * 100;
      pending = null;
    } else if (w === 'seratus' && pending === null && group === 0) group = 100;
    else if (seScales[w] !== undefined && pending === null && group === 0) total += seScales[w]!;
    else if (spelledBigScales[w] !== undefined && (pending !== null || group > 0)) {
      total += (group + (pending ?? 0)) * spelledBigScales[w]!;
      group = 0;
      pending = null;
    } else if (w === 'and' && (group > 0 || total > 0) && spelledUnits[next] !== undefined) return 'skip';
    else return 'stop';
    return 'ok';
  };
  outer: for (; k < c.ws.length; k++) {
    if (k > i && !sameLine(c, k)) break;
    const t = c.ws[k]!;
    if (t.kind !== 'word') break;
    const l = lo(c, k);
    const parts = /[-‐‑]/.test(l) ? l.split(/[-‐‑]/) : [l];
    for (let p = 0; p < parts.length; p++) {
      const r = step(parts[p]!, parts[p + 1] ?? lo(c, k + 1));
      if (r === 'stop') {
        if (p === 0) break outer;
        return null; // half a hyphenated word is not a number
      }
    }
    words++;
  }
  if (words === 0) return null;
  const value = total + group + (pending ?? 0);
  // A lone "satu" / "one" is a word, not a figure ("salah satu", "one of them").
  if (words === 1 && value < 2) return null;
  return { value, next: k, spelled: true };
}

/** Numbers, money and percentages, with currency before or after, magnitude and ranges. */
function tryQuantity(c: Cursor, i: number): Found | null {
  const ws = c.ws;
  let j = i;
  let currency: string | undefined;
  const first = ws[i]!;
  if (first.kind === 'currency') {
    currency = currencySymbols[first.text.toLowerCase()];
    j++;
    if (!sameLine(c, j)) return null;
  } else if (first.kind === 'punctuation') return null;
  const amount = amountAt(c, j, currency);
  if (!amount) return null;
  let k = amount.next;
  const value = amount.value;
  let max = amount.max;
  let magnitude: number | undefined;
  const readMagnitude = (at: number): number | null => {
    const t = ws[at];
    if (t === undefined || t.kind !== 'word' || !sameLine(c, at)) return null;
    return magnitudeWords[t.text.toLowerCase()] ?? (touches(c, at) || currency !== undefined ? letterMagnitude(t.text, currency) : null);
  };
  if (!amount.spelled) {
    const mag = readMagnitude(k);
    if (mag !== null) {
      magnitude = mag;
      k++;
    }
  }
  // A range written out: "10 - 15", "10 hingga 15 juta", "Rp 5 juta sampai Rp 7 juta".
  if (max === undefined && ws[k] && rangeWords.has(lo(c, k)) && sameLine(c, k)) {
    let r = k + 1;
    if (ws[r]?.kind === 'currency' && currencySymbols[ws[r]!.text.toLowerCase()] === currency) r++;
    const second = amountAt(c, r, currency);
    if (second && second.max === undefined && sameLine(c, r)) {
      let r2 = second.next;
      const mag2 = second.spelled ? null : readMagnitude(r2);
      if (mag2 !== null) r2++;
      // "10 hingga 15 juta": a magnitude written only after the second number applies to both.
      const firstMag = magnitude ?? mag2 ?? 1;
      const secondMag = mag2 ?? magnitude ?? 1;
      if (second.value * secondMag > value * firstMag) {
        magnitude = magnitude ?? mag2 ?? undefined;
        max = (second.value * secondMag) / firstMag;
        k = r2;
      }
    }
  }
  if (magnitude === undefined && max !== undefined && !amount.spelled) {
    const mag = readMagnitude(k);
    if (mag !== null) {
      magnitude = mag;
      k++;
    }
  }
  // Currency after the amount: "5 juta rupiah", "130 miliar dolar AS", "US$" never follows.
  if (currency === undefined && ws[k] && sameLine(c, k)) {
    const word = lo(c, k);
    const cur = currencyWords[word];
    if (cur !== undefined && ws[k]!.kind === 'word') {
      currency = cur;
      k++;
      if ((word === 'dolar' || word === 'dollar' || word === 'dollars') && sameLine(c, k)) {
        const country = dollarCountries[lo(c, k)];
        if (country) {
          currency = country;
          k++;
          if (country === 'HKD' && lo(c, k) === 'kong') k++;
        }
      }
    }
  }
  let percent = false;
  if (currency === undefined && ws[k] && sameLine(c, k)) {
    if (ws[k]!.text === '%') {
      percent = true;
      k++;
    } else if (percentWords.has(lo(c, k))) {
      percent = true;
      k++;
    } else if (lo(c, k) === 'per' && lo(c, k + 1) === 'cent') {
      percent = true;
      k += 2;
    }
    // "10%-15%"
    if (percent && max === undefined && ws[k] && rangeWords.has(lo(c, k)) && isNumberToken(ws[k + 1]) && ws[k + 2]?.text === '%') {
      const second = amountAt(c, k + 1, undefined);
      if (second && second.value > amount.value) {
        max = second.value;
        k += 3;
      }
    }
  }
  // A numeral glued to letters ("5G", "10km") is kept as a plain number: the unit is not ours to judge.
  const mult = magnitude ?? 1;
  const base: QuantityBase = { ...spanOf(c, i, k), value: value * mult };
  if (max !== undefined) base.max = max * mult;
  if (amount.style) base.style = amount.style;
  if (amount.ambiguous) {
    base.ambiguous = true;
    base.alternative = amount.alternative! * mult;
  }
  if (magnitude !== undefined) base.magnitude = magnitude;
  if (amount.spelled) base.spelled = true;
  if (percent) return { value: { kind: 'percent', ...base }, next: k };
  if (currency !== undefined) return { value: { kind: 'money', ...base, currency }, next: k };
  return { value: { kind: 'number', ...base }, next: k };
}

function isNumberToken(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number';
}
