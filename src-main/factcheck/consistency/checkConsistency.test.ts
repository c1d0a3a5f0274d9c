import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import { parseValues } from '../../language/parseValues.ts';
import { splitSentences } from '../../language/splitSentences.ts';
import { tokenize } from '../../language/tokenize.ts';
import type { Finding } from '../../proofreading/finding.ts';
import { checkConsistency, consistencyRuleIds } from './checkConsistency.ts';
import { consistencyRuleCatalogue } from './consistencyRuleCatalogue.ts';

const run = (text: string, lang: Lang = 'id', ui: 'id' | 'en' = 'en') => checkConsistency(text, lang, { uiLanguage: ui });
const of = (text: string, rule: string, lang: Lang = 'id') => run(text, lang).filter((f) => f.rule === rule);
/** "here" -> "there" pairs, as a reader of the panel would see them. */
const pairs = (findings: Finding[]) => findings.map((f) => `${f.text} -> ${f.related?.text}`);

function expectSpans(text: string, findings: Finding[]) {
  for (const f of findings) {
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.related, f.rule).toBeDefined();
    expect(f.related!.text).toBe(text.slice(f.related!.start, f.related!.end));
  }
}

describe('consistency.name-variant', () => {
  const rule = 'consistency.name-variant';

  it('flags the rarer spelling of one person, pointing at the dominant one (id)', () => {
    const text = 'Menteri Komunikasi dan Informatika Rudiantara membuka forum itu.\n\n"Kami siap," kata Rudiantara.\n\nNamun Rudianto mengakui target belum tercapai.';
    const found = of(text, rule);
    expect(pairs(found)).toEqual(['Rudianto -> Rudiantara']);
    expect(found[0]!.suggestions).toEqual(['Rudiantara']);
    expect(found[0]!.kind).toBe('consistency');
    expectSpans(text, found);
    const id = checkConsistency(text, 'id', { uiLanguage: 'id' }).find((f) => f.rule === rule)!;
    expect(id.message).toBe('Ditulis "Rudianto" di sini, tetapi "Rudiantara" di paragraf 1; pilih satu ejaan nama.');
  });

  it('pairs a surname one letter short when the first name is shared (id and en)', () => {
    expect(pairs(of('Menteri Keuangan Sri Mulyani hadir. Sri Mulyan lalu pulang lebih awal.', rule))).toEqual(['Mulyan -> Mulyani']);
    expect(pairs(of('Finance Minister Sri Mulyani spoke first. Later Sri Mulyan left the hall.', rule, 'en'))).toEqual(['Mulyan -> Mulyani']);
  });

  it('flags every use of the wrong spelling, each pointing at the first use of the right one', () => {
    const text = 'Gubernur Hapsari Wulandari datang. Hapsari meninjau lokasi. Hapsary lalu berpidato. Hapsari pulang. Hapsary kembali.';
    expect(pairs(of(text, rule))).toEqual(['Hapsary -> Hapsari', 'Hapsary -> Hapsari']);
  });

  it('does not pair two people introduced with different roles or different other names', () => {
    expect(of('Budi, seorang petani, datang pagi. Budiman, guru SD setempat, datang siang.', rule)).toEqual([]);
    expect(of('Presiden Joko Widodo bertemu Ketua DPR Joko Susilo.', rule)).toEqual([]);
    expect(of('Ekonom Budi Susanto dan peneliti Rina Susanti berbeda pendapat.', rule)).toEqual([]);
    expect(of('Analyst Maria Jensen disagreed with economist Paul Jansen.', rule, 'en')).toEqual([]);
  });

  it('does not pair a place with the adjective made from it, or a name with a longer one it starts', () => {
    expect(of('Indonesian officials met in Jakarta. Indonesia will host the summit.', rule, 'en')).toEqual([]);
    expect(of('Direktur PT Sarana Jaya hadir di Jayapura. Kantor Jaya di Jayapura sudah dibuka.', rule)).toEqual([]);
  });

  it('reads a role across a comma only when it opens the clause', () => {
    const text = 'Kepala Dinas Perdagangan Hendra Wiratmaja hadir.\n\nMenanggapi permintaan petani, Hendra Wiratmadja berjanji.';
    expect(pairs(of(text, rule))).toEqual(['Wiratmadja -> Wiratmaja']);
  });
});

