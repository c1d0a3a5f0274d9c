import { describe, expect, it } from 'vitest';
import { splitSentences } from './splitSentences.ts';

const texts = (text: string, options?: Parameters<typeof splitSentences>[1]) => splitSentences(text, options).map((s) => s.text);

/** What Intl.Segmenter makes of the same text, trimmed like ours. */
const segmenter = (text: string) =>
  [...new Intl.Segmenter('id', { granularity: 'sentence' }).segment(text)].map((s) => s.segment.trim()).filter((s) => s !== '');

/**
 * Cases Intl.Segmenter gets wrong and we get right. Each row is asserted both ways, so this table is
 * also the record of why we do not use it: if a future ICU fixes a case, that row fails and can go.
 */
const segmenterFails: [why: string, text: string, expected: string[]][] = [
  ['street abbreviation', 'Kantor itu pindah ke Jl. Merdeka No. 12 tahun lalu. Kini sepi.', ['Kantor itu pindah ke Jl. Merdeka No. 12 tahun lalu.', 'Kini sepi.']],
  ['academic and medical titles', 'Seminar dibuka Prof. Wulan dan dr. Rahmat pagi ini. Peserta hadir.', ['Seminar dibuka Prof. Wulan dan dr. Rahmat pagi ini.', 'Peserta hadir.']],
  ['Dr. before a name', 'Rapat dipimpin Dr. Sinta Dewi kemarin. Hasilnya jelas.', ['Rapat dipimpin Dr. Sinta Dewi kemarin.', 'Hasilnya jelas.']],
  ['initials of a name', 'Bandara itu dinamai B. J. Habibie sejak lama. Semua setuju.', ['Bandara itu dinamai B. J. Habibie sejak lama.', 'Semua setuju.']],
  ['hajj titles', 'Sumbangan datang dari H. Darmawan dan Hj. Ratna Sari. Panitia berterima kasih.', ['Sumbangan datang dari H. Darmawan dan Hj. Ratna Sari.', 'Panitia berterima kasih.']],
  ['English honorifics', 'She met Mr. Tanaka and Mrs. Ortiz in the lobby. Talks began.', ['She met Mr. Tanaka and Mrs. Ortiz in the lobby.', 'Talks began.']],
  ['Rp. before the amount', 'Harganya Rp. 50.000 saja. Murah.', ['Harganya Rp. 50.000 saja.', 'Murah.']],
  ['district abbreviation', 'Ia tinggal di Kec. Cibeber sejak kecil. Kini pindah.', ['Ia tinggal di Kec. Cibeber sejak kecil.', 'Kini pindah.']],
  ['title at the very start', 'Ir. Gunawan meresmikan jembatan. Warga bersorak.', ['Ir. Gunawan meresmikan jembatan.', 'Warga bersorak.']],
  ['middle initial', 'Saksi, Ahmad S. Putra, hadir. Sidang lanjut.', ['Saksi, Ahmad S. Putra, hadir.', 'Sidang lanjut.']],
  ['rank and corps', 'Hadir pula Kol. Inf. Darma di sana. Acara selesai.', ['Hadir pula Kol. Inf. Darma di sana.', 'Acara selesai.']],
  ['Tbk. before a capitalised word that is not an opener', 'Saham PT Sinar Laut Tbk. Selasa pagi melonjak. Investor senang.', ['Saham PT Sinar Laut Tbk. Selasa pagi melonjak.', 'Investor senang.']],
  ['military rank', 'Upacara dipimpin Brigjen. Sutrisno di lapangan. Hujan turun.', ['Upacara dipimpin Brigjen. Sutrisno di lapangan.', 'Hujan turun.']],
  ['a lower-case word after a quoted exclamation', 'Ia berteriak, "Awas!" lalu berlari. Semua kaget.', ['Ia berteriak, "Awas!" lalu berlari.', 'Semua kaget.']],
  ['numbered list item on its own line', 'Syaratnya:\n1. Fotokopi KTP.\n2. Surat domisili.', ['Syaratnya:', '1. Fotokopi KTP.', '2. Surat domisili.']],
];

