import { describe, expect, it } from 'vitest';
import { isWordLike, reduplicationOf, tokenize, type Token } from './tokenize.ts';

/** Non-space tokens as [kind, text] pairs: what most assertions care about. */
const shape = (text: string, options?: Parameters<typeof tokenize>[1]) =>
  tokenize(text, options)
    .filter((t) => t.kind !== 'space')
    .map((t) => [t.kind, t.text]);

const word = (text: string, options?: Parameters<typeof tokenize>[1]): Token => {
  const t = tokenize(text, options);
  expect(t).toHaveLength(1);
  return t[0]!;
};

describe('tokenize: coverage and offsets', () => {
  it.each([
    '',
    'Warga desa itu memanen padi kemarin sore.',
    'Baris satu\r\nbaris dua\n\n  baris tiga\t',
    'Emoji 👍🏽 dan 👨‍👩‍👧 serta bendera 🇮🇩 tetap utuh.',
    'Café dengan e\u0301 terpisah, dan ᮘᮞ Sunda.',
    '“Kutipan” ‘tunggal’ — dan (kurung) [siku] {kurawal}…',
    'Lihat https://contoh.id/berita?id=5&x=(1). Surat ke redaksi@contoh.co.id, ya.',
  ])('covers %j exactly, in order, with slices matching the text', (text) => {
    const tokens = tokenize(text);
    let pos = 0;
    for (const t of tokens) {
      expect(t.start).toBe(pos);
      expect(t.end).toBeGreaterThan(t.start);
      expect(text.slice(t.start, t.end)).toBe(t.text);
      pos = t.end;
    }
    expect(pos).toBe(text.length);
  });

  it('stays linear on hostile input (no rescans from every word)', () => {
    const hostile = ['abcd.'.repeat(40_000), 'x@'.repeat(40_000), 'a-'.repeat(40_000), '1.'.repeat(40_000), "o'".repeat(40_000)].join(' ');
    const t0 = performance.now();
    const tokens = tokenize(hostile);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(tokens.map((t) => t.text).join('')).toBe(hostile);
  });

  it('uses JavaScript string indices, so text after an astral emoji is where the editor has it', () => {
    const text = '😀 anak-anak';
    const w = tokenize(text).find((t) => t.kind === 'word')!;
    expect([w.start, w.end]).toEqual([3, 12]);
    expect(text.slice(w.start, w.end)).toBe('anak-anak');
  });

  it('keeps combining marks and skin-tone or ZWJ sequences in one token', () => {
    expect(shape('e\u0301lan')).toEqual([['word', 'e\u0301lan']]);
    expect(shape('👍🏽')).toEqual([['symbol', '👍🏽']]);
    expect(shape('👨‍👩‍👧')).toEqual([['symbol', '👨‍👩‍👧']]);
  });
});

