/**
 * Figures that contradict each other:
 *  - `consistency.quantity-mismatch`: the same quantity stated twice with different values: a count
 *    with the same noun after it ("12 korban" ... "21 korban", but not "12 korban" and "21 korban
 *    luka"), or money or a percentage with the same subject word before it ("ekspor ... US$ 130
 *    miliar" ... "ekspor ... US$ 103 miliar", but not "ekspor" and "impor"). Two statements that
 *    differ in time (another year or month) or that describe a change, a target or an average are
 *    not the same quantity and are left alone.
 *  - `consistency.total-mismatch`: a stated total whose listed parts do not add up ("45 orang: 20
 *    pria dan 15 wanita"; "total Rp 10 miliar, terdiri dari Rp 6 miliar dan Rp 5 miliar").
 */
import type { MoneyValue, NumberValue, ParsedValue, PercentValue } from '../../language/parseValues.ts';
import type { Finding } from '../../proofreading/finding.ts';
import { makeFinding, placeOf, type ConsistencyContext } from './consistencyContext.ts';
import { stemCandidates } from './stemCandidates.ts';

type Quantity = NumberValue | MoneyValue | PercentValue;

/** Words that say nothing about what is counted. */
const stopWords = new Set([
  'yang', 'dan', 'atau', 'di', 'ke', 'dari', 'pada', 'untuk', 'dengan', 'dalam', 'oleh', 'itu', 'ini', 'tersebut',
  'sebesar', 'senilai', 'sebanyak', 'mencapai', 'sekitar', 'hanya', 'hingga', 'sampai', 'lebih', 'kurang', 'dari',
  'adalah', 'ialah', 'menjadi', 'yakni', 'yaitu', 'tahun', 'bulan', 'hari', 'pekan', 'nilai', 'jumlah', 'angka',
  'total', 'sudah', 'telah', 'akan', 'masih', 'juga', 'para', 'orang', 'sedikitnya', 'setidaknya', 'kini', 'saat',
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'by', 'with', 'was', 'were', 'is', 'are', 'be',
  'been', 'about', 'around', 'some', 'reached', 'reach', 'worth', 'total', 'amount', 'value', 'year', 'this', 'that',
  'than', 'more', 'less', 'only', 'nearly', 'almost', 'least', 'over', 'under', 'had', 'has', 'have', 'its', 'their',
  'rp', 'us', 'usd', 'idr', 'sepanjang', 'seluas', 'setinggi', 'sejauh', 'seberat', 'sebanyak', 'senilai',
]);

/** Nouns of time and repetition: "3 tahun" and "5 tahun" are rarely the same quantity. */
const timeNouns = new Set([
  'tahun', 'bulan', 'hari', 'pekan', 'minggu', 'jam', 'menit', 'detik', 'kali', 'abad', 'dekade', 'persen',
  'years', 'year', 'months', 'month', 'days', 'day', 'weeks', 'week', 'hours', 'hour', 'minutes', 'minute', 'seconds',
  'times', 'percent',
]);

/** Second words that say which of the counted ones are meant ("korban tewas" vs "korban luka"). */
const modifiers = new Set([
  'meninggal', 'terluka', 'tertimbun', 'tewas', 'luka', 'hilang', 'selamat', 'sakit', 'positif', 'negatif', 'sembuh',
  'terinfeksi', 'terdampak', 'mengungsi', 'ditahan', 'ditangkap', 'dirawat', 'baru', 'lama', 'aktif', 'berat', 'ringan',
  'dead', 'injured', 'missing', 'killed', 'wounded', 'new', 'active', 'confirmed',
]);

