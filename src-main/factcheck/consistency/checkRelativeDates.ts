/**
 * `date.relative` (kind 'date'): days that contradict the dates around them.
 *  - A relative date ("sehari sebelumnya", "dua hari kemudian", "the day before", "kemarin") with a
 *    weekday or date stated right after it that is not the day it implies: "Kamis (8/9/2016) ...
 *    Sehari sebelumnya, Selasa, ..." (the day before a Thursday is a Wednesday). "Previous"-anchored
 *    phrases count from the last date or weekday mentioned before them; "today"-anchored ones
 *    ("kemarin", "yesterday") from the first full date of the first paragraph, the dateline's day.
 *  - A weekday next to a date without a year, across sentences: "Kamis (8/9/2016)" and later "pada
 *    hari Jumat itu, 8 September" (8 September 2016 was a Thursday). A weekday written next to its
 *    full date in one span is `date.weekday`'s (checkValues.ts) and is not repeated here.
 */
import { weekdayName, type DateValue, type ParsedValue, type RelativeDateValue, type Weekday, type WeekdayValue } from '../../language/parseValues.ts';
import type { Finding } from '../../proofreading/finding.ts';
import { matchCase } from '../../proofreading/styleRules/ruleContext.ts';
import { makeFinding, paragraphOf, placeOf, type ConsistencyContext } from './consistencyContext.ts';

interface Day {
  value: DateValue | WeekdayValue;
  weekday: Weekday;
  /** A full date when known (year from the text around it). */
  ymd?: { y: number; m: number; d: number };
}

