/**
 * What "Find evidence" looks for in the source library: a claim's figures (compared BY VALUE, so
 * "US$ 130 miliar", "130 billion" and "130.000.000.000" are the same figure) and its names
 * (capitalised word runs and acronyms, compared as written).
 */
import type { Lang } from '../../src-preload/contract/domain.ts';
import type { ClaimFigure } from '../../src-preload/contract/factcheck.ts';
import { parseValues, type ParsedValue } from '../language/parseValues.ts';

/** A figure of the claim: `value` a number, or a date's parts. */
export interface FigureTerm {
  kind: 'figure';
  label: string;
  quantity?: { value: number; percent: boolean };
  date?: { year?: number | undefined; month?: number | undefined; day?: number | undefined };
  /** FTS5 phrases that find candidate passages (leading digit groups, the year). */
  fts: string[];
}

/** A name of the claim: a capitalised run ("Rudiantara", "Badan Pusat Statistik") or an acronym ("BPS"). */
export interface NameTerm {
  kind: 'name';
  label: string;
  /** The run, and for runs of several words their last word (a surname is often written alone). */
  forms: string[];
  fts: string[];
}

export type EvidenceTerm = FigureTerm | NameTerm;

/** Capitalised words that open sentences or name dates, not people or organisations. */
const notNames: ReadonlySet<string> = new Set([
  // Indonesian sentence openers and common nouns
  'pemerintah', 'target', 'menurut', 'dalam', 'pada', 'saat', 'sementara', 'selain', 'namun', 'tahun', 'ini', 'itu', 'hal', 'para',
  'sejumlah', 'sebanyak', 'sekitar', 'jumlah', 'nilai', 'harga', 'ekspor', 'impor', 'data', 'kami', 'kita', 'mereka', 'ia', 'dia',
  'dengan', 'untuk', 'di', 'ke', 'dari', 'jika', 'bila', 'kini', 'hingga', 'sampai', 'sejak', 'setelah', 'sebelum', 'adapun', 'bahkan',
  'juga', 'lebih', 'total', 'angka', 'pertumbuhan', 'penjualan', 'produksi', 'anggaran', 'yang', 'dan', 'atau', 'tetapi', 'tapi',
  // English
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we',
  'according', 'last', 'next', 'since', 'after', 'before', 'but', 'and', 'however', 'meanwhile', 'exports', 'imports', 'sales',
  'prices', 'there', 'its', 'our', 'their', 'i', 'if', 'when', 'while', 'as', 'of', 'to',
  // Months and weekdays: the figures already cover dates
  'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember',
  'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october', 'december',
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/** Currency codes and symbols read as part of money, not names. */
const currencyWords: ReadonlySet<string> = new Set(['US', 'USD', 'IDR', 'RP', 'EUR', 'SGD', 'JPY', 'CNY', 'AUD', 'GBP', 'MYR']);
/** Titles before a name: dropped from the run's short form. */
const titleWords: ReadonlySet<string> = new Set(['menteri', 'presiden', 'gubernur', 'bupati', 'wali', 'kepala', 'ketua', 'direktur', 'bapak', 'ibu', 'pak', 'bu', 'minister', 'president', 'governor', 'mayor', 'director', 'chairman', 'mr', 'mrs', 'ms', 'dr', 'prof']);

const quantityKinds = new Set<ParsedValue['kind']>(['number', 'money', 'percent']);

/** The figures and names of a claim, each once. `stored` are the figures saved with the claim. */
export function evidenceTerms(text: string, lang: Lang, stored: readonly ClaimFigure[] = []): EvidenceTerm[] {
  const terms: EvidenceTerm[] = [];
  const seen = new Set<string>();
  const add = (term: EvidenceTerm, key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    terms.push(term);
  };
  for (const v of parseValues(text, { lang })) {
    if (quantityKinds.has(v.kind) && 'value' in v && typeof v.value === 'number') {
      add({ kind: 'figure', label: v.text, quantity: { value: v.value, percent: v.kind === 'percent' }, fts: numberPhrases(v.text, v.value) }, `q:${v.value}:${v.kind === 'percent'}`);
    } else if (v.kind === 'date' && v.year !== undefined && !v.yearAssumed) {
      add({ kind: 'figure', label: v.text, date: { year: v.year, month: v.month, day: v.day }, fts: [String(v.year)] }, `d:${v.year}-${v.month}-${v.day}`);
    }
  }
  for (const f of stored) {
    if (typeof f.value === 'number') {
      add({ kind: 'figure', label: f.text, quantity: { value: f.value, percent: f.kind === 'percent' }, fts: numberPhrases(f.text, f.value) }, `q:${f.value}:${f.kind === 'percent'}`);
    } else if (typeof f.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(f.value)) {
      const [year, month, day] = f.value.split('-').map(Number);
      add({ kind: 'figure', label: f.text, date: { year, month, day }, fts: [String(year)] }, `d:${year}-${month}-${day}`);
    }
  }
  for (const name of names(text)) add(name, `n:${name.label}`);
  return terms;
}

/**
 * FTS5 phrases that find a number however it is written: its first digit group(s) as typed, and
 * for millions and up its value scaled down by thousands ("130 miliar" → "130", which starts
 * "130.000.000.000"; 1.500.000 → "1 5", as in "1,5 juta"), since FTS5 splits numerals at "." and ",".
 */
function numberPhrases(text: string, value: number): string[] {
  const out = new Set<string>();
  const groups = text.match(/\d+/g) ?? [];
  if (groups[0]) out.add(groups[0].length >= 2 || groups.length === 1 ? groups[0] : `${groups[0]} ${groups[1]}`);
  // Millions and up are written with a magnitude word as often as in full: add the mantissa.
  if (Math.abs(value) >= 1e6) {
    let m = Math.abs(value);
    while (m >= 1000) m /= 1000;
    out.add(Number(m.toFixed(3)).toString().replace('.', ' '));
  }
  return [...out].filter((p) => p !== '0');
}

/** Capitalised runs and acronyms of `text`, minus sentence openers, months and currency codes. */
function names(text: string): NameTerm[] {
  const out: NameTerm[] = [];
  const word = /[\p{Lu}][\p{L}\p{M}\p{N}'’-]*/u;
  // "Menteri Komunikasi dan Informatika Rudiantara" is one run: lower-case connectors join names.
  const run = new RegExp(`${word.source}(?:\\s+(?:(?:dan|and|of|bin|binti|van|der|de)\\s+)?${word.source})*`, 'gu');
  for (const m of text.matchAll(run)) {
    let words = m[0].split(/\s+/).filter((w) => !currencyWords.has(w.toUpperCase()) || /\p{Ll}/u.test(w.slice(1)));
    // "US$" leaves "US" before the dollar sign.
    if (text[m.index + m[0].length] === '$') words = words.slice(0, -1);
    // Sentence openers go from the start of the run only; connectors inside it stay.
    while (words.length > 0 && notNames.has(words[0]!.toLowerCase())) words = words.slice(1);
    while (words.length > 0 && notNames.has(words.at(-1)!.toLowerCase())) words = words.slice(0, -1);
    if (words.length === 0) continue;
    const label = words.join(' ');
    const core = words.filter((w) => !titleWords.has(w.toLowerCase()));
    const last = core.at(-1);
    const forms = [label];
    if (last && last !== label && last.length >= 4) forms.push(last);
    if (core.length === 0) continue;
    out.push({ kind: 'name', label, forms, fts: forms });
  }
  return out;
}

/**
 * Values in a passage. A source may be English for an Indonesian claim: numerals whose reading
 * depends on the language ("1.250") carry the other reading as `alternative`, which matching
 * accepts too, so one parse serves both languages (two parses cost twice the time of "Find evidence").
 */
export function passageValues(text: string): ParsedValue[] {
  // Many passages carry no numeral at all: skip the parser for them.
  if (!/\d/.test(text)) return [];
  return parseValues(text, { lang: 'id' });
}

/** Which terms a passage contains: figures by value, names as written (case and accents as typed). */
export function matchedTerms(terms: readonly EvidenceTerm[], passage: string, values: readonly ParsedValue[]): string[] {
  const text = passage.normalize('NFC');
  return terms.flatMap((term) => {
    if (term.kind === 'name') {
      // The form found is what the user sees: "Rudiantara", not the whole "Menteri … Rudiantara".
      const found = term.forms.find((form) => containsWord(text, form.normalize('NFC')));
      return found ? [found] : [];
    }
    return figureFound(term, values) ? [term.label] : [];
  });
}

function figureFound(term: FigureTerm, values: readonly ParsedValue[]): boolean {
  if (term.quantity) {
    const { value, percent } = term.quantity;
    return values.some((v) => {
      if (v.kind !== 'number' && v.kind !== 'money' && v.kind !== 'percent') return false;
      if (percent !== (v.kind === 'percent')) return false;
      const candidates = [v.value, ...(v.alternative !== undefined ? [v.alternative] : [])];
      return candidates.some((c) => sameNumber(c, value)) || (v.max !== undefined && value >= v.value && value <= v.max);
    });
  }
  const date = term.date!;
  return values.some((v) => {
    if (v.kind === 'date') return v.year === date.year && (date.month === undefined || v.month === date.month) && (date.day === undefined || v.day === date.day);
    // A year written alone matches a claim that names only the year.
    return v.kind === 'number' && date.month === undefined && v.value === date.year;
  });
}

const sameNumber = (a: number, b: number): boolean => Math.abs(a - b) <= Math.abs(b) * 1e-9;

function containsWord(text: string, form: string): boolean {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** The FTS5 query that finds candidate passages: every term's phrases ORed; null when there are none. */
export function evidenceFtsQuery(terms: readonly EvidenceTerm[]): string | null {
  const phrases = [...new Set(terms.flatMap((t) => t.fts))].filter((p) => /[\p{L}\p{N}]/u.test(p));
  if (phrases.length === 0) return null;
  return phrases.map((p) => `"${p.replaceAll('"', '""')}"`).join(' OR ');
}
