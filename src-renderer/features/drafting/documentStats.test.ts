import { describe, expect, it } from 'vitest';
import { Node as PmNode } from '@tiptap/pm/model';
import { getDocumentSchema } from '../../../src-preload/contract/documentSchema.ts';
import { countCharacters, countWords, documentStats, readingMinutes } from './documentStats.ts';

const schema = getDocumentSchema();
const paragraph = (text: string) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] });
const docOf = (...blocks: object[]) => PmNode.fromJSON(schema, { type: 'doc', content: blocks });

describe('countWords and countCharacters', () => {
  it.each([
    ['', 0, 0],
    ['Harga cabai naik.', 3, 17],
    ['Anak-anak bermain di luar.', 4, 26],
    ['Rp 1.250.000 pada Senin (3/3/2025)', 5, 34],
    ['café — naïve', 2, 12],
    ['Pedagang 😀 senang', 2, 17],
    ["don't stop", 2, 10],
  ])('%j: %i words, %i characters', (text, words, characters) => {
    expect(countWords(text)).toBe(words);
    expect(countCharacters(text)).toBe(characters);
  });
});

describe('documentStats', () => {
  it('adds up blocks; block breaks split words but are not characters', () => {
    const doc = docOf(paragraph('Satu dua'), { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'tiga' }] }, paragraph(''));
    expect(documentStats(doc)).toEqual({ words: 3, characters: 12 });
  });

  it('counts table cells and list items as separate blocks', () => {
    const cell = (text: string) => ({ type: 'tableCell', content: [paragraph(text)] });
    const doc = docOf(
      { type: 'table', content: [{ type: 'tableRow', content: [cell('Kota'), cell('Medan')] }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('satu')] }, { type: 'listItem', content: [paragraph('dua')] }] },
    );
    expect(documentStats(doc)).toEqual({ words: 4, characters: 16 });
  });

  it('after an edit, reuses the counts of unchanged blocks (same result as counting afresh)', () => {
    const blocks = Array.from({ length: 50 }, (_, i) => paragraph(`Paragraf nomor ${i} tentang anggaran daerah.`));
    const doc = docOf(...blocks);
    const before = documentStats(doc);
    const edited = doc.replace(3, 3, doc.slice(1, 10)); // insert text copied from the first block
    const fresh = countWords(edited.textBetween(0, edited.content.size, '\n', ' '));
    expect(documentStats(edited).words).toBe(fresh);
    expect(documentStats(edited).words).toBeGreaterThan(before.words);
    // The untouched blocks are the same node objects in both versions.
    expect(edited.child(10)).toBe(doc.child(10));
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 0],
    [1, 1],
    [200, 1],
    [201, 2],
    [5_000, 25],
    [50_000, 250],
  ])('%i words -> %i min at 200 wpm', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});
