import { describe, expect, it } from 'vitest';
import { AppError } from '../../services/appError.ts';
import { expectTranslations, runBatches, splitIntoBatches } from './runBatches.ts';

describe('splitIntoBatches', () => {
  it('keeps every segment in order within the count and character limits', () => {
    const segments = ['aaaa', 'bb', 'cccccc', 'd', 'eeeeeeeeeeee', 'f'];
    const batches = splitIntoBatches(segments, { maxSegments: 3, maxChars: 8 });
    expect(batches.flat()).toEqual(segments);
    expect(batches).toEqual([['aaaa', 'bb'], ['cccccc', 'd'], ['eeeeeeeeeeee'], ['f']]);
  });
});

describe('runBatches', () => {
  it('puts translations back at their positions around blank segments', async () => {
    const sent: string[][] = [];
    const progress: number[] = [];
    const result = await runBatches(['Satu.', ' ', 'Dua.', 'Tiga.'], { maxSegments: 2, maxChars: 100 }, { signal: new AbortController().signal, onProgress: (n) => progress.push(n) }, async (batch) => {
      sent.push(batch);
      return batch.map((text) => text.toUpperCase());
    });
    expect(result).toEqual(['SATU.', ' ', 'DUA.', 'TIGA.']);
    expect(sent).toEqual([['Satu.', 'Dua.'], ['Tiga.']]);
    expect(progress).toEqual([3, 4]);
  });
});

describe('expectTranslations', () => {
  it('accepts one string per segment and refuses anything else as MT_BAD_REPLY', () => {
    expect(expectTranslations(['A', 'B'], ['a', 'b'], 'Test')).toEqual(['A', 'B']);
    for (const bad of [null, 'A', ['A'], ['A', 'B', 'C'], ['A', null], ['A', '']]) {
      expect(() => expectTranslations(bad, ['a', 'b'], 'Test')).toThrowError(AppError);
    }
  });
});
