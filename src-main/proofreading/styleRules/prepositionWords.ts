/**
 * Word lists for the di/ke rules. EYD V writes the prepositions "di" and "ke" apart from the place,
 * time or noun that follows ("di rumah", "ke mana") and the passive prefix di- joined to its verb
 * ("ditulis", "disampaikan"). Telling them apart needs to know the following word, so these lists
 * hold the words a newsroom meets daily. They are deliberately closed lists: a word missing here is
 * only a missed finding, while a guess (every word after "di" is a verb) would flag correct text.
 */

/**
 * Places, positions and time nouns that follow the preposition: "di rumah", "ke kantor", "di masa".
 * "diXxx" or "keXxx" with Xxx from this list (optionally + -nya or reduplicated) is the preposition
 * written joined. None of them forms a real word with di-/ke- except those in `joinedWords` below.
 */
export const placeWords: ReadonlySet<string> = new Set([
  // deictic and question words
  'mana', 'sini', 'sana', 'situ', 'mana-mana',
  // positions
  'atas', 'bawah', 'dalam', 'luar', 'depan', 'belakang', 'samping', 'antara', 'sekitar', 'tengah', 'sisi',
  'pinggir', 'seberang', 'ujung', 'muka', 'hadapan', 'dekat', 'arah', 'sebelah', 'pusat',
  // places
  'rumah', 'kantor', 'sekolah', 'kampus', 'pasar', 'jalan', 'kota', 'desa', 'kampung', 'daerah', 'wilayah',
  'kawasan', 'lokasi', 'tempat', 'negara', 'negeri', 'provinsi', 'kabupaten', 'kecamatan', 'kelurahan', 'gedung',
  'ruang', 'ruangan', 'kamar', 'halaman', 'lantai', 'bandara', 'pelabuhan', 'stasiun', 'terminal', 'hotel',
  'restoran', 'pantai', 'gunung', 'laut', 'darat', 'udara', 'sungai', 'hutan', 'lapangan', 'stadion', 'masjid',
  'gereja', 'pura', 'pabrik', 'sawah', 'toko', 'pesantren', 'penjara', 'markas', 'istana', 'panggung', 'lokasi',
  'perbatasan', 'pulau', 'kebun', 'dapur', 'taman', 'klinik', 'puskesmas', 'lembaga', 'kementerian',
  // time
  'masa', 'saat', 'waktu', 'hari', 'tahun', 'bulan', 'pagi', 'siang', 'sore', 'malam', 'era', 'musim', 'akhir',
  'awal', 'pertengahan', 'penghujung', 'periode', 'zaman',
]);

/** Real words that look like ke/di + a place word: "keluar" (to exit), "kelapangan" (ke-an of lapang). */
export const joinedWords: ReadonlySet<string> = new Set(['keluar', 'kelapangan', 'kedalaman', 'kemukaan']);

/**
 * Verbs that take the passive prefix di- as they are: "di tulis" is "ditulis". With -kan or -i after
 * them ("di tuliskan") they are verbs too. Words here are never nouns commonly found after the
 * preposition "di" (those are in `suffixBases`).
 */