describe('consistency.acronym-expansion', () => {
  const rule = 'consistency.acronym-expansion';

  it('flags an expansion whose initials do not fit the acronym, suggesting the initials', () => {
    const text = 'Komisi Pemberantasan Korupsi (KPP) memeriksa tiga saksi.';
    const found = of(text, rule);
    expect(pairs(found)).toEqual(['KPP -> Komisi Pemberantasan Korupsi']);
    expect(found[0]!.suggestions).toEqual(['KPK']);
    expectSpans(text, found);
    expect(pairs(of('The Corruption Eradication Commission (CEK) opened a case.', rule, 'en'))).toEqual(['CEK -> Corruption Eradication Commission']);
  });

  it('flags a later acronym with the defined one\'s letters swapped', () => {
    const text = 'Menurut Badan Pusat Statistik (BPS), inflasi turun.\n\nKepala BSP menjelaskan angkanya.';
    const found = of(text, rule);
    expect(pairs(found)).toEqual(['BSP -> Badan Pusat Statistik (BPS)']);
    expect(found[0]!.suggestions).toEqual(['BPS']);
  });

  it('flags the ministry acronym used for the minister', () => {
    const text = 'Menkominfo Rudiantara membuka acara.\n\nKemenkominfo Rudiantara lalu menyerahkan hadiah.';
    const found = of(text, rule);
    expect(pairs(found)).toEqual(['Kemenkominfo -> Menkominfo']);
    expect(found[0]!.suggestions).toEqual(['Menkominfo']);
  });

  it('accepts right expansions, translated names and the ministry as an institution', () => {
    const clean = [
      'Organisasi Kesehatan Dunia (WHO) dan Dana Moneter Internasional (IMF) memberi peringatan.',
      'Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) serta Kepala Badan Pusat Statistik (BPS) hadir.',
      'Menkominfo Rudiantara menyebut Kemenkominfo akan menutup situs itu.',
      'BPS dan BPK sama-sama merilis laporan.',
    ];
    for (const text of clean) expect(of(text, rule), text).toEqual([]);
    expect(of('The Association of Southeast Asian Nations (ASEAN) met.', rule, 'en')).toEqual([]);
  });
});

