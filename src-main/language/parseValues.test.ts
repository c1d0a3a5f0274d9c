import { describe, expect, it } from 'vitest';
import { parseNumeral, parseValues, weekdayName, type ParseValuesOptions, type ParsedValue } from './parseValues.ts';

/** The values without their offsets (checked separately), for readable tables. */
const values = (text: string, options?: ParseValuesOptions) => parseValues(text, options).map(({ start: _s, end: _e, ...rest }) => rest);
const only = (text: string, options?: ParseValuesOptions) => {
  const v = values(text, options);
  expect(v).toHaveLength(1);
  return v[0]!;
};

describe('parseValues: money, percentages and numbers from the brief', () => {
  it.each<[string, ParseValuesOptions['lang'], Record<string, unknown>]>([
    ['US$ 130 miliar', 'id', { kind: 'money', text: 'US$ 130 miliar', currency: 'USD', value: 1.3e11, magnitude: 1e9 }],
    ['Rp 1,5 triliun', 'id', { kind: 'money', currency: 'IDR', value: 1.5e12, style: 'id' }],
    ['Rp1.250.000', 'id', { kind: 'money', currency: 'IDR', value: 1_250_000, style: 'id' }],
    ['5,08 persen', 'id', { kind: 'percent', value: 5.08, style: 'id' }],
    ['5.08%', 'en', { kind: 'percent', value: 5.08, style: 'en' }],
    ['5.08 %', 'id', { kind: 'percent', value: 5.08, style: 'en' }],
    ['1.250.000', 'id', { kind: 'number', value: 1_250_000, style: 'id' }],
    ['1,250,000', 'en', { kind: 'number', value: 1_250_000, style: 'en' }],
    // Several groups settle it whatever the hint; the style tells the style checker what was used.
    ['1,250,000', 'id', { kind: 'number', value: 1_250_000, style: 'en' }],
    ['1.250.000,75', 'id', { kind: 'number', value: 1_250_000.75, style: 'id' }],
    ['1,250,000.75', 'en', { kind: 'number', value: 1_250_000.75, style: 'en' }],
    ['Rp 1,5 triliun', 'en', { kind: 'money', currency: 'IDR', value: 1.5e12 }],
    ['Rp 1.5 trillion', 'en', { kind: 'money', currency: 'IDR', value: 1.5e12, style: 'en' }],
    ['130 billion', 'en', { kind: 'number', value: 1.3e11, magnitude: 1e9 }],
    ['130 juta', 'id', { kind: 'number', value: 1.3e8, magnitude: 1e6 }],
    ['25 ribu', 'id', { kind: 'number', value: 25_000 }],
    ['2 thousand', 'en', { kind: 'number', value: 2000 }],
    ['3 trillion', 'en', { kind: 'number', value: 3e12 }],
    ['Rp 5 rb', 'id', { kind: 'money', currency: 'IDR', value: 5000 }],
    ['Rp 7,5 jt', 'id', { kind: 'money', currency: 'IDR', value: 7.5e6 }],
    ['Rp 12 M', 'id', { kind: 'money', currency: 'IDR', value: 1.2e10 }],
    ['Rp 2 T', 'id', { kind: 'money', currency: 'IDR', value: 2e12 }],
    ['US$ 4 M', 'en', { kind: 'money', currency: 'USD', value: 4e6 }],
    ['$3bn', 'en', { kind: 'money', currency: 'USD', value: 3e9 }],
    ['US$5m', 'en', { kind: 'money', currency: 'USD', value: 5e6 }],
    ['€ 20', 'en', { kind: 'money', currency: 'EUR', value: 20 }],
    ['S$ 15 juta', 'id', { kind: 'money', currency: 'SGD', value: 1.5e7 }],
    ['5 juta rupiah', 'id', { kind: 'money', currency: 'IDR', value: 5e6, text: '5 juta rupiah' }],
    ['130 miliar dolar AS', 'id', { kind: 'money', currency: 'USD', value: 1.3e11, text: '130 miliar dolar AS' }],
    ['20 juta dolar Singapura', 'id', { kind: 'money', currency: 'SGD', value: 2e7 }],
    ['2 billion dollars', 'en', { kind: 'money', currency: 'USD', value: 2e9 }],
    ['USD 40 juta', 'id', { kind: 'money', currency: 'USD', value: 4e7 }],
    ['Rp 50.000,-', 'id', { kind: 'money', currency: 'IDR', value: 50_000, text: 'Rp 50.000' }],
    ['12 percent', 'en', { kind: 'percent', value: 12 }],
    ['12 per cent', 'en', { kind: 'percent', value: 12, text: '12 per cent' }],
    ['0,5 persen', 'id', { kind: 'percent', value: 0.5 }],
  ])('%j (%s)', (text, lang, expected) => {
    expect(only(text, { lang })).toMatchObject(expected);
  });
});