export const bareVerbs: ReadonlySet<string> = new Set([
  'tulis', 'jual', 'beli', 'buat', 'bangun', 'baca', 'lihat', 'dengar', 'kirim', 'terima', 'beri', 'minta', 'ambil',
  'bawa', 'tangkap', 'tahan', 'periksa', 'duga', 'sebut', 'kenal', 'ajak', 'undang', 'serang', 'tembak', 'bunuh',
  'curi', 'rampok', 'rawat', 'jemput', 'usir', 'larang', 'perkuat', 'lanjut', 'tolak', 'gelar', 'rilis', 'bayar',
  'tanggung', 'hitung', 'catat', 'rekam', 'pantau', 'sidik', 'vonis', 'pecat', 'copot', 'lantik', 'sumpah',
  'angkat', 'jawab', 'tanya', 'unggah', 'unduh', 'bagi', 'sebar', 'hapus', 'blokir', 'retas', 'akses', 
  'pimpin', 'bantu', 'dukung', 'tolong', 'kubur', 'potong', 'tebang', 'bakar', 'rusak', 'tutup', 'segel', 'sita',
  'geledah', 'borgol', 'ukur', 'uji', 'teliti', 'kaji', 'bahas', 'putus', 'ungkap', 'lapor', 'anggap',
  'pilih', 'ganti', 'ubah', 'tunda', 'pakai', 'cari', 'tanam', 'makan', 'minum', 'buka', 'pukul', 'tendang',
  'dorong', 'tarik', 'angkut', 'kejar', 'cabut', 'tunjuk', 'pasang', 'tawar', 'janji', 'klaim', 'kritik', 'tuduh',
  'tuntut', 'gugat', 'evakuasi', 'renovasi', 'verifikasi', 'klarifikasi', 'konfirmasi', 'evaluasi',
  'identifikasi', 'modifikasi', 'produksi', 'antisipasi', 'ekspor', 'impor', 'sewa',
  'pinjam', 'simpan', 'cetak', 'kemas', 'olah', 'campur', 'masak', 'goreng', 'rebus', 'cuci', 'sentuh',
  'pegang', 'peluk', 'cium', 'gigit', 'injak', 'lempar', 'buang', 'lepas', 'ikat', 'gantung', 'culik', 'sandera',
  'perkosa', 'aniaya', 'siksa', 'ancam', 'paksa', 'tipu', 'peras', 'suap', 'sogok', 'kepung', 
  'tempuh', 'capai', 'raih', 'tonton', 'peroleh', 'perpanjang', 'perketat', 'perluas', 'perbesar', 'perkecil',
  'perintah', 'percaya', 'tinggal', 'ingat', 'rasa', 'tiru', 'huni', 'tekan', 'tambah', 'pindah', 'kelola', 'atur',
  'perbaiki', 'pelajari', 'pelihara', 'perbarui', 'kunci', 'gusur', 'bongkar', 'robohkan', 'sterilkan', 'usut',
  'cekal', 'tilang', 'razia', 'tangguhkan', 'terbitkan', 'tandai', 'tulari', 'suntik', 'rekrut', 'tugaskan',
  'kerahkan', 'turunkan', 'naikkan', 'jadikan', 'sampaikan', 'katakan', 'lakukan', 'umumkan', 'gunakan',
  'mulai', 'prediksi', 'respons', 'panggil', 'dakwa', 'usul', 'pangkas', 'tinjau', 'sambut', 'landa', 'guyur',
  'terjang', 'rendam', 'hantam', 'serbu', 'fitnah', 'sorot', 'sentil', 'tegur', 'imbau', 'rancang', 'desain', 'cek',
  'nilai', 'hukum', 'tempatkan', 'sebut-sebut', 'bekuk', 'ringkus', 'gerebek', 'grebek', 'gelandang', 'giring',
  'cecar', 'interogasi', 'lacak', 'buru', 'intai', 'sergap', 'tusuk', 'bacok', 'keroyok', 'hajar', 'seret', 'tabrak',
  'bobol', 'rampas', 'jarah', 'godok', 'rombak', 'desak', 'kecam', 'puji', 'apresiasi', 'bantah', 'sangkal', 'tuding',
  'sangka', 'jerat', 'ganjar', 'denda', 'eksekusi', 'patok', 'banderol', 'pasok', 'timbun', 'kutip', 'lansir',
  'somasi',
]);

/**
 * Stems that are verbs with di- only when -kan or -i follows ("di sampaikan", "di setujui"), either
 * because the bare form does not exist ("disampai") or because the bare word is a noun that follows
 * the preposition ("di rumah", "di tangan", "di sidang", "di berita").
 */