/** Words that make two figures different quantities: a change, a target, an average, a share. */
const qualifierFamilies: readonly RegExp[] = [
  /target|nargetkan|^goals?$/,
  /^realisasi|^actual/,
  /^(?:proyeksi|perkiraan|estimasi|diperkirakan|diproyeksikan|forecast|projected|estimated?)$/,
  /^rata|^average$/,
  /^(?:naik|turun|tumbuh|pertumbuhan|meningkat|menurun|bertambah|berkurang|kenaikan|penurunan|membengkak|melonjak|anjlok|merosot|menyusut|rose|fell|grew|growth|increased?|decreased?|up|down|dropped|jumped|surged|soared|plunged)$/,
  /^(?:lalu|sebelumnya|semula|awalnya|previous|previously|earlier|last|ago)$/,
  /^(?:per|setiap|tiap|masing-masing|each|per-capita)$/,
  /^(?:maksimal|minimal|maximum|minimum|paling)$/,
  /kapasitas|^tampung$|^daya$|^capacity$|^seats?$/,
];

const monthWords = /^(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december|kuartal|semester|quarter|triwulan)$/;

interface Mention {
  value: Quantity;
  /** What kind of figure it is: `unitOf(value)` ("number", "percent", "money:IDR"). */
  kind: string;
  sentence: number;
  /** The subject words before the figure in its clause, nearest first ("china", "ekspor"). */
  subject: string[];
  /** Counts: the noun after the figure, with a modifier if any ("korban", "korban luka"); '' otherwise. */
  noun: string;
  /** The noun is a unit ("ton", "kilometer"): the subject must match as well. */
  unit: boolean;
  /** Qualifier families in the figure's clause (a change, a target, an average ...). */
  qualifiers: string;
  /** Years, months and "this year"/"last year" in its sentence. */
  times: Times;
}

/** What the quantity check reads besides the context: the article's own year. */
interface Reading {
  ctx: ConsistencyContext;
  /** The year of the article's first full date ("Tuesday, March 4, 2025"), if it states one. */
  year: number | undefined;
}

/** Units of measure: "42 kilometer" and "24 kilometer" are one quantity only for the same subject. */
const units = new Set([
  'ton', 'tons', 'tonnes', 'kg', 'kilogram', 'kilograms', 'gram', 'grams', 'km', 'kilometer', 'kilometers', 'kilometre',
  'kilometres', 'meter', 'meters', 'metre', 'metres', 'm', 'hektare', 'hektar', 'ha', 'hectares', 'liter', 'liters',
  'litres', 'barel', 'barrels', 'mw', 'megawatt', 'kwh', 'mil', 'miles', 'unit', 'units', 'buah', 'lembar',
]);

/** Where a clause ends: a semicolon, a colon, or a comma that is not a decimal comma ("1,5"). */
const clauseBreak = /[;:]|,(?!\d)/g;

export function checkQuantities(ctx: ConsistencyContext, disabled: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  // A total and its parts are judged as a total ("268 penumpang: 190 ... dan 10 bayi"), not against
  // other figures of the same noun.
  const inTotals = new Set<number>();
  const totalFindings: Finding[] = [];
  totals(ctx, totalFindings, inTotals);
  if (!disabled.has('consistency.total-mismatch')) out.push(...totalFindings);
  if (!disabled.has('consistency.quantity-mismatch')) mismatches(ctx, collectMentions(reading(ctx)).filter((m) => !inTotals.has(m.value.start)), out);
  return out;
}

const isQuantity = (v: ParsedValue): v is Quantity => v.kind === 'number' || v.kind === 'money' || v.kind === 'percent';

function reading(ctx: ConsistencyContext): Reading {
  // A news story's first full date is the day it reports from: "last year" there is the year before.
  const dated = ctx.values.find((v) => v.kind === 'date' && v.day !== undefined && v.month !== undefined && v.year !== undefined && !v.yearAssumed && !v.invalid);
  return { ctx, year: dated?.kind === 'date' ? dated.year : undefined };
}