describe('parseValues: ranges', () => {
  it.each<[string, Record<string, unknown>]>([
    ['10-15 persen', { kind: 'percent', value: 10, max: 15 }],
    ['10–15 persen', { kind: 'percent', value: 10, max: 15 }],
    ['10 - 15 persen', { kind: 'percent', value: 10, max: 15 }],
    ['10 hingga 15 persen', { kind: 'percent', value: 10, max: 15 }],
    ['10%-15%', { kind: 'percent', value: 10, max: 15 }],
    ['Rp 5-7 juta', { kind: 'money', currency: 'IDR', value: 5e6, max: 7e6 }],
    ['Rp 5 juta sampai Rp 7 juta', { kind: 'money', currency: 'IDR', value: 5e6, max: 7e6 }],
    ['Rp 900 ribu hingga 1,2 juta', { kind: 'money', currency: 'IDR', value: 9e5, max: 1.2e6 }],
    ['between 3 to 4 billion', { kind: 'number', value: 3e9, max: 4e9 }],
  ])('%j', (text, expected) => {
    expect(values(text).find((v) => v.kind !== 'number' || 'max' in v)).toMatchObject(expected);
  });

  it('a score or a phone number is not a range', () => {
    expect(values('menang 3-1 atas tamu')).toEqual([]);
    expect(values('telepon 021-5550123')).toEqual([]);
  });
});

describe('parseValues: the language hint', () => {
  it.each<[string, 'id' | 'en', number, number]>([
    ['1.250', 'id', 1250, 1.25],
    ['1.250', 'en', 1.25, 1250],
    ['1,250', 'id', 1.25, 1250],
    ['1,250', 'en', 1250, 1.25],
  ])('%j in %s is %d (or %d), flagged ambiguous', (text, lang, value, alternative) => {
    expect(only(text, { lang })).toMatchObject({ kind: 'number', value, ambiguous: true, alternative });
  });

  it("defaults to Indonesian, the newsroom's main language", () => {
    expect(only('1.250')).toMatchObject({ value: 1250 });
  });

  it('rupiah is never fractional, so "Rp 1.250" is 1250 even in English', () => {
    const v = only('Rp 1.250', { lang: 'en' });
    expect(v).toMatchObject({ kind: 'money', value: 1250 });
    expect(v).not.toHaveProperty('ambiguous');
  });

  it('a magnitude scales both readings', () => {
    expect(only('1.250 juta', { lang: 'id' })).toMatchObject({ value: 1.25e9, alternative: 1.25e6 });
  });

  it.each([
    ['5,08', 'id', 5.08, 'id'],
    ['5,08', 'en', 5.08, 'id'],
    ['3.5', 'id', 3.5, 'en'],
    ['0.250', 'id', 0.25, 'en'],
    ['1250', 'en', 1250, undefined],
  ] as const)('parseNumeral(%j, %s) = %d, style %s, unambiguous', (s, lang, value, style) => {
    const n = parseNumeral(s, lang);
    expect(n).toEqual(style ? { value, style } : { value });
  });

  it.each(['1.2.3', '1,25,000', '12.34.567', '1.250,000.5'])('parseNumeral(%j) is not one number', (s) => {
    expect(parseNumeral(s)).toBeNull();
  });
});