describe('tokenize: kinds', () => {
  const table: [text: string, expected: string[][]][] = [
    ['Pasar dibuka lagi.', [['word', 'Pasar'], ['word', 'dibuka'], ['word', 'lagi'], ['punctuation', '.']]],
    ["The mayor's aide didn't call.", [['word', 'The'], ['word', "mayor's"], ['word', 'aide'], ['word', "didn't"], ['word', 'call'], ['punctuation', '.']]],
    ['Ia tak datang hari Jum’at.', [['word', 'Ia'], ['word', 'tak'], ['word', 'datang'], ['word', 'hari'], ['word', 'Jum’at'], ['punctuation', '.']]],
    // A trailing apostrophe may close a quotation, so it is not taken into the word.
    ["the farmers' union", [['word', 'the'], ['word', 'farmers'], ['punctuation', "'"], ['word', 'union']]],
    ['a long-term, well-known plan', [['word', 'a'], ['word', 'long-term'], ['punctuation', ','], ['word', 'well-known'], ['word', 'plan']]],
    ['toko e-commerce dan COVID-19', [['word', 'toko'], ['word', 'e-commerce'], ['word', 'dan'], ['word', 'COVID-19']]],
    ['dan/atau', [['word', 'dan'], ['punctuation', '/'], ['word', 'atau']]],
    ['Rp1.250.000', [['currency', 'Rp'], ['number', '1.250.000']]],
    ['Rp 1,5 triliun', [['currency', 'Rp'], ['number', '1,5'], ['word', 'triliun']]],
    ['Rp. 7.500,-', [['currency', 'Rp.'], ['number', '7.500'], ['punctuation', ','], ['punctuation', '-']]],
    ['RP 900', [['currency', 'RP'], ['number', '900']]],
    ['US$ 130 miliar', [['currency', 'US$'], ['number', '130'], ['word', 'miliar']]],
    ['US$130', [['currency', 'US$'], ['number', '130']]],
    ['S$5 dan €3 dan $7', [['currency', 'S$'], ['number', '5'], ['word', 'dan'], ['currency', '€'], ['number', '3'], ['word', 'dan'], ['currency', '$'], ['number', '7']]],
    ['USD 40 juta', [['currency', 'USD'], ['number', '40'], ['word', 'juta']]],
    // Without a number after it, "USD" or "Rpm" is just a word.
    ['kurs USD melemah, 3000 Rpm', [['word', 'kurs'], ['word', 'USD'], ['word', 'melemah'], ['punctuation', ','], ['number', '3000'], ['word', 'Rpm']]],
    ['5,08% dan 3.5 persen', [['number', '5,08'], ['punctuation', '%'], ['word', 'dan'], ['number', '3.5'], ['word', 'persen']]],
    ['1,250,000.75 dolar', [['number', '1,250,000.75'], ['word', 'dolar']]],
    ['Senin (3/3/2025) dan 2025-03-03', [['word', 'Senin'], ['punctuation', '('], ['number', '3/3/2025'], ['punctuation', ')'], ['word', 'dan'], ['number', '2025-03-03']]],
    ['naik 10-15 persen', [['word', 'naik'], ['number', '10-15'], ['word', 'persen']]],
    ['juara ke-3 dan Ke-100', [['word', 'juara'], ['ordinal', 'ke-3'], ['word', 'dan'], ['ordinal', 'Ke-100']]],
    ['kota ke-tiga', [['word', 'kota'], ['word', 'ke-tiga']]],
    // The number ends where the letters start: "5G" and "10km" keep their numeral.
    ['jaringan 5G sejauh 10km', [['word', 'jaringan'], ['number', '5'], ['word', 'G'], ['word', 'sejauh'], ['number', '10'], ['word', 'km']]],
    ['Kirim ke redaksi@kabar-desa.id sekarang', [['word', 'Kirim'], ['word', 'ke'], ['email', 'redaksi@kabar-desa.id'], ['word', 'sekarang']]],
    ['Surel: a.b_c+1@contoh.co.id.', [['word', 'Surel'], ['punctuation', ':'], ['email', 'a.b_c+1@contoh.co.id'], ['punctuation', '.']]],
    ['Buka https://contoh.id/a/b?q=1.', [['word', 'Buka'], ['url', 'https://contoh.id/a/b?q=1'], ['punctuation', '.']]],
    ['(lihat www.contoh.org/x)', [['punctuation', '('], ['word', 'lihat'], ['url', 'www.contoh.org/x'], ['punctuation', ')']]],
    ['di https://id.wikipedia.org/wiki/Padi_(tanaman), lalu', [['word', 'di'], ['url', 'https://id.wikipedia.org/wiki/Padi_(tanaman)'], ['punctuation', ','], ['word', 'lalu']]],
    ['JAKARTA, KABARKITA.com - Hujan', [['word', 'JAKARTA'], ['punctuation', ','], ['url', 'KABARKITA.com'], ['punctuation', '-'], ['word', 'Hujan']]],
    ['menurut data kominfo.go.id.', [['word', 'menurut'], ['word', 'data'], ['url', 'kominfo.go.id'], ['punctuation', '.']]],
    ['#PilkadaDamai oleh @humas_kota', [['hashtag', '#PilkadaDamai'], ['word', 'oleh'], ['mention', '@humas_kota']]],
    ['nomor#1', [['word', 'nomor'], ['symbol', '#'], ['number', '1']]],
    ['Andi Wijaya, S.H., M.Si. tiba', [['word', 'Andi'], ['word', 'Wijaya'], ['punctuation', ','], ['word', 'S.H.'], ['punctuation', ','], ['word', 'M.Si.'], ['word', 'tiba']]],
    ['the U.S. economy', [['word', 'the'], ['word', 'U.S.'], ['word', 'economy']]],
    ['Tunggu... lalu…', [['word', 'Tunggu'], ['punctuation', '...'], ['word', 'lalu'], ['punctuation', '…']]],
    ['suhu 30°C + angin', [['word', 'suhu'], ['number', '30'], ['symbol', '°'], ['word', 'C'], ['symbol', '+'], ['word', 'angin']]],
  ];
  it.each(table)('%j', (text, expected) => {
    expect(shape(text)).toEqual(expected);
  });

  it('marks dotted abbreviations', () => {
    expect(tokenize('S.H.')[0]!.abbreviation).toBe(true);
    expect(tokenize('rumah')[0]!.abbreviation).toBeUndefined();
  });

  it('gives ordinals their number', () => {
    expect(word('ke-12').ordinal).toBe(12);
  });

  it('counts words, numbers and ordinals as word-like, not punctuation or space', () => {
    const kinds = tokenize('Ke-2, naik 5 % lagi').map((t) => [t.text, isWordLike(t)]);
    expect(kinds).toEqual([
      ['Ke-2', true], [',', false], [' ', false], ['naik', true], [' ', false], ['5', true], [' ', false], ['%', false], [' ', false], ['lagi', true],
    ]);
  });
});

