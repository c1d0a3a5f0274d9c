/**
 * Findings that come from what numbers and dates mean rather than how they are spelled:
 * - `date.weekday` (kind 'date'): a weekday written next to a date that is not that date's weekday
 *   ("Selasa (5/2/2025)" was a Wednesday). The finding covers the weekday word; the fix is the right
 *   day in the text's language, abbreviated if the original was.
 * - `number.malformed` (kind 'number'): a numeral whose separators no convention can read: groups
 *   of other than three digits ("1.25.000") or mixed separators ("1,250.000,5"). A number that is
 *   only written in the other language's convention ("1,250,000" in Indonesian) is not malformed;
 *   that is the style rule `id.number-format`. Versions, section numbers and IP addresses are skipped.
 * Values come from parseValues (src-main/language/), which both features share.
 */
import type { Lang, UiLanguage } from '../../src-preload/contract/domain.ts';
import { parseNumeral, parseValues, weekdayName, type Weekday } from '../language/parseValues.ts';
import { tokenize, type Token } from '../language/tokenize.ts';
import { compareFindings, type Finding } from './finding.ts';
import { matchCase, referenceWords } from './styleRules/ruleContext.ts';

export interface ValueOptions {
  /** The language of the messages; the text's language when not given. */
  uiLanguage?: UiLanguage;
  /** Rule ids switched off in Settings (`date.weekday`, `number.malformed`). */
  disabled?: ReadonlySet<string>;
  /** Year for dates written without one ("Kamis (8/9)"), e.g. the article's dateline year. */
  defaultYear?: number;
  /** Tokens of `text` (tokenized with the same `lang`) if the caller already has them. */
  tokens?: readonly Token[];
}

const monthNames: Record<UiLanguage, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function checkValues(text: string, lang: Lang, options: ValueOptions = {}): Finding[] {
  const out: Finding[] = [];
  if (text === '') return out;
  const ui = options.uiLanguage ?? lang;
  const tokens = options.tokens ?? tokenize(text, { lang });
  if (!options.disabled?.has('date.weekday')) checkWeekdays(text, lang, ui, tokens, options.defaultYear, out);
  if (!options.disabled?.has('number.malformed')) checkMalformed(text, lang, ui, tokens, out);
  return out.sort(compareFindings);
}

function checkWeekdays(text: string, lang: Lang, ui: UiLanguage, tokens: readonly Token[], defaultYear: number | undefined, out: Finding[]): void {
  const values = parseValues(text, { lang, tokens, ...(defaultYear !== undefined ? { defaultYear } : {}) });
  for (const v of values) {
    if (v.kind !== 'date' || !v.weekdayMismatch || v.expectedWeekday === undefined || v.weekday === undefined) continue;
    // The written weekday is the value's first word ("Selasa (5/2/2025)", "Tuesday, February 5").
    const word = /^[\p{L}'’]+\.?/u.exec(v.text)?.[0];
    if (word === undefined) continue;
    const start = v.start;
    const end = v.start + word.replace(/\.$/, '').length;
    const written = text.slice(start, end);
    const right = suggestionFor(written, v.expectedWeekday, lang);
    const day = v.day !== undefined && v.month !== undefined ? dateLabel(v.day, v.month, v.year, ui) : v.text;
    const inUi = weekdayName(v.expectedWeekday, ui);
    const wrongUi = weekdayName(v.weekday, ui);
    out.push({
      kind: 'date',
      rule: 'date.weekday',
      start,
      end,
      text: written,
      message: ui === 'id'
        ? `${day} jatuh pada hari ${inUi}, bukan ${wrongUi}.`
        : `${day} is a ${inUi}, not a ${wrongUi}.`,
      // An English slash date that neither day/month nor month/day settles: the day is only a guess.
      suggestions: v.ambiguousOrder ? [] : [right],
    });
  }
}

/** The right weekday in the text's language, in the written word's case and length ("Thu" for "Wed"). */
function suggestionFor(written: string, weekday: Weekday, lang: Lang): string {
  const full = weekdayName(weekday, lang);
  const isFullName = [0, 1, 2, 3, 4, 5, 6].some((d) => weekdayName(d as Weekday, lang).toLowerCase() === written.toLowerCase());
  const apostrophe = /['’]/.test(written);
  const fullLike = isFullName || apostrophe || written.length > 4 || lang === 'id';
  return matchCase(written, fullLike ? full : full.slice(0, 3));
}

function dateLabel(day: number, month: number, year: number | undefined, ui: UiLanguage): string {
  const name = monthNames[ui][month - 1] ?? String(month);
  const y = year !== undefined ? ` ${year}` : '';
  return ui === 'id' ? `${day} ${name}${y}` : `${name} ${day}${year !== undefined ? `, ${year}` : ''}`;
}

function checkMalformed(text: string, lang: Lang, ui: UiLanguage, tokens: readonly Token[], out: Finding[]): void {
  let prevWord = '';
  for (const t of tokens) {
    if (t.kind === 'word') prevWord = t.text.toLowerCase().replace(/\.$/, '');
    if (t.kind !== 'number') continue;
    const s = t.text;
    const before = prevWord;
    prevWord = '';
    if (/[-–/]/.test(s)) continue;
    const separators = s.replace(/\d/g, '');
    if (separators.length < 2) continue;
    if (parseNumeral(s, lang) !== null) continue;
    if (referenceWords.has(before)) continue;
    const groups = s.split(/[.,]/);
    // "1.2.3" (a version or a list of sections), "192.168.1.1" (an IP address).
    if (groups.every((g) => g.length <= 2)) continue;
    if (groups.length === 4 && separators === '...' && groups.every((g) => Number(g) <= 255)) continue;
    // "5.2.2025" (a date written with dots) and "0812.3456.7890" (a phone number, an identifier).
    if (/^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$/.test(s) || /^0\d/.test(s)) continue;
    const fix = repairNumeral(s, lang);
    out.push({
      kind: 'number',
      rule: 'number.malformed',
      start: t.start,
      end: t.end,
      text: s,
      message: ui === 'id'
        ? `Angka "${s}" salah tulis: kelompok ribuan harus tiga angka dan pemisahnya tidak boleh tercampur.${fix ? ` Mungkin maksudnya "${fix}".` : ''}`
        : `The number "${s}" is malformed: thousands groups have three digits and separators must not be mixed.${fix ? ` Perhaps "${fix}" was meant.` : ''}`,
      suggestions: fix ? [fix] : [],
    });
  }
}

/**
 * The one obvious repair: valid thousands groups whose last separator should have been the decimal
 * mark ("1.250.00" -> "1.250,00" in Indonesian, "1,250,00" -> "1,250.00" in English). Null otherwise.
 */
export function repairNumeral(s: string, lang: Lang): string | null {
  const group = lang === 'id' ? '.' : ',';
  const decimal = lang === 'id' ? ',' : '.';
  const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  const intPart = s.slice(0, last);
  const frac = s.slice(last + 1);
  if (frac.length < 1 || frac.length > 2 || intPart.includes(decimal)) return null;
  const candidate = `${intPart}${decimal}${frac}`;
  const parsed = parseNumeral(candidate, lang);
  return parsed !== null && !intPart.includes(decimal) && intPart.split(group).length >= 2 ? candidate : null;
}