describe('parseValues: spelled numbers', () => {
  it.each<[string, number]>([
    ['dua', 2],
    ['sepuluh', 10],
    ['sebelas', 11],
    ['tujuh belas', 17],
    ['tiga puluh', 30],
    ['tiga puluh dua', 32],
    ['seratus', 100],
    ['dua ratus lima puluh', 250],
    ['seribu', 1000],
    ['dua ratus lima puluh ribu', 250_000],
    ['satu juta', 1e6],
    ['sejuta', 1e6],
    ['lima miliar', 5e9],
    ['satu juta dua ratus ribu', 1_200_000],
    ['twenty', 20],
    ['twenty-one', 21],
    ['twenty one', 21],
    ['one hundred and five', 105],
    ['five hundred', 500],
    ['two million', 2e6],
    ['fifteen thousand', 15_000],
  ])('%j = %d', (text, value) => {
    expect(only(text)).toMatchObject({ kind: 'number', value, spelled: true, text });
  });

  it('with a unit after them', () => {
    expect(only('tiga puluh persen')).toMatchObject({ kind: 'percent', value: 30, spelled: true });
    expect(only('dua juta rupiah')).toMatchObject({ kind: 'money', currency: 'IDR', value: 2e6 });
  });

  it.each(['salah satu warga', 'one of the guests', 'satu-satunya jalan', 'dua-duanya', 'lima lima'])('%j holds no figure worth reporting, or only the obvious one', (text) => {
    const v = values(text);
    expect(v.filter((x) => x.kind === 'number' && x.value < 2)).toEqual([]);
    expect(v.length).toBeLessThanOrEqual(2);
  });
});

