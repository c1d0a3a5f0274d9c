import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import { checkValues } from '../checkValues.ts';
import { findingKinds, type Finding } from '../finding.ts';
import { checkStyle, styleRuleIds } from './checkStyle.ts';
import { ruleCatalogue } from './ruleCatalogue.ts';

const check = (text: string, lang: Lang = 'id', ui: 'id' | 'en' = 'en') => checkStyle(text, lang, { uiLanguage: ui });
const rulesOf = (findings: Finding[]) => findings.map((f) => f.rule);
const only = (text: string, rule: string, lang: Lang = 'id') => check(text, lang).filter((f) => f.rule === rule);

function expectOffsets(text: string, findings: Finding[]) {
  for (const f of findings) expect(f.text).toBe(text.slice(f.start, f.end));
}

/** Applies the first suggestion of every finding (right to left), as "apply fix" in the editor would. */
function applyFixes(text: string, findings: Finding[]): string {
  let out = text;
  for (const f of [...findings].sort((a, b) => b.start - a.start)) {
    if (f.suggestions[0] !== undefined) out = out.slice(0, f.start) + f.suggestions[0] + out.slice(f.end);
  }
  return out;
}

// Written for this test: a news paragraph (~220 words) full of di-/ke- words used correctly, words that
// merely start with di/ke (dilema, diskusi, kepala, keluarga, kemarin, kedua), EYD V figures and quotes.
const cleanIndonesian = `Pemerintah Kabupaten Sleman menyampaikan bahwa perbaikan jembatan di Jalan Kaliurang ditargetkan selesai pada akhir bulan ini. Kepala Dinas Pekerjaan Umum, yang ditemui di kantornya pada Senin pagi, mengatakan bahwa pekerjaan itu sempat ditunda karena hujan deras. Menurut dia, material dikirim dari Klaten dan disimpan di gudang di sekitar lokasi proyek. Warga yang tinggal di dekat jembatan diminta berhati-hati ketika melintas, terutama di malam hari. Sejumlah pedagang di pasar mengaku omzet mereka turun karena pembeli enggan datang ke sana.
Dinas juga telah menyiapkan jalur alternatif ke arah utara, dan petugas ditempatkan di setiap persimpangan untuk mengatur kendaraan. Keluarga korban kecelakaan bulan lalu berharap kejadian serupa tidak terulang. "Kami hanya ingin anak-anak bisa pergi ke sekolah dengan aman," kata seorang ibu yang rumahnya berada di tepi sungai. Diskusi antara warga dan pemerintah desa dilanjutkan kemarin di balai desa.
Dalam pertemuan itu, direktur perusahaan kontraktor menjelaskan bahwa anggaran proyek sebesar Rp4,5 miliar dipakai untuk memperkuat fondasi dan mengganti pagar pembatas (sekitar 120 meter). Ia menambahkan bahwa kualitas pekerjaan diawasi oleh konsultan independen dan hasilnya akan diumumkan kepada masyarakat di mana pun mereka tinggal. Ketua RT setempat menilai langkah itu tepat, meskipun dilema antara keselamatan dan kelancaran ekonomi masih terasa. Ke depan, pemerintah daerah akan membangun jembatan kedua di sebelah timur agar beban lalu lintas terbagi dan inflasi daerah tetap di bawah 3,5 persen.`;

const cleanEnglish = `The district government said on Monday that repairs to the bridge on Kaliurang Road should be finished by the end of the month. An official from the public works agency, interviewed in his office, said the work had been delayed by an hour-long storm and a union dispute. Materials worth Rp 4.5 billion, or about US$290,000, were stored in a warehouse near the site. "We only want the children to get to school safely," said a mother who lives by the river (a few metres from the bridge). Growth in the area reached 5.08 percent last year, an unusual figure for a European visitor to hear about.`;

describe('checkStyle on clean text', () => {
  it('finds nothing in a correct Indonesian news paragraph', () => {
    const findings = check(cleanIndonesian);
    expect(findings.map((f) => `${f.rule} ${f.text}`)).toEqual([]);
    expect(cleanIndonesian.split(/\s+/).length).toBeGreaterThan(200);
  });

  it('finds nothing in a correct English news paragraph', () => {
    expect(check(cleanEnglish, 'en').map((f) => `${f.rule} ${f.text}`)).toEqual([]);
  });

  it('returns nothing for empty text', () => {
    expect(check('')).toEqual([]);
  });
});

