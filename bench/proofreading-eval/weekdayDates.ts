/**
 * Finds the dated weekdays the evaluation set writes ("Kamis (8/9/2016)", "Rabu, 5 Februari 2025",
 * "Kamis 8 September 2016") and the weekday each date really fell on, so the set's test can prove
 * that every planted weekday mismatch is wrong and every other dated weekday is right. Only the
 * formats the set uses; this is a check on our own text, not the product's date parser.
 */
export const weekdaysId = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
const monthsId = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

const datePattern = new RegExp(
  String.raw`(?<![\p{L}])(${weekdaysId.join('|')})(?:,\s|\s)(?:\((\d{1,2})/(\d{1,2})/(\d{4})\)|(\d{1,2})\s(${monthsId.join('|')})\s(\d{4}))`,
  'gu',
);

export interface WeekdayDate {
  /** The weekday as written and its span. */
  weekday: string;
  start: number;
  end: number;
  /** ISO date, e.g. "2016-09-08". */
  date: string;
  /** The weekday that date really was. */
  actual: string;
}

export function findWeekdayDates(text: string): WeekdayDate[] {
  const found: WeekdayDate[] = [];
  for (const m of text.matchAll(datePattern)) {
    const weekday = m[1]!;
    const day = Number(m[2] ?? m[5]);
    const month = m[3] ? Number(m[3]) : monthsId.indexOf(m[6]!) + 1;
    const year = Number(m[4] ?? m[7]);
    const when = new Date(Date.UTC(year, month - 1, day));
    if (when.getUTCMonth() !== month - 1 || when.getUTCDate() !== day) throw new Error(`impossible date ${m[0]}`);
    found.push({ weekday, start: m.index, end: m.index + weekday.length, date: when.toISOString().slice(0, 10), actual: weekdaysId[when.getUTCDay()]! });
  }
  return found;
}