describe('parseValues: dates', () => {
  it.each<[string, ParseValuesOptions['lang'], Record<string, unknown>]>([
    ['Kamis 8 September 2016', 'id', { year: 2016, month: 9, day: 8, weekday: 4 }],
    ['Kamis, 8 September 2016', 'id', { year: 2016, month: 9, day: 8, weekday: 4 }],
    ['Kamis (8/9/2016)', 'id', { year: 2016, month: 9, day: 8, weekday: 4 }],
    ['Rabu (5/2/2025)', 'id', { year: 2025, month: 2, day: 5, weekday: 3 }],
    ['8 Sept 2016', 'id', { year: 2016, month: 9, day: 8 }],
    ['8 Sept. 2016', 'id', { year: 2016, month: 9, day: 8 }],
    ['8 september 2016', 'id', { year: 2016, month: 9, day: 8 }],
    ['17 Agu 2024', 'id', { year: 2024, month: 8, day: 17 }],
    ['17 Agt 2024', 'id', { year: 2024, month: 8, day: 17 }],
    ['1 Okt 2024', 'id', { year: 2024, month: 10, day: 1 }],
    ['25 Des 2024', 'id', { year: 2024, month: 12, day: 25 }],
    ['2 Mei 2024', 'id', { year: 2024, month: 5, day: 2 }],
    ['10 Nop 2023', 'id', { year: 2023, month: 11, day: 10 }],
    ['3 Pebruari 2020', 'id', { year: 2020, month: 2, day: 3 }],
    ['February 5, 2025', 'en', { year: 2025, month: 2, day: 5 }],
    ['Feb. 5, 2025', 'en', { year: 2025, month: 2, day: 5 }],
    ['February 5th, 2025', 'en', { year: 2025, month: 2, day: 5 }],
    ['5 February 2025', 'en', { year: 2025, month: 2, day: 5 }],
    ['Wednesday, February 5, 2025', 'en', { year: 2025, month: 2, day: 5, weekday: 3 }],
    ['Sept. 8', 'en', { month: 9, day: 8 }],
    ['8 Juni', 'id', { month: 6, day: 8 }],
    ['Agustus 2016', 'id', { year: 2016, month: 8 }],
    ['2025-02-05', 'en', { year: 2025, month: 2, day: 5 }],
    ['5/2/2025', 'id', { year: 2025, month: 2, day: 5 }],
    ['5-2-2025', 'id', { year: 2025, month: 2, day: 5 }],
    ['8/9/16', 'id', { year: 2016, month: 9, day: 8 }],
    ['Senin tanggal 3 Maret 2025', 'id', { year: 2025, month: 3, day: 3, weekday: 1 }],
  ])('%j (%s)', (text, lang, expected) => {
    const v = only(text, { lang });
    expect(v).toMatchObject({ kind: 'date', text, ...expected });
    expect(v).not.toHaveProperty('weekdayMismatch');
  });

  it('checks the written weekday and gives the right one', () => {
    expect(only('Selasa (5/2/2025)')).toMatchObject({ weekday: 2, weekdayMismatch: true, expectedWeekday: 3, weekdaySpan: { start: 0, end: 6 } });
    expect(parseValues('Pada Jum’at, 8 September 2016')[0]).toMatchObject({ weekdaySpan: { start: 5, end: 11 }, weekdayMismatch: true });
    expect(only('Jumat, 8 September 2016')).toMatchObject({ weekday: 5, weekdayMismatch: true, expectedWeekday: 4 });
    expect(only('Monday, February 5, 2025', { lang: 'en' })).toMatchObject({ weekdayMismatch: true, expectedWeekday: 3 });
    expect(weekdayName(3, 'id')).toBe('Rabu');
    expect(weekdayName(3, 'en')).toBe('Wednesday');
  });

  // A week in March 2025 starts on Sunday the 2nd.
  it.each([
    ['Minggu', 2], ['Ahad', 2], ['Senin', 3], ['Selasa', 4], ['Rabu', 5], ['Kamis', 6], ['Jumat', 7], ["Jum'at", 7], ['Jum’at', 7], ['Sabtu', 8],
    ['Sunday', 2], ['Monday', 3], ['Tuesday', 4], ['Wednesday', 5], ['Thursday', 6], ['Friday', 7], ['Saturday', 8],
  ])('%s (%d/3/2025) matches', (name, day) => {
    const v = only(`${name} (${day}/3/2025)`);
    expect(v).toMatchObject({ kind: 'date', day, month: 3 });
    expect(v).not.toHaveProperty('weekdayMismatch');
    expect(only(`${name} (${day + 1}/3/2025)`)).toMatchObject({ weekdayMismatch: true });
  });

  it('uses defaultYear for a date written without one, and says so', () => {
    expect(only('Kamis (8/9)', { defaultYear: 2016 })).toMatchObject({ year: 2016, yearAssumed: true, month: 9, day: 8 });
    expect(only('Jumat (8/9)', { defaultYear: 2016 })).toMatchObject({ weekdayMismatch: true, expectedWeekday: 4 });
    const noYear = only('Kamis (8/9)');
    expect(noYear).toMatchObject({ month: 9, day: 8, weekday: 4 });
    expect(noYear).not.toHaveProperty('weekdayMismatch');
  });

  it('marks a day that does not exist', () => {
    expect(only('31 Februari 2025')).toMatchObject({ invalid: true });
    expect(only('29 Februari 2024')).not.toHaveProperty('invalid');
    expect(only('29/2/2023')).toMatchObject({ invalid: true });
  });

  describe('slash dates in English text', () => {
    it('settles the order by the weekday when only one order fits', () => {
      expect(only('Wednesday (2/5/2025)', { lang: 'en' })).toMatchObject({ month: 2, day: 5 });
      expect(only('Wednesday (5/2/2025)', { lang: 'en' })).toMatchObject({ month: 2, day: 5 });
    });
    it('by a day above 12', () => {
      expect(only('2/25/2025', { lang: 'en' })).toMatchObject({ month: 2, day: 25 });
      expect(only('25/2/2025', { lang: 'en' })).toMatchObject({ month: 2, day: 25 });
    });
    it('otherwise reads day/month and flags it', () => {
      expect(only('2/5/2025', { lang: 'en' })).toMatchObject({ month: 5, day: 2, ambiguousOrder: true });
    });
  });

  it('does not take verbs or ordinary words for months', () => {
    expect(values('the top 5 may be wrong', { lang: 'en' })).toEqual([{ kind: 'number', text: '5', value: 5 }]);
    expect(values('they march 10 miles', { lang: 'en' }).some((v) => v.kind === 'date')).toBe(false);
    expect(values('ada 3 des di sana').some((v) => v.kind === 'date')).toBe(false);
  });

  it('a weekday alone is a reference, "Minggu lalu" (last week) is not', () => {
    expect(values('Rapat digelar pada Kamis malam.')).toEqual([{ kind: 'weekday', text: 'Kamis', weekday: 4 }]);
    expect(values('Ia datang pada hari Minggu.')).toEqual([{ kind: 'weekday', text: 'Minggu', weekday: 0 }]);
    expect(values('Minggu lalu harga naik.')).toEqual([]);
    expect(values('dua minggu')).toEqual([{ kind: 'number', text: 'dua', value: 2, spelled: true }]);
  });
});

