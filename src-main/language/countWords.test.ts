import { describe, expect, it } from 'vitest';
import { countWords } from './countWords.ts';

describe('countWords', () => {
  const table: [lang: string, text: string, expected: number][] = [
    ['id', '', 0],
    ['id', '   \n\t ', 0],
    ['id', 'Wartawan itu menulis berita.', 4],
    ['id', 'Anak-anak bermain di halaman sekolahnya.', 5],
    ['id', 'Nilainya Rp 1.250.000 atau 5,08 persen.', 6],
    ['id', 'Target US$ 130 miliar, ujar sang menteri.', 7],
    ['id', '"Kami siap," kata juru bicara (Jubir) itu.', 7],
    ['en', "The minister didn't say when.", 5],
    ['en', 'An e-mail arrived on February 5, 2025.', 7],
    ['en', 'Prices rose 3.5% — again.', 4],
  ];
  it.each(table)('%s: %j has %i words', (_lang, text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('countWords with dates and slashes', () => {
  it.each([
    ['Senin (3/3/2025) pagi', 3],
    ['dan/atau', 1],
    ['Aku ❤️ kamu', 2],
    ['Pemilu 2029 🗳️', 2],
    ['Bahasa Sunda: ᮘᮞ', 3],
  ])('%j has %i words', (text, expected) => expect(countWords(text)).toBe(expected));
});
