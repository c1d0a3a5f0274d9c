import { beforeAll, describe, expect, it } from 'vitest';
import { cliticSplits, parseNonstandardTable, type SpellChecker } from './spellChecker.ts';
import { realSpellChecker } from './testing/realDictionaries.ts';

let checker: SpellChecker;
beforeAll(async () => {
  checker = await realSpellChecker();
}, 120_000);

const flagged = (text: string, lang: 'id' | 'en' = 'id') => checker.checkText(text, lang).map((f) => f.text);

describe('SpellChecker on Indonesian news text', () => {
  it('accepts correct words raw hunspell id_ID rejects (dulu, instruksi, -nya forms, clitics, modern words)', () => {
    const text =
      'Dulu warga hanya menunggu instruksi. Kini pemilu dan pilkada diumumkan secara daring dan luring, ' +
      'warganet mengunggah swafoto, dan videonya viral. Bukunyalah yang kuambil, kauambil, atau dibacanya pun tidak apa-apa.';
    expect(flagged(text)).toEqual([]);
  });

  it('accepts reduplication and hyphenated forms, with clitics', () => {
    expect(flagged('Anak-anak berlari-lari, anak-anaknya bermain bola, sayur-mayur dijual murah-meriah.')).toEqual([]);
    expect(flagged('Dia membeli smartphone-nya kemarin.')).toEqual([]);
  });

  it('rejects non-standard forms even where id_ID has them and suggests the standard form first', () => {
    const findings = checker.checkText('Warga dihimbau menghindari resiko banjir, kata Darmono.', 'id', { suggestions: true });
    expect(findings.map((f) => [f.text, f.rule, f.suggestions[0]])).toEqual([
      ['dihimbau', 'spelling.nonstandard', 'diimbau'],
      ['resiko', 'spelling.nonstandard', 'risiko'],
    ]);
    for (const [bad, good] of [
      ['himbau', 'imbau'],
      ['milyar', 'miliar'],
      ['merubah', 'mengubah'],
      ['nafas', 'napas'],
      ['praktek', 'praktik'],
      ['ijin', 'izin'],
      ['jaman', 'zaman'],
      ['analisa', 'analisis'],
      ['sistim', 'sistem'],
      ['propinsi', 'provinsi'],
      ['apotik', 'apotek'],
      ['antri', 'antre'],
      ['atlit', 'atlet'],
      ['kwalitas', 'kualitas'],
    ]) {
      expect(checker.checkWord(bad!, 'id')).toEqual({ ok: false, rule: 'spelling.nonstandard', standard: good });
      expect(checker.suggest(bad!, 'id')[0]).toBe(good);
    }
    // With clitics and capitals the standard form keeps them.
    expect(checker.suggest('Resikonya', 'id')[0]).toBe('Risikonya');
  });

  it('never suggests a non-standard form', () => {
    for (const typo of ['himbaw', 'resikko', 'imbau', 'milyaar']) {
      const suggestions = checker.suggest(typo, 'id').map((s) => s.toLowerCase());
      for (const bad of ['himbau', 'resiko', 'milyar']) expect(suggestions).not.toContain(bad);
    }
  });

  it('flags misspellings with ranked suggestions', () => {
    expect(checker.suggest('mengunakan', 'id')[0]).toBe('menggunakan');
    expect(checker.suggest('pemerinta', 'id')).toContain('pemerintah');
    expect(checker.suggest('kebijakanya', 'id')).toContain('kebijakannya');
    // An English word in Indonesian text gets English suggestions when Indonesian has none.
    expect(checker.suggest('onlne', 'id')).toContain('online');
    expect(flagged('Pemerintah mengunakan anggran baru.')).toEqual(['mengunakan', 'anggran']);
  });

  it('accepts an English word in Indonesian text, but not the reverse', () => {
    expect(flagged('Dia memakai smartphone untuk streaming dan meeting.')).toEqual([]);
    expect(flagged('The minister spoke to reporters yesterday.', 'en')).toEqual([]);
    expect(flagged('The minister spoke kepada reporters.', 'en')).toEqual(['kepada']);
  });

  it('treats capitalised words inside a sentence as names, short all-caps words as acronyms, digits as fine', () => {
    expect(flagged('Kata Sutarjo dari KPK dan BUMN di Tangerang, Covid-19 menurun 12,5 persen pada 2025.')).toEqual([]);
    // A long all-caps word is a shouted word, not an acronym: it is checked.
    expect(flagged('Ini PEMERINTHAN baru.')).toEqual(['PEMERINTHAN']);
    // A capitalised misspelling at a sentence start is still caught.
    expect(flagged('Pemerinta baru dilantik.')).toEqual(['Pemerinta']);
  });

  it('keeps a personal dictionary and ignore-all for the session, and ignore-once per call', () => {
    expect(flagged('Kami memakai tilikdata.')).toEqual(['tilikdata']);
    checker.addWord('tilikdata');
    expect(flagged('Kami memakai tilikdata.')).toEqual([]);
    expect(checker.personalWords()).toContain('tilikdata');
    checker.removeWord('tilikdata');
    expect(flagged('Kami memakai tilikdata.')).toEqual(['tilikdata']);
    checker.ignoreAll('cekfak');
    expect(flagged('Tim cekfak bekerja.')).toEqual([]);
    const text = 'Salah ketk di sini, ketk lagi di sana.';
    const first = text.indexOf('ketk');
    expect(checker.checkText(text, 'id', { ignoredOnce: [{ start: first, text: 'ketk' }] }).map((f) => f.start)).toEqual([text.lastIndexOf('ketk')]);
  });

  it('catches real-word slips its neighbours give away, and repeated words', () => {
    const slips = (text: string, lang: 'id' | 'en' = 'id') => checker.checkText(text, lang).map((f) => [f.rule, f.text, f.suggestions[0]]);
    expect(slips('Hasilnya luar bisa, kata dia.')).toEqual([['spelling.slip', 'bisa', 'biasa']]);
    // The wrong word is found from the word after it too, and keeps its capital.
    expect(slips('Koran tewas bertambah. Sekolah kekurangan gurun matematika.')).toEqual([
      ['spelling.slip', 'Koran', 'Korban'],
      ['spelling.slip', 'gurun', 'guru'],
    ]);
    // The same words in their own sense are left alone.
    expect(slips('Dia membaca koran pagi. Gurun pasir itu luas. Kami bisa datang.')).toEqual([]);
    expect(slips('The the report is more then enough.', 'en')).toEqual([
      ['spelling.repeated-word', ' the', ''],
      ['spelling.slip', 'then', 'than'],
    ]);
  });

  it('skips URLs and e-mail addresses', () => {
    expect(flagged('Kirim ke redaksi@contohberita.id atau buka https://contohberita.id/xyzqw sekarang.')).toEqual([]);
  });
});

describe('cliticSplits', () => {
  it('splits -nya/-lah/-kah/-pun and ku-/kau-', () => {
    const bases = (w: string) => cliticSplits(w).map((s) => `${s.prefix}+${s.base}+${s.suffix}`);
    expect(bases('bukunyalah')).toContain('+buku+nyalah');
    expect(bases('kauambil')).toContain('kau+ambil+');
    expect(bases('dialah')).toContain('+dia+lah');
  });
});

describe('parseNonstandardTable', () => {
  it('reads tab-separated pairs and skips comments', () => {
    expect(parseNonstandardTable('# c\nHimbau\timbau\nbad line\n')).toEqual(new Map([['himbau', 'imbau']]));
  });
});