function collectMentions(r: Reading): Mention[] {
  const { ctx } = r;
  const out: Mention[] = [];
  const times = new Map<number, Times>();
  // Qualifier family of each word seen (-1 for none): the same words recur in every clause.
  const families = new Map<string, number>();
  let w = 0;
  for (const value of ctx.values) {
    // Counts in words ("lebih dari tiga meter", "two families") are small and loose: never compared.
    if (!isQuantity(value) || value.max !== undefined || (value.kind === 'number' && value.spelled)) continue;
    // Years written as numbers ("2020") are times, not quantities.
    if (value.kind === 'number' && value.magnitude === undefined && Number.isInteger(value.value) && value.value >= 1900 && value.value <= 2100) continue;
    while (w < ctx.words.length && ctx.words[w]!.token.end <= value.start) w++;
    const sentence = ctx.words[w - 1]?.sentence ?? ctx.words[w]?.sentence ?? -1;
    if (sentence < 0) continue;
    const s = ctx.sentences[sentence]!;
    if (!(s.start <= value.start && value.end <= s.end)) continue;
    let t = times.get(sentence);
    if (t === undefined) {
      t = timesOf(s.text, r.year);
      times.set(sentence, t);
    }
    let clauseStart = s.start;
    for (const m of ctx.text.slice(s.start, value.start).matchAll(clauseBreak)) clauseStart = s.start + m.index + 1;
    const next = ctx.text.slice(value.end, s.end).search(/[;:]|,(?!\d)/);
    const clauseEnd = next < 0 ? s.end : value.end + next;
    // The four nearest content words before it in its clause ("Nilai ekspor Indonesia ke China
    // mencapai US$ 130 miliar": china, indonesia, ekspor), verbs left out.
    const subject: string[] = [];
    for (let k = w - 1; k >= 0 && k >= w - 8 && subject.length < 4; k--) {
      const x = ctx.words[k]!;
      if (x.token.start < clauseStart) break;
      const word = subjectWord(r, x.lower);
      if (word && !subject.includes(word)) subject.push(word);
    }
    let noun = '';
    let unit = false;
    if (value.kind === 'number') {
      // The word right after the count ("12 korban"), and a modifier after it ("12 korban luka");
      // a magnitude word is part of the count ("1.9 million tons").
      let n = w;
      while (n < ctx.words.length && ctx.words[n]!.token.start < value.end) n++;
      const x = ctx.words[n];
      if (!x || x.token.start >= clauseEnd || !/^[ \t]+$/.test(ctx.text.slice(value.end, x.token.start))) continue;
      if (x.lower !== x.token.text || stopWords.has(x.lower) || timeNouns.has(x.lower)) continue;
      noun = x.lower;
      const y = ctx.words[n + 1];
      if (y && y.token.start < clauseEnd && /^[ \t]+$/.test(ctx.text.slice(x.token.end, y.token.start)) && modifiers.has(y.lower)) noun += ` ${y.lower}`;
      unit = units.has(x.lower);
      // After a unit, "of nickel pig iron" names the subject first.
      if (unit) {
        const after = ctx.words.slice(n + 1, n + 5).flatMap((z) => (z.token.start < clauseEnd ? [subjectWord(r, z.lower)] : [])).filter((z) => z !== '');
        subject.unshift(...after);
        if (subject.length === 0) continue;
      }
    } else if (subject.length === 0) continue;
    const qualifiers = new Set<string>();
    let clause = ctx.text.slice(clauseStart, clauseEnd).toLowerCase();
    // "last year" resolved to a year is a time, compared as one, not a qualifier.
    if (t.resolved) clause = clause.replace(relativeYear, ' ');
    for (const word of clause.split(/[^\p{L}\d-]+/u)) {
      let family = families.get(word);
      if (family === undefined) {
        family = qualifierFamilies.findIndex((re) => re.test(word));
        families.set(word, family);
      }
      if (family >= 0) qualifiers.add(`q${family}`);
    }
    out.push({ value, kind: unitOf(value), sentence, subject, noun, unit, qualifiers: [...qualifiers].sort().join(' '), times: t });
  }
  // A sentence counting the same noun twice is a breakdown or a comparison ("Dari 20 bus itu, 14 bus
  // ... dan 6 bus"), never a restatement: its figures are not compared with others.
  const sameInSentence = (m: Mention) => `${m.sentence}|${m.kind}|${m.noun}|${m.qualifiers}`;
  const perSentence = new Map<string, number>();
  for (const m of out) perSentence.set(sameInSentence(m), (perSentence.get(sameInSentence(m)) ?? 0) + 1);
  return out.filter((m) => perSentence.get(sameInSentence(m)) === 1);
}