describe('parseValues: times, ordinals and relative days', () => {
  it.each<[string, Record<string, unknown>]>([
    ['pukul 10.30 WIB', { kind: 'time', hour: 10, minute: 30, zone: 'WIB' }],
    ['pukul 07.05', { kind: 'time', hour: 7, minute: 5 }],
    ['10.30 WITA', { kind: 'time', hour: 10, minute: 30, zone: 'WITA' }],
    ['14:05', { kind: 'time', hour: 14, minute: 5 }],
    ['jam 9', { kind: 'time', hour: 9, minute: 0 }],
    ['ke-3', { kind: 'ordinal', value: 3 }],
    ['21st', { kind: 'ordinal', value: 21 }],
  ])('%j', (text, expected) => {
    expect(only(text)).toMatchObject({ text, ...expected });
  });

  it('a decimal is not a time without "pukul" or a zone', () => {
    expect(only('naik 10.30 poin')).toMatchObject({ kind: 'number' });
  });

  it.each<[string, number, 'today' | 'previous']>([
    ['kemarin', -1, 'today'],
    ['kemarin lusa', -2, 'today'],
    ['hari ini', 0, 'today'],
    ['besok', 1, 'today'],
    ['lusa', 2, 'today'],
    ['sehari sebelumnya', -1, 'previous'],
    ['sehari kemudian', 1, 'previous'],
    ['keesokan harinya', 1, 'previous'],
    ['dua hari lalu', -2, 'today'],
    ['3 hari yang lalu', -3, 'today'],
    ['tiga hari kemudian', 3, 'previous'],
    ['yesterday', -1, 'today'],
    ['tomorrow', 1, 'today'],
    ['the day before', -1, 'previous'],
    ['the next day', 1, 'previous'],
    ['two days ago', -2, 'today'],
    ['four days later', 4, 'previous'],
  ])('%j is marked: %d days from %s', (text, offsetDays, anchor) => {
    expect(only(text)).toEqual({ kind: 'relative-date', text, offsetDays, anchor });
  });
});

describe('parseValues: spans', () => {
  const article =
    'JAKARTA, KABARKITA.com - Pada Rabu (5/2/2025), pemerintah menyebut nilai ekspor kopi naik 5,08 persen menjadi US$ 1,2 miliar. ' +
    'Sehari sebelumnya, harga di tingkat petani Rp 62.000 per kilogram, atau 10-15 persen di atas tahun lalu. ' +
    '"We expect 20 million tonnes by 2026," said one trader. Ladang ke-3 dibuka pukul 08.00 WIB.';

  it('every value slices back to its text, in order, without overlaps', () => {
    const found = parseValues(article);
    let last = 0;
    for (const v of found) {
      expect(article.slice(v.start, v.end)).toBe(v.text);
      expect(v.start).toBeGreaterThanOrEqual(last);
      last = v.end;
    }
    expect(found.map((v: ParsedValue) => `${v.kind}:${v.text}`)).toEqual([
      'date:Rabu (5/2/2025)',
      'percent:5,08 persen',
      'money:US$ 1,2 miliar',
      'relative-date:Sehari sebelumnya',
      'money:Rp 62.000',
      'percent:10-15 persen',
      'number:20 million',
      'number:2026',
      'ordinal:ke-3',
      'time:pukul 08.00 WIB',
    ]);
  });

  it('does not join values across lines', () => {
    expect(values('Kamis\n8 September 2016').map((v) => v.kind)).toEqual(['weekday', 'date']);
    expect(values('Rp\n500').map((v) => v.kind)).toEqual(['number']);
  });

  it('reuses tokens given to it', () => {
    expect(parseValues('naik 7 persen', { tokens: [] })).toEqual([]);
  });
});
