/**
 * Every rule of translation QA on single pairs, in both directions (id -> en and en -> id): what a
 * translator must be told, and the legitimate changes of form that must pass silently.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { GlossaryTerm, TranslationFinding } from '../../../src-preload/contract/translation.ts';
import { checkSegmentPair } from './checkSegmentPair.ts';

const idEn = (source: string, target: string, terms: GlossaryTerm[] = []) => checkSegmentPair({ source, target, sourceLang: 'id', targetLang: 'en', terms });
const enId = (source: string, target: string, terms: GlossaryTerm[] = []) => checkSegmentPair({ source, target, sourceLang: 'en', targetLang: 'id', terms });

/** "rule source-text | target-text" per finding, for readable expectations. */
function shown(findings: TranslationFinding[], source: string, target: string): string[] {
  return findings.map((f) => `${f.rule} ${f.source ? source.slice(f.source.start, f.source.end) : '-'} | ${f.target ? target.slice(f.target.start, f.target.end) : '-'}`);
}
function check(lang: `${Lang}-${Lang}`, source: string, target: string, terms: GlossaryTerm[] = []): string[] {
  return shown(lang === 'id-en' ? idEn(source, target, terms) : enId(source, target, terms), source, target);
}

const term = (termId: string, termEn: string, forbiddenEn: string[] = [], forbiddenId: string[] = []): GlossaryTerm => ({
  id: `00000000-0000-4000-8000-${String(termId.length).padStart(12, '0')}`,
  termId,
  termEn,
  forbiddenId,
  forbiddenEn,
  note: '',
  caseSensitive: false,
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'test',
});

describe('values compared by value', () => {
  it('passes numbers, money, percentages and dates that only change form', () => {
    expect(check('id-en', 'Rabu (5/2/2025) anggaran naik 5,08 persen menjadi Rp 1,5 triliun untuk 1.250.000 warga.', 'On Wednesday, February 5, 2025, the budget rose 5.08% to IDR 1.5 trillion for 1,250,000 residents.')).toEqual([]);
    expect(check('id-en', 'Pinjaman US$ 130 miliar itu untuk lima provinsi.', 'The US$130 billion loan is for five provinces.')).toEqual([]);
    expect(check('id-en', 'Kamis (8/9/2016) harga turun 5 persen.', 'On Thursday, September 8, 2016, prices fell 5 percent.')).toEqual([]);
    // A numeric English date the weekday settles is read month/day: 9/8/2016 was a Thursday.
    expect(check('id-en', 'Kamis (8/9/2016) harga turun.', 'Prices fell on Thursday (9/8/2016).')).toEqual([]);
    expect(check('en-id', 'The loan of US$130 billion was signed on September 8, 2016.', 'Pinjaman US$ 130 miliar itu diteken pada 8 September 2016.')).toEqual([]);
    // A range may become two figures.
    expect(check('id-en', 'Harganya Rp 6.200 hingga Rp 6.500 per kilogram.', 'The price is between Rp 6,200 and Rp 6,500 per kilogram.')).toEqual([]);
  });

  it('number-mismatch: another value, either direction', () => {
    expect(check('id-en', 'Sebanyak 27 warga dievakuasi.', 'A total of 72 residents were evacuated.')).toEqual(['number-mismatch 27 | 72']);
    expect(check('en-id', 'The company employs 4,600 couriers.', 'Perusahaan itu mempekerjakan 6.400 kurir.')).toEqual(['number-mismatch 4,600 | 6.400']);
  });

  it('magnitude-mismatch: miliar read as million, billion as juta', () => {
    expect(check('id-en', 'Bantuan senilai Rp 4,2 miliar disiapkan.', 'Aid worth Rp 4.2 million is being prepared.')).toEqual(['magnitude-mismatch Rp 4,2 miliar | Rp 4.2 million']);
    expect(check('en-id', 'The firm is valued at US$1.2 billion.', 'Perusahaan itu bernilai US$ 1,2 juta.')).toEqual(['magnitude-mismatch US$1.2 billion | US$ 1,2 juta']);
  });

  it('money-mismatch: another amount or another currency', () => {
    expect(check('id-en', 'Tarif naik menjadi Rp 5.000.', 'The fare rises to Rp 6,000.')).toEqual(['money-mismatch Rp 5.000 | Rp 6,000']);
    expect(check('en-id', 'A loan of US$400 million was approved.', 'Pinjaman Rp 400 juta disetujui.')).toEqual(['money-mismatch US$400 million | Rp 400 juta']);
  });

  it('percent-mismatch: another percentage', () => {
    expect(check('id-en', 'Inflasi pangan mencapai 4,7 persen.', 'Food inflation reached 7.4 percent.')).toEqual(['percent-mismatch 4,7 persen | 7.4 percent']);
    expect(check('en-id', 'Revenue grew 38 percent.', 'Pendapatan tumbuh 83%.')).toEqual(['percent-mismatch 38 percent | 83%']);
  });

  it('date-mismatch: another day, a changed weekday, a missing date', () => {
    expect(check('id-en', 'Sidang digelar pada 21 November 2024.', 'The hearing will be held on November 12, 2024.')).toEqual(['date-mismatch 21 November 2024 | November 12, 2024']);
    expect(check('id-en', 'Longsor terjadi Rabu (5/2/2025) dini hari.', 'The landslide hit early on Thursday (5/2/2025).')).toEqual(['date-mismatch Rabu | Thursday']);
    expect(check('en-id', 'The route opened on Tuesday (22/7/2025).', 'Rute itu dibuka pada Rabu (22/7/2025).')).toEqual(['date-mismatch Tuesday | Rabu']);
    expect(check('en-id', 'Applications close on 28 February 2025.', 'Pendaftaran ditutup akhir bulan.')).toEqual(['date-mismatch 28 February 2025 | -']);
    // "Minggu" (also "week") is Sunday in a translation from English.
    expect(check('en-id', 'The museum is open from Tuesday to Sunday.', 'Museum buka dari Selasa hingga Minggu.')).toEqual([]);
  });

  it('number-missing: a figure of the source is nowhere in the target, but words and multiples count', () => {
    expect(check('id-en', 'Produksi turun dari 61.300 ton.', 'Output fell from the year before.')).toEqual(['number-missing 61.300 | -']);
    expect(check('en-id', 'The office will add four more villages.', 'Dinas itu akan menambah desa lain.')).toEqual(['number-missing four | -']);
    expect(check('id-en', 'Ia dituntut tujuh tahun penjara.', 'He faces a seven-year prison sentence.')).toEqual([]);
    expect(check('id-en', 'Kasus naik hampir dua kali lipat.', 'Cases nearly doubled.')).toEqual([]);
  });
});

