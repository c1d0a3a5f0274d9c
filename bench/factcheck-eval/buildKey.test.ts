/**
 * Keeps the fact-check evaluation set honest: articles and keys match their annotated sources,
 * every span is the exact text it names, the set has the size and mix README.md promises (languages,
 * lengths, at least five planted instances of every rule, hard negatives, clean articles), and every
 * weekday written next to a full date is right unless it is a planted `date.weekday` — so a checker
 * is never punished for a weekday mismatch the key forgot.
 */
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src-main/language/countWords.ts';
import { parseValues, weekdayName } from '../../src-main/language/parseValues.ts';
import { readText } from '../proofreading-eval/evalKey.ts';
import { findWeekdayDates } from '../proofreading-eval/weekdayDates.ts';
import { buildArticle, generateAll } from './buildKey.ts';
import { cleanArticles, consistencyRules, isClean, minPerRule, readFactcheckSet, type ConsistencyRuleId } from './factcheckKey.ts';

const set = readFactcheckSet();

describe('fact-check evaluation set', () => {
  it('articles/ and key/ are generated from source/ (run buildKey.ts after editing)', () => {
    for (const file of generateAll()) expect(readText(file.path), file.path).toBe(file.content);
  });

  it('has at least 12 Indonesian and 4 English news articles of 250-600 words', () => {
    expect(set.filter((a) => a.lang === 'id').length).toBeGreaterThanOrEqual(12);
    expect(set.filter((a) => a.lang === 'en').length).toBeGreaterThanOrEqual(4);
    for (const a of set) {
      const words = countWords(a.text);
      expect(words, a.name).toBeGreaterThanOrEqual(250);
      expect(words, a.name).toBeLessThanOrEqual(600);
      expect(a.text.startsWith('\uFEFF') || a.text.includes('\r'), a.name).toBe(false);
    }
  });

  it('every span is the text it names, and claims do not overlap', () => {
    for (const { text, key, name } of set) {
      const spans = [...key.claims, ...key.inconsistencies, ...key.inconsistencies.map((i) => i.related), ...key.traps];
      for (const s of spans) expect(text.slice(s.start, s.end), name).toBe(s.text);
      for (let i = 1; i < key.claims.length; i++) expect(key.claims[i]!.start, name).toBeGreaterThanOrEqual(key.claims[i - 1]!.end);
      for (const c of key.claims) expect(c.text.trim(), name).toBe(c.text);
    }
  });

  it(`plants at least ${minPerRule} of every rule, with hard negatives, and keeps ${cleanArticles.length} articles clean`, () => {
    const planted = new Map<ConsistencyRuleId, number>();
    for (const a of set) for (const i of a.key.inconsistencies) planted.set(i.rule, (planted.get(i.rule) ?? 0) + 1);
    for (const rule of Object.keys(consistencyRules) as ConsistencyRuleId[]) expect(planted.get(rule) ?? 0, rule).toBeGreaterThanOrEqual(minPerRule);
    expect(set.flatMap((a) => a.key.traps).length).toBeGreaterThanOrEqual(20);
    expect(cleanArticles.length).toBeGreaterThanOrEqual(3);
    for (const a of set) {
      if (isClean(a.number)) expect(a.key.inconsistencies, a.name).toEqual([]);
      else expect(a.key.inconsistencies.length, a.name).toBeGreaterThan(0);
      expect(a.key.claims.length, a.name).toBeGreaterThan(5);
    }
  });

  it('every dated weekday is right, except the planted date.weekday ones', () => {
    let checked = 0;
    for (const a of set) {
      const wrong = a.key.inconsistencies.filter((i) => i.rule === 'date.weekday');
      const isPlantedAt = (start: number) => wrong.some((w) => w.start <= start && start < w.end);
      // Indonesian dates with the proofreading set's own finder; English ones with parseValues.
      const dated =
        a.lang === 'id'
          ? findWeekdayDates(a.text).map((d) => ({ at: d.start, right: d.weekday === d.actual }))
          : parseValues(a.text, { lang: 'en' }).flatMap((v) => (v.kind === 'date' && v.weekday !== undefined && v.year !== undefined ? [{ at: v.start, right: !v.weekdayMismatch }] : []));
      for (const d of dated) {
        checked++;
        expect(d.right, `${a.name} at ${d.at}: ${a.text.slice(d.at, d.at + 30)}`).toBe(!isPlantedAt(d.at));
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
    expect(weekdayName(4, 'id')).toBe('Kamis');
  });

  it('the generator rejects unpaired, unknown and malformed markers', () => {
    expect(() => buildArticle('x', 'id', 'a [[b|consistency.name-variant#1]] c')).toThrow(/no related/);
    expect(() => buildArticle('x', 'id', 'a [[b|#1]] c')).toThrow(/related to nothing/);
    expect(() => buildArticle('x', 'id', 'a [[b|consistency.nope#1]] [[c|#1]]')).toThrow(/unknown rule/);
    expect(() => buildArticle('x', 'id', '{{a {{b}} c}}')).toThrow(/nested/);
    expect(() => buildArticle('x', 'id', 'a [[b c')).toThrow(/malformed/);
    const ok = buildArticle('x', 'id', '{{Kata [[Budi|#1]] naik.}} Lalu [[Budy|consistency.name-variant#1]].');
    expect(ok.text).toBe('Kata Budi naik. Lalu Budy.');
    expect(ok.key.claims).toEqual([{ start: 0, end: 15, text: 'Kata Budi naik.' }]);
    expect(ok.key.inconsistencies).toEqual([{ rule: 'consistency.name-variant', start: 21, end: 25, text: 'Budy', related: { start: 5, end: 9, text: 'Budi' } }]);
  });
});