// Written for this test: news copy with datelines, quotes, abbreviations, e-mail and web addresses,
// times, scores, list markers and figures in both conventions - everything the rules must not flag.
const newsIndonesian = `JAKARTA, CONTOHBERITA.id - Menteri Keuangan Ratna Kusumawati mengatakan, defisit anggaran pada 2025 diperkirakan mencapai 2,53 persen terhadap produk domestik bruto (PDB). Hal itu disampaikannya dalam konferensi pers di Kementerian Keuangan, Jakarta, Rabu (5/2/2025).
"Kami tetap berhati-hati dalam mengelola belanja negara," ujar Ratna. Ia menambahkan, penerimaan pajak hingga akhir Januari tercatat Rp 88,9 triliun atau turun 41,8 persen dibandingkan periode yang sama tahun lalu.
Menurut dia, penurunan itu disebabkan oleh beberapa faktor, antara lain harga komoditas yang melemah serta restitusi pajak yang meningkat. Di sisi lain, belanja pemerintah pusat naik menjadi Rp 1.250,5 miliar.
Baca juga: Harga Beras Naik, Pedagang di Pasar Induk Mengeluh
Sementara itu, Direktur Jenderal Pajak Surya Pratama menjelaskan bahwa sistem Coretax yang baru diluncurkan masih mengalami kendala. Pihaknya meminta maaf kepada wajib pajak dan berjanji memperbaiki sistem tersebut secepatnya.
Kepala Badan Pusat Statistik (BPS) juga mencatat inflasi tahunan sebesar 0,76% pada Januari 2025. Angka ini lebih rendah dibanding Desember 2024 yang sebesar 1,57%. Kedua pejabat itu dijadwalkan bertemu dengan Komisi XI DPR di gedung parlemen, Senayan, pekan depan.
Di tengah kondisi itu, sejumlah ekonom menilai pemerintah perlu mewaspadai dampak kebijakan tarif Amerika Serikat. "Kita harus siap-siap," kata ekonom Universitas Indonesia, Dr. Fauzan, di Depok, Kamis (6/2/2025).
Warga di Kecamatan Cibinong, Kabupaten Bogor, mengaku kesulitan mendapatkan gas elpiji 3 kg. Mereka harus antre berjam-jam di pangkalan. Seorang warga, Siti (45), mengatakan ia sudah mencari ke tiga pangkalan namun tidak mendapatkannya. Ketua RT 05/RW 02 setempat dikabarkan telah melapor ke kelurahan. Program itu disebut-sebut sebagai andalan; di antaranya bantuan langsung tunai (BLT) senilai Rp600.000 per keluarga. Apakah kebijakan itu efektif? Wallahualam. Hubungi kami di redaksi@contohberita.id atau kunjungi https://contohberita.id/tag/ekonomi. Data: BPS, Kemenkeu; diolah. Skor akhir 2-1 untuk Persija, dengan gol di menit ke-89. Jalan Jenderal Sudirman No. 5, Jakarta Pusat. Ia lulus S-2 pada 2010. Dia diangkat menjadi Dirut PT ABC Tbk. sejak 1 Maret. Ia di-PHK pekan lalu. Pukul 09.00 WIB rapat dimulai. Keberangkatan kereta pukul 14.30.`;

const newsEnglish = `JAKARTA (Redaksi) - Indonesia's finance minister said on Wednesday, Feb. 5, 2025, that the budget deficit would reach 2.53% of GDP, a level she called "manageable." An official at the ministry, who asked not to be named, said tax revenue fell 41.8% to Rp 88.9 trillion ($5.4 billion) in January.
"We remain cautious," she told reporters. The U.S. tariffs are a concern; an MP from the ruling party said the government had had enough time to prepare. Shares of PT Bank Central Asia Tbk rose 1.2 percent at 10:30 a.m. local time (0330 GMT).
A university study, published by a one-man think tank, found that an 18-year-old earns about $1,250 a month. Is it enough? Many say no. See www.bps.go.id or e-mail info@example.org for details. The score was 2-1. It was a historic day for an NGO, a UN agency and an FBI-trained unit, she said ... and then left. A 4.5-magnitude quake hit at 3 p.m. The report (pages 4-5) lists "key risks" [sic].`;

