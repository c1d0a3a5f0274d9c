import { describe, expect, it } from 'vitest';
import { textToDocument } from './textToDocument.ts';
import { documentText, parseDocument } from './documentValidation.ts';

describe('textToDocument', () => {
  it.each([
    ['', ''],
    ['Satu paragraf saja.', 'Satu paragraf saja.'],
    ['Paragraf pertama.\n\nParagraf kedua.', 'Paragraf pertama.\nParagraf kedua.'],
    ['Baris satu\nbaris dua', 'Baris satu baris dua'],
    ['First.\r\n\r\n\r\nSecond.', 'First.\nSecond.'],
  ])('%j becomes a valid document with text %j', (input, text) => {
    const node = parseDocument(textToDocument(input));
    expect(documentText(node)).toBe(text);
  });
});
