import { describe, expect, it } from 'vitest';
import { diffTokens, diffWords } from './diffWords.ts';
import { diffSequences } from './diffSequences.ts';
import type { DiffSegment } from '../../src-preload/contract/domain.ts';

const eq = (text: string): DiffSegment => ({ op: 'equal', text });
const ins = (text: string): DiffSegment => ({ op: 'insert', text });
const del = (text: string): DiffSegment => ({ op: 'delete', text });

describe('diffTokens', () => {
  it.each([
    ['Anak-anak bermain layang-layang.', ['Anak-anak', ' ', 'bermain', ' ', 'layang-layang', '.']],
    ['Harga Rp12.500, naik 3,5%.', ['Harga', ' ', 'Rp12.500', ',', ' ', 'naik', ' ', '3,5', '%', '.']],
    ["Traders don't expect it.", ['Traders', ' ', "don't", ' ', 'expect', ' ', 'it', '.']],
    ['“Kami siap,” ujarnya — 3/3/2025', ['“', 'Kami', ' ', 'siap', ',', '”', ' ', 'ujarnya', ' ', '—', ' ', '3/3/2025']],
    ['Mudik 👨‍👩‍👧‍👦 via tol', ['Mudik', ' ', '👨‍👩‍👧‍👦', ' ', 'via', ' ', 'tol']],
    ['', []],
  ])('%j', (text, tokens) => {
    expect(diffTokens(text)).toEqual(tokens);
    expect(diffTokens(text).join('')).toBe(text);
  });
});

describe('diffWords', () => {
  it.each<[string, string, string, DiffSegment[]]>([
    // Indonesian
    ['id: one word replaced', 'Anak-anak bermain di taman.', 'Anak-anak bermain di lapangan.', [eq('Anak-anak bermain di '), del('taman'), ins('lapangan'), eq('.')]],
    ['id: reduplication is one token, never "anak" + "-anak"', 'Anak bermain di taman.', 'Anak-anak bermain di taman.', [del('Anak'), ins('Anak-anak'), eq(' bermain di taman.')]],
    ['id: reduplication removed', 'Rumah-rumah warga terendam.', 'Rumah warga terendam.', [del('Rumah-rumah'), ins('Rumah'), eq(' warga terendam.')]],
    ['id: a change inside a reduplication replaces the whole word', 'Sayur-sayuran segar.', 'Sayur-mayur segar.', [del('Sayur-sayuran'), ins('Sayur-mayur'), eq(' segar.')]],
    ['id: money stays one token', 'Harga cabai Rp85.000 per kilogram.', 'Harga cabai Rp90.000 per kilogram.', [eq('Harga cabai '), del('Rp85.000'), ins('Rp90.000'), eq(' per kilogram.')]],
    ['id: punctuation only', 'Harga naik, kata dia.', 'Harga naik; kata dia!', [eq('Harga naik'), del(','), ins(';'), eq(' kata dia'), del('.'), ins('!')]],
    ['id: words inserted', 'Warga mengungsi.', 'Warga mengungsi ke masjid terdekat.', [eq('Warga mengungsi'), ins(' ke masjid terdekat'), eq('.')]],
    ['id: words deleted', 'Rapat ditunda hingga pekan depan.', 'Rapat ditunda.', [eq('Rapat ditunda'), del(' hingga pekan depan'), eq('.')]],
    ['id: neighbouring changes read as one replacement', 'Harga naik tajam hari ini.', 'Biaya turun sedikit hari ini.', [del('Harga naik tajam'), ins('Biaya turun sedikit'), eq(' hari ini.')]],
    ['id: quotes and dates', '“Kami siap,” ujar Siti, Senin (3/3/2025).', '“Kami belum siap,” ujar Siti, Selasa (4/3/2025).', [eq('“Kami '), ins('belum '), eq('siap,” ujar Siti, '), del('Senin'), ins('Selasa'), eq(' ('), del('3/3/2025'), ins('4/3/2025'), eq(').')]],
    // English
    ['en: one word replaced', 'The council approved the budget.', 'The council rejected the budget.', [eq('The council '), del('approved'), ins('rejected'), eq(' the budget.')]],
    ['en: contraction is one token', 'Traders do not expect a drop.', "Traders don't expect a drop.", [eq('Traders '), del('do not'), ins("don't"), eq(' expect a drop.')]],
    ['en: hyphenated word is one token', 'A short term fix.', 'A short-term fix.', [eq('A '), del('short term'), ins('short-term'), eq(' fix.')]],
    ['en: numbers with separators', 'Prices fell below 12,500 rupiah.', 'Prices fell below 12,000 rupiah.', [eq('Prices fell below '), del('12,500'), ins('12,000'), eq(' rupiah.')]],
    ['en: punctuation', 'It was close. Very close.', 'It was close — very close!', [eq('It was close'), del('. Very '), ins(' — very '), eq('close'), del('.'), ins('!')]],
    // Edge cases
    ['identical', 'Sama saja.', 'Sama saja.', [eq('Sama saja.')]],
    ['from empty', '', 'Teks baru.', [ins('Teks baru.')]],
    ['to empty', 'Teks lama.', '', [del('Teks lama.')]],
    ['both empty', '', '', []],
  ])('%s', (_name, before, after, expected) => {
    const segments = diffWords(before, after);
    expect(segments).toEqual(expected);
    // Segments always rebuild both texts exactly.
    expect(segments.filter((s) => s.op !== 'insert').map((s) => s.text).join('')).toBe(before);
    expect(segments.filter((s) => s.op !== 'delete').map((s) => s.text).join('')).toBe(after);
  });

  it('stays exact on long unrelated texts (falls back to replace-all past the edit budget)', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `kata${i}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    const segments = diffWords(before, after);
    expect(segments.filter((s) => s.op !== 'insert').map((s) => s.text).join('')).toBe(before);
    expect(segments.filter((s) => s.op !== 'delete').map((s) => s.text).join('')).toBe(after);
  });
});

describe('diffSequences', () => {
  it('finds a shortest edit script', () => {
    const a = [...'ABCABBA'];
    const b = [...'CBABAC'];
    const ops = diffSequences(a, b)!;
    expect(ops.filter((o) => o !== 'equal')).toHaveLength(5);
    expect(diffSequences(a, b, 2)).toBeUndefined();
  });
});
