/**
 * Claim candidates in a draft, Indonesian or English (issue 5, item 1; groundwork, not yet wired to
 * the editor): the sentences a fact-checker should look at first. A sentence is a candidate when it
 * carries something checkable, and every candidate says why:
 *  - `quantity`: numbers, money and percentages (with their parsed values from parseValues);
 *  - `date`: a calendar date or a weekday;
 *  - `quote`: direct speech in quotation marks, or reported speech, with its attribution verb
 *    (ujar, kata, ungkap, jelas, tutur, menurut / said, says, told, according to) and the speaker
 *    when one is named next to it;
 *  - `superlative`: terbesar, tertinggi, pertama, satu-satunya, rekor / largest, first, record...;
 *  - `named`: people or organisations with a role ("Menteri Keuangan Rina Hapsari", "Kepala BPS"),
 *    a name set off by commas after its description ("Warga Banyuresmi, Iis Suryani,"), and
 *    organisations by name or acronym ("Universitas Andalas", "PT Pasar Nusa", "BPKP").
 * Check-worthiness is a weighted sum of the reasons (a quoted figure from a named person with a
 * superlative ranks above a bare date); candidates come back best first. Each candidate also lists
 * its `figures` (numbers, money, percentages and dates with their values, the shape `redaksi claims`
 * prints) and its main `reason`: the kind of its weightiest reason. Title-case lines (headlines) do
 * not count capitalised words as names. Measured on bench/factcheck-eval. Pure: no DB, no Electron.
 */
import type { Lang } from '../../src-preload/contract/domain.ts';
import { parseValues, type ParsedValue } from '../language/parseValues.ts';
import { splitSentences, type Sentence } from '../language/splitSentences.ts';
import { tokenize, type Token } from '../language/tokenize.ts';

export type ClaimReasonKind = 'quantity' | 'date' | 'quote' | 'superlative' | 'named';

export interface ClaimReason {
  kind: ClaimReasonKind;
  start: number;
  end: number;
  /** `text.slice(start, end)` of the whole text. */
  text: string;
  /** quantity/date: the parsed value; quote: the attribution verb and the speaker if named. */
  value?: ParsedValue;
  attribution?: string;
  speaker?: string;
}

/** A figure a claim carries, as `redaksi claims --json` prints it. */
export interface ClaimFigure {
  kind: 'number' | 'money' | 'percent' | 'date';
  /** As written, e.g. "US$ 1,3 miliar", "Kamis (8/9/2016)". */
  text: string;
  /**
   * Quantities: the number (1.3e9 for "US$ 1,3 miliar", 12.5 for "12,5 persen"; a range's lower end).
   * Dates: the ISO date "YYYY-MM-DD", or null when the date is incomplete ("pada April", "2019").
   */
  value: number | string | null;
  /** "IDR", "USD" … for money, "%" for percentages, null otherwise. */
  unit: string | null;
}

export interface ClaimCandidate {
  /** The sentence, as offsets into the text. */
  start: number;
  end: number;
  text: string;
  /** The main reason: the kind of the weightiest reason (quantity, superlative, quote, named, date). */
  reason: ClaimReasonKind;
  reasons: ClaimReason[];
  figures: ClaimFigure[];
  /** Higher is more worth checking; only the order is meaningful. */
  score: number;
}

const weights: Record<ClaimReasonKind, number> = { quantity: 3, superlative: 3, quote: 2, named: 1.5, date: 1 };

export const attributionVerbs: Record<Lang, ReadonlySet<string>> = {
  id: new Set(['ujar', 'ujarnya', 'kata', 'katanya', 'ungkap', 'ungkapnya', 'jelas', 'jelasnya', 'tutur', 'tuturnya', 'tegas', 'tegasnya', 'imbuh', 'imbuhnya', 'papar', 'paparnya', 'menurut', 'mengatakan', 'menyatakan', 'menegaskan', 'menjelaskan', 'mengungkapkan', 'menuturkan', 'menyebutkan', 'menyebut']),
  en: new Set(['said', 'says', 'say', 'told', 'stated', 'added', 'claimed', 'according', 'insisted', 'argued', 'noted', 'explained']),
};