const weekdayOf = (y: number, m: number, d: number): Weekday => new Date(Date.UTC(y, m - 1, d)).getUTCDay() as Weekday;
const addDays = (ymd: { y: number; m: number; d: number }, n: number) => {
  const t = new Date(Date.UTC(ymd.y, ymd.m - 1, ymd.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};

const monthNames = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function checkRelativeDates(ctx: ConsistencyContext): Finding[] {
  const out: Finding[] = [];
  const values = ctx.values;
  const sentenceOf = (v: ParsedValue) => ctx.sentences.findIndex((s) => s.start <= v.start && v.end <= s.end);
  let lastYear: number | undefined;
  const days: Day[] = [];
  /** The publication day: the first full date in the first paragraph. */
  let today: Day | undefined;
  const dayOf = (v: DateValue | WeekdayValue): Day | undefined => {
    if (v.kind === 'weekday') return { value: v, weekday: v.weekday };
    if (v.day === undefined || v.month === undefined || v.invalid) return undefined;
    const earlier = days.find((d) => d.ymd && d.ymd.m === v.month && d.ymd.d === v.day);
    const y = v.year ?? earlier?.ymd?.y ?? lastYear ?? ctx.defaultYear;
    if (y === undefined) return v.weekday !== undefined ? { value: v, weekday: v.weekday } : undefined;
    const ymd = { y, m: v.month, d: v.day };
    // A written weekday that is wrong for its date is date.weekday's finding; the date is taken as right.
    return { value: v, weekday: weekdayOf(y, v.month, v.day), ymd };
  };

  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v.kind === 'date') {
      const day = dayOf(v);
      if (v.year !== undefined) lastYear = v.year;
      if (day) {
        crossSentenceWeekday(ctx, values[i - 1], v, day, days, out);
        if (!today && day.ymd && paragraphOf(ctx, v.start) === 1) today = day;
        days.push(day);
      }
      continue;
    }
    if (v.kind === 'weekday') {
      // A weekday that a following date settles is judged with that date (crossSentenceWeekday).
      days.push({ value: v, weekday: v.weekday });
      continue;
    }
    if (v.kind !== 'relative-date') continue;
    const anchor = v.anchor === 'previous' ? days[days.length - 1] : today;
    if (!anchor) continue;
    // "Sehari sebelumnya, Selasa (6/9)": the stated day follows right after it, at most behind "pada"/"on"
    // and one word ("pada semifinal Jumat").
    // ("The day before the planting began, on Thursday" counts from the planting, not from the last date.)
    const next = values[i + 1]?.kind === 'weekday' || values[i + 1]?.kind === 'date' ? (values[i + 1] as DateValue | WeekdayValue) : undefined;
    const s = sentenceOf(v);
    const statedValue = next && sentenceOf(next) === s && /^[\s,(]*(?:(?:hari|yakni|yaitu|tepatnya|that|which|was)[\s,]+|(?:pada|on)\s+(?:\p{Ll}+\s+)?)*$/u.test(ctx.text.slice(v.end, next.start))
      ? next
      : sundayAfter(ctx, v);
    if (s < 0 || !statedValue) continue;
    const stated = dayOf(statedValue);
    if (!stated) continue;
    relativeMismatch(ctx, v, anchor, stated, out);
    days.push(stated);
    // The stated day is consumed with its relative date; it anchors what follows.
    if (statedValue === next) i++;
  }
  return out;
}

/**
 * "Keesokan harinya, Minggu, ...": parseValues does not read a lone "Minggu" as Sunday (it is also
 * "week"), but right after a relative date it can only be the day.
 */
function sundayAfter(ctx: ConsistencyContext, rel: RelativeDateValue): WeekdayValue | undefined {
  const m = /^[\s,]*(Minggu)\b/u.exec(ctx.text.slice(rel.end, rel.end + 12));
  if (!m) return undefined;
  const start = rel.end + m[0].length - m[1]!.length;
  return { kind: 'weekday', start, end: start + m[1]!.length, text: m[1]!, weekday: 0 };
}

function relativeMismatch(ctx: ConsistencyContext, rel: RelativeDateValue, anchor: Day, stated: Day, out: Finding[]): void {
  const ui = ctx.ui;
  const impliedWeekday = (((anchor.weekday + rel.offsetDays) % 7) + 7) % 7 as Weekday;
  const span = { start: rel.start, end: stated.value.end };
  const anchorText = anchor.value.text;
  if (stated.value.kind === 'weekday' || !anchor.ymd || !stated.ymd) {
    if (impliedWeekday === stated.weekday) return;
    // The fix replaces the stated weekday word inside the phrase ("sehari sebelumnya, Rabu").
    const weekdayWord = /^[\p{L}'’]+/u.exec(stated.value.text)?.[0] ?? stated.value.text;
    const phrase = ctx.text.slice(span.start, span.end);
    const at = stated.value.start - span.start;
    const fixed = phrase.slice(0, at) + matchCase(weekdayWord, weekdayName(impliedWeekday, ctx.lang)) + phrase.slice(at + weekdayWord.length);
    out.push(makeFinding(ctx, 'date', 'date.relative', span, anchor.value, {
      id: `"${rel.text}" dari ${anchorText} (${placeOf(ctx, rel.start, anchor.value.start)}) jatuh pada hari ${weekdayName(impliedWeekday, ui)}, bukan ${weekdayName(stated.weekday, ui)}.`,
      en: `"${rel.text}" from ${anchorText} (${placeOf(ctx, rel.start, anchor.value.start)}) is a ${weekdayName(impliedWeekday, ui)}, not a ${weekdayName(stated.weekday, ui)}.`,
    }, [fixed]));
    return;
  }
  const implied = addDays(anchor.ymd, rel.offsetDays);
  if (implied.m === stated.ymd.m && implied.d === stated.ymd.d) return;
  const label = ui === 'id' ? `${implied.d} ${monthNames.id[implied.m - 1]}` : `${monthNames.en[implied.m - 1]} ${implied.d}`;
  out.push(makeFinding(ctx, 'date', 'date.relative', span, anchor.value, {
    id: `"${rel.text}" dari ${anchorText} (${placeOf(ctx, rel.start, anchor.value.start)}) adalah ${label}, bukan ${stated.value.text}.`,
    en: `"${rel.text}" from ${anchorText} (${placeOf(ctx, rel.start, anchor.value.start)}) is ${label}, not ${stated.value.text}.`,
  }));
}

/**
 * "pada hari Jumat itu, 8 September": a lone weekday just before a date that has none of its own.
 * The date's year comes from an earlier mention of the same day, so the finding points there.
 */
function crossSentenceWeekday(ctx: ConsistencyContext, prev: ParsedValue | undefined, date: DateValue, day: Day, days: readonly Day[], out: Finding[]): void {
  if (!prev || prev.kind !== 'weekday' || date.weekday !== undefined || !day.ymd) return;
  const gap = ctx.text.slice(prev.end, date.start);
  if (gap.length > 16 || !/^[\s,]*(?:\p{L}+[\s,]+){0,2}$/u.test(gap) || /[.!?\n]/.test(gap)) return;
  if (prev.weekday === day.weekday) return;
  const earlier = days.find((d) => d.ymd && d.value.kind === 'date' && d.ymd.m === day.ymd!.m && d.ymd.d === day.ymd!.d && d.ymd.y === day.ymd!.y);
  const related = earlier?.value ?? date;
  const ui = ctx.ui;
  const right = matchCase(prev.text, weekdayName(day.weekday, ctx.lang));
  const label = ui === 'id' ? `${day.ymd.d} ${monthNames.id[day.ymd.m - 1]} ${day.ymd.y}` : `${monthNames.en[day.ymd.m - 1]} ${day.ymd.d}, ${day.ymd.y}`;
  out.push(makeFinding(ctx, 'date', 'date.relative', prev, related, {
    id: `${label} jatuh pada hari ${weekdayName(day.weekday, ui)}, bukan ${weekdayName(prev.weekday, ui)} (lihat "${related.text}" ${placeOf(ctx, prev.start, related.start)}).`,
    en: `${label} is a ${weekdayName(day.weekday, ui)}, not a ${weekdayName(prev.weekday, ui)} (see "${related.text}" ${placeOf(ctx, prev.start, related.start)}).`,
  }, [right]));
}
