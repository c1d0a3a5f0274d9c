import { describe, expect, it } from 'vitest';
import { affEncoding, compileCondition, parseAffix, splitFlags } from './affixFile.ts';
import { fixtureAff } from './testing/fixtureAffix.ts';

describe('parseAffix', () => {
  const affix = parseAffix(fixtureAff);

  it('reads long flags, special flags and suggestion tables', () => {
    expect(affix.flagType).toBe('long');
    expect([affix.circumfix, affix.needAffix, affix.forbiddenWord, affix.keepCase, affix.noSuggest]).toEqual(['A1', 'A2', 'F!', 'KC', 'NS']);
    expect(affix.rep).toEqual([['f', 'p'], ['ph', 'f']]);
    expect(affix.map).toEqual([['e', 'é']]);
    expect(affix.key).toEqual(['qwertyuiop', 'asdfghjkl', 'zxcvbnm']);
    expect(affix.tryChars).toBe('aeiounkgmrstl');
  });

  it('reads affix entries with strip, append, continuation flags and conditions', () => {
    const m0 = affix.prefixes.get('M0')!;
    expect(m0).toHaveLength(3);
    expect(m0[1]).toMatchObject({ strip: 'p', append: 'mem', cross: true });
    expect(m0[1]!.condition!.test('pukul')).toBe(true);
    expect(m0[1]!.condition!.test('plot')).toBe(false);
    const dk = affix.suffixes.get('Dk')![0]!;
    expect([...dk.cont]).toEqual(['D1', 'l0', 'A1']);
    // A line without a condition field means "any stem" (id_ID has such lines).
    expect(affix.suffixes.get('l0')![1]!.condition).toBeNull();
    expect(affix.suffixes.get('yy')![0]!.cross).toBe(false);
  });

  it('splits flags by type and resolves AF aliases', () => {
    expect(splitFlags('M0Dk', 'long')).toEqual(['M0', 'Dk']);
    expect(splitFlags('12,7', 'num')).toEqual(['12', '7']);
    expect(splitFlags('ab', 'short')).toEqual(['a', 'b']);
    expect(splitFlags('1', 'short', ['', 'XY'])).toEqual(['X', 'Y']);
  });

  it('compiles conditions without ranges, anchored at the right end', () => {
    expect(compileCondition('.', 'SFX')).toBeNull();
    const cond = compileCondition('[^aeiou]y', 'SFX')!;
    expect(cond.test('cry')).toBe(true);
    expect(cond.test('play')).toBe(false);
    // "-" inside brackets is a letter, not a range.
    expect(compileCondition('[a-c]', 'PFX')!.test('b')).toBe(false);
    expect(compileCondition('[a-c]', 'PFX')!.test('-')).toBe(true);
  });

  it('finds the declared encoding before decoding', () => {
    expect(affEncoding(new TextEncoder().encode('SET ISO8859-1\n'))).toBe('latin1');
    expect(affEncoding(new TextEncoder().encode('# x\nSET UTF-8\n'))).toBe('utf-8');
  });
});
