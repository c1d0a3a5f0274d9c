import { describe, expect, it } from 'vitest';
import { identifyLanguage, languageRuns, wordEvidence } from './identifyLanguage.ts';

const indonesian = [
  'Ketua panitia mengatakan acara itu berjalan lancar meskipun hujan deras mengguyur sejak sore.',
  'Pemerintah daerah akan membangun dua jembatan baru di kecamatan tersebut tahun depan.',
  'Harga cabai rawit di pasar tradisional melonjak menjelang hari raya.',
  'Warga mengeluhkan bau sampah yang menumpuk di tepi sungai selama sepekan.',
  'Polisi masih menyelidiki penyebab kebakaran gudang bahan bangunan itu.',
  'Sekolah-sekolah diliburkan karena banjir merendam jalan utama.',
  'Menurut dia, program beasiswa tersebut belum menjangkau anak-anak di pelosok.',
  'Bupati meminta para petani tidak menjual gabah di bawah harga pokok.',
  'Kapal nelayan itu akhirnya ditemukan terdampar di pulau kecil.',
  'Kenaikan tarif listrik dinilai memberatkan pelaku usaha kecil.',
  'Mereka berharap bantuan segera disalurkan sebelum musim tanam tiba.',
  'Pertandingan final ditunda hingga pekan depan karena lapangan tergenang.',
];
const english = [
  'The committee chair said the event ran smoothly despite heavy rain since the afternoon.',
  'Local authorities will build two new bridges in the district next year.',
  'Chili prices at traditional markets jumped ahead of the holiday.',
  'Residents complained about the smell of rubbish piling up along the river for a week.',
  'Police are still investigating what caused the fire at the building supplies warehouse.',
  'Schools were closed because floods covered the main road.',
  'According to her, the scholarship program has not reached children in remote areas.',
  'The regent asked farmers not to sell their harvest below the floor price.',
  'The fishing boat was finally found stranded on a small island.',
  'The electricity tariff increase is seen as a burden for small businesses.',
  'They hope the aid will be distributed before the planting season arrives.',
  'The final match was postponed until next week because the pitch was flooded.',
];

describe('identifyLanguage per sentence', () => {
  it.each(indonesian)('Indonesian: %s', (sentence) => {
    const guess = identifyLanguage(sentence);
    expect(guess.lang).toBe('id');
    expect(guess.confidence).toBeGreaterThan(0.6);
  });

  it.each(english)('English: %s', (sentence) => {
    const guess = identifyLanguage(sentence);
    expect(guess.lang).toBe('en');
    expect(guess.confidence).toBeGreaterThan(0.6);
  });

  it.each(['Rp 5.000', '12/3/2025', 'Jakarta', 'CEO KPK DPR', '—', ''])('no evidence: %j is unknown', (text) => {
    expect(identifyLanguage(text)).toMatchObject({ lang: 'unknown', confidence: 0 });
  });

  it('a text with no evidence at all takes the expected language, with zero confidence', () => {
    expect(identifyLanguage('Rp 5.000', { expected: 'id' })).toMatchObject({ lang: 'id', confidence: 0 });
  });

  it('more evidence, more confidence', () => {
    const short = identifyLanguage('Ia tidak datang.');
    const long = identifyLanguage(indonesian.slice(0, 3).join(' '));
    expect(short.lang).toBe('id');
    expect(long.confidence).toBeGreaterThan(short.confidence);
    expect(long.confidence).toBeLessThanOrEqual(1);
  });
});

describe('languageRuns', () => {
  const runs = (text: string, expected: 'id' | 'en' = 'id') => languageRuns(text, { expected }).map((r) => [r.lang, r.text]);

  it('finds an English quote inside an Indonesian sentence', () => {
    const text = 'Menteri itu menegaskan, "we will not back down," di depan wartawan pada Senin pagi.';
    expect(runs(text)).toEqual([
      ['id', 'Menteri itu menegaskan'],
      ['en', 'we will not back down'],
      ['id', 'di depan wartawan pada Senin pagi'],
    ]);
    const en = languageRuns(text).find((r) => r.lang === 'en')!;
    expect(text.slice(en.start, en.end)).toBe('we will not back down');
    expect(en.confidence).toBeGreaterThan(0.8);
  });

  it('finds an English phrase without quotation marks when it is long enough', () => {
    expect(runs('Ia hanya berkata bahwa this is not the right time untuk membahas hal itu.')).toEqual([
      ['id', 'Ia hanya berkata bahwa'],
      ['en', 'this is not the right time'],
      ['id', 'untuk membahas hal itu'],
    ]);
  });

  it('leaves single loanwords and names inside the Indonesian run', () => {
    const text = 'Ia menyebut peta jalan atau roadmap e-commerce Indonesia sedang dirumuskan oleh pemerintah.';
    expect(runs(text)).toEqual([['id', text.slice(0, -1)]]);
    const names = 'Budiman bertemu Jack Lin, selaku pendiri dan Chief Executive Officer (CEO) Nusa Digital, di Hangzhou.';
    expect(languageRuns(names, { expected: 'id' }).map((r) => r.lang)).toEqual(['id']);
  });

  it('splits an English sentence between Indonesian ones', () => {
    expect(runs('Harga beras naik tajam. This is simply unacceptable for families, she said. Pemerintah akan turun tangan.')).toEqual([
      ['id', 'Harga beras naik tajam'],
      ['en', 'This is simply unacceptable for families, she said'],
      ['id', 'Pemerintah akan turun tangan'],
    ]);
  });

  it('finds an Indonesian quote in an English article', () => {
    expect(runs('The governor told residents "kami tidak akan menyerah" before leaving the site.', 'en')).toEqual([
      ['en', 'The governor told residents'],
      ['id', 'kami tidak akan menyerah'],
      ['en', 'before leaving the site'],
    ]);
  });

  it('covers every word, in order, with offsets into the text', () => {
    const text = 'Kata dia, "thank you very much", lalu pergi.\nThe end.';
    const result = languageRuns(text);
    let last = 0;
    for (const r of result) {
      expect(text.slice(r.start, r.end)).toBe(r.text);
      expect(r.start).toBeGreaterThanOrEqual(last);
      last = r.end;
    }
    expect(result.map((r) => r.lang)).toEqual(['id', 'en', 'id', 'en']);
  });

  it('calls a run without evidence unknown', () => {
    expect(runs('Rp 5.000 — 12/3/2025')).toEqual([['unknown', 'Rp 5.000 — 12/3/2025']]);
    expect(languageRuns('')).toEqual([]);
  });
});

describe('wordEvidence', () => {
  it.each([
    ['yang', 'id'], ['dengan', 'id'], ['bukunya', 'id'], ['memberikan', 'id'], ['berlari', 'id'], ['keamanan', 'id'], ['anak-anak', 'id'],
    ['the', 'en'], ['would', 'en'], ['education', 'en'], ['quickly', 'en'], ['don’t', 'en'], ['walked', 'en'], ['thinking', 'en'],
  ])('%s leans %s', (word, lang) => {
    const e = wordEvidence(word);
    expect(lang === 'en' ? e > 0 : e < 0).toBe(true);
  });

  it('acronyms and numbers say nothing; names inside a sentence say little', () => {
    expect(wordEvidence('AS')).toBe(0);
    expect(wordEvidence('2025')).toBe(0);
    expect(Math.abs(wordEvidence('The', true))).toBeLessThan(Math.abs(wordEvidence('The')));
  });
});
