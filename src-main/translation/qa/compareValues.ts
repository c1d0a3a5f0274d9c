/**
 * Numbers, money, percentages and dates of a source and its translation compared BY VALUE
 * (src-main/language/parseValues.ts reads each text with its own language's conventions), so
 * "5,08" = "5.08", "1.250.000" = "1,250,000", "Rp 1,5 triliun" = "IDR 1.5 trillion", "lima" = "5",
 * "5 persen" = "5%" and "Rabu (5/2/2025)" = "Wednesday, February 5, 2025" pass, while
 * "130 miliar" -> "130 million" is a magnitude error and a changed weekday a date error.
 *
 * Dates: slash dates are day/month/year in Indonesian. In English text parseValues reads them as
 * month/day when only that is possible ("9/18/2016"), lets a written weekday settle "9/8/2016", and
 * otherwise marks the order ambiguous; an ambiguous English date matches a source date in EITHER
 * order, so "Thursday (9/8/2016)" and "(8/9/2016)" for 8 September both pass. The faithful English
 * form is "Thursday, September 8, 2016".
 *
 * Source values are matched to target values first by equal value; what is left is paired by kind
 * and order and reported as a mismatch, and a source figure with nothing left to pair with is
 * missing. Extra figures in the target alone are not reported: a translator may spell out what the
 * source implies ("the 2025 budget").
 */
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { TranslationFinding, TranslationRuleId } from '../../../src-preload/contract/translation.ts';
import { parseValues, weekdayName, type DateValue, type MoneyValue, type NumberValue, type ParsedValue, type PercentValue, type Weekday } from '../../language/parseValues.ts';
import { makeFinding } from './translationQaRules.ts';

type Quantity = NumberValue | MoneyValue | PercentValue;

interface Side {
  quantities: Quantity[];
  dates: DateValue[];
  /** Every weekday written: next to a date or on its own. */
  weekdays: { weekday: Weekday; start: number; end: number }[];
}

function sideOf(text: string, lang: Lang): Side {
  const side: Side = { quantities: [], dates: [], weekdays: [] };
  for (const v of parseValues(text, { lang })) collect(side, v);
  return side;
}

/**
 * A range ("Rp 6.200 hingga Rp 6.500", "from Rp 3,000 to Rp 6,000") as its two ends, so it
 * matches a range written another way or two separate figures ("between ... and ...").
 */
function ends(q: Quantity): Quantity[] {
  if (q.max === undefined) return [q];
  const { max, alternative, ambiguous, ...rest } = q;
  void [alternative, ambiguous];
  return [{ ...rest, value: q.value, ...(q.alternative !== undefined ? { alternative: q.alternative } : {}) } as Quantity, { ...rest, value: max } as Quantity];
}

/** Multiples written as words, which parseValues leaves alone ("dua kali lipat" = "double"). */
const multipleWords: Record<number, RegExp> = {
  2: /\b(double[sd]?|twice|twofold|dua kali|ganda|both|kedua)\b/i,
  3: /\b(triple[sd]?|threefold|thrice|tiga kali)\b/i,
  4: /\b(quadruple[sd]?|fourfold)\b/i,
};
const smallNumberWords: Record<Lang, readonly string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  id: ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas', 'dua belas'],
};

/**
 * Whether a small whole number the value parser did not see is still in the text: inside a
 * compound ("seven-year sentence", "tujuh-tahun") or as a multiple ("double").
 */
function mentionsSmallNumber(text: string, value: number, lang: Lang): boolean {
  if (!Number.isInteger(value) || value < 0 || value > 12) return false;
  const word = smallNumberWords[lang][value]!;
  if (new RegExp(`(^|[^\\p{L}])(${word}|${value})-\\p{L}`, 'iu').test(text)) return true;
  return multipleWords[value]?.test(text) ?? false;
}

