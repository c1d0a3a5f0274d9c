import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src-preload/contract/domain.ts';
import { cleanScrapedText, type ScrapedTextChange } from './cleanScrapedText.ts';

type Kinds = ScrapedTextChange['kind'][];

describe('cleanScrapedText', () => {
  // Invented articles; each row: language, input, expected text, kinds of the changes in order.
  const table: [lang: Lang, input: string, expected: string, kinds: Kinds][] = [
    [
      'id',
      'Pasar Murah Digelar di Alun-alun\n\nPasar Murah Digelar di Alun-alun\nBOGOR - Pemkot menggelar pasar murah.\n\nWarga antre sejak pagi.\n\nShare\nFacebook Twitter WhatsApp\nIkuti kami di Google News\n',
      'Pasar Murah Digelar di Alun-alun\n\nBOGOR - Pemkot menggelar pasar murah.\n\nWarga antre sejak pagi.\n',
      ['duplicate-headline', 'share-line', 'share-line', 'share-line'],
    ],
    [
      'id',
      'Harga Cabai Turun\n\nHARGA CABAI TURUN.\nHarga cabai turun Rp\u00a05.000 per kilo.\n\nBaca juga: Petani Cabai Merugi\n\nPedagang  lega.   \nBagikan artikel ini\nTweet',
      'Harga Cabai Turun\n\nHarga cabai turun Rp 5.000 per kilo.\n\nPedagang lega.',
      ['duplicate-headline', 'nbsp', 'read-also', 'spaces', 'share-line', 'share-line'],
    ],
    [
      'id',
      'Rapat Anggaran\n\n“Kami sepakat,“ ujar Ketua. Ia menyebut "angka final" belum ada.\n\n“Tunggu saja,” katanya.',
      'Rapat Anggaran\n\n“Kami sepakat,” ujar Ketua. Ia menyebut “angka final” belum ada.\n\n“Tunggu saja,” katanya.',
      ['quotes'],
    ],
    [
      'id',
      'Jadwal Salat Jum\'at\n\n"Sudah siap," kata takmir. "Semua \u201cbersih\u201d."\n\n"Alhamdulillah," ujarnya.',
      'Jadwal Salat Jum\'at\n\n"Sudah siap," kata takmir. "Semua "bersih"."\n\n"Alhamdulillah," ujarnya.',
      ['quotes'],
    ],
    [
      'en',
      "Council Approves Bike Lanes\nCouncil approves bike lanes\nThe council voted 7-2 on Tuesday.\n\nRead also: Cyclists demand safer roads\n\nIt's a “big step”, the mayor said. \"Finally.\"\n\nFollow us on Instagram\nShare this article\nCopy link",
      'Council Approves Bike Lanes\nThe council voted 7-2 on Tuesday.\n\nIt’s a “big step”, the mayor said. “Finally.”',
      ['duplicate-headline', 'read-also', 'quotes', 'share-line', 'share-line', 'share-line'],
    ],
    [
      'en',
      'Rates Unchanged\n\n“Markets were calm,“ an analyst said.\u00a0\u00a0Bonds  rose.\n\nWhatsApp is popular in Jakarta.\n',
      'Rates Unchanged\n\n“Markets were calm,” an analyst said. Bonds rose.\n\nWhatsApp is popular in Jakarta.\n',
      ['nbsp', 'spaces', 'quotes'],
    ],
    ['en', 'Nothing to clean.\n\nA plain paragraph with "straight" quotes only.', 'Nothing to clean.\n\nA plain paragraph with "straight" quotes only.', []],
    ['id', '', '', []],
  ];

  it.each(table)('%s: %j', (lang, input, expected, kinds) => {
    const result = cleanScrapedText(input, lang);
    expect(result.text).toBe(expected);
    expect(result.changes.map((c) => c.kind)).toEqual(kinds);
  });

  it('reports each change with the input line, before and after', () => {
    const { changes } = cleanScrapedText('Judul\n\nJudul\nIsi\u00a0berita.\n\nBagikan', 'id');
    expect(changes).toEqual([
      { kind: 'duplicate-headline', before: 'Judul', after: '', line: 3 },
      { kind: 'nbsp', before: 'Isi\u00a0berita.', after: 'Isi berita.', line: 4 },
      { kind: 'share-line', before: 'Bagikan', after: '', line: 6 },
    ]);
  });

  it('keeps share-like words that are content in the middle of an article', () => {
    const input = 'Judul\n\nShare\n\nSaham BBCA naik.';
    expect(cleanScrapedText(input, 'id').text).toBe(input);
  });
});
