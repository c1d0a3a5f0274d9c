/** Whole-text QA: spans mapped back into both texts, omissions and additions, one spacing pass. */
import { describe, expect, it } from 'vitest';
import { checkTexts } from './checkTexts.ts';

// Written for this test.
const source = [
  'Banjir Rendam Ratusan Rumah di Bekasi',
  'Banjir merendam 640 rumah di Kecamatan Bekasi Timur pada Selasa (18/3/2025). Ketinggian air mencapai 1,2 meter.',
  'Camat Bekasi Timur, Rini Kusumawati, mengatakan 180 warga mengungsi ke masjid. "Kami menyiapkan dapur umum," ujarnya.',
  'Kerugian ditaksir Rp 3,5 miliar.',
].join('\n');

describe('checkTexts', () => {
  it('finds nothing in a faithful translation (a headline in Title Case, a sentence split in two)', () => {
    const target = [
      'Floods Inundate Hundreds of Homes in Bekasi',
      'Floods inundated 640 houses in East Bekasi district on Tuesday, March 18, 2025. The water reached 1.2 metres.',
      'East Bekasi district head Rini Kusumawati said 180 residents had taken shelter in a mosque. "We are setting up a public kitchen," she said.',
      'Losses are estimated at Rp 3.5 billion.',
    ].join('\n');
    expect(checkTexts(source, target, { sourceLang: 'id', targetLang: 'en' })).toEqual([]);
  });

  it('reports errors with spans into the whole source and target texts', () => {
    const target = [
      'Floods Inundate Hundreds of Homes in Bekasi',
      'Floods inundated 640 houses in East Bekasi district on Tuesday, March 18, 2025.',
      'The district head said 180 residents had taken shelter in a mosque. "We are setting up a public kitchen,  she said.',
      'Losses are estimated at Rp 3.5 million.',
    ].join('\n');
    const found = checkTexts(source, target, { sourceLang: 'id', targetLang: 'en' });
    const shown = found.map((f) => `${f.rule} ${f.source ? source.slice(f.source.start, f.source.end) : '-'} | ${f.target ? target.slice(f.target.start, f.target.end) : '-'}`);
    expect(shown.sort()).toEqual([
      'magnitude-mismatch Rp 3,5 miliar | Rp 3.5 million',
      'name-missing Bekasi | -', // "Camat Bekasi Timur" became "the district head"
      'name-missing Rini Kusumawati | -',
      'sentence-omitted Ketinggian air mencapai 1,2 meter. | -',
      'spacing - |   ',
      'unbalanced-quotes - | "',
    ]);
  });

  it('an empty translation is one finding over the whole source', () => {
    expect(checkTexts(source, '\n ', { sourceLang: 'id', targetLang: 'en' })).toMatchObject([{ rule: 'empty-target', source: { start: 0, end: source.length }, target: null }]);
  });
});