function collect(side: Side, v: ParsedValue): void {
  switch (v.kind) {
    case 'number':
    case 'money':
    case 'percent':
      side.quantities.push(...ends(v));
      break;
    case 'date':
      side.dates.push(v);
      if (v.weekday !== undefined && v.weekdaySpan) side.weekdays.push({ weekday: v.weekday, ...v.weekdaySpan });
      break;
    case 'weekday':
      side.weekdays.push({ weekday: v.weekday, start: v.start, end: v.end });
      break;
    default:
      // Ordinals, times and relative days ("kemarin") are not compared: their translations vary too much.
      break;
  }
}

/** All the values a quantity may mean: its reading and the other reading of "1.250". */
function readings(q: Quantity): number[] {
  const out = [q.value];
  if (q.alternative !== undefined) out.push(q.alternative);
  return out;
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function quantitiesEqual(s: Quantity, t: Quantity): boolean {
  if (!readings(s).some((a) => readings(t).some((b) => same(a, b)))) return false;
  if ((s.max === undefined) !== (t.max === undefined)) return false;
  if (s.max !== undefined && t.max !== undefined && !same(s.max, t.max)) return false;
  // A percentage is never a plain amount of money, but "5 juta" may well become "5 million rupiah".
  return (s.kind === 'percent') === (t.kind === 'percent');
}

/** 10^3, 10^6, 10^9 or 10^12 apart, with a scale word on at least one side: "miliar" read as "million". */
function magnitudeSlip(s: Quantity, t: Quantity): boolean {
  if (s.magnitude === undefined && t.magnitude === undefined) return false;
  if (s.value === 0 || t.value === 0) return false;
  const ratio = Math.log10(Math.abs(s.value / t.value));
  return [3, 6, 9, 12].some((p) => Math.abs(Math.abs(ratio) - p) < 1e-6);
}

/** The (month, day) readings of a date: both orders for an English slash date nothing settled. */
function dayReadings(d: DateValue): [number | undefined, number | undefined][] {
  const out: [number | undefined, number | undefined][] = [[d.month, d.day]];
  if (d.ambiguousOrder && d.day !== undefined && d.day <= 12) out.push([d.day, d.month]);
  return out;
}

function datesEqual(s: DateValue, t: DateValue): boolean {
  const yearOk = s.year === undefined || t.year === undefined || s.yearAssumed === true || t.yearAssumed === true || s.year === t.year;
  if (!yearOk) return false;
  const fits = (a: number | undefined, b: number | undefined) => a === undefined || b === undefined || a === b;
  return dayReadings(s).some(([sm, sd]) => dayReadings(t).some(([tm, td]) => sm === tm && fits(sd, td)));
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6);
}

const kindRule: Record<Quantity['kind'], TranslationRuleId> = { number: 'number-mismatch', money: 'money-mismatch', percent: 'percent-mismatch' };