describe('names', () => {
  it('name-missing: a person, company or place of the source dropped from the target', () => {
    expect(check('id-en', 'Ketua kelompok tani, Yusuf Maulana, mengatakan panen turun.', 'The head of the farmers group said the harvest fell.')).toEqual(['name-missing Yusuf Maulana | -']);
    expect(check('en-id', 'Chief executive Laras Wibisono said the money would be used for warehouses.', 'Direktur utama mengatakan dana itu dipakai untuk gudang.')).toEqual(['name-missing Laras Wibisono | -']);
  });

  it('does not ask for words a translation translates: titles, offices, places with English names, acronyms that change', () => {
    expect(check('id-en', 'Menteri Keuangan Sri Wahyuni berbicara di Jawa Barat.', 'Finance Minister Sri Wahyuni spoke in West Java.')).toEqual([]);
    expect(check('id-en', 'Pinjaman Bank Dunia dan bantuan PBB tiba di AS.', 'A World Bank loan and UN aid arrived in the US.')).toEqual([]);
    expect(check('id-en', 'Mahkamah Konstitusi memutus perkara di 17 TPS-TPS itu.', 'The Constitutional Court ruled on the 17 polling stations.')).toEqual([]);
    expect(check('id-en', 'Harga Kopi Robusta Naik Tajam', 'Robusta Coffee Prices Rise Sharply')).toEqual([]);
  });
});

describe('glossary', () => {
  const terms = [term('pupuk bersubsidi', 'subsidised fertiliser', ['subsidized manure']), term('kawasan konservasi', 'conservation area')];

  it('glossary-term-missing: the glossary translation is not used', () => {
    expect(check('id-en', 'Petani menerima pupuk bersubsidi.', 'Farmers received cheap fertiliser.', terms)).toEqual(['glossary-term-missing pupuk bersubsidi | -']);
    expect(check('en-id', 'It is part of a conservation area.', 'Itu bagian dari kawasan lindung.', terms)).toEqual(['glossary-term-missing conservation area | -']);
    expect(check('id-en', 'Petani menerima pupuk bersubsidi.', 'Farmers received subsidised fertiliser.', terms)).toEqual([]);
  });

  it('glossary-forbidden: a forbidden variant in the target', () => {
    const found = idEn('Petani menerima pupuk bersubsidi.', 'Farmers received subsidized manure.', terms);
    expect(shown(found, 'Petani menerima pupuk bersubsidi.', 'Farmers received subsidized manure.')).toContain('glossary-forbidden - | subsidized manure');
    expect(found.find((f) => f.rule === 'glossary-forbidden')).toMatchObject({ kind: 'glossary', params: { preferred: 'subsidised fertiliser' } });
    const back = [term('hutan bakau', 'mangrove forest', [], ['hutan mangrove'])];
    expect(check('en-id', 'They replanted the mangrove forest.', 'Mereka menanam kembali hutan mangrove.', back)).toContain('glossary-forbidden - | hutan mangrove');
  });
});