const ambiguousVerbs: ReadonlySet<string> = new Set(['kata', 'jelas', 'tegas', 'tutur', 'papar', 'imbuh', 'ungkap', 'say', 'noted']);

const superlatives: Record<Lang, RegExp> = {
  id: /^(?:ter(?:besar|tinggi|rendah|banyak|sedikit|baik|buruk|cepat|lambat|kaya|miskin|luas|panjang|mahal|murah|parah|tua|muda)|pertama|satu-satunya|rekor|termurah|paling|belum pernah)$/i,
  en: /^(?:largest|biggest|highest|lowest|first|only|record|most|least|best|worst|fastest|slowest|richest|poorest|longest|oldest|youngest|never|unprecedented)$/i,
};

/** Words that introduce a person or organisation by role; the capitalised words after them are the name. */
export const roleWords: Record<Lang, ReadonlySet<string>> = {
  id: new Set(['menteri', 'presiden', 'wakil', 'gubernur', 'bupati', 'wali', 'kepala', 'ketua', 'direktur', 'dirut', 'juru', 'kapolda', 'kapolres', 'jaksa', 'hakim', 'anggota', 'sekretaris', 'komisaris', 'ekonom', 'peneliti', 'pengamat', 'dosen', 'guru', 'dokter', 'camat', 'lurah']),
  en: new Set(['minister', 'president', 'governor', 'mayor', 'chief', 'head', 'director', 'spokesperson', 'spokesman', 'spokeswoman', 'secretary', 'chairman', 'chairwoman', 'economist', 'analyst', 'researcher', 'professor', 'judge', 'prosecutor', 'ceo']),
};

/**
 * Verbs that report what someone said or thinks without being an attribution the speaker check
 * relies on ("menilai", "mengaku", "denied"): they make a sentence a claim, nothing more.
 */
const reportingVerbs: Record<Lang, ReadonlySet<string>> = {
  id: new Set(['menilai', 'mengaku', 'mengingatkan', 'memperkirakan', 'menurutnya', 'menambahkan', 'mengklaim', 'membantah', 'memaparkan', 'dipaparkan', 'mencatat', 'dicatat', 'mengumumkan']),
  en: new Set(['denied', 'denies', 'acknowledged', 'estimated', 'warned', 'announced', 'reported', 'admitted', 'recorded']),
};

/** Words that head an organisation's name ("Universitas Andalas", "Bank Indonesia", "Tadulako University"). */
const organisationWords: ReadonlySet<string> = new Set([
  'universitas', 'university', 'kementerian', 'ministry', 'badan', 'dinas', 'komisi', 'dewan', 'lembaga', 'asosiasi', 'bank', 'pengadilan',
  'foundation', 'agency', 'authority', 'organization', 'organisation', 'institute', 'pemerintah', 'koperasi', 'perusahaan', 'pt', 'tbk', 'yayasan', 'kantor', 'office', 'court', 'council', 'commission',
]);

/** Capitalised short words that are not organisations: time zones, roman numerals, everyday abbreviations. */
const notAcronyms = /^(?:WIB|WITA|WIT|UTC|GMT|[IVX]+|QR|SMS|HP|TV|AC|OK|PDF|ID|AM|PM)$/;

/** Regions and place prefixes: ", Jawa Tengah," after a place is a place, not a person. */
const placeWords: ReadonlySet<string> = new Set([
  'jawa', 'sumatera', 'sulawesi', 'kalimantan', 'nusa', 'papua', 'maluku', 'bali', 'kecamatan', 'kabupaten', 'kota', 'desa', 'provinsi', 'kelurahan',
  'central', 'east', 'west', 'north', 'south', 'jakarta', 'indonesia',
]);

const monthWords = /^(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|January|February|March|May|June|July|August|October|December)$/;
/** Words before a month written alone that make it a date ("pada April", "in May"; "May" alone is a verb). */
const beforeMonth = /^(?:pada|bulan|sejak|hingga|sampai|akhir|awal|pertengahan|in|since|until|by|of|early|late|mid|during)$/i;
/** Calendar references that parseValues does not read as dates: "pekan lalu", "bulan depan", "last year". */
const relativePeriod = /^(?:(?:pekan|minggu|bulan|tahun)\s+(?:lalu|depan)|(?:last|next)\s+(?:week|month|year))$/i;
const periodStarts: ReadonlySet<string> = new Set(['pekan', 'minggu', 'bulan', 'tahun', 'last', 'next']);