describe('splitSentences beats Intl.Segmenter', () => {
  it.each(segmenterFails)('%s', (_why, text, expected) => {
    expect(texts(text)).toEqual(expected);
    expect(segmenter(text)).not.toEqual(expected);
  });
});

describe('splitSentences', () => {
  const table: [why: string, text: string, expected: string[]][] = [
    ['empty', '', []],
    ['month abbreviation before the day', 'The vote is set for Sept. 8 in the capital. Polls open early.', ['The vote is set for Sept. 8 in the capital.', 'Polls open early.']],
    ['a heading line without a full stop', 'Harga Cabai Melonjak\nPedagang di pasar mengeluh.', ['Harga Cabai Melonjak', 'Pedagang di pasar mengeluh.']],
    ['only space', '  \n\t ', []],
    ['no terminator', 'Hujan sejak pagi', ['Hujan sejak pagi']],
    ['simple', 'Hujan turun. Jalan banjir! Siapa peduli? Warga.', ['Hujan turun.', 'Jalan banjir!', 'Siapa peduli?', 'Warga.']],
    ['decimal comma', 'Inflasi naik 5,08 persen. Harga stabil.', ['Inflasi naik 5,08 persen.', 'Harga stabil.']],
    ['decimal point', 'Growth hit 3.5 percent. Exports fell.', ['Growth hit 3.5 percent.', 'Exports fell.']],
    ['thousands', 'Dananya Rp 1.250.000. Cukup.', ['Dananya Rp 1.250.000.', 'Cukup.']],
    ['Rp. with a dot', 'Tiketnya Rp. 50.000 per orang. Murah.', ['Tiketnya Rp. 50.000 per orang.', 'Murah.']],
    ['US$', 'Nilainya US$ 2 juta. Besar.', ['Nilainya US$ 2 juta.', 'Besar.']],
    ['closing straight quote', '"Kami siap bertanding." Pelatih tersenyum.', ['"Kami siap bertanding."', 'Pelatih tersenyum.']],
    ['closing curly quote', '“Kami siap bertanding.” Pelatih tersenyum.', ['“Kami siap bertanding.”', 'Pelatih tersenyum.']],
    ['quote then attribution', '"Kami siap," kata pelatih. Lalu ia pergi.', ['"Kami siap," kata pelatih.', 'Lalu ia pergi.']],
    ['two sentences inside one quote', '"Kami siap. Kami tidak takut," ujarnya.', ['"Kami siap.', 'Kami tidak takut," ujarnya.']],
    ['next sentence opens with a quote', 'Ia diam. "Nanti saja," katanya.', ['Ia diam.', '"Nanti saja," katanya.']],
    ['brackets', 'Ia pulang (sudah larut). (Semua lelah.) Besok lagi.', ['Ia pulang (sudah larut).', '(Semua lelah.)', 'Besok lagi.']],
    ['ellipsis continuing', 'Ia menunggu... lama sekali. Akhirnya pulang.', ['Ia menunggu... lama sekali.', 'Akhirnya pulang.']],
    ['ellipsis ending', 'Ia menunggu… Akhirnya pulang.', ['Ia menunggu…', 'Akhirnya pulang.']],
    ['degrees', 'Kuasa hukumnya, Rina Amelia, S.H., M.H. tiba pukul 9. Sidang dimulai.', ['Kuasa hukumnya, Rina Amelia, S.H., M.H. tiba pukul 9.', 'Sidang dimulai.']],
    ['U.S. inside a sentence', 'The U.S. Senate met on Monday. It adjourned.', ['The U.S. Senate met on Monday.', 'It adjourned.']],
    ['U.S. ending a sentence', 'He moved to the U.S. The family stayed.', ['He moved to the U.S.', 'The family stayed.']],
    ['dll. ending a sentence', 'Ada beras, gula, minyak, dll. Semua naik.', ['Ada beras, gula, minyak, dll.', 'Semua naik.']],
    ['Tbk. ending a sentence', 'Pemenangnya PT Mega Tani Tbk. Ia puas.', ['Pemenangnya PT Mega Tani Tbk.', 'Ia puas.']],
    ['initial ending a sentence', 'Kandungan utamanya vitamin C. Namun kadarnya kecil.', ['Kandungan utamanya vitamin C.', 'Namun kadarnya kecil.']],
    ['No. before a number', 'Lihat Pasal 5 ayat No. 2 di sana. Jelas.', ['Lihat Pasal 5 ayat No. 2 di sana.', 'Jelas.']],
    ['domain', 'Info di laman desa.go.id kemarin. Cek.', ['Info di laman desa.go.id kemarin.', 'Cek.']],
    ['no space after a full stop', 'Harga naik.Warga resah.', ['Harga naik.Warga resah.']],
    ['lettered list', 'a. Pertama\nb. Kedua', ['a. Pertama', 'b. Kedua']],
    ['bullets', '- satu hal\n- dua hal', ['- satu hal', '- dua hal']],
    ['ordinal then full stop', 'Ia finis ke-3. Lawannya ke-5.', ['Ia finis ke-3.', 'Lawannya ke-5.']],
    ['question inside a quote then lower case', '"Siapa?" tanya dia pelan. Tak ada jawaban.', ['"Siapa?" tanya dia pelan.', 'Tak ada jawaban.']],
  ];
  it.each(table)('%s', (_why, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('returns offsets that slice back to each sentence, with no surrounding space', () => {
    const text = '  Hujan turun.  Banjir datang!\n\n"Ayo," ajaknya.  ';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.start, s.end])).toEqual([
      [2, 14],
      [16, 30],
      [32, 47],
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  describe('datelines', () => {
    it.each([
      ['JAKARTA, KABARKITA.com - Harga beras naik. Warga resah.', 'JAKARTA, KABARKITA.com -'],
      ['SURABAYA (Antara) - Kapal bersandar. Muatan aman.', 'SURABAYA (Antara) -'],
      ['BANDUNG, 5/2/2025 – Hujan deras. Jalan tergenang.', 'BANDUNG, 5/2/2025 –'],
      ['KABARKITA.CO, Medan - Listrik padam. Warga gelap.', 'KABARKITA.CO, Medan -'],
      ['Kabarkita.com, Jakarta - Listrik padam. Warga gelap.', 'Kabarkita.com, Jakarta -'],
      ['Jakarta, Warta Nusa -- Listrik padam. Warga gelap.', 'Jakarta, Warta Nusa --'],
    ])('%j opens its first sentence', (text, dateline) => {
      const [first, second] = splitSentences(text);
      expect(first!.dateline).toBeDefined();
      expect(text.slice(first!.dateline!.start, first!.dateline!.end)).toBe(dateline);
      expect(first!.start).toBe(0);
      expect(second!.dateline).toBeUndefined();
      expect(splitSentences(text)).toHaveLength(2);
    });

    it('only at the start of a paragraph', () => {
      const sentences = splitSentences('Ia berkata. JAKARTA, KABARKITA.com - bukan dateline.');
      expect(sentences.every((s) => s.dateline === undefined)).toBe(true);
      expect(splitSentences('Harga naik - kata pedagang. Lalu?').every((s) => s.dateline === undefined)).toBe(true);
    });

    it('in a later paragraph too', () => {
      const sentences = splitSentences('Judul Berita\nMEDAN, KABARKITA.com - Listrik padam.');
      expect(sentences[1]!.dateline).toEqual({ start: 13, end: 35 });
    });
  });

  describe('line breaks', () => {
    const wrapped = 'Harga beras di pasar induk\nnaik lagi pekan ini. Pedagang\nmengeluh.\n\nParagraf baru.\n- butir satu';
    it('every line break ends a sentence in block text (the default)', () => {
      expect(texts(wrapped)).toEqual(['Harga beras di pasar induk', 'naik lagi pekan ini.', 'Pedagang', 'mengeluh.', 'Paragraf baru.', '- butir satu']);
    });
    it("'soft': only blank lines and list items break hard-wrapped text", () => {
      expect(texts(wrapped, { lineBreaks: 'soft' })).toEqual([
        'Harga beras di pasar induk\nnaik lagi pekan ini.',
        'Pedagang\nmengeluh.',
        'Paragraf baru.',
        '- butir satu',
      ]);
    });
  });
});
