/** The scorer itself: a finding counts only with the planted rule on the planted side. */
import { describe, expect, it } from 'vitest';
import { parsePair, type QaPair } from './qaEvalSet.ts';
import { scoreTranslationQa } from './scoreTranslationQa.ts';
import type { TranslationFinding } from '../../src-preload/contract/translation.ts';

const pair: QaPair = parsePair('01-id-en-test.txt', 'from: id\nto: en\n=== source\nDana [[Rp 5 miliar|number-missing]] cair.\n=== target\nThe funds[[  |spacing]]were paid.\n');

const finding = (rule: TranslationFinding['rule'], source: { start: number; end: number } | null, target: { start: number; end: number } | null): TranslationFinding => ({
  kind: 'translation', rule, source, target, message: '', params: {},
});

describe('scoreTranslationQa', () => {
  it('parses markers into spans on their side', () => {
    expect(pair.source).toBe('Dana Rp 5 miliar cair.');
    expect(pair.target).toBe('The funds  were paid.');
    expect(pair.planted.map((p) => [p.rule, p.side, pair[p.side].slice(p.start, p.end)])).toEqual([
      ['number-missing', 'source', 'Rp 5 miliar'],
      ['spacing', 'target', '  '],
    ]);
  });

  it('counts a finding correct only with the same rule overlapping on the planted side', () => {
    const s = scoreTranslationQa([pair], () => [
      finding('number-missing', { start: 5, end: 16 }, null),
      finding('spacing', { start: 5, end: 16 }, null), // right rule, wrong side
      finding('name-missing', { start: 0, end: 4 }, null),
    ]);
    const rule = (r: string) => s.rules.find((x) => x.rule === r)!;
    expect(rule('number-missing')).toMatchObject({ planted: 1, found: 1, reported: 1, correct: 1 });
    expect(rule('spacing')).toMatchObject({ planted: 1, found: 0, reported: 1, correct: 0, recall: 0, precision: 0 });
    expect(rule('name-missing')).toMatchObject({ planted: 0, reported: 1, correct: 0 });
    expect(s.missed).toHaveLength(1);
    expect(s.falsePositives).toHaveLength(2);
  });
});
