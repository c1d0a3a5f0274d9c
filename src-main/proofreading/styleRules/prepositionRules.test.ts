import { describe, expect, it } from 'vitest';
import { checkStyle } from './checkStyle.ts';
import { isDiVerb, splitJoinedPreposition } from './prepositionRules.ts';

const findings = (text: string, rule: string) =>
  checkStyle(text, 'id', { uiLanguage: 'id' })
    .filter((f) => f.rule === rule)
    .map((f) => [f.text, f.suggestions[0]]);

describe('id.di-place: preposition written joined', () => {
  it.each([
    ['Ia tinggal dirumah orang tuanya.', 'dirumah', 'di rumah'],
    ['Anak itu berangkat kesekolah pagi.', 'kesekolah', 'ke sekolah'],
    ['Dimana kamu menyimpannya?', 'Dimana', 'Di mana'],
    ['Entah kemana uang itu pergi.', 'kemana', 'ke mana'],
    ['Kami menunggu disini saja.', 'disini', 'di sini'],
    ['Mereka sudah lama disana.', 'disana', 'di sana'],
    ['Letakkan disitu.', 'disitu', 'di situ'],
    ['Ia duduk diantara dua menteri.', 'diantara', 'di antara'],
    ['Warga disekitarnya mengungsi.', 'disekitarnya', 'di sekitarnya'],
    ['Banjir terjadi diJakarta.', 'diJakarta', 'di Jakarta'],
    ['Ia pindah keBandung.', 'keBandung', 'ke Bandung'],
    ['Dimanapun ia berada.', 'Dimanapun', 'Di mana pun'],
    ['Pergilah kemanapun kau mau.', 'kemanapun', 'ke mana pun'],
    ['Harga naik diakhir tahun.', 'diakhir', 'di akhir'],
    ['Rapat digelar dikantor.', 'dikantor', 'di kantor'],
    ['Kami bicara didalam mobil.', 'didalam', 'di dalam'],
    ['Barang itu diatas meja.', 'diatas', 'di atas'],
    ['Pasukan bergerak kedepan.', 'kedepan', 'ke depan'],
    ['Penumpang pindah kebelakang.', 'kebelakang', 'ke belakang'],
    ['Itu terjadi dimasa lalu.', 'dimasa', 'di masa'],
    ['Hujan turun disaat yang salah.', 'disaat', 'di saat'],
    ['Warga dimana-mana resah.', 'dimana-mana', 'di mana-mana'],
    ['JALAN DIRUMAH SAJA', 'DIRUMAH', 'DI RUMAH'],
    ['Ia sering pergi keluar negeri.', 'keluar', 'ke luar'],
  ])('%j: %j -> %j', (text, wrong, right) => {
    expect(findings(text, 'id.di-place')).toEqual([[wrong, right]]);
  });

  // Real words that start with di- or ke-, including verbs made from the very place words above.
  it.each([
    'dilema', 'diskusi', 'diet', 'dinas', 'direktur', 'dinding', 'dingin', 'dini', 'diri', 'dirinya', 'dia', 'diam',
    'kemarin', 'keluarga', 'kepala', 'kerja', 'ketika', 'keluar', 'keluarnya', 'kedua', 'kemudian', 'kenal', 'kereta',
    'kebun', 'kelas', 'keras', 'kecil', 'kepada', 'kemari', 'keadaan', 'kelapangan', 'kedalaman', 'dimasak',
    'disekolahkan', 'dirumahkan', 'diatasi', 'dibawa', 'didalami', 'diantar', 'diakhiri', 'diawali', 'ditengahi',
    'ditempatkan', 'dijalankan', 'dipasarkan', 'didesak', 'dipusatkan', 'diarahkan', 'dimana2', 'DKI', 'Dinas',
    'Kemenkes', 'kesehatan', 'keamanan', 'dibalik', 'keluarlah',
  ])('leaves %j alone', (word) => {
    expect(splitJoinedPreposition(word)).toBeNull();
    expect(findings(`Kata ${word} di sini.`, 'id.di-place')).toEqual([]);
  });
});

