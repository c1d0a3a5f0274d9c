/**
 * The block-wise bookkeeping of a patched save must give exactly what a whole-document save
 * gives: the same document (JSON text up to the padding between blocks) and the same word count.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../language/countWords.ts';
import { documentText, parseDocument, topLevelIsRepetition } from './documentValidation.ts';
import { padBlock, patchStoredBlocks, StoredBlocksCache, storedBlocksFromText, storedBlocksOf, type StoredBlocks } from './storedBlocks.ts';

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
  /** The stored text parsed; checks that the slots add up to it, commas and brackets included. */
  const parsedText = (stored: StoredBlocks) => {
    const head = '{"type":"doc","content":['.length;
    expect(stored.text.length).toBe(head + stored.slots.reduce((a, b) => a + b + 1, 0) - 1 + 2);
    return JSON.parse(stored.text.toString('utf8')) as unknown;
  };

  it('stores the text JSON.stringify gives for the whole document, with only spaces added between blocks', () => {
    const node = parseDocument({ type: 'doc', content: blocks });
    const stored = storedBlocksOf(node, 7);
    const text = stored.text.toString('utf8');
    expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(node.toJSON()));
    expect(text.replace(/ +(?=[,\]])/g, '')).toBe(JSON.stringify(node.toJSON()));
    expect(parsedText(stored)).toEqual(node.toJSON());
    expect(stored.slots).toHaveLength(blocks.length);
    expect(stored.version).toBe(7);
  });

  it('patches any range of blocks into the same document a whole save stores, counting the same words', () => {
    const schema = (content: unknown[]) => parseDocument({ type: 'doc', content });
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...blocks), { minLength: 1, maxLength: 10 }),
        fc.array(fc.constantFrom(...blocks), { maxLength: 4 }),
        fc.nat(),
        fc.nat(),
        (content, added, a, b) => {
          const start = a % (content.length + 1);
          const deleteCount = b % (content.length - start + 1);
          const expected = [...content.slice(0, start), ...added, ...content.slice(start + deleteCount)];
          fc.pre(expected.length > 0);
          const base = storedBlocksOf(schema(content), 1);
          const addedBlocks = added.map((json) => {
            const block = schema([json]).child(0);
            return { json: JSON.stringify(block.toJSON()), words: storedBlocksOf(schema([json]), 1).bodyWords };
          });
          const patched = patchStoredBlocks(base, { start, deleteCount }, addedBlocks, 2);
          const whole = storedBlocksOf(schema(expected), 2);
          expect(parsedText(patched)).toEqual(parsedText(whole));
          expect(patched.words).toEqual(whole.words);
          expect(patched.bodyWords).toBe(whole.bodyWords);
          expect(patched.version).toBe(2);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a replacing block keeps the stored length while it fits; one that outgrows it gets more room', () => {
    const json = (t: string) => JSON.stringify(paragraph(text(t)));
    const fresh = padBlock(json('Harga cabai naik'));
    expect(fresh.length).toBeGreaterThan(Buffer.byteLength(json('Harga cabai naik')) + 8);
    // Multi-byte characters count as their UTF-8 bytes.
    expect(padBlock(json('Harga cabai “naik”'), fresh.length).length).toBe(fresh.length);
    expect(padBlock(json('Harga'), fresh.length).length).toBe(fresh.length);
    const grown = padBlock(json(`Harga cabai naik ${'lagi '.repeat(10)}`), fresh.length);
    expect(grown.length).toBeGreaterThan(Buffer.byteLength(json(`Harga cabai naik ${'lagi '.repeat(10)}`)) + 32);
    // Far below its room, a block gives the room back.
    expect(padBlock(json('x'), 5000).length).toBeLessThan(200);
    expect(JSON.parse(grown.toString('utf8'))).toEqual(paragraph(text(`Harga cabai naik ${'lagi '.repeat(10)}`)));
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
    const body = (version: number) => ({ version, text: Buffer.from('{}'), slots: [], words: [0], bodyWords: 0 });
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
