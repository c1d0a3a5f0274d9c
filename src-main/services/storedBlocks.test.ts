/**
 * The block-wise bookkeeping of a patched save must give exactly what a whole-document save
 * gives: the same stored JSON text and the same word count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../language/countWords.ts';
import { documentText, parseDocument, topLevelIsRepetition } from './documentValidation.ts';
import { documentJsonOf, StoredBlocksCache, storedBlocksFromText, storedBlocksOf } from './storedBlocks.ts';

const text = (t: string, marks?: unknown[]) => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const paragraph = (...parts: unknown[]) => ({ type: 'paragraph', content: parts });
const cell = (t: string) => ({ type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [paragraph(text(t))] });

/** Blocks of every kind whose text sits next to another block's, including ones with no text at all. */
const blocks: Record<string, unknown>[] = [
  paragraph(text('Harga cabai naik')),
  { type: 'paragraph' },
  paragraph(text('baris satu'), { type: 'hardBreak' }, text('baris dua')),
  { type: 'heading', attrs: { level: 2 }, content: [text('Dampak kenaikan')] },
  { type: 'horizontalRule' },
  { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('butir-butir pertama'))] }, { type: 'listItem', content: [paragraph(text('kedua'))] }] },
  { type: 'blockquote', content: [paragraph(text('“Kami menunggu,” ujarnya.')), paragraph(text('Rp12.500'))] },
  { type: 'table', content: [{ type: 'tableRow', content: [cell('Jawa Barat'), cell('12,5')] }] },
  paragraph(text('tebal', [{ type: 'bold' }]), text('menyambung')),
  { type: 'codeBlock', attrs: { language: null }, content: [text('kode  sumber')] },
];

describe('stored blocks', () => {
  it('joins block JSON into exactly the text JSON.stringify gives for the whole document', () => {
    const node = parseDocument({ type: 'doc', content: blocks });
    const stored = storedBlocksOf(node, 7);
    expect(documentJsonOf(stored.json)).toBe(JSON.stringify(node.toJSON()));
    expect(stored.version).toBe(7);
  });

  it('counts the same words block by block as in the whole document, for any order of blocks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...blocks), { minLength: 1, maxLength: 12 }), (content) => {
        const node = parseDocument({ type: 'doc', content });
        const stored = storedBlocksOf(node, 1);
        expect(stored.bodyWords).toBe(countWords(documentText(node)));
        expect(stored.words.reduce((a, b) => a + b, 0)).toBe(stored.bodyWords);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a stored body back into the same blocks and counts', () => {
    const node = parseDocument({ type: 'doc', content: blocks });
    const stored = storedBlocksOf(node, 3);
    expect(storedBlocksFromText(JSON.stringify(node.toJSON()), 3)).toEqual(stored);
    expect(() => storedBlocksFromText('{"type":"paragraph"}', 3)).toThrow();
    expect(() => storedBlocksFromText('not json', 3)).toThrow();
  });

  it('the article document is a plain run of blocks, so checking the changed blocks checks the document', () => {
    expect(topLevelIsRepetition()).toBe(true);
  });

  it('keeps the few most recent articles, each only at its own version', () => {
    const cache = new StoredBlocksCache(2);
    const body = (version: number) => ({ version, json: ['{}'], words: [0], bodyWords: 0 });
    cache.set('a', body(2));
    cache.set('b', body(5));
    expect(cache.get('a', 2)).toEqual(body(2));
    expect(cache.get('a', 3)).toBeUndefined();
    cache.set('c', body(1)); // 'b' was used least recently
    expect(cache.get('b', 5)).toBeUndefined();
    expect(cache.get('a', 2)).toBeDefined();
    expect(cache.get('c', 1)).toBeDefined();
    cache.delete('a');
    expect(cache.get('a', 2)).toBeUndefined();
  });
});
