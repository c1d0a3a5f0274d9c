/**
 * The scorer itself, on a two-article set written here with a stub checker: a finding counts when it
 * or its `related` overlaps either planted place, under the same rule only; a second finding on
 * the same planted problem is correct but finds nothing new; every finding on a clean article is
 * false; a claim candidate counts when it overlaps an annotated claim sentence.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src-main/proofreading/finding.ts';
import { buildArticle } from './buildKey.ts';
import type { FactcheckArticle } from './factcheckKey.ts';
import { scoreFactcheck } from './scoreFactcheck.ts';

const planted = buildArticle(
  '01-id-x.txt',
  'id',
  '{{Menteri [[Rina Hapsari|#1]] hadir.}} Cuaca cerah. {{Kata [[Rina Hapsary|consistency.name-variant#1]], ekspor naik 5 persen.}} Semua senang.',
);
const clean = buildArticle('11-id-y.txt', 'id', '{{Menteri Budi Santoso hadir pada 2025.}} Warga [[Budiman|trap:consistency.name-variant]] senang.');
const set: FactcheckArticle[] = [
  { name: '01-id-x.txt', number: '01', lang: 'id', text: planted.text, key: planted.key },
  { name: '11-id-y.txt', number: '11', lang: 'id', text: clean.text, key: clean.key },
];
const at = (text: string, s: string, rule: string, related?: string): Finding => {
  const start = text.indexOf(s);
  const r = related === undefined ? undefined : text.indexOf(related);
  return { kind: 'consistency', rule, start, end: start + s.length, text: s, message: '', suggestions: [], ...(r === undefined ? {} : { related: { start: r, end: r + related!.length, text: related! } }) };
};

describe('scoreFactcheck', () => {
  it('matches findings by either place and rule, counts repeats as correct, and every clean-article finding as false', () => {
    const score = scoreFactcheck(
      set,
      () => [],
      (text) =>
        text === planted.text
          ? [at(text, 'Hapsari', 'consistency.name-variant', 'Hapsary'), at(text, 'Hapsary', 'consistency.name-variant'), at(text, 'Hapsary', 'consistency.term-variant'), at(text, 'Hapsary', 'spelling.unknown')]
          : [at(text, 'Budiman', 'consistency.name-variant', 'Budi')],
    );
    expect(score.rules.find((r) => r.rule === 'consistency.name-variant')).toMatchObject({ expected: 1, found: 1, reported: 3, correct: 2 });
    expect(score.rules.find((r) => r.rule === 'consistency.term-variant')).toMatchObject({ expected: 0, reported: 1, correct: 0, precision: 0 });
    expect(score.clean).toEqual([{ article: '11', rule: 'consistency.name-variant', text: 'Budiman' }]);
    expect(score.onTraps).toHaveLength(1);
    expect(score.falsePositives).toEqual([{ article: '01', rule: 'consistency.term-variant', text: 'Hapsary' }]);
  });

  it('scores claim candidates by overlap with the annotated sentences', () => {
    const score = scoreFactcheck(
      set,
      (text) => (text === planted.text ? [{ start: 0, end: 8, text: 'Menteri ' }, { start: text.indexOf('Cuaca'), end: text.indexOf('Cuaca') + 5, text: 'Cuaca' }] : []),
      () => [],
    );
    expect(score.claims).toMatchObject({ expected: 3, found: 1, reported: 2, correct: 1, precision: 0.5, recall: 0.333 });
    expect(score.missedClaims.map((m) => m.text)).toEqual(['Kata Rina Hapsary, ekspor naik 5 persen.', 'Menteri Budi Santoso hadir pada 2025.']);
  });
});