describe('id.di-verb: prefix di- written apart', () => {
  it.each([
    ['Surat itu di tulis tangan.', 'di tulis', 'ditulis'],
    ['Pesan itu di sampaikan kemarin.', 'di sampaikan', 'disampaikan'],
    ['Rumah itu di jual murah.', 'di jual', 'dijual'],
    ['Jalan itu di perbaiki.', 'di perbaiki', 'diperbaiki'],
    ['Usul itu di setujui.', 'di setujui', 'disetujui'],
    ['Hasilnya di umumkan besok.', 'di umumkan', 'diumumkan'],
    ['Buruh di rumahkan.', 'di rumahkan', 'dirumahkan'],
    ['Masalah itu di atasi.', 'di atasi', 'diatasi'],
    ['Langkah itu di pertanyakan.', 'di pertanyakan', 'dipertanyakan'],
    ['Di tulis oleh wartawan.', 'Di tulis', 'Ditulis'],
    ['RUMAH DI JUAL', 'DI JUAL', 'DIJUAL'],
    ['Dana di kembalikan.', 'di kembalikan', 'dikembalikan'],
    ['Pelaku di tangkapnya.', 'di tangkapnya', 'ditangkapnya'],
    ['Pemain itu di pukul lawan.', 'di pukul', 'dipukul'],
    ['Hal itu di ketahui kemarin.', 'di ketahui', 'diketahui'],
    ['Acara di mulai pukul 08.00.', 'di mulai', 'dimulai'],
    ['Kebijakan itu di nilai tepat.', 'di nilai', 'dinilai'],
    ['Korban di larikan ke rumah sakit.', 'di larikan', 'dilarikan'],
    ['Desa itu di landa banjir.', 'di landa', 'dilanda'],
    ['Banjir itu di sebabkan hujan.', 'di sebabkan', 'disebabkan'],
    ['Kejadian itu di alami warga.', 'di alami', 'dialami'],
    ['Gedung itu di dirikan 1950.', 'di dirikan', 'didirikan'],
  ])('%j: %j -> %j', (text, wrong, right) => {
    expect(findings(text, 'id.di-verb')).toEqual([[wrong, right]]);
  });

  it.each([
    'Ia menunggu di rumah.',
    'Bukti ada di tangan polisi.',
    'Hal itu dibahas di sidang paripurna.',
    'Namanya muncul di berita itu.',
    'Kami bertemu di antara dua pohon.',
    'Ia duduk di bawah pohon.',
    'Mereka berkumpul di buka puasa bersama.',
    'Ia hadir di makan malam kenegaraan.',
    'Macet terjadi di jalan tol.',
    'Rapat diadakan di Jakarta.',
    'Ia juara di tingkat nasional.',
    'Ia tercatat di rekam jejak partai.',
    'Kapal tenggelam di lepas pantai.',
    'Laporan itu terbit di tutup tahun.',
    'Ia gagal di proses seleksi.',
    'Kontrak itu di nilai Rp5 miliar.',
    'Perubahan terjadi di nilai tukar rupiah.',
    'Aturan itu ada di hukum pidana.',
    'Hewan itu hidup di alam liar.',
    'Kekuatan ada di diri sendiri.',
    'Rapat dimulai di pukul 10.00.',
    'Ia tinggal di sana, di sini, di mana saja.',
    'Tulisan itu ditulis di kantor.',
    'di\ntulis',
  ])('leaves %j alone', (text) => {
    expect(findings(text, 'id.di-verb')).toEqual([]);
  });

  it('knows verbs with suffixes and clitics but not nouns', () => {
    expect(['tulis', 'tuliskan', 'sampaikan', 'setujui', 'perbaiki', 'jualnya', 'rumahkan'].every(isDiVerb)).toBe(true);
    expect(['rumah', 'sampai', 'tangan', 'kantor', 'bagian', 'pekan', 'lokasi', 'sisi', 'kali', 'pagi'].some(isDiVerb)).toBe(false);
  });
});
