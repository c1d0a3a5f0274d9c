import { describe, expect, it } from 'vitest';
import { checkValues, repairNumeral } from './checkValues.ts';

describe('date.weekday', () => {
  it.each([
    ['id', 'Rapat digelar Selasa (5/2/2025) di Jakarta.', 'Selasa', 'Rabu', '5 Februari 2025 jatuh pada hari Rabu, bukan Selasa.'],
    ['id', 'Gempa terjadi Rabu, 8 September 2016 malam.', 'Rabu', 'Kamis', '8 September 2016 jatuh pada hari Kamis, bukan Rabu.'],
    ['id', 'Pada Jum’at 6 Februari 2025 ia pergi.', 'Jum’at', 'Kamis', '6 Februari 2025 jatuh pada hari Kamis, bukan Jumat.'],
    ['en', 'It happened on Tuesday, February 5, 2025.', 'Tuesday', 'Wednesday', '5 Februari 2025 jatuh pada hari Rabu, bukan Selasa.'],
    ['en', 'Signed Wed, Feb 6, 2025.', 'Wed', 'Thu', '6 Februari 2025 jatuh pada hari Kamis, bukan Rabu.'],
  ] as const)('%s %j: %j -> %j', (lang, text, wrong, right, message) => {
    const found = checkValues(text, lang, { uiLanguage: 'id' });
    expect(found.map((f) => [f.kind, f.rule, f.text, f.suggestions])).toEqual([['date', 'date.weekday', wrong, [right]]]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.text);
    expect(found[0]!.message).toBe(message);
  });

  it('says which weekday the date is, in English when asked', () => {
    const [f] = checkValues('Rapat digelar Selasa (5/2/2025).', 'id', { uiLanguage: 'en' });
    expect(f!.message).toBe('February 5, 2025 is a Wednesday, not a Tuesday.');
    expect(f!.suggestions).toEqual(['Rabu']);
  });

  it('offers no fix when an English slash date could be read both ways and neither fits', () => {
    // 5 Feb 2025 is a Wednesday and 2 May 2025 a Friday; Monday fits neither.
    const found = checkValues('It happened on Monday 5/2/2025.', 'en');
    expect(found.map((f) => [f.rule, f.text, f.suggestions])).toEqual([['date.weekday', 'Monday', []]]);
    expect(checkValues('It happened on Friday 5/2/2025.', 'en')).toEqual([]);
  });

  it('uses the default year for dates written without one', () => {
    expect(checkValues('Sidang digelar Kamis (6/2).', 'id', { defaultYear: 2025 })).toEqual([]);
    expect(checkValues('Sidang digelar Jumat (6/2).', 'id', { defaultYear: 2025 }).map((f) => f.suggestions[0])).toEqual(['Kamis']);
  });

  it.each([
    ['id', 'Rapat digelar Rabu (5/2/2025) dan Kamis, 8 September 2016.'],
    ['en', 'It happened on Wednesday, February 5, 2025.'],
    ['id', 'Pada hari Minggu lalu tidak ada tanggal.'],
  ] as const)('%s: leaves %j alone', (lang, text) => {
    expect(checkValues(text, lang)).toEqual([]);
  });

  it('can be switched off', () => {
    expect(checkValues('Rapat digelar Selasa (5/2/2025).', 'id', { disabled: new Set(['date.weekday']) })).toEqual([]);
  });
});

describe('number.malformed', () => {
  it.each([
    ['id', 'Anggarannya Rp1.25.000 saja.', '1.25.000', []],
    ['id', 'Totalnya 1.250.00 rupiah.', '1.250.00', ['1.250,00']],
    ['id', 'Nilainya 1,250.000,5 dolar.', '1,250.000,5', []],
    ['id', 'Sebanyak 1250.000.000 orang.', '1250.000.000', []],
    ['en', 'It cost 12,50,000 dollars.', '12,50,000', []],
    ['en', 'It cost 1,250,00 dollars.', '1,250,00', ['1,250.00']],
  ] as const)('%s %j: %j', (lang, text, wrong, fixes) => {
    const found = checkValues(text, lang);
    expect(found.map((f) => [f.kind, f.rule, f.text, f.suggestions])).toEqual([['number', 'number.malformed', wrong, [...fixes]]]);
  });

  it.each([
    ['id', 'Sebanyak 1.250.000 orang, atau 1,250,000 dalam gaya Inggris, naik 5,08 persen.'],
    ['id', 'Versi 1.2.3 dirilis; lihat Pasal 12.3.4 dan IP 192.168.1.1.'],
    ['id', 'Rapat pukul 10.30 WIB pada 5/2/2025, skor 10-15.'],
    ['en', 'Sales of 1,250,000.50 dollars and 3.5 percent.'],
    ['en', 'See section 2.10.4 of version 10.2.1.'],
    ['id', 'Surat bertanggal 5.2.2025 dikirim ke 0812.3456.7890.'],
  ] as const)('%s: leaves %j alone', (lang, text) => {
    expect(checkValues(text, lang)).toEqual([]);
  });

  it('repairs only the obvious case', () => {
    expect(repairNumeral('1.250.00', 'id')).toBe('1.250,00');
    expect(repairNumeral('1.25.000', 'id')).toBeNull();
    expect(repairNumeral('12,50,000', 'en')).toBeNull();
  });
});