describe('consistency.quantity-mismatch', () => {
  const rule = 'consistency.quantity-mismatch';

  it('flags money for the same subject stated with another value (id and en)', () => {
    const text = 'Nilai ekspor Indonesia ke China mencapai US$ 130 miliar.\n\nPemerintah menyebut ekspor ke China sebesar US$ 103 miliar.';
    const found = of(text, rule);
    expect(pairs(found)).toEqual(['US$ 103 miliar -> US$ 130 miliar']);
    expectSpans(text, found);
    expect(pairs(of('Exports to China reached $130 billion.\n\nOfficials put exports to China at $103 billion.', rule, 'en'))).toEqual(['$103 billion -> $130 billion']);
  });

  it('flags a count of the same noun stated with another value', () => {
    expect(pairs(of('Sebanyak 12 korban dibawa ke rumah sakit.\n\nPetugas mengevakuasi 21 korban dari lokasi.', rule))).toEqual(['21 -> 12']);
    expect(pairs(of('Rescuers pulled 12 victims from the rubble.\n\nThe police said 21 victims were taken to hospital.', rule, 'en'))).toEqual(['21 -> 12']);
  });

  it('leaves different subjects, different nouns and different times alone', () => {
    const clean = [
      'Nilai ekspor mencapai US$ 130 miliar. Adapun nilai impor sebesar US$ 103 miliar.',
      'Sebanyak 12 korban tewas dalam kecelakaan itu. Sebanyak 21 korban luka dirawat.',
      'Sebanyak 12 korban dievakuasi. Ada 12 korban luka di lokasi lain.',
      'Pada 2019 ekspor mencapai US$ 130 miliar. Pada 2020 ekspor turun menjadi US$ 103 miliar.',
      'Target ekspor US$ 130 miliar. Realisasi ekspor baru US$ 103 miliar.',
      'Proyek itu butuh 3 tahun. Proyek lain selesai dalam 5 tahun.',
      'Anggaran pendidikan desa mencapai Rp 5 miliar. Adapun anggaran kesehatan desa Rp 3 miliar.',
      'Kapal berkapasitas 300 penumpang itu berangkat. Pada pelayaran perdana, kapal mengangkut 268 penumpang.',
      'Dari 20 bus itu, 14 bus melayani rute bandara dan 6 bus menjadi cadangan.',
    ];
    for (const text of clean) expect(of(text, rule), text).toEqual([]);
    expect(of('Exports rose to $130 billion in 2021. In 2020 exports were $103 billion.', rule, 'en')).toEqual([]);
  });

  it('counts "last year" from the year of the article\'s date and compares it with that year written out', () => {
    const en = 'The port authority released its annual report on Monday, June 2, 2025. The terminal handled 4.2 million containers in 2024.\n\nIts director later said the terminal handled 4.6 million containers last year.';
    const found = of(en, rule, 'en');
    expect(pairs(found)).toEqual(['4.6 million -> 4.2 million']);
    expectSpans(en, found);
    const id = 'Otoritas pelabuhan merilis laporan tahunan pada Senin (2/6/2025). Terminal itu melayani 4,2 juta peti kemas pada 2024.\n\nDirekturnya mengatakan terminal melayani 4,6 juta peti kemas tahun lalu.';
    expect(pairs(of(id, rule))).toEqual(['4,6 juta -> 4,2 juta']);
    // "This year" is the article's year, and still agrees with a figure that names no time.
    const thisYear = 'The report came out on Monday, June 2, 2025. The terminal handled 4.2 million containers this year.\n\nThe terminal handled 4.6 million containers.';
    expect(pairs(of(thisYear, rule, 'en'))).toEqual(['4.6 million -> 4.2 million']);
  });

  it('leaves "last year" alone without a dated article, beside another year, or beside a figure with no time', () => {
    const clean = [
      // No date says which year the story is from.
      'The terminal handled 4.2 million containers in 2024.\n\nIts director said the terminal handled 4.6 million containers last year.',
      // 2025's "last year" is 2024, not 2023.
      'The report came out on Monday, June 2, 2025. The terminal handled 4.2 million containers in 2023.\n\nThe terminal handled 4.6 million containers last year.',
      // A figure with no time of its own may be this year's.
      'The report came out on Monday, June 2, 2025. The terminal handles 4.2 million containers.\n\nThe terminal handled 4.6 million containers last year.',
    ];
    for (const text of clean) expect(of(text, rule, 'en'), text).toEqual([]);
  });

  it('reads a verb before a figure as its base word when the article writes that word (en and id)', () => {
    const en = 'Volunteers patrolled 60 kilometres, the organisers said.\n\nThe patrol covered 65 kilometres, according to the police.';
    expect(pairs(of(en, rule, 'en'))).toEqual(['65 -> 60']);
    const id = 'Petani di Kecamatan Sukamaju memanen 1.250 hektare sawah pekan ini.\n\nDinas Pertanian mencatat panen mencapai 1.520 hektare.';
    expect(pairs(of(id, rule))).toEqual(['1.520 -> 1.250']);
  });

  it('reads the noun after a count with a magnitude word, and leaves counts in words alone', () => {
    const text = 'Smelter itu memproduksi 1,9 juta ton feronikel pada 2024.\n\nProduksi 2,1 juta ton feronikel pada 2024 itu diekspor.';
    expect(pairs(of(text, rule))).toEqual(['2,1 juta -> 1,9 juta']);
    expect(of('Gelombang setinggi 2,5 meter melanda pantai barat.\n\nKapal ditahan bila gelombang lebih dari tiga meter.', rule)).toEqual([]);
  });

  it('does not read a verb as a subject when its base word is never written', () => {
    expect(of('Rangers patrolled 60 kilometres on foot.\n\nThe survey covered 65 kilometres.', rule, 'en')).toEqual([]);
    expect(of('Petani memanen 1.250 hektare sawah.\n\nDinas mencatat tanam mencapai 1.520 hektare.', rule)).toEqual([]);
  });
});

