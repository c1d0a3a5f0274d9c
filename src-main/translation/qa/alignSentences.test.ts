/** Sentence alignment: 1-1, 1-2 and 2-1 splits, and sentences without a partner (1-0, 0-1). */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import { splitSentences } from '../../language/splitSentences.ts';
import { alignSentences } from './alignSentences.ts';

/** Beads as "source sentence numbers > target sentence numbers", 1-based: "1>1", "2,3>2", "4>-". */
function beads(source: string, target: string, sourceLang: Lang = 'id', targetLang: Lang = 'en'): string[] {
  const s = splitSentences(source, { lang: sourceLang });
  const t = splitSentences(target, { lang: targetLang });
  const nums = (from: number, to: number) => (from === to ? '-' : Array.from({ length: to - from }, (_, k) => from + k + 1).join(','));
  return alignSentences(s, t, sourceLang, targetLang).map((b) => `${nums(b.sourceFrom, b.sourceTo)}>${nums(b.targetFrom, b.targetTo)}`);
}

const id = [
  'Harga cabai di Pasar Induk Kramat Jati naik menjadi Rp 85.000 per kilogram pada Senin (3/3/2025).',
  'Pedagang bernama Siti Aminah mengatakan pasokan dari Garut berkurang karena hujan.',
  'Dinas Perdagangan mencatat kenaikan 40 persen dalam dua pekan.',
  'Pemerintah berencana menggelar operasi pasar di 12 titik.',
];
const en = [
  'The price of chillies at the Kramat Jati wholesale market rose to Rp 85,000 per kilogram on Monday (3/3/2025).',
  'A trader, Siti Aminah, said supplies from Garut had fallen because of the rain.',
  'The trade office recorded a 40 percent increase in two weeks.',
  'The government plans to hold market operations at 12 locations.',
];

describe('alignSentences', () => {
  it('pairs a sentence-by-sentence translation one to one, both directions', () => {
    expect(beads(id.join(' '), en.join(' '))).toEqual(['1>1', '2>2', '3>3', '4>4']);
    expect(beads(en.join(' '), id.join(' '), 'en', 'id')).toEqual(['1>1', '2>2', '3>3', '4>4']);
  });

  it('finds an omitted sentence (1-0) and an added one (0-1)', () => {
    expect(beads(id.join(' '), [en[0], en[1], en[3]].join(' '))).toEqual(['1>1', '2>2', '3>-', '4>3']);
    const added = 'Chilli prices usually rise ahead of the fasting month, traders said.';
    expect(beads(id.join(' '), [en[0], en[1], added, en[2], en[3]].join(' '))).toEqual(['1>1', '2>2', '->3', '3>4', '4>5']);
  });

  it('still pairs a sentence whose figure has the wrong scale word (the value rules report it)', () => {
    const wrong = 'The trade office recorded a 40 percent increase, or 2.5 billion tonnes, in two weeks.';
    const source = [id[0], id[1], 'Dinas Perdagangan mencatat kenaikan 40 persen, atau 2,5 juta ton, dalam dua pekan.', id[3]].join(' ');
    expect(beads(source, [en[0], en[1], wrong, en[3]].join(' '))).toEqual(['1>1', '2>2', '3>3', '4>4']);
  });

  it('keeps a sentence split in two, and two joined into one', () => {
    const split = ['The price of chillies at the Kramat Jati wholesale market rose on Monday (3/3/2025).', 'It reached Rp 85,000 per kilogram.'];
    expect(beads(id.join(' '), [...split, en[1], en[2], en[3]].join(' '))).toEqual(['1>1,2', '2>3', '3>4', '4>5']);
    const joined = 'The trade office recorded a 40 percent increase in two weeks, and the government plans to hold market operations at 12 locations.';
    expect(beads(id.join(' '), [en[0], en[1], joined].join(' '))).toEqual(['1>1', '2>2', '3,4>3']);
  });

  it('handles empty sides', () => {
    expect(beads('', en.join(' '))).toEqual(['->1', '->2', '->3', '->4']);
    expect(beads(id[0]!, '')).toEqual(['1>-']);
  });
});