const isCapitalised = (t: Token) => t.kind === 'word' && /^\p{Lu}/u.test(t.text);
const quoteOpen = /["“]/;

/** The capitalised words (a name) right after index `i` in `words`, joined, or undefined. */
function nameAfter(words: readonly Token[], i: number): { start: number; end: number } | undefined {
  let j = i;
  while (j < words.length && isCapitalised(words[j]!)) j++;
  return j > i ? { start: words[i]!.start, end: words[j - 1]!.end } : undefined;
}

/** A bare year ("sejak 2019", "in 2024"): four digits, no separators, a plausible calendar year. */
function isYear(value: ParsedValue): boolean {
  return value.kind === 'number' && /^(?:19|20)\d\d$/.test(value.text);
}

function figureOf(value: ParsedValue): ClaimFigure | undefined {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  switch (value.kind) {
    case 'number':
      if (isYear(value)) return { kind: 'date', text: value.text, value: null, unit: null };
      return { kind: 'number', text: value.text, value: value.value, unit: null };
    case 'money':
      return { kind: 'money', text: value.text, value: value.value, unit: value.currency };
    case 'percent':
      return { kind: 'percent', text: value.text, value: value.value, unit: '%' };
    case 'date': {
      const known = value.year !== undefined && value.month !== undefined && value.day !== undefined && !value.invalid && !value.ambiguousOrder;
      return { kind: 'date', text: value.text, value: known ? `${pad(value.year!, 4)}-${pad(value.month!, 2)}-${pad(value.day!, 2)}` : null, unit: null };
    }
    default:
      return undefined;
  }
}

/** A headline: no closing punctuation and most of its longer words capitalised. */
function isTitleCase(words: readonly Token[], sentenceText: string): boolean {
  if (/[.!?"”’)]$/.test(sentenceText)) return false;
  const long = words.filter((w) => w.text.length > 3);
  return long.length >= 3 && long.filter(isCapitalised).length / long.length >= 0.7;
}

/**
 * What a caller that analyses the same text anyway (the fact-check worker runs the consistency
 * checks on it too) can pass so it is computed once. Each must come from this `text` and `lang`:
 * `tokenize(text, { lang })`, `splitSentences(text, { tokens })`, `parseValues(text, { lang, tokens })`.
 */
export interface DetectClaimsOptions {
  tokens?: readonly Token[];
  sentences?: readonly Sentence[];
  values?: readonly ParsedValue[];
}

export function detectClaims(text: string, lang: Lang, options: DetectClaimsOptions = {}): ClaimCandidate[] {
  const tokens = options.tokens ?? tokenize(text, { lang });
  const sentences = options.sentences ?? splitSentences(text, { tokens });
  const values = options.values ?? parseValues(text, { lang, tokens });
  const out: ClaimCandidate[] = [];
  let tokenAt = 0;
  let valueAt = 0;
  for (const sentence of sentences) {
    const reasons: ClaimReason[] = [];
    // With their offsets, to list them in reading order.
    const figures: { at: number; figure: ClaimFigure }[] = [];
    const add = (kind: ClaimReasonKind, start: number, end: number, extra: Partial<ClaimReason> = {}) =>
      reasons.push({ kind, start, end, text: text.slice(start, end), ...extra });

    while (valueAt < values.length && values[valueAt]!.start < sentence.start) valueAt++;
    for (let v = valueAt; v < values.length && values[v]!.end <= sentence.end; v++) {
      const value = values[v]!;
      const figure = figureOf(value);
      if (figure) figures.push({ at: value.start, figure });
      // Counts from two up ("dua ekor sapi", "12 desa"); "satu" is mostly "salah satu", one of.
      if (isYear(value)) add('date', value.start, value.end, { value });
      else if (value.kind === 'money' || value.kind === 'percent' || (value.kind === 'number' && (value.value >= 2 || value.magnitude !== undefined))) {
        add('quantity', value.start, value.end, { value });
      } else if (value.kind === 'date' || value.kind === 'weekday' || value.kind === 'relative-date') add('date', value.start, value.end, { value });
    }

    while (tokenAt < tokens.length && tokens[tokenAt]!.start < sentence.start) tokenAt++;
    const words: Token[] = [];
    let hasQuote = false;
    for (let t = tokenAt; t < tokens.length && tokens[t]!.end <= sentence.end; t++) {
      const token = tokens[t]!;
      if (token.kind === 'word') words.push(token);
      else if (token.kind !== 'space' && quoteOpen.test(token.text)) hasQuote = true;
    }

    const headline = isTitleCase(words, sentence.text);
    // An index loop and one capital test per word: this runs over every word of the article.
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const lower = word.text.toLowerCase();
      const capital = isCapitalised(word);
      const prev = words[i - 1];
      if (reportingVerbs[lang].has(lower)) add('quote', word.start, word.end, { attribution: lower });
      if (capital && monthWords.test(word.text) && prev && beforeMonth.test(prev.text) && !reasons.some((r) => r.start <= word.start && word.end <= r.end)) {
        add('date', word.start, word.end);
        figures.push({ at: word.start, figure: { kind: 'date', text: word.text, value: null, unit: null } });
      }
      const next = words[i + 1];
      if (next && periodStarts.has(lower) && relativePeriod.test(text.slice(word.start, next.end))) add('date', word.start, next.end);
      // Names start with a capital: everything below looks at capitalised words only.
      if (!headline && capital) {
        // An organisation: an acronym ("BPKP", "APJII"), or capitalised words headed by "Universitas", "Bank", "PT" … (or ending in "University").
        if (/^\p{Lu}{2,6}$/u.test(word.text) && !notAcronyms.test(word.text)) add('named', word.start, word.end);
        else if (organisationWords.has(lower)) {
          const name = nameAfter(words, i + 1);
          if (name) add('named', word.start, name.end);
          else if (prev && isCapitalised(prev) && i > 1) add('named', prev.start, word.end);
        }
        // A name set off by commas after its description: "Warga Banyuresmi, Iis Suryani, kehilangan".
        const before = text.slice(prev?.end ?? sentence.start, word.start);
        if (prev && /^\s*,\s*$/.test(before) && !placeWords.has(lower)) {
          const name = nameAfter(words, i);
          const last = name && words.findIndex((w) => w.end === name.end);
          if (name && last !== undefined && last > i && /^\s*,/.test(text.slice(name.end, name.end + 4))) add('named', name.start, name.end);
        }
      }
      if (superlatives[lang].test(word.text) || (lang === 'en' && /^\w+est$/i.test(word.text) && word.text.length > 5 && !/^(?:interest|request|suggest|protest|harvest|forest|honest|modest|digest|invest|contest|latest)$/i.test(word.text))) {
        add('superlative', word.start, word.end);
      }
      if (attributionVerbs[lang].has(lower)) {
        // "according to X" / "menurut X": the speaker follows; "..., kata Dimas" too; "X said" precedes.
        const after = nameAfter(words, lower === 'according' ? i + 2 : i + 1);
        const before = i > 0 && isCapitalised(words[i - 1]!) ? { start: words[i - 1]!.start, end: words[i - 1]!.end } : undefined;
        const speakerSpan = after ?? before;
        // "kata", "jelas", "tegas" are ordinary words too: they attribute only next to a quote or a name.
        if (hasQuote || speakerSpan || !ambiguousVerbs.has(lower)) {
          add('quote', word.start, word.end, { attribution: lower, ...(speakerSpan ? { speaker: text.slice(speakerSpan.start, speakerSpan.end) } : {}) });
        }
      }
      if (!headline && roleWords[lang].has(lower)) {
        const name = nameAfter(words, i + 1);
        if (name) add('named', word.start, name.end);
      }
    }
    if (reasons.length === 0) continue;
    const kinds = new Set(reasons.map((r) => r.kind));
    const score = [...kinds].reduce((sum, k) => sum + weights[k], 0) + 0.25 * (reasons.length - kinds.size);
    const reason = [...kinds].reduce((best, k) => (weights[k] > weights[best] ? k : best));
    out.push({ start: sentence.start, end: sentence.end, text: sentence.text, reason, reasons, figures: figures.sort((a, b) => a.at - b.at).map((f) => f.figure), score });
  }
  return out.sort((a, b) => b.score - a.score || a.start - b.start);
}