export const suffixBases: ReadonlySet<string> = new Set([
  // verbs that need the suffix
  'sampai', 'henti', 'batal', 'setuju', 'ada', 'selenggara', 'resmi', 'luncur', 'biaya', 'dana', 'awas', 'selidik',
  'adil', 'berita', 'kabar', 'siar', 'tayang', 'kunjung', 'datang', 'hadir', 'ketua', 'wakil', 'damping', 'selamat',
  'semayam', 'makam', 'bersih', 'ledak', 'hancur', 'aman', 'sepakat', 'sah', 'tetap', 'laku', 'terap', 'laksana',
  'kerja', 'selesai', 'tangan', 'kendali', 'turun', 'naik', 'kurang', 'kembali', 'pulang', 'guna', 'manfaat', 'siap',
  'temu', 'jelas', 'aku', 'harap', 'rencana', 'target', 'umum', 'jadwal', 'tenggelam', 'menang', 'kalah', 'saksi',
  'perlu', 'persiap', 'pertanya', 'perjuang', 'perdebat', 'permasalah', 'persoal', 'pertimbang', 'perkenal',
  'perlihat', 'perlaku', 'persila', 'pertahan', 'pertemu', 'perhitung', 'perdagang', 'persatu', 'perboleh',
  'peringat', 'perebut', 'pertaruh', 'perhati', 'perkira', 'sadar', 'takut', 'khawatir', 'hormat', 'jatuh',
  'sembunyi', 'kosong', 'izin', 'wajib', 'harus', 'kata', 'sosialisasi', 'realisasi', 'alokasi', 'distribusi',
  'publikasi', 'dokumentasi', 'koordinasi', 'kena', 'jadi', 'gelap', 'beku', 'lupa', 'suka', 'cinta', 'harga',
  'kuasa', 'milik', 'lalu', 'tingkat', 'kuat', 'besar', 'kecil', 'luas', 'panjang', 'tinggi', 'rendah', 'cepat',
  'lambat', 'mudah', 'sulit', 'prioritas', 'tunjuk', 'masuk', 'keluar', 'tempat', 'sidang', 'penjara', 'operasi',
  'rapat', 'tanda', 'balik', 'rumah', 'pasar', 'jalan', 'pusat', 'akhir', 'awal', 'tengah', 'sekolah', 'samping',
  'luar', 'dalam', 'depan', 'atas', 'dekat', 'antar', 'hadap', 'jauh', 'arah', 'nama', 'warna', 'isyarat', 'alih', 'isi', 'proses', 'subsidi', 'investigasi', 'ikut',
  'ketahu', 'sebab', 'pasti', 'tegas', 'tutur', 'tanggap', 'lari', 'bebas', 'salur', 'aju', 'padat', 'penuh',
  'kebumi', 'libat', 'tuju', 'yakin', 'juluk', 'diri', 'upaya', 'usaha', 'butuh', 'berlaku', 'raya', 'ramai',
  'curiga', 'instruksi', 'terjun', 'siaga', 'pamer', 'alam', 'tanam',
  'jeblos', 'lumpuh', 'benar', 'ragu', 'sesal', 'kritis', 'kabul', 'gugur', 'kukuh', 'nobat', 'anugerah', 'serah',
  'cair', 'kucur', 'gelontor', 'anggar', 'musnah', 'beber', 'papar', 'jabar', 'urai', 'ucap', 'utara', 'warta',
  'viral', 'adu', 'polisi', 'telusur', 'tuntas',
]);

/** After "di", a verb followed by these is a noun phrase: "di buka puasa bersama", "di makan malam". */
export const nounPhraseAfter: Readonly<Record<string, readonly string[]>> = {
  buka: ['puasa', 'bersama'],
  makan: ['malam', 'siang', 'pagi', 'bersama'],
  tanya: ['jawab'],
  jual: ['beli'],
  jawab: ['pertanyaan'],
  rekam: ['jejak', 'medis'],
  tanggung: ['jawab'],
  tutup: ['tahun', 'botol'],
  lepas: ['pantai', 'landas'],
  nilai: ['tukar', 'jual', 'ekspor', 'impor', 'investasi', 'total', 'tertinggi', 'terendah', 'rata-rata', 'sebesar', 'kontrak', 'proyek', 'transaksi', 'aset', 'saham'],
  hukum: ['pidana', 'perdata', 'acara', 'internasional', 'adat', 'positif', 'nasional', 'islam', 'tata', 'agama', 'negara', 'yang', 'kita'],
};