describe('tokenize: reduplication', () => {
  it.each([
    ['anak-anak', 'full'],
    ['Rumah-rumah', 'full'],
    ['berlari-lari', 'partial'],
    ['tersipu-sipu', 'partial'],
    ['kemerah-merahan', 'partial'],
    ['sayur-mayur', 'rhyming'],
    ['lauk-pauk', 'rhyming'],
    ['ramah-tamah', 'rhyming'],
    ['bolak-balik', 'rhyming'],
    ['gerak-gerik', 'rhyming'],
  ])('%s is one word, %s reduplication', (text, kind) => {
    const t = word(text);
    expect(t.kind).toBe('word');
    expect(t.reduplication).toBe(kind);
  });

  it.each(['e-mail', 'e-commerce', 'COVID-19', 'well-known', 'Al-Azhar', 'pasca-panen'])('%s is one word but no reduplication', (text) => {
    const t = word(text);
    expect(t.kind).toBe('word');
    expect(t.reduplication).toBeUndefined();
  });

  it('sees the reduplication under a clitic', () => {
    const t = word('anak-anaknya');
    expect(t.reduplication).toBe('full');
    expect(t.base?.text).toBe('anak-anak');
    expect(t.enclitics).toEqual(['nya']);
  });

  it('reduplicationOf works on its own', () => {
    expect(reduplicationOf('buku-buku')).toBe('full');
    expect(reduplicationOf('buku')).toBeNull();
    expect(reduplicationOf('satu-dua-tiga')).toBeNull();
  });
});

describe('tokenize: clitics', () => {
  it.each([
    ['bukunya', 'buku', ['nya']],
    ['Rumahnya', 'Rumah', ['nya']],
    ['dialah', 'dia', ['lah']],
    ['inilah', 'ini', ['lah']],
    ['apakah', 'apa', ['kah']],
    ['bukankah', 'bukan', ['kah']],
    ['walaupun', 'walau', ['pun']],
    ['bukunyalah', 'buku', ['nya', 'lah']],
    ['Merekapun', 'Mereka', ['pun']],
    // Whole-word exceptions must not swallow these: ialah/dialah, ulah/kamulah, tanya/kotanya.
    ['kamulah', 'kamu', ['lah']],
    ['kotanya', 'kota', ['nya']],
    ['rasanya', 'rasa', ['nya']],
  ])('%s = %s + %j, with offsets of the base', (text, base, enclitics) => {
    const t = tokenize(`x ${text}`)[2]!;
    expect(t.kind).toBe('word');
    expect(t.text).toBe(text);
    expect(t.base).toEqual({ text: base, start: 2, end: 2 + base.length });
    expect(t.enclitics).toEqual(enclitics);
  });

  it.each(['sekolah', 'adalah', 'telah', 'masalah', 'jumlah', 'punya', 'bertanya', 'hanya', 'langkah', 'menikah', 'ampun', 'menghimpun', 'Kenya', 'KENYA', 'nyanya'])(
    '%s only looks like a clitic form and is left whole',
    (text) => {
      const t = word(text);
      expect(t.base).toBeUndefined();
      expect(t.enclitics).toBeUndefined();
    },
  );

  it('does not split English words', () => {
    expect(word('Sonya', { lang: 'en' }).base).toBeUndefined();
    expect(word('bukunya', { lang: 'en' }).base).toBeUndefined();
  });

  describe('with a dictionary', () => {
    const lexicon = new Set(['baca', 'lihat', 'kuat', 'kuda', 'kaum', 'buku', 'ambil', 'jalan', 'dia']);
    const isWord = (w: string) => lexicon.has(w);

    it.each([
      ['kubaca', 'ku', 'baca'],
      ['kaulihat', 'kau', 'lihat'],
      ['Kuambil', 'ku', 'ambil'],
    ])('%s = %s- + %s', (text, proclitic, base) => {
      const t = word(text, { isWord });
      expect(t.proclitic).toBe(proclitic);
      expect(t.base?.text).toBe(base);
    });

    it.each(['kuat', 'kuda', 'kaum', 'kursi'])('%s stays whole (a word itself, or no known base)', (text) => {
      const t = word(text, { isWord });
      expect(t.proclitic).toBeUndefined();
      expect(t.base).toBeUndefined();
    });

    it('splits an enclitic only when the base is known', () => {
      expect(word('bukunya', { isWord }).base?.text).toBe('buku');
      expect(word('kasurnya', { isWord }).base).toBeUndefined();
      expect(word('kubacalah', { isWord })).toMatchObject({ proclitic: 'ku', enclitics: ['lah'], base: { text: 'baca', start: 2, end: 6 } });
    });

    it('never splits proclitics without one (kuat and kubaca look alike)', () => {
      expect(word('kubaca').proclitic).toBeUndefined();
    });
  });
});
