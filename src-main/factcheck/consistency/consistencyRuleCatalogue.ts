/**
 * The consistency rules (checkConsistency.ts), documented for the editor's popover and the Settings
 * list in both UI languages, like the style catalogue (src-main/proofreading/styleRules/ruleCatalogue.ts).
 * Every rule applies to both text languages and is listed once per language with that language's
 * example; switching the id off switches off both.
 */
import type { Lang } from '../../../src-preload/contract/domain.ts';
import type { RuleInfo } from '../../proofreading/finding.ts';

function rules(lang: Lang): RuleInfo[] {
  const ex = (id: { wrong: string; right: string }, en: { wrong: string; right: string }) => (lang === 'id' ? id : en);
  return [
    {
      id: 'consistency.name-variant',
      kind: 'consistency',
      lang,
      title: { id: 'Nama ditulis dua cara', en: 'Name written two ways' },
      explanation: {
        id: 'Orang atau lembaga yang sama ditulis dengan ejaan berbeda di artikel yang sama. Dua nama dianggap sama bila ejaannya mirip dan konteksnya cocok (nama depan, jabatan, atau lembaga yang sama); dua orang yang diperkenalkan dengan jabatan berbeda tidak ditandai. Saran: ejaan yang paling sering dipakai.',
        en: 'The same person or organisation is spelled differently in one article. Two names count as one when the spellings are close and the context agrees (the same first name, role or organisation); two people introduced with different roles are not flagged. The suggestion is the spelling used most.',
      },
      example: ex(
        { wrong: 'Menteri Keuangan Sri Mulyani hadir. Kata Sri Mulyan, anggaran cukup.', right: 'Menteri Keuangan Sri Mulyani hadir. Kata Sri Mulyani, anggaran cukup.' },
        { wrong: 'Finance Minister Sri Mulyani attended. Sri Mulyan said the budget was enough.', right: 'Finance Minister Sri Mulyani attended. Sri Mulyani said the budget was enough.' },
      ),
    },
    {
      id: 'consistency.acronym-expansion',
      kind: 'consistency',
      lang,
      title: { id: 'Singkatan tidak cocok', en: 'Acronym does not match' },
      explanation: {
        id: 'Singkatan harus cocok dengan kepanjangannya dan dengan bentuk lain lembaga yang sama: "Komisi Pemberantasan Korupsi (KPP)" seharusnya KPK; "Badan Pusat Statistik (BPS)" lalu "BSP" tertukar hurufnya; "Kemenkominfo" adalah kementerian, sedangkan menterinya "Menkominfo". Nama asing yang diterjemahkan, seperti "Organisasi Kesehatan Dunia (WHO)", tidak ditandai.',
        en: 'An acronym must match its expansion and the other forms of the same body: "Komisi Pemberantasan Korupsi (KPP)" should be KPK; "Badan Pusat Statistik (BPS)" then "BSP" swaps letters; "Kemenkominfo" is the ministry while its minister is "Menkominfo". A translated foreign name such as "World Health Organization" glossed in another language is not flagged.',
      },
      example: ex(
        { wrong: 'Data Badan Pusat Statistik (BPS) dirilis. Kepala BSP menjelaskan.', right: 'Data Badan Pusat Statistik (BPS) dirilis. Kepala BPS menjelaskan.' },
        { wrong: 'The Corruption Eradication Commission (CEK) opened a case.', right: 'The Corruption Eradication Commission (CEC) opened a case.' },
      ),
    },
    {
      id: 'consistency.quantity-mismatch',
      kind: 'consistency',
      lang,
      title: { id: 'Angka yang sama berbeda nilai', en: 'Same figure, different values' },
      explanation: {
        id: 'Jumlah yang sama disebut dua kali dengan nilai berbeda: benda yang dihitung sama ("12 korban" lalu "21 korban") atau pokok yang sama sebelum uang atau persen ("ekspor ... US$ 130 miliar" lalu "ekspor ... US$ 103 miliar"). Angka untuk tahun, bulan, target, rata-rata, atau perubahan yang berbeda tidak dibandingkan; "tahun lalu" dihitung dari tahun tanggal artikel.',
        en: 'The same quantity is stated twice with different values: the same counted noun ("12 victims" then "21 victims") or the same subject before money or a percentage ("exports ... $130 billion" then "exports ... $103 billion"). Figures for another year, month, target, average or a change are not compared; "last year" counts from the year of the article\'s date.',
      },
      example: ex(
        { wrong: 'Sebanyak 12 korban dievakuasi.\n\nPetugas mendata 21 korban di lokasi.', right: 'Sebanyak 12 korban dievakuasi.\n\nPetugas mendata 12 korban di lokasi.' },
        { wrong: 'Rescuers found 12 victims.\n\nThe police counted 21 victims at the site.', right: 'Rescuers found 12 victims.\n\nThe police counted 12 victims at the site.' },
      ),
    },
    {
      id: 'consistency.total-mismatch',
      kind: 'consistency',
      lang,
      title: { id: 'Total tidak sama dengan rinciannya', en: 'Total does not match its parts' },
      explanation: {
        id: 'Total yang disebut tidak sama dengan jumlah rinciannya, misalnya "45 orang: 20 pria dan 15 wanita" atau "total Rp 10 miliar, terdiri dari Rp 6 miliar dan Rp 5 miliar". Daftar yang hanya sebagian ("termasuk", "antara lain") tidak dijumlahkan.',
        en: 'A stated total differs from the sum of its listed parts, as in "45 people: 20 men and 15 women" or "a total of $10 million, consisting of $6 million and $5 million". Partial lists ("including", "among them") are not added up.',
      },
      example: ex(
        { wrong: 'Korban berjumlah 45 orang: 20 pria dan 15 wanita.', right: 'Korban berjumlah 35 orang: 20 pria dan 15 wanita.' },
        { wrong: 'The fund holds $10 million, consisting of $6 million and $5 million in grants.', right: 'The fund holds $11 million, consisting of $6 million and $5 million in grants.' },
      ),
    },
    {
      id: 'consistency.speaker-unintroduced',
      kind: 'consistency',
      lang,
      title: { id: 'Narasumber belum diperkenalkan', en: 'Speaker not introduced' },
      explanation: {
        id: 'Kutipan diatribusikan kepada nama yang belum pernah disebut dengan nama lengkap atau jabatannya ("kata Dimas" tanpa "Dimas Pratama" atau "Ketua RT Dimas" sebelumnya). Pembaca perlu tahu siapa yang berbicara.',
        en: 'A quote is attributed to a name never given earlier with a full name or role ("Smith said" with no "John Smith" or "Mayor Smith" before). Readers need to know who is speaking.',
      },
      example: ex(
        { wrong: '"Kami siap," kata Dimas.', right: '"Kami siap," kata Ketua RT Dimas Pratama.' },
        { wrong: '"We are ready," Smith said.', right: '"We are ready," Mayor John Smith said.' },
      ),
    },
    {
      id: 'consistency.term-variant',
      kind: 'consistency',
      lang,
      title: { id: 'Satu istilah, beberapa ejaan', en: 'One term, several spellings' },
      explanation: {
        id: 'Kata yang sama ditulis dengan ejaan berbeda (e-commerce, eCommerce, ecommerce; Covid-19 dan COVID-19; 3M-Plus dan 3M Plus). Pilih satu; saran adalah bentuk yang paling sering dipakai. Sinonim seperti "online" dan "daring" bukan varian ejaan.',
        en: 'One word is spelled several ways (e-commerce, eCommerce, ecommerce; Covid-19 and COVID-19; 3M-Plus and 3M Plus). Pick one; the suggestion is the form used most. Synonyms such as "online" and "daring" are not spelling variants.',
      },
      example: ex(
        { wrong: 'Penjualan e-commerce naik. Pelaku e-commerce senang, tetapi ecommerce kecil tertinggal.', right: 'Penjualan e-commerce naik. Pelaku e-commerce senang, tetapi e-commerce kecil tertinggal.' },
        { wrong: 'E-commerce sales rose. Big e-commerce firms gained while small ecommerce shops lost.', right: 'E-commerce sales rose. Big e-commerce firms gained while small e-commerce shops lost.' },
      ),
    },
    {
      id: 'date.relative',
      kind: 'date',
      lang,
      title: { id: 'Hari tidak cocok dengan tanggal di dekatnya', en: 'Day does not match the dates around it' },
      explanation: {
        id: 'Tanggal relatif ("sehari sebelumnya", "dua hari kemudian", "kemarin") harus cocok dengan hari atau tanggal yang disebut bersamanya, dihitung dari tanggal sebelumnya; begitu pula nama hari di samping tanggal tanpa tahun ("Jumat itu, 8 September") dengan tanggal yang sama yang disebut lebih dulu.',
        en: 'A relative date ("the day before", "two days later", "yesterday") must match the weekday or date stated with it, counted from the date before it; likewise a weekday next to a date without a year ("that Friday, September 8") must match the same date given earlier.',
      },
      example: ex(
        { wrong: 'Rapat digelar Kamis (8/9/2016). Sehari sebelumnya, Selasa, panitia bersiap.', right: 'Rapat digelar Kamis (8/9/2016). Sehari sebelumnya, Rabu, panitia bersiap.' },
        { wrong: 'The vote was on Thursday, September 8, 2016. The day before, Tuesday, staff prepared.', right: 'The vote was on Thursday, September 8, 2016. The day before, Wednesday, staff prepared.' },
      ),
    },
  ];
}

export const consistencyRuleCatalogue: readonly RuleInfo[] = [...rules('id'), ...rules('en')];
