/**
 * Every style, number and date rule, documented for the editor's popover and the Settings list in
 * both UI languages. Rule ids are stable (they appear in `redaksi check --json` and in the list of
 * switched-off rules). `date.weekday` and `number.malformed` apply to both languages and are listed
 * once per language, because their examples differ; switching the id off switches off both.
 */
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { RuleInfo } from '../finding.ts';

export const ruleCatalogue: readonly RuleInfo[] = [
  {
    id: 'id.di-place',
    kind: 'style',
    lang: 'id',
    title: { id: 'Kata depan di/ke ditulis terpisah', en: 'Preposition di/ke written apart' },
    explanation: {
      id: 'Kata depan "di" dan "ke" ditulis terpisah dari kata yang mengikutinya, terutama tempat, arah, dan waktu: di rumah, ke sekolah, di mana, ke mana, di sini, di antara, di Jakarta, di mana pun.',
      en: 'The prepositions "di" and "ke" are written apart from the word after them, above all places, directions and times: di rumah, ke sekolah, di mana, ke mana, di sini, di antara, di Jakarta, di mana pun.',
    },
    example: { wrong: 'Rapat digelar dikantor gubernur, entah kemana arahnya.', right: 'Rapat digelar di kantor gubernur, entah ke mana arahnya.' },
  },
  {
    id: 'id.di-verb',
    kind: 'style',
    lang: 'id',
    title: { id: 'Awalan di- ditulis serangkai', en: 'Prefix di- joined to the verb' },
    explanation: {
      id: 'Awalan di- pada kata kerja pasif ditulis serangkai dengan kata dasarnya: ditulis, disampaikan, dijual, diperbaiki. Bedakan dengan kata depan "di" (di rumah).',
      en: 'The passive prefix di- is written joined to its verb: ditulis, disampaikan, dijual, diperbaiki. Do not confuse it with the preposition "di" (di rumah).',
    },
    example: { wrong: 'Laporan itu di sampaikan kemarin dan di tulis ulang.', right: 'Laporan itu disampaikan kemarin dan ditulis ulang.' },
  },
  {
    id: 'id.compound-affixed',
    kind: 'style',
    lang: 'id',
    title: { id: 'Gabungan kata berimbuhan ditulis serangkai', en: 'Affixed compounds written as one word' },
    explanation: {
      id: 'Gabungan kata yang mendapat awalan dan akhiran sekaligus ditulis serangkai (ditandatangani, dilatarbelakangi, pertanggungjawaban, ketidakpastian); dengan satu imbuhan saja tetap terpisah (bertanda tangan). Beberapa gabungan memang baku sebagai satu kata (olahraga, kosakata, apabila).',
      en: 'A compound that takes a prefix and a suffix together is written as one word (ditandatangani, dilatarbelakangi, pertanggungjawaban, ketidakpastian); with only one affix it stays apart (bertanda tangan). Some compounds are one word in KBBI anyway (olahraga, kosakata, apabila).',
    },
    example: { wrong: 'Kesepakatan itu ditanda tangani setelah dilatar belakangi krisis.', right: 'Kesepakatan itu ditandatangani setelah dilatarbelakangi krisis.' },
  },
  {
    id: 'id.bound-form',
    kind: 'style',
    lang: 'id',
    title: { id: 'Bentuk terikat ditulis serangkai', en: 'Bound forms joined' },
    explanation: {
      id: 'Bentuk terikat seperti pasca-, pra-, non-, multi-, antar-, swa-, nir-, dan sub- ditulis serangkai dengan kata berikutnya (pascagempa, nonaktif, antarkota). Tanda hubung hanya dipakai sebelum huruf kapital atau angka (non-Indonesia).',
      en: 'Bound forms such as pasca-, pra-, non-, multi-, antar-, swa-, nir- and sub- are joined to the next word (pascagempa, nonaktif, antarkota). A hyphen is used only before a capital or a digit (non-Indonesia).',
    },
    example: { wrong: 'Pegawai non aktif itu membantu warga pasca gempa.', right: 'Pegawai nonaktif itu membantu warga pascagempa.' },
  },
  {
    id: 'id.nonstandard',
    kind: 'style',
    lang: 'id',
    title: { id: 'Bentuk tidak baku', en: 'Nonstandard form' },
    explanation: {
      id: 'Kata yang tidak baku menurut KBBI diganti dengan bentuk bakunya: risiko (bukan resiko), imbau (bukan himbau), miliar (bukan milyar), mengubah (bukan merubah), praktik, izin, zaman, analisis, sistem, provinsi, dan seterusnya.',
      en: 'Words KBBI marks as nonstandard are replaced by the standard form: risiko (not resiko), imbau (not himbau), miliar (not milyar), mengubah (not merubah), praktik, izin, zaman, analisis, sistem, provinsi and more.',
    },
    example: { wrong: 'Warga dihimbau menghindari resiko banjir.', right: 'Warga diimbau menghindari risiko banjir.' },
  },
  {
    id: 'id.number-format',
    kind: 'number',
    lang: 'id',
    title: { id: 'Pemisah ribuan dan desimal', en: 'Thousands and decimal separators' },
    explanation: {
      id: 'Dalam bahasa Indonesia ribuan dipisah dengan titik dan desimal dengan koma: 1.250.000 dan 3,5 persen, bukan 1,250,000 dan 3.5 persen. Angka dengan satu pemisah hanya diperiksa bila diikuti satuan, persen, atau besaran, atau didahului mata uang, karena 10.30 bisa berarti jam.',
      en: 'Indonesian separates thousands with "." and decimals with ",": 1.250.000 and 3,5 persen, not 1,250,000 and 3.5 persen. A number with one separator is checked only before a unit, percent or magnitude, or after a currency, because 10.30 may be a time.',
    },
    example: { wrong: 'Inflasi 3.5 persen menaikkan biaya menjadi 1,250,000 rupiah.', right: 'Inflasi 3,5 persen menaikkan biaya menjadi 1.250.000 rupiah.' },
  },
  {
    id: 'id.currency-space',
    kind: 'number',
    lang: 'id',
    title: { id: 'Lambang mata uang tanpa titik', en: 'Currency symbol without a dot' },
    explanation: {
      id: 'Lambang mata uang ditulis tanpa titik ("Rp", bukan "Rp."). EYD V menulisnya rapat dengan angka (Rp5.000,00, US$130) dan banyak redaksi memberi satu spasi (Rp 5.000); keduanya diterima, tetapi titik dan spasi ganda tidak. Kode mata uang (IDR, USD) tetap diberi spasi.',
      en: 'A currency symbol has no dot ("Rp", not "Rp."). EYD V writes it against the amount (Rp5.000,00, US$130) and many newsrooms put one space (Rp 5.000); both are accepted, a dot or a double space is not. Currency codes (IDR, USD) keep their space.',
    },
    example: { wrong: 'Harganya Rp. 5.000 atau Rp.7.500.', right: 'Harganya Rp 5.000 atau Rp7.500.' },
  },
  {
    id: 'id.percent-space',
    kind: 'number',
    lang: 'id',
    title: { id: 'Penulisan persen', en: 'Writing percentages' },
    explanation: {
      id: 'Tanda % ditulis rapat dengan angkanya (5%), sedangkan kata "persen" dipisah dengan spasi (5 persen).',
      en: 'The % sign is written against its number (5%), while the word "persen" is separated by a space (5 persen).',
    },
    example: { wrong: 'Harga naik 5 % atau 5persen.', right: 'Harga naik 5% atau 5 persen.' },
  },
  ...shared('id'),
  {
    id: 'en.a-an',
    kind: 'style',
    lang: 'en',
    title: { id: '"a" atau "an"', en: '"a" or "an"' },
    explanation: {
      id: '"an" dipakai sebelum bunyi vokal dan "a" sebelum bunyi konsonan, menurut bunyinya, bukan hurufnya: an hour, a university, a one-off, an MP, an FBI agent, a UN official, an 8-year-old.',
      en: '"an" goes before a vowel sound and "a" before a consonant sound, by sound rather than spelling: an hour, a university, a one-off, an MP, an FBI agent, a UN official, an 8-year-old.',
    },
    example: { wrong: 'It took a hour for an university team to reach a MP.', right: 'It took an hour for a university team to reach an MP.' },
  },
  {
    id: 'en.number-format',
    kind: 'number',
    lang: 'en',
    title: { id: 'Pemisah ribuan dan desimal (Inggris)', en: 'Thousands and decimal separators (English)' },
    explanation: {
      id: 'Dalam bahasa Inggris ribuan dipisah dengan koma dan desimal dengan titik: 1,250,000 dan 5.08 percent, bukan 1.250.000 dan 5,08 percent. Koma dengan dua angka (5,08) selalu ditandai; angka lain dengan satu pemisah hanya bila diikuti satuan, persen, atau besaran, atau didahului mata uang, karena 5,6 bisa berarti daftar.',
      en: 'English separates thousands with "," and decimals with ".": 1,250,000 and 5.08 percent, not 1.250.000 and 5,08 percent. A comma followed by two digits (5,08) is always flagged; other numbers with one separator only before a unit, percent or magnitude, or after a currency, because 5,6 may be a list.',
    },
    example: { wrong: 'Growth was 5,08 percent on sales of 1.250.000 units.', right: 'Growth was 5.08 percent on sales of 1,250,000 units.' },
  },
  {
    id: 'en.percent-space',
    kind: 'number',
    lang: 'en',
    title: { id: 'Penulisan persen (Inggris)', en: 'Writing percentages (English)' },
    explanation: {
      id: 'Tanda % ditulis rapat dengan angkanya (5%), kata "percent" dipisah dengan spasi (5 percent).',
      en: 'The % sign is written against its number (5%), the word "percent" apart from it (5 percent).',
    },
    example: { wrong: 'Prices rose 5 % or 5percent.', right: 'Prices rose 5% or 5 percent.' },
  },
  ...shared('en'),
  ...valueRules('id'),
  ...valueRules('en'),
];