describe('checkStyle on realistic news copy', () => {
  it('finds nothing in Indonesian news copy, which writes "Rp 88,9" with a space as most newsrooms do', () => {
    expect(check(newsIndonesian).map((f) => `${f.rule} ${f.text}`)).toEqual([]);
  });

  it('finds no wrong weekday or malformed number in either article', () => {
    expect(checkValues(newsIndonesian, 'id')).toEqual([]);
    expect(checkValues(newsEnglish, 'en')).toEqual([]);
  });

  it('finds nothing in English wire copy', () => {
    expect(check(newsEnglish, 'en').map((f) => `${f.rule} ${f.text}`)).toEqual([]);
  });
});

describe('rule catalogue', () => {
  const valueRuleIds = ['date.weekday', 'number.malformed'];

  it('documents every rule checkStyle runs, in its language, and nothing else', () => {
    for (const lang of ['id', 'en'] as const) {
      const documented = ruleCatalogue.filter((r) => r.lang === lang).map((r) => r.id);
      expect(documented.sort()).toEqual([...styleRuleIds(lang), ...valueRuleIds].sort());
    }
  });

  it('has a title and an explanation in both UI languages and a known kind', () => {
    for (const r of ruleCatalogue) {
      for (const field of [r.title, r.explanation]) {
        expect(field.id.length, r.id).toBeGreaterThan(3);
        expect(field.en.length, r.id).toBeGreaterThan(3);
        expect(field.id, r.id).not.toBe(field.en);
      }
      expect(findingKinds).toContain(r.kind);
    }
  });

  it.each(ruleCatalogue.map((r) => [r.id, r.lang, r] as const))('%s (%s): the wrong example is caught and the right one is clean', (id, lang, r) => {
    const run = (text: string) =>
      valueRuleIds.includes(id) ? checkValues(text, lang) : checkStyle(text, lang, { uiLanguage: 'id' });
    const wrong = run(r.example.wrong);
    expect(rulesOf(wrong)).toContain(id);
    for (const f of wrong) expect(f.kind, f.rule).toBe(ruleCatalogue.find((x) => x.id === f.rule)!.kind);
    expect(run(r.example.right).map((f) => `${f.rule} ${f.text}`)).toEqual([]);
  });

  it('applying the suggestions to a wrong example gives the right example (where the fix is mechanical)', () => {
    const mechanical = ['id.di-place', 'id.di-verb', 'id.compound-affixed', 'id.bound-form', 'id.nonstandard', 'id.number-format',
      'id.currency-space', 'id.percent-space', 'en.a-an', 'en.number-format', 'en.percent-space', 'id.space-after-punctuation',
      'en.space-after-punctuation', 'id.doubled-space', 'en.doubled-space', 'en.doubled-word'];
    for (const id of mechanical) {
      const r = ruleCatalogue.find((x) => x.id === id)!;
      const findings = checkStyle(r.example.wrong, r.lang, { uiLanguage: 'en' });
      expect(applyFixes(r.example.wrong, findings), id).toBe(r.example.right);
    }
  });
});

describe('options', () => {
  const text = 'Warga dihimbau datang kerumah  ketua.';

  it('switches a rule off by id and leaves the others on', () => {
    expect(rulesOf(check(text))).toEqual(['id.nonstandard', 'id.di-place', 'id.doubled-space']);
    const off = checkStyle(text, 'id', { uiLanguage: 'en', disabled: new Set(['id.di-place', 'id.doubled-space']) });
    expect(rulesOf(off)).toEqual(['id.nonstandard']);
  });

  it('writes messages in the UI language asked for', () => {
    const [inId] = checkStyle('Ia tinggal dirumah.', 'id', { uiLanguage: 'id' });
    const [inEn] = checkStyle('Ia tinggal dirumah.', 'id', { uiLanguage: 'en' });
    expect(inId!.message).toContain('ditulis terpisah');
    expect(inEn!.message).toContain('written apart');
    expect(inId!.suggestions).toEqual(inEn!.suggestions);
  });

  it('uses a nonstandard table given by the caller', () => {
    const findings = checkStyle('Kami makan gorengan.', 'id', { uiLanguage: 'en', nonstandard: new Map([['gorengan', 'gorengan-baku']]) });
    expect(findings.map((f) => f.suggestions[0])).toEqual(['gorengan-baku']);
  });

  it('returns findings sorted by position with offsets into the text', () => {
    const messy = 'Laporan di tulis  dirumah , lalu di sampaikan kepada  Rp. 5.000 orang orang (tanpa resiko.';
    const findings = check(messy);
    expectOffsets(messy, findings);
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(findings.length).toBeGreaterThanOrEqual(9);
  });

  it('does not run Indonesian rules on English text or English rules on Indonesian text', () => {
    expect(rulesOf(check('They met dirumah with a hour to spare.', 'en'))).toEqual(['en.a-an']);
    expect(rulesOf(check('Ia membaca a buku dirumah.', 'id'))).toEqual(['id.di-place']);
  });
});