interface Times {
  /** "2024 2025", "" when none. */
  years: string;
  months: string;
  /** "this-year" / "last-year" / "". */
  relative: string;
  /**
   * `years` is the relative year counted from the article's year ("last year" in a 2025 story is
   * 2024): the sentence names no year itself, and the article states one.
   */
  resolved: boolean;
}

const thisYear = /\b(?:tahun ini|this year)\b/;
const lastYear = /\b(?:tahun lalu|last year|tahun sebelumnya|previous year)\b/;
const relativeYear = /\b(?:tahun ini|this year|tahun lalu|last year|tahun sebelumnya|previous year)\b/g;

/** The years, months and relative years a sentence names; `articleYear` resolves a relative one. */
function timesOf(sentence: string, articleYear: number | undefined): Times {
  const years = new Set<string>();
  for (const m of sentence.matchAll(/\b(?:19|20)\d\d\b/g)) years.add(m[0]);
  const lower = sentence.toLowerCase();
  const relative = thisYear.test(lower) ? 'this-year' : lastYear.test(lower) ? 'last-year' : '';
  const months = new Set<string>();
  for (const word of lower.split(/[^\p{L}\d-]+/u)) if (monthWords.test(word)) months.add(word);
  // Only a sentence without a year of its own: in "rose last year, the office said on March 4, 2025"
  // the written year is the report's and the figure's is unknown.
  const resolved = relative !== '' && years.size === 0 && articleYear !== undefined;
  if (resolved) years.add(String(relative === 'last-year' ? articleYear - 1 : articleYear));
  return { years: [...years].sort().join(' '), months: [...months].sort().join(' '), relative, resolved };
}

/**
 * Two different times are two quantities; a time named on one side only is no contradiction, nor is
 * "last year" beside an explicit year when the article states no year to count it from. "Last
 * year" counted from the article's year (2024 in a 2025 story) is compared only with a year stated
 * on the other side: beside a figure with no time it may be the old value of a comparison ("Rp 5
 * miliar, naik dari tahun lalu"), so the two are not taken for one quantity.
 */
function sameTime(a: Times, b: Times): boolean {
  const agree = (x: string, y: string) => x === '' || y === '' || x === y;
  const countedLastYear = (t: Times) => t.resolved && t.relative === 'last-year';
  if ((countedLastYear(a) && b.years === '') || (countedLastYear(b) && a.years === '')) return false;
  return agree(a.years, b.years) && agree(a.months, b.months) && agree(a.relative, b.relative);
}

const sameWord = (x: string, y: string) => x === y || (x.length >= 5 && y.length >= 5 && (x.startsWith(y) || y.startsWith(x)));

/**
 * Subject words agree (equal, or one the other's stem: "harvest", "harvested") when they share one
 * and nothing different specifies it: "hadiah juara sebesar US$ 35.100" and "hadiah US$ 31.500"
 * agree; "anggaran pendidikan desa Rp 5 miliar" and "anggaran kesehatan desa Rp 3 miliar" are two
 * budgets, told apart by words between the shared one and the figure that only one side has.
 */
function sharesSubject(a: readonly string[], b: readonly string[]): boolean {
  let shared = false;
  for (let i = 0; i < a.length; i++) {
    const j = indexOfWord(b, a[i]!);
    if (j < 0) continue;
    shared = true;
    // Words between the shared one and the figure that only one side has specify two things.
    if (someUnshared(a, i, b) && someUnshared(b, j, a)) return false;
  }
  return shared;
}