describe('consistency.total-mismatch', () => {
  const rule = 'consistency.total-mismatch';

  it('flags a total its parts do not add up to, pointing at the parts', () => {
    const text = 'Korban berjumlah 45 orang: 20 pria dan 15 wanita.';
    const found = of(text, rule);
    expect(pairs(found)).toEqual(['45 -> 20 pria dan 15']);
    expect(found[0]!.message).toBe('The parts (20 + 15) add up to 35, not 45.');
    expect(pairs(of('Dana total Rp 10 miliar, terdiri dari Rp 6 miliar dan Rp 5 miliar.', rule))).toEqual(['Rp 10 miliar -> Rp 6 miliar dan Rp 5 miliar']);
    expect(pairs(of('The fund holds $10 million, consisting of $6 million and $5 million in grants.', rule, 'en'))).toEqual(['$10 million -> $6 million and $5 million']);
    expect(pairs(of('Sebanyak 20 pria dan 15 wanita, total 45 orang, mengungsi.', rule))).toEqual(['45 -> 20 pria dan 15']);
    expect(pairs(of('Dari 312 kasus tersebut, 180 pasien adalah anak-anak dan 122 pasien orang dewasa.', rule))).toEqual(['312 -> 180 pasien adalah anak-anak dan 122']);
  });

  it('finds the total a later breakdown refers back to ("kursi itu")', () => {
    const text = 'Tahun ini tersedia 1.200 kursi di sebelas sekolah.\n\nKursi itu dibagi ke tiga jalur: 600 kursi jalur zonasi, 360 kursi jalur afirmasi, dan 180 kursi jalur prestasi.';
    expect(pairs(of(text, rule))).toEqual(['1.200 -> 600 kursi jalur zonasi, 360 kursi jalur afirmasi, dan 180']);
  });

  it('accepts totals that add up and partial lists', () => {
    const clean = [
      'Korban berjumlah 35 orang: 20 pria dan 15 wanita.',
      'Dana total Rp 11 miliar, terdiri dari Rp 6 miliar dan Rp 5 miliar.',
      'Dari 45 orang, termasuk 20 pria dan 15 wanita, sebagian sudah pulang.',
      'Dana Rp 1,5 triliun terdiri atas Rp 1 triliun dan Rp 500 miliar.',
    ];
    for (const text of clean) expect(of(text, rule), text).toEqual([]);
  });
});

describe('date.relative', () => {
  const rule = 'date.relative';

  it('flags a weekday after a relative date that is not the day it implies, with the fix', () => {
    const text = 'Rapat digelar Kamis (8/9/2016). Sehari sebelumnya, Selasa, panitia bersiap.';
    const found = of(text, rule);
    expect(pairs(found)).toEqual(['Sehari sebelumnya, Selasa -> Kamis (8/9/2016)']);
    expect(found[0]!.kind).toBe('date');
    expect(found[0]!.suggestions).toEqual(['Sehari sebelumnya, Rabu']);
    expectSpans(text, found);
    const en = of('The vote was on Thursday, September 8, 2016. Two days later, Sunday, the count ended.', rule, 'en');
    expect(pairs(en)).toEqual(['Two days later, Sunday -> Thursday, September 8, 2016']);
    expect(en[0]!.suggestions).toEqual(['Two days later, Saturday']);
  });

  it('flags a weekday next to a date without a year that an earlier mention settles', () => {
    const text = 'Banjir datang Kamis (8/9/2016).\n\nPada hari Jumat itu, 8 September, hujan turun deras.';
    const found = of(text, rule);
    expect(pairs(found)).toEqual(['Jumat -> Kamis (8/9/2016)']);
    expect(found[0]!.suggestions).toEqual(['Kamis']);
  });

  it('accepts relative dates that fit and leaves same-span weekdays to date.weekday', () => {
    const clean = [
      'Rapat digelar Kamis (8/9/2016). Sehari sebelumnya, Rabu, panitia bersiap.',
      'Banjir datang Kamis (8/9/2016). Pada hari Kamis itu, 8 September, hujan turun.',
      'Rapat digelar Selasa (8/9/2016).',
    ];
    for (const text of clean) expect(of(text, rule), text).toEqual([]);
  });
});