describe('id.compound-affixed', () => {
  it.each([
    ['Proyek itu dilatar belakangi krisis.', 'dilatar belakangi', 'dilatarbelakangi'],
    ['Laporan pertanggung jawaban dibacakan.', 'pertanggung jawaban', 'pertanggungjawaban'],
    ['Kontrak ditanda tangani Senin.', 'ditanda tangani', 'ditandatangani'],
    ['Hasilnya diberi tahukan kepada warga.', 'diberi tahukan', 'diberitahukan'],
    ['Dana itu disalah gunakan.', 'disalah gunakan', 'disalahgunakan'],
    ['Kasus itu ditindak-lanjuti polisi.', 'ditindak-lanjuti', 'ditindaklanjuti'],
    ['Laporan pertanggung jawabannya terlambat.', 'pertanggung jawabannya', 'pertanggungjawabannya'],
    ['Pasar dilanda ketidak pastian.', 'ketidak pastian', 'ketidakpastian'],
    ['Ia gemar olah raga.', 'olah raga', 'olahraga'],
    ['DITANDA TANGANI', 'DITANDA TANGANI', 'DITANDATANGANI'],
    ['Kontrak di tanda tangani Senin.', 'di tanda tangani', 'ditandatangani'],
  ])('%j: %j -> %j', (text, wrong, right) => {
    const f = only(text, 'id.compound-affixed');
    expect(f.map((x) => [x.text, x.suggestions[0]])).toEqual([[wrong, right]]);
  });

  it.each([
    'Ia bertanggung jawab atas proyek itu.',
    'Kepala desa bertanda tangan di bawah ini.',
    'Latar belakang kasus itu rumit.',
    'Mereka mengambil alih kantor itu.',
    'Surat itu ditandatangani dan dilatarbelakangi niat baik.',
    'Tanda tangan gubernur dipalsukan.',
    'Kerja sama kedua negara diperpanjang.',
    'Ia diberi tahu kemarin.',
  ])('leaves %j alone', (text) => {
    expect(only(text, 'id.compound-affixed')).toEqual([]);
  });
});

describe('id.bound-form', () => {
  it.each([
    ['Bantuan pasca gempa tiba.', 'pasca gempa', 'pascagempa'],
    ['Pegawai non-aktif dipanggil.', 'non-aktif', 'nonaktif'],
    ['Angkutan antar kota penuh.', 'antar kota', 'antarkota'],
    ['Lembaga nir laba itu.', 'nir laba', 'nirlaba'],
    ['Siswa tuna netra belajar.', 'tuna netra', 'tunanetra'],
  ])('%j: %j -> %j', (text, wrong, right) => {
    expect(only(text, 'id.bound-form').map((x) => [x.text, x.suggestions[0]])).toEqual([[wrong, right]]);
  });

  it.each([
    'Warga non-Muslim ikut membantu.',
    'Layanan antar jemput tersedia.',
    'Harga ikan tuna segar naik.',
    'Ia kembali pasca-2020.',
    'Kondisi pascagempa membaik.',
    'Tri Rismaharini hadir.',
  ])('leaves %j alone', (text) => {
    expect(only(text, 'id.bound-form')).toEqual([]);
  });
});

describe('English numerals in Indonesian copy, without touching times, sections, versions or decimals of units', () => {
  it('leaves these alone', () => {
    for (const text of ['Rapat dimulai pukul 10.30 WIB.', 'Lihat Pasal 3.2 ayat satu.', 'Versi iOS 17.4 dirilis kemarin.', 'Beratnya 4,250 kilogram.', 'Nilainya 5,08 persen.']) {
      expect(check(text).filter((f) => f.kind === 'number'), text).toEqual([]);
    }
  });
});