describe('untranslated text', () => {
  it('untranslated: the target is the source', () => {
    const s = 'Majelis hakim meminta terdakwa hadir tepat waktu.';
    expect(check('id-en', s, s)).toEqual([`untranslated ${s} | ${s}`]);
    const e = 'The judges asked the defendant to arrive on time.';
    expect(check('en-id', e, e)).toEqual([`untranslated ${e} | ${e}`]);
    // A line both languages write alike is not untranslated.
    expect(check('id-en', 'Jakarta, 5/2/2025', 'Jakarta, 5/2/2025')).toEqual([]);
  });

  it('untranslated: an engine echoed the source with a label, or answered in the source language', () => {
    const s = 'Pedagang di Pasar Kosambi menjual beras Rp 13.500 per kilogram.';
    expect(check('id-en', s, `[EN] ${s}`)).toEqual([`untranslated ${s} | [EN] ${s}`]);
    const reworded = 'Para pedagang Pasar Kosambi menjual beras seharga Rp 13.500 sekilo.';
    expect(check('id-en', s, reworded)).toEqual([`untranslated ${s} | ${reworded}`]);
    // A real translation that keeps the names and the amount is fine.
    expect(check('id-en', s, 'Traders at Kosambi Market sell rice at Rp 13,500 per kilogram.')).toEqual([]);
  });

  it('source-language-left: a run of source-language words inside the target', () => {
    expect(check('id-en', 'Warga diminta menguras bak mandi dan menutup tempat penampungan air.', 'Residents were asked to drain their bathtubs dan menutup tempat penampungan air.')).toEqual([
      'source-language-left - | dan menutup tempat penampungan', // "air" is English too: left out of the span
    ]);
    expect(check('en-id', 'Applications open in January and close at the end of February.', 'Pendaftaran dibuka pada Januari and closes at the end of February.')).toEqual([
      'source-language-left - | and closes at the end of February',
    ]);
    // A loanword or an English name is not text left behind.
    expect(check('en-id', 'The startup released a new roadmap.', 'Perusahaan rintisan itu merilis roadmap baru.')).toEqual([]);
  });
});

describe('punctuation and spacing', () => {
  it('unbalanced-quotes and unbalanced-brackets only when the source is balanced', () => {
    expect(check('id-en', '"Kami siap," kata Ratna.', '"We are ready, Ratna said.')).toEqual(['unbalanced-quotes - | "']);
    expect(check('en-id', '“We are ready,” Ratna said.', '“Kami siap, kata Ratna.')).toEqual(['unbalanced-quotes - | “']);
    expect(check('id-en', 'Andi Pratama (pengacara) hadir.', 'Andi Pratama (the lawyer attended.')).toEqual(['unbalanced-brackets - | (']);
    expect(check('en-id', 'Passengers rose (by 5 percent).', 'Penumpang naik 5 persen).')).toEqual(['unbalanced-brackets - | )']);
    // A quote running over several sentences is open in both: nothing to report.
    expect(check('id-en', '"Kami siap.', '"We are ready.')).toEqual([]);
  });

  it('spacing: double spaces, a space before punctuation, leading and trailing spaces unlike the source', () => {
    expect(check('id-en', 'Harga naik, kata dia.', 'Prices rose , he said.')).toEqual(['spacing - |  ,']);
    expect(check('en-id', 'Prices rose, he said.', 'Harga naik,  katanya.')).toEqual(['spacing - |   ']);
    expect(check('id-en', 'Harga naik.', ' Prices rose.')).toEqual(['spacing - |  ']);
    expect(check('id-en', 'Harga naik. ', 'Prices rose.')).toEqual(['spacing   | ']);
    expect(check('id-en', '"Kami rugi," katanya.', '"We will lose money, " he said.')).toEqual(['spacing - |  ']);
    // An ellipsis and a decimal are not a space before punctuation; an opening quote may follow a space.
    expect(check('id-en', 'Ia berkata, "Kami siap."', 'He said, "We are ready."')).toEqual([]);
    expect(check('id-en', 'Kami ... tidak tahu.', 'We ... do not know.')).toEqual([]);
  });

  it('empty-target: nothing translated yet, in both directions', () => {
    expect(check('id-en', 'Harga naik.', '  ')).toEqual(['empty-target Harga naik. | -']);
    expect(check('en-id', 'Prices rose.', '')).toEqual(['empty-target Prices rose. | -']);
    expect(check('en-id', '', '')).toEqual([]);
  });
});

describe('findings', () => {
  it('carry an English message, params for the UI, and the kind of their rule', () => {
    const [f] = idEn('Bantuan senilai Rp 4,2 miliar disiapkan.', 'Aid worth Rp 4.2 million is being prepared.');
    expect(f).toMatchObject({ kind: 'translation', rule: 'magnitude-mismatch', params: { source: 'Rp 4,2 miliar', target: 'Rp 4.2 million' } });
    expect(f!.message).toMatch(/scale word/);
  });
});