/** The rules both languages have, with their language's examples. */
function shared(lang: Lang): RuleInfo[] {
  const ex = (id: { wrong: string; right: string }, en: { wrong: string; right: string }) => (lang === 'id' ? id : en);
  const tag = (t: { id: string; en: string }) =>
    lang === 'id' ? t : { id: `${t.id} (Inggris)`, en: `${t.en} (English)` };
  return [
    {
      id: `${lang}.space-before-punctuation`,
      kind: 'style',
      lang,
      title: tag({ id: 'Spasi sebelum tanda baca', en: 'Space before punctuation' }),
      explanation: {
        id: 'Tanda koma, titik, titik koma, titik dua, tanda seru, tanda tanya, dan kurung tutup ditulis rapat dengan kata sebelumnya; kurung buka rapat dengan kata sesudahnya. Elipsis (...) boleh didahului spasi.',
        en: 'Commas, full stops, semicolons, colons, exclamation and question marks and closing brackets follow the word without a space; an opening bracket is followed by the word without a space. An ellipsis (...) may have a space before it.',
      },
      example: ex({ wrong: 'Ia datang , lalu pergi ( tanpa pamit ) .', right: 'Ia datang, lalu pergi (tanpa pamit).' }, { wrong: 'She came , then left ( without a word ) .', right: 'She came, then left (without a word).' }),
    },
    {
      id: `${lang}.space-after-punctuation`,
      kind: 'style',
      lang,
      title: tag({ id: 'Spasi sesudah tanda baca', en: 'Space after punctuation' }),
      explanation: {
        id: 'Sesudah koma, titik koma, titik dua, tanda seru, tanda tanya, dan titik akhir kalimat diberi satu spasi. Angka desimal, singkatan (S.H.), dan alamat web tidak terkena aturan ini.',
        en: 'A comma, semicolon, colon, exclamation or question mark and a sentence-ending full stop are followed by a space. Decimals, abbreviations (U.S.) and web addresses are not affected.',
      },
      example: ex({ wrong: 'Harga naik,lalu turun.Ia kecewa.', right: 'Harga naik, lalu turun. Ia kecewa.' }, { wrong: 'Prices rose,then fell.She was upset.', right: 'Prices rose, then fell. She was upset.' }),
    },
    {
      id: `${lang}.doubled-word`,
      kind: 'style',
      lang,
      title: tag({ id: 'Kata ganda', en: 'Doubled word' }),
      explanation: {
        id: 'Kata yang tertulis dua kali berturut-turut biasanya salah ketik ("yang yang"). Bila yang dimaksud kata ulang, tulislah dengan tanda hubung: anak-anak, bukan-bukan. Nama yang berulang (Bora Bora) dibiarkan.',
        en: 'A word written twice in a row is usually a slip ("the the"). Grammatical doubles such as "had had" and "that that" and repeated names (Bora Bora) are left alone; in Indonesian, a reduplication is written with a hyphen (anak-anak).',
      },
      example: ex({ wrong: 'Rumah yang yang terbakar itu milik anak anak yatim.', right: 'Rumah yang terbakar itu milik anak-anak yatim.' }, { wrong: 'The the report was late.', right: 'The report was late.' }),
    },
    {
      id: `${lang}.doubled-space`,
      kind: 'style',
      lang,
      title: tag({ id: 'Spasi ganda', en: 'Doubled space' }),
      explanation: {
        id: 'Di antara kata cukup satu spasi.',
        en: 'One space between words is enough.',
      },
      example: ex({ wrong: 'Harga  cabai naik.', right: 'Harga cabai naik.' }, { wrong: 'Chilli  prices rose.', right: 'Chilli prices rose.' }),
    },
    {
      id: `${lang}.unbalanced`,
      kind: 'style',
      lang,
      title: tag({ id: 'Kurung atau petik tanpa pasangan', en: 'Unbalanced bracket or quote' }),
      explanation: {
        id: 'Setiap kurung buka dan tanda petik pembuka perlu pasangannya di paragraf yang sama. Penanda daftar seperti "a)" atau "1)" di awal baris tidak dihitung.',
        en: 'Every opening bracket and opening quotation mark needs its partner in the same paragraph. List markers such as "a)" or "1)" at the start of a line are not counted.',
      },
      example: ex({ wrong: '"Kami siap, kata Ketua KPU (Komisi Pemilihan Umum.', right: '"Kami siap," kata Ketua KPU (Komisi Pemilihan Umum).' }, { wrong: '"We are ready, said the chair (of the commission.', right: '"We are ready," said the chair (of the commission).' }),
    },
  ];
}

