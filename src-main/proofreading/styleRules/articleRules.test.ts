import { describe, expect, it } from 'vitest';
import { checkStyle } from './checkStyle.ts';

const fixes = (text: string) =>
  checkStyle(text, 'en', { uiLanguage: 'en' })
    .filter((f) => f.rule === 'en.a-an')
    .map((f) => [f.text, f.suggestions[0]]);

describe('en.a-an', () => {
  it.each([
    ['It took a hour.', 'a', 'an'],
    ['He is a honest man.', 'a', 'an'],
    ['She joined an university.', 'an', 'a'],
    ['It was an one-off.', 'an', 'a'],
    ['It was an unique case.', 'an', 'a'],
    ['He met a MP.', 'a', 'an'],
    ['A FBI agent came.', 'A', 'An'],
    ['An UN official spoke.', 'An', 'A'],
    ['It was a 8-year-old boy.', 'a', 'an'],
    ['It was a 11th-hour deal.', 'a', 'an'],
    ['They chose a apple.', 'a', 'an'],
    ['It was an big day.', 'an', 'a'],
    ['He saw a X-ray.', 'a', 'an'],
    ['An European firm bid.', 'An', 'A'],
    ['It is a NGO.', 'a', 'an'],
    ['He is a heir.', 'a', 'an'],
    ['It was an unanimous vote.', 'an', 'a'],
    ['She got a F in maths.', 'a', 'an'],
  ])('%j: %j -> %j', (text, wrong, right) => {
    expect(fixes(text)).toEqual([[wrong, right]]);
  });

  it.each([
    'It took an hour.',
    'She joined a university for a year.',
    'It was a one-time payment and an unusual case.',
    'An MP, an FBI agent and a UN official met an NGO.',
    'It was an 8-year-old boy and an 18-year-old girl.',
    'A NATO summit and a UNESCO site.',
    'A history of an honest man.',
    'Plan A is fine; vitamin A also.',
    'He was a user of an umbrella.',
    'A 100-day plan and a 1,800-page report.',
    'It was an uninformed guess in a Ukrainian town.',
    'She got an A and an F, and a B once.',
    'An hourly rate for an honorary member, a U.S. envoy and an LGBT group.',
  ])('leaves %j alone', (text) => {
    expect(fixes(text)).toEqual([]);
  });
});