export function compareValues(source: string, target: string, sourceLang: Lang, targetLang: Lang): TranslationFinding[] {
  const s = sideOf(source, sourceLang);
  const t = sideOf(target, targetLang);
  const out: TranslationFinding[] = [];

  // Quantities: equal values first (any order), then what is left, paired by order.
  const usedT = new Set<number>();
  const leftS: Quantity[] = [];
  for (const sq of s.quantities) {
    const k = t.quantities.findIndex((tq, i) => !usedT.has(i) && quantitiesEqual(sq, tq));
    if (k < 0) {
      leftS.push(sq);
      continue;
    }
    usedT.add(k);
    const tq = t.quantities[k]!;
    if (sq.kind === 'money' && tq.kind === 'money' && sq.currency !== tq.currency) {
      out.push(makeFinding('money-mismatch', sq, tq, `"${sq.text}" is ${sq.currency}, but "${tq.text}" is ${tq.currency}`, { source: sq.text, target: tq.text }));
    }
  }
  const leftT = t.quantities.filter((_, i) => !usedT.has(i));
  for (const sq of leftS) {
    // The partner: a magnitude slip first, then the same kind, then any quantity, in reading order.
    let k = leftT.findIndex((tq) => magnitudeSlip(sq, tq) && (tq.kind === 'percent') === (sq.kind === 'percent'));
    if (k < 0) k = leftT.findIndex((tq) => tq.kind === sq.kind);
    if (k < 0) k = leftT.findIndex((tq) => (tq.kind === 'percent') === (sq.kind === 'percent'));
    if (k < 0) {
      if (sq.kind === 'number' && sq.magnitude === undefined && mentionsSmallNumber(target, sq.value, targetLang)) continue;
      out.push(makeFinding('number-missing', sq, null, `"${sq.text}" (${formatNumber(sq.value)}) is not in the target`, { source: sq.text }));
      continue;
    }
    const tq = leftT.splice(k, 1)[0]!;
    const params = { source: sq.text, target: tq.text };
    if (magnitudeSlip(sq, tq)) {
      out.push(makeFinding('magnitude-mismatch', sq, tq, `"${sq.text}" (${formatNumber(sq.value)}) became "${tq.text}" (${formatNumber(tq.value)}): a scale word was translated wrong`, params));
    } else {
      const rule = sq.kind === tq.kind ? kindRule[sq.kind] : sq.kind === 'money' || tq.kind === 'money' ? 'money-mismatch' : 'number-mismatch';
      out.push(makeFinding(rule, sq, tq, `"${sq.text}" (${formatNumber(sq.value)}) became "${tq.text}" (${formatNumber(tq.value)})`, params));
    }
  }

  // Dates by day, month and year; weekdays on their own below.
  const usedD = new Set<number>();
  const leftD: DateValue[] = [];
  for (const sd of s.dates) {
    const k = t.dates.findIndex((td, i) => !usedD.has(i) && datesEqual(sd, td));
    if (k < 0) leftD.push(sd);
    else usedD.add(k);
  }
  const otherD = t.dates.filter((_, i) => !usedD.has(i));
  for (const sd of leftD) {
    const td = otherD.shift();
    if (td) out.push(makeFinding('date-mismatch', sd, td, `the date "${sd.text}" became "${td.text}"`, { source: sd.text, target: td.text }));
    else out.push(makeFinding('date-mismatch', sd, null, `the date "${sd.text}" is not in the target`, { source: sd.text, target: '' }));
  }

  // Weekdays: each one of the source must be named in the target ("Rabu" -> "Wednesday").
  const usedW = new Set<number>();
  const leftW: Side['weekdays'] = [];
  for (const sw of s.weekdays) {
    const k = t.weekdays.findIndex((tw, i) => !usedW.has(i) && tw.weekday === sw.weekday);
    if (k < 0) leftW.push(sw);
    else usedW.add(k);
  }
  const otherW = t.weekdays.filter((_, i) => !usedW.has(i));
  for (const sw of leftW) {
    const tw = otherW.shift();
    const written = source.slice(sw.start, sw.end);
    const expected = weekdayName(sw.weekday, targetLang);
    // A wrong date already explains a wrong weekday next to it.
    if (tw && out.some((f) => f.rule === 'date-mismatch' && f.target && f.target.start <= tw.start && tw.end <= f.target.end)) continue;
    if (tw) out.push(makeFinding('date-mismatch', sw, tw, `"${written}" became "${target.slice(tw.start, tw.end)}"; it should be ${expected}`, { source: written, target: target.slice(tw.start, tw.end), expected }));
    // "Minggu" is also "week", so parseValues takes it for Sunday only after "hari" or "pada".
    else if (sw.weekday === 0 && targetLang === 'id' && /(^|[^\p{L}])Minggu([^\p{L}]|$)/u.test(target)) continue;
    else if (!out.some((f) => f.rule === 'date-mismatch' && f.source && f.source.start <= sw.start && sw.end <= f.source.end && f.target === null)) {
      out.push(makeFinding('date-mismatch', sw, null, `the weekday "${written}" (${expected}) is not in the target`, { source: written, target: '', expected }));
    }
  }
  return out;
}
