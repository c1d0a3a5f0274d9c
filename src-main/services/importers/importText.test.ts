import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentText, parseDocument } from '../documentValidation.ts';
import { ImportError } from './importError.ts';
import { importText } from './importText.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('importText', () => {
  it.each([
    ['Judul Berita\n\nParagraf satu.\n\nParagraf dua.', 'Judul Berita', 'Paragraf satu.\nParagraf dua.'],
    ['\n\n  Judul dengan spasi  \n\nIsi.', 'Judul dengan spasi', 'Isi.'],
    ['Baris satu\nbaris dua\n\nParagraf berikut.', '', 'Baris satu baris dua\nParagraf berikut.'],
    ['Hanya satu paragraf tanpa judul.', '', 'Hanya satu paragraf tanpa judul.'],
    [`${'Judul sangat panjang '.repeat(15)}\n\nIsi.`, '', `${'Judul sangat panjang '.repeat(15).trim()}\nIsi.`],
    ['Headline\r\n\r\nFirst paragraph.\r\nSecond line.', 'Headline', 'First paragraph. Second line.'],
    ['', '', ''],
  ])('%j has headline %j and body %j', (input, title, body) => {
    const result = importText(bytes(input));
    expect(result.title).toBe(title);
    expect(documentText(parseDocument(result.doc))).toBe(body);
  });

  // 1,000 in `npm test`; `npm run test:soak` raises it (REDAKSI_FUZZ_RUNS).
  const fuzzRuns = Number(process.env.REDAKSI_FUZZ_RUNS ?? 1000);
  it('turns any bytes into a valid document or a typed error', { timeout: Math.max(30_000, fuzzRuns * 30) }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.string({ maxLength: 500 }).map(bytes)), (input) => {
        try {
          parseDocument(importText(input).doc);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: fuzzRuns },
    );
  });
});