/** Where `list` has `word` (or a word of the same stem), -1 if nowhere. (Loops, not closures: this runs for every pair.) */
function indexOfWord(list: readonly string[], word: string): number {
  for (let k = 0; k < list.length; k++) if (sameWord(list[k]!, word)) return k;
  return -1;
}

/** One of the first `n` words of `list` is not in `other`. */
function someUnshared(list: readonly string[], n: number, other: readonly string[]): boolean {
  for (let k = 0; k < n; k++) if (indexOfWord(other, list[k]!) < 0) return true;
  return false;
}

/**
 * A content word that can name what a figure is about, as it is compared: not a function word or a
 * month; a verb form only through its base word when the article writes that word too, in lower
 * case somewhere ("farmers harvested 410,000 hectares" and "the harvest covered 401,000 hectares";
 * "dipanen" and "panen"). '' when the word names nothing.
 */
function subjectWord(r: Reading, word: string): string {
  if (!isContentWord(word)) return '';
  if (!isVerbForm(r.ctx.lang, word)) return word;
  return stemCandidates(word, r.ctx.lang).find((s) => isContentWord(s) && !isVerbForm(r.ctx.lang, s) && r.ctx.lowerSeen.has(s)) ?? '';
}

const isContentWord = (word: string) => word.length >= 4 && !stopWords.has(word) && !monthWords.test(word);

/** Indonesian verbs carry me-/di-/ter-/ber- ("mencapai", "tercatat"); English past forms end in -ed. */
const isVerbForm = (lang: ConsistencyContext['lang'], word: string) =>
  lang === 'id' ? word.length >= 7 && /^(?:me|di|ter|ber)/.test(word) : /ed$/.test(word) || englishVerbs.has(word);

const englishVerbs = new Set(['said', 'says', 'stood', 'stands', 'reach', 'reaches', 'totals', 'hits', 'puts', 'came', 'comes', 'made', 'makes', 'rose', 'fell', 'grew']);

const unitOf = (v: Quantity) => (v.kind === 'money' ? `money:${v.currency}` : v.kind);

function sameQuantity(a: Mention, b: Mention): boolean {
  if (a.sentence === b.sentence || a.kind !== b.kind || a.qualifiers !== b.qualifiers) return false;
  if (!sameTime(a.times, b.times)) return false;
  if (a.value.kind === 'number' && a.noun !== b.noun) return false;
  if (a.value.kind === 'number' && !a.unit) return true;
  return sharesSubject(a.subject, b.subject);
}