describe('consistency.speaker-unintroduced', () => {
  const rule = 'consistency.speaker-unintroduced';

  it('flags a bare name attributed a quote, pointing at the quote (id and en)', () => {
    const text = 'Warga mulai mengungsi. "Air naik cepat sekali," kata Dimas.';
    const found = of(text, rule);
    expect(pairs(found)).toEqual(['Dimas -> "Air naik cepat sekali,"']);
    expectSpans(text, found);
    expect(pairs(of('Residents left early. "The water rose fast," Smith said.', rule, 'en'))).toEqual(['Smith -> "The water rose fast,"']);
  });

  it('accepts speakers introduced earlier or at the quote with a full name or a role', () => {
    const clean = [
      'Ketua RT Dimas Pratama memimpin evakuasi. "Air naik cepat," kata Dimas.',
      'Dimas, warga Cilincing, membantu tetangga. "Air naik cepat," ujar Dimas.',
      '"Air naik cepat," kata Dimas Pratama.',
      '"Air naik cepat," kata Menteri Hapsari.',
      '"Air naik cepat," katanya.',
    ];
    for (const text of clean) expect(of(text, rule), text).toEqual([]);
    expect(of('Mayor John Smith toured the site. "The water rose fast," Smith said.', rule, 'en')).toEqual([]);
    expect(of('The company said Monday that "the plant is safe".', rule, 'en')).toEqual([]);
  });
});

describe('consistency.term-variant', () => {
  const rule = 'consistency.term-variant';

  it('flags minority spellings of one word and suggests the dominant one', () => {
    const text = 'Penjualan e-commerce naik. Pelaku e-commerce senang, tetapi eCommerce kecil dan ecommerce lokal tertinggal.';
    const found = of(text, rule);
    expect(pairs(found)).toEqual(['eCommerce -> e-commerce', 'ecommerce -> e-commerce']);
    expect(found.map((f) => f.suggestions[0])).toEqual(['e-commerce', 'e-commerce']);
    expect(pairs(of('Covid-19 cases rose. Covid-19 wards filled and COVID-19 tests ran out.', rule, 'en'))).toEqual(['COVID-19 -> Covid-19']);
  });

  it('does not treat synonyms, sentence case or title case as variants', () => {
    const clean = [
      'Belanja online naik. Belanja daring juga naik.',
      'Presiden Joko hadir. Sebagai presiden, ia berpidato.',
      'Ekonomi tumbuh. Pertumbuhan ekonomi stabil.',
      'JAKARTA, KOMPAS.com - Banjir melanda Jakarta.',
    ];
    for (const text of clean) expect(of(text, rule), text).toEqual([]);
  });

  it('compares letters and digits, so a hyphen or space between the parts of a term is a variant', () => {
    // "4G-Max" is the number "4" and the word "G-Max" to the tokenizer; "4G Max" two terms apart.
    const text = 'Operator itu memperluas jaringan 4G Max ke 30 kota.\n\nPelanggan paket 4G-Max mendapat kuota tambahan.';
    const found = of(text, rule);
    expect(pairs(found)).toEqual(['4G-Max -> 4G Max']);
    expect(found[0]!.suggestions).toEqual(['4G Max']);
    expectSpans(text, found);
    expect(pairs(of('Covid-19 wards filled up. Two Covid-19 clinics opened, and a Covid 19 hotline too.', rule, 'en'))).toEqual(['Covid 19 -> Covid-19']);
  });

  it('does not pair terms whose letters and digits differ, open forms of long compounds, or a number before a hyphen', () => {
    const clean = [
      'Paket 4G Max dijual di 30 kota. Paket 4G-Mini dijual di desa.',
      'Paket 4G Max dijual di 30 kota. Paket 5G Max menyusul.',
      'The records are up to date. The team keeps an up-to-date list.',
      'Runners started a 10-km race. Walkers covered 10 km.',
    ];
    for (const text of clean) expect(of(text, rule, text.startsWith('Paket') ? 'id' : 'en'), text).toEqual([]);
  });
});