describe('number formatting in Indonesian', () => {
  it.each([
    ['Biayanya 1,250,000 rupiah.', 'id.number-format', '1,250,000', '1.250.000'],
    ['Inflasi 3.5 persen.', 'id.number-format', '3.5', '3,5'],
    ['Inflasi naik 3.5%.', 'id.number-format', '3.5', '3,5'],
    ['Utang US$ 1.5 miliar.', 'id.number-format', '1.5', '1,5'],
    ['Nilainya 1,250,000.75 rupiah.', 'id.number-format', '1,250,000.75', '1.250.000,75'],
    ['Harganya Rp  5.000.', 'id.currency-space', 'Rp  5.000', 'Rp 5.000'],
    ['Harganya Rp. 5.000.', 'id.currency-space', 'Rp. 5.000', 'Rp 5.000'],
    ['Harganya Rp.5.000.', 'id.currency-space', 'Rp.5.000', 'Rp5.000'],
    ['Hadiahnya US $ 18.000.', 'id.currency-space', 'US $', 'US$'],
    ['Lebih dari 4,200 anak ikut.', 'id.number-format', '4,200', '4.200'],
    ['Hadiahnya US$ 250,000.', 'id.number-format', '250,000', '250.000'],
    ['Naik menjadi 10.4 pukulan per reli.', 'id.number-format', '10.4', '10,4'],
    ['Sepanjang 12.5 kilometer jalan rusak.', 'id.number-format', '12.5', '12,5'],
    ['Naik 5 %.', 'id.percent-space', '5 %', '5%'],
    ['Naik 5persen.', 'id.percent-space', '5persen', '5 persen'],
  ])('%j: %s %j -> %j', (text, rule, wrong, right) => {
    expect(only(text, rule).map((x) => [x.text, x.suggestions[0], x.kind])).toEqual([[wrong, right, 'number']]);
  });

  it.each([
    'Rapat dimulai pukul 10.30 WIB.',
    'Lihat Pasal 3.2 undang-undang itu.',
    'Versi 2.0 dirilis.',
    'Harganya Rp5.000,00 atau 1.250 orang.',
    'Inflasi 3,5 persen, naik 5%.',
    'Nilainya IDR 5.000 dan USD 130.',
    'Sebanyak 1.250.000 warga.',
    'Pertumbuhan 5 persen.',
  ])('leaves %j alone', (text) => {
    expect(check(text).filter((f) => f.kind === 'number')).toEqual([]);
  });
});

describe('number formatting in English', () => {
  it.each([
    ['Growth was 5,08 percent.', 'en.number-format', '5,08', '5.08'],
    ['Sales were 1.250.000 units.', 'en.number-format', '1.250.000', '1,250,000'],
    ['A cost of $ 2,5 million.', 'en.number-format', '2,5', '2.5'],
    ['The ratio was 5,08 last year.', 'en.number-format', '5,08', '5.08'],
    ['Up 5 %.', 'en.percent-space', '5 %', '5%'],
  ])('%j: %s %j -> %j', (text, rule, wrong, right) => {
    expect(only(text, rule, 'en').map((x) => [x.text, x.suggestions[0]])).toEqual([[wrong, right]]);
  });

  it.each(['Growth was 5.08 percent on 1,250,000 units.', 'See pages 5,6 and 7.', 'It costs Rp 1.250 a cup.'])('leaves %j alone', (text) => {
    expect(check(text, 'en').filter((f) => f.kind === 'number')).toEqual([]);
  });
});