function mismatches(ctx: ConsistencyContext, all: readonly Mention[], out: Finding[]): void {
  // Only mentions with the same unit, noun and qualifiers can be the same quantity: compare within those groups.
  const groups = new Map<string, Mention[]>();
  for (const m of all) {
    const key = `${m.kind}|${m.noun}|${m.qualifiers}`;
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  for (const group of groups.values()) if (group.length > 1) mismatchesIn(ctx, group, out);
}

function mismatchesIn(ctx: ConsistencyContext, mentions: readonly Mention[], out: Finding[]): void {
  const flagged = new Set<number>();
  for (let j = 0; j < mentions.length; j++) {
    for (let i = 0; i < j; i++) {
      const a = mentions[i]!;
      const b = mentions[j]!;
      if (Math.abs(a.value.value - b.value.value) <= 1e-9 * Math.max(1, Math.abs(a.value.value)) || !sameQuantity(a, b)) continue;
      // The rarer value is the slip; with equal counts, the later one.
      let countA = 0;
      let countB = 0;
      for (const m of mentions) {
        if (m !== a && !sameQuantity(m, a)) continue;
        if (m.value.value === a.value.value) countA++;
        else if (m.value.value === b.value.value) countB++;
      }
      const [wrong, right] = countA >= countB ? [b, a] : [a, b];
      if (flagged.has(wrong.value.start)) continue;
      flagged.add(wrong.value.start);
      const about = wrong.value.kind === 'number' && !wrong.unit ? wrong.noun : wrong.subject.filter((s) => right.subject.some((r) => sameWord(s, r))).reverse().join(' ');
      const place = placeOf(ctx, wrong.value.start, right.value.start);
      out.push(makeFinding(ctx, 'consistency', 'consistency.quantity-mismatch', wrong.value, right.value, {
        id: `Untuk ${about} ditulis "${wrong.value.text}" di sini, tetapi "${right.value.text}" ${place}.`,
        en: `For ${about} this says "${wrong.value.text}", but "${right.value.text}" ${place}.`,
      }, [right.value.text]));
      break;
    }
  }
}

/** A breakdown follows: "45 orang: 20 pria dan 15 wanita", "terdiri dari", "berasal dari tiga negara: ...". */
const breakdownMarker = /:|\b(?:terdiri\s+(?:atas|dari)|yakni|yaitu|meliputi|consisting\s+of|comprising|made\s+up\s+of|namely|broken\s+down\s+into)\b/iu;
/** Words before a figure that make it a total of what came before: "20 pria dan 15 wanita, total 45 orang". */
const totalBefore = /(?:\b(?:total(?:nya)?|jumlah(?:nya)?|seluruhnya|sehingga\s+total|in\s+total|a\s+total\s+of|altogether)\s*(?:sebanyak|sebesar|mencapai|of|is|was)?\s*)$/iu;
/** "Dari 312 kasus tersebut, 180 ... dan 122 ...": the parts of the figure after "dari"/"of". */
const ofTotalBefore = /(?:^|[\s,])(?:dari|of|out\s+of)\s*$/iu;
/** A list that is only part of the whole: never added up. */
const partialList = /\b(?:termasuk|antara\s+lain|di\s+antaranya|sebagian|sisanya|lainnya|selebihnya|including|among|others|the\s+rest|remaining)\b/iu;
/** Between two parts: up to four words (what each part is) and a comma or "dan"/"and". */
const partGap = /^[\s,]*(?:[\p{L}-]+[\s,]*){0,4}$/u;
const joiner = /,|\b(?:dan|serta|and|plus)\b|\+/iu;

/** Adds a finding per total its parts do not add up to; `inTotals` gets the start of every total and part. */
function totals(ctx: ConsistencyContext, out: Finding[], inTotals: Set<number>): void {
  const values = ctx.values;
  const sentenceAt = (at: number) => ctx.sentences.find((s) => s.start <= at && at <= s.end);
  const report = (total: Quantity, parts: Quantity[]) => {
    if (parts.length < 2 || parts.some((p) => p.value > total.value)) return;
    for (const v of [total, ...parts]) inTotals.add(v.start);
    const sum = parts.reduce((n, p) => n + p.value, 0);
    if (Math.abs(sum - total.value) <= 1e-6 * Math.max(1, total.value)) return;
    const sumText = formatLike(total, sum, ctx.ui);
    out.push(makeFinding(ctx, 'consistency', 'consistency.total-mismatch', total, { start: parts[0]!.start, end: parts[parts.length - 1]!.end }, {
      id: `Rinciannya (${parts.map((p) => p.text).join(' + ')}) berjumlah ${sumText}, bukan ${total.text}.`,
      en: `The parts (${parts.map((p) => p.text).join(' + ')}) add up to ${sumText}, not ${total.text}.`,
    }));
  };
  /** The figures of the same unit after index `from`, joined as one list, up to the sentence's end. */
  const partsAfter = (from: number, unit: string, end: number, startAt: number): Quantity[] => {
    const parts: Quantity[] = [];
    for (let k = from; k < values.length; k++) {
      const v = values[k]!;
      if (v.end > end || !isQuantity(v) || unitOf(v) !== unit || v.max !== undefined) break;
      const gap = ctx.text.slice(parts.length ? parts[parts.length - 1]!.end : startAt, v.start);
      if (parts.length > 0 && (!partGap.test(gap) || !joiner.test(gap))) break;
      parts.push(v);
    }
    return parts;
  };
  for (let t = 0; t < values.length; t++) {
    const total = values[t]!;
    if (!isQuantity(total) || total.kind === 'percent' || total.max !== undefined) continue;
    const sentence = sentenceAt(total.start);
    if (!sentence) continue;
    const rest = ctx.text.slice(total.end, sentence.end);
    if (partialList.test(rest) && !totalBefore.test(ctx.text.slice(sentence.start, total.start))) continue;
    const marker = breakdownMarker.exec(rest);
    const unit = unitOf(total);
    let parts: Quantity[] = [];
    // The list starts at the first figure after the marker; no figure of the same unit may come between.
    const markerEnd = marker ? total.end + marker.index + marker[0].length : -1;
    const first = marker && marker.index <= 80 ? values.findIndex((v, k) => k > t && v.start >= markerEnd) : -1;
    const between = first > t ? values.slice(t + 1, first).some((v) => isQuantity(v) && unitOf(v) === unit && v.kind !== 'number') : true;
    if (first > t && !between) {
      parts = partsAfter(first, unit, sentence.end, markerEnd);
    } else if (ofTotalBefore.test(ctx.text.slice(sentence.start, total.start)) && /^(?:\s*[\p{L}-]+){0,3}\s*,/u.test(rest)) {
      parts = partsAfter(t + 1, unit, sentence.end, total.end);
    } else if (totalBefore.test(ctx.text.slice(Math.max(sentence.start, total.start - 40), total.start))) {
      // The parts came before in the same sentence.
      for (let k = t - 1; k >= 0; k--) {
        const v = values[k]!;
        if (v.start < sentence.start || !isQuantity(v) || unitOf(v) !== unit || v.max !== undefined) break;
        const gap = ctx.text.slice(v.end, parts.length ? parts[0]!.start : total.start);
        if (parts.length > 0 && (!partGap.test(gap) || !joiner.test(gap))) break;
        parts.unshift(v);
      }
    }
    report(total, parts);
  }
  // "Kursi itu dibagi ke empat jalur: 600 kursi ..., dan 50 kursi ...": the total is the last figure
  // of that noun before ("1.200 kursi"), named again by "<noun> itu/tersebut" at the sentence's start.
  for (const s of ctx.sentences) {
    const m = /^(?:(\p{L}+)\s+(?:itu|tersebut)|the\s+(\p{L}+))\b[^.:]*:/iu.exec(s.text);
    if (!m) continue;
    const noun = (m[1] ?? m[2])!.toLowerCase();
    const colon = s.start + m[0].length;
    const k = values.findIndex((v) => v.start >= colon);
    if (k < 0 || values[k]!.end > s.end) continue;
    const first = values[k]!;
    if (!isQuantity(first) || first.kind !== 'number' || inTotals.has(first.start)) continue;
    if (!new RegExp(`^\\s+${noun}\\b`, 'iu').test(ctx.text.slice(first.end, first.end + noun.length + 2))) continue;
    const parts = partsAfter(k, unitOf(first), s.end, colon);
    if (parts.length < 2 || partialList.test(s.text)) continue;
    let total: Quantity | undefined;
    for (let j = k - 1; j >= 0 && !total; j--) {
      const v = values[j]!;
      if (isQuantity(v) && v.kind === 'number' && new RegExp(`^\\s+${noun}\\b`, 'iu').test(ctx.text.slice(v.end, v.end + noun.length + 2))) total = v;
    }
    if (total) report(total, parts);
  }
}

/** `sum` written like the total's text ("Rp 11 miliar" for a total "Rp 10 miliar"). */
function formatLike(total: Quantity, sum: number, ui: 'id' | 'en'): string {
  const scaled = sum / (total.magnitude ?? 1);
  const numeral = scaled.toLocaleString(ui === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 2 });
  return total.text.replace(/\d[\d.,]*/, numeral);
}
