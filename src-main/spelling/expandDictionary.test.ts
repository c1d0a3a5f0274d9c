import { describe, expect, it } from 'vitest';
import { parseAffix } from './affixFile.ts';
import { expandDictionary, parseDic, WordAttr } from './expandDictionary.ts';
import { fixtureAff, fixtureDic } from './testing/fixtureAffix.ts';

const affix = parseAffix(fixtureAff);
const words = expandDictionary(parseDic(fixtureDic, affix), affix);
const has = (w: string) => words.has(w) && (words.get(w)! & WordAttr.forbidden) === 0;

describe('expandDictionary', () => {
  it('applies prefixes with strip and conditions (meN- sound changes)', () => {
    expect(has('memukul')).toBe(true); // p stripped: mem + ukul
    expect(has('mempukul')).toBe(false);
    expect(has('membaca')).toBe(true);
    expect(has('mengambil')).toBe(true);
    expect(has('mengbaca')).toBe(false);
  });

  it('applies suffixes with strip and conditions', () => {
    expect(has('cried')).toBe(true);
    expect(has('played')).toBe(true);
    expect(has('cryed')).toBe(false);
    expect(has('plaied')).toBe(false);
  });

  it('requires both halves of a circumfix and allows a twofold suffix on top', () => {
    expect(has('ditulis')).toBe(false); // di- alone is only the circumfix half here
    expect(has('tuliskan')).toBe(false); // -kan carries the circumfix flag
    expect(has('dituliskan')).toBe(true);
    expect(has('dituliskanlah')).toBe(true); // outer suffix from -kan's continuation
    expect(has('diambilkankah')).toBe(true);
  });

  it('crosses prefixes and suffixes only when both allow it', () => {
    expect(has('unplay')).toBe(true);
    expect(has('unplayed')).toBe(false); // NC is not cross-product
  });

  it('honours NEEDAFFIX, FORBIDDENWORD, KEEPCASE and NOSUGGEST', () => {
    expect(has('rahasia')).toBe(false);
    expect(has('dirahasiakan')).toBe(true);
    expect(words.get('tidakbenar')! & WordAttr.forbidden).toBeTruthy();
    expect(words.get('iPhone')).toBe(WordAttr.keepCase);
    expect(words.get('badword')).toBe(WordAttr.noSuggest);
    expect(has('Jakarta')).toBe(true);
  });

  it('reads .dic lines with escaped slashes and morphological fields', () => {
    const stems = parseDic('3\nand\\/or\nrun/M0 po:verb\nwalk\tst:walk\n', affix);
    expect(stems.map((s) => s.word)).toEqual(['and/or', 'run', 'walk']);
    expect(stems[1]!.flags).toEqual(['M0']);
  });
});