/** Rules that come from parsed values (checkValues.ts). */
function valueRules(lang: Lang): RuleInfo[] {
  return [
    {
      id: 'date.weekday',
      kind: 'date',
      lang,
      title: { id: 'Hari tidak cocok dengan tanggal', en: 'Weekday does not match the date' },
      explanation: {
        id: 'Nama hari yang ditulis di samping tanggal harus hari jatuhnya tanggal itu. Pesan menyebut hari yang benar.',
        en: 'The weekday written next to a date must be the day that date falls on. The message names the right day.',
      },
      example: lang === 'id'
        ? { wrong: 'Rapat digelar Selasa (5/2/2025).', right: 'Rapat digelar Rabu (5/2/2025).' }
        : { wrong: 'The meeting was held on Tuesday, February 5, 2025.', right: 'The meeting was held on Wednesday, February 5, 2025.' },
    },
    {
      id: 'number.malformed',
      kind: 'number',
      lang,
      title: { id: 'Angka salah tulis', en: 'Malformed number' },
      explanation: {
        id: 'Angka yang pemisahnya tidak bisa dibaca dengan cara apa pun: kelompok ribuan selain tiga angka (1.25.000) atau pemisah yang tercampur (1,250.000,5). Nomor versi, pasal, dan alamat IP tidak diperiksa.',
        en: 'A number whose separators cannot be read either way: thousands groups other than three digits (1,25,000) or mixed separators (1.250,000.5). Version, section and IP numbers are not checked.',
      },
      example: lang === 'id'
        ? { wrong: 'Anggarannya Rp1.25.000.', right: 'Anggarannya Rp125.000.' }
        : { wrong: 'The budget was 12,50,000 dollars.', right: 'The budget was 1,250,000 dollars.' },
    },
  ];
}

/** The documentation of a rule for a text language (value rules exist for both). */
export function ruleInfo(id: string, lang?: Lang): RuleInfo | undefined {
  return ruleCatalogue.find((r) => r.id === id && (lang === undefined || r.lang === lang));
}