describe('checkConsistency', () => {
  it('reads the tokens, sentences and values a caller already has instead of computing them again', () => {
    const text = 'Nilai ekspor Indonesia ke China mencapai US$ 130 miliar.\n\nPemerintah menyebut ekspor ke China sebesar US$ 103 miliar.';
    const tokens = tokenize(text, { lang: 'id' });
    const sentences = splitSentences(text, { tokens });
    const values = parseValues(text, { lang: 'id', tokens });
    expect(checkConsistency(text, 'id', { uiLanguage: 'en', tokens, sentences, values })).toEqual(run(text));
    expect(run(text)).toHaveLength(1);
    // The values given are the ones used: without them there is no figure to compare.
    expect(checkConsistency(text, 'id', { uiLanguage: 'en', tokens, sentences, values: [] })).toEqual([]);
  });

  it('finds nothing in a clean article', () => {
    const text = [
      'JAKARTA, KOMPAS.com - Menteri Perdagangan Rina Hapsari menargetkan ekspor ke China mencapai US$ 130 miliar tahun ini.',
      '"Kami optimistis," kata Rina di Jakarta, Kamis (8/9/2016). Sehari sebelumnya, Rabu, ia bertemu Kepala Badan Pusat Statistik (BPS) Ahmad Fauzi.',
      'Menurut Fauzi, ekspor ke China sudah mencapai US$ 130 miliar. BPS mencatat 45 perusahaan: 30 swasta dan 15 BUMN.',
    ].join('\n\n');
    expect(run(text).map((f) => `${f.rule} ${f.text}`)).toEqual([]);
  });

  it('switches rules off by id', () => {
    const text = 'Menteri Keuangan Sri Mulyani hadir. Sri Mulyan lalu pulang. "Ya," kata Dimas.';
    expect(run(text).map((f) => f.rule).sort()).toEqual(['consistency.name-variant', 'consistency.speaker-unintroduced']);
    expect(checkConsistency(text, 'id', { disabled: new Set(['consistency.name-variant']) }).map((f) => f.rule)).toEqual(['consistency.speaker-unintroduced']);
  });

  it('writes messages in the UI language', () => {
    const text = 'Komisi Pemberantasan Korupsi (KPP) memeriksa saksi.';
    expect(checkConsistency(text, 'id', { uiLanguage: 'id' })[0]!.message).toMatch(/^Singkatan "KPP" tidak cocok/);
    expect(checkConsistency(text, 'id', { uiLanguage: 'en' })[0]!.message).toMatch(/^The acronym "KPP" does not match/);
  });
});

describe('consistencyRuleCatalogue', () => {
  it('documents every rule in both text languages', () => {
    for (const lang of ['id', 'en'] as const) {
      expect(consistencyRuleCatalogue.filter((r) => r.lang === lang).map((r) => r.id).sort()).toEqual([...consistencyRuleIds].sort());
    }
  });

  it.each(consistencyRuleCatalogue.map((r) => [r.id, r.lang, r] as const))('%s (%s): the wrong example is caught and the right one is clean', (id, lang, r) => {
    const wrong = checkConsistency(r.example.wrong, lang, { uiLanguage: 'id' });
    expect(wrong.map((f) => f.rule)).toContain(id);
    for (const f of wrong) expect(f.kind).toBe(r.kind);
    expect(checkConsistency(r.example.right, lang).map((f) => `${f.rule} ${f.text}`)).toEqual([]);
  });
});