describe('spacing and punctuation', () => {
  it.each([
    ['id', 'Ia datang , lalu pergi.', 'id.space-before-punctuation', ' ,', ','],
    ['id', 'Benarkah ?', 'id.space-before-punctuation', ' ?', '?'],
    ['id', 'Catatan : rapat batal.', 'id.space-before-punctuation', ' :', ':'],
    ['en', 'Really ?', 'en.space-before-punctuation', ' ?', '?'],
    ['id', 'Ia pergi ( tanpa pamit).', 'id.space-before-punctuation', '( ', '('],
    ['id', 'Harga naik,lalu turun.', 'id.space-after-punctuation', ',', ', '],
    ['id', 'Harga naik.Ia kecewa.', 'id.space-after-punctuation', '.', '. '],
    ['en', 'Prices rose;then fell.', 'en.space-after-punctuation', ';', '; '],
    ['id', 'Harga  cabai naik.', 'id.doubled-space', '  ', ' '],
    ['en', 'Chilli   prices rose.', 'en.doubled-space', '   ', ' '],
  ] as const)('%s %j: %s', (lang, text, rule, wrong, fix) => {
    expect(only(text, rule, lang).map((x) => [x.text, x.suggestions[0]])).toEqual([[wrong, fix]]);
  });

  it('finds both spaces in "( kata ) ."', () => {
    expect(only('Ia pergi ( tanpa pamit ) .', 'id.space-before-punctuation').map((f) => f.text)).toEqual(['( ', ' )', ' .']);
  });

  it.each([
    'Ia menunggu ... lalu pergi.',
    'Skor akhir 2 : 1 untuk tuan rumah.',
    'Nilainya 0,5 dan 5,08 persen.',
    'Kunjungi KOMPAS.com atau kominfo.go.id hari ini.',
    'Gelar S.H. dan M.Si. diraihnya.',
    'Ia tersenyum :) lalu pergi.',
    '    Baris menjorok ke dalam.',
    'Akhir baris dengan spasi   \nlalu baris baru.',
    'Pukul 10:30 rapat dimulai.',
  ])('leaves %j alone', (text) => {
    expect(check(text).filter((f) => /space/.test(f.rule))).toEqual([]);
  });

  it.each([
    ['id', 'Rumah yang yang terbakar.', 'yang yang', ['yang']],
    ['id', 'Milik anak anak yatim.', 'anak anak', ['anak-anak', 'anak']],
    ['id', 'Itu bukan bukan urusannya.', 'bukan bukan', ['bukan-bukan', 'bukan']],
    ['id', 'Yang yang hadir.', 'Yang yang', ['Yang']],
    ['en', 'The the report.', 'The the', ['The']],
    ['en', 'It was in in the box.', 'in in', ['in']],
  ] as const)('%s %j: doubled %j', (lang, text, wrong, fixes) => {
    expect(only(text, `${lang}.doubled-word`, lang).map((x) => [x.text, x.suggestions])).toEqual([[wrong, fixes]]);
  });

  it.each([
    ['id', 'Anak-anak bermain.'],
    ['id', 'Mereka berlibur ke Bora Bora.'],
    ['id', 'Ia berkata yang\nyang lain diam.'],
    ['en', 'What she had had was enough.'],
    ['en', 'He said that that was fine.'],
    ['en', 'Walla Walla is a city.'],
  ] as const)('%s: leaves %j alone', (lang, text) => {
    expect(only(text, `${lang}.doubled-word`, lang)).toEqual([]);
  });

  it.each([
    ['id', '"Kami siap, kata ketua.', '"'],
    ['id', 'Ketua KPU (Komisi Pemilihan Umum menolak.', '('],
    ['id', 'Ia menolak) tanpa alasan.', ')'],
    ['id', 'Ia berkata “kami siap.', '“'],
    ['en', 'The chair (of the panel said no.', '('],
    ['en', 'She said "no.', '"'],
  ] as const)('%s %j: unbalanced %j', (lang, text, mark) => {
    expect(only(text, `${lang}.unbalanced`, lang).map((x) => x.text)).toEqual([mark]);
  });

  it('judges each paragraph on its own', () => {
    expect(only('Ia berkata "siap\nlalu "pergi" ke sana.', 'id.unbalanced').map((f) => f.start)).toEqual([11]);
  });

  it.each([
    '"Kami siap," kata ketua (yang baru).',
    'Ia berkata “kami siap” lalu pergi.',
    'Ia berkata ”kami siap” lalu pergi.',
    'a) pertama\nb) kedua',
    '1) satu\n2) dua',
    'Ia tersenyum :) lalu pergi.',
    'Sebut saja [nama disamarkan] (45).',
    'Jum’at itu ia datang, katanya ia tak’kan lupa.',
  ])('leaves %j alone', (text) => {
    expect(only(text, 'id.unbalanced')).toEqual([]);
  });
});
