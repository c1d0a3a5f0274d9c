/**
 * Deterministic, seeded generator of Indonesian-looking news article bodies as ProseMirror JSON
 * (the stored document format: paragraphs, level-2 headings, bold and italic marks). The word
 * lists are our own; the text is plausible in shape, not in meaning. Same (words, seed) -> same
 * document, on every machine.
 *
 *   node bench/generateArticle.ts 5000 [seed] > /tmp/article.json
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export interface TextNode {
  type: 'text';
  text: string;
  marks?: { type: 'bold' | 'italic' }[];
}
export interface BlockNode {
  type: 'paragraph' | 'heading';
  attrs?: { level: number };
  content: TextNode[];
}
export interface ArticleDoc {
  type: 'doc';
  content: BlockNode[];
}

export type Rng = () => number;

/** mulberry32: tiny, fast, good enough for test data. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// --- Word lists (written for this generator) -------------------------------------------------

const firstNames = ['Budi', 'Siti', 'Agus', 'Dewi', 'Rahmat', 'Lestari', 'Hendra', 'Wulan', 'Yusuf', 'Ratna', 'Fajar', 'Intan', 'Joko', 'Maya', 'Arif', 'Nurul', 'Bambang', 'Kartika', 'Teguh', 'Anisa', 'Dimas', 'Putri', 'Hasan', 'Melati'];
const lastNames = ['Santoso', 'Wibowo', 'Hidayat', 'Pratama', 'Saputra', 'Kurniawan', 'Nugroho', 'Rahayu', 'Siregar', 'Simanjuntak', 'Harahap', 'Lubis', 'Setiawan', 'Purnomo', 'Halim', 'Tanjung', 'Wijaya', 'Sembiring', 'Manurung', 'Pohan'];
const roles = ['Kepala Dinas Perhubungan', 'Ketua Komisi B DPRD', 'pengamat ekonomi Universitas Nusantara', 'Direktur Utama PT Sarana Jaya', 'juru bicara kepolisian', 'Wakil Gubernur', 'Sekretaris Daerah', 'Kepala Badan Perencanaan', 'ketua asosiasi pedagang', 'peneliti lembaga kajian kebijakan', 'Kepala Kantor Wilayah', 'anggota Badan Anggaran'];
const places = ['Surabaya', 'Medan', 'Makassar', 'Palembang', 'Semarang', 'Pontianak', 'Kupang', 'Ambon', 'Jayapura', 'Balikpapan', 'Mataram', 'Bandung', 'Padang', 'Manado', 'Banjarmasin', 'Jambi', 'Pekanbaru', 'Denpasar', 'Ternate', 'Palu'];
const subjects = ['pemerintah daerah', 'Kementerian Keuangan', 'Badan Pusat Statistik', 'warga setempat', 'para pedagang', 'pihak kepolisian', 'dewan perwakilan rakyat daerah', 'perusahaan tersebut', 'tim gabungan', 'pemerintah provinsi', 'kalangan pengusaha', 'otoritas pelabuhan', 'dinas kesehatan', 'komisi pengawas', 'para nelayan', 'pengelola pasar', 'badan usaha milik daerah', 'sejumlah akademisi'];
const verbs = ['menyatakan', 'mengumumkan', 'menargetkan', 'menganggarkan', 'meninjau', 'menolak', 'mendukung', 'membahas', 'menyelesaikan', 'memperluas', 'mengevaluasi', 'menunda', 'mempercepat', 'mengawasi', 'menyoroti', 'mengkaji ulang', 'memperpanjang', 'membatalkan', 'menyetujui', 'menggelar'];
const objects = ['proyek jalan tol', 'program bantuan sosial', 'anggaran pendidikan', 'pembangunan pelabuhan', 'harga beras', 'subsidi bahan bakar', 'rencana tata ruang', 'pengadaan alat kesehatan', 'perbaikan saluran irigasi', 'pembangunan rumah susun', 'tarif angkutan umum', 'izin pertambangan', 'revitalisasi pasar tradisional', 'penyaluran pupuk bersubsidi', 'pengelolaan sampah kota', 'jaringan air bersih', 'pembangunan bendungan', 'kuota impor gula', 'perluasan bandara', 'rehabilitasi sekolah dasar'];
const adverbials = ['pada tahun depan', 'dalam waktu dekat', 'sejak awal bulan ini', 'di tengah kenaikan harga', 'secara bertahap', 'hingga akhir tahun', 'tanpa penjelasan rinci', 'setelah rapat tertutup', 'meski mendapat kritik', 'sesuai jadwal semula', 'untuk kedua kalinya', 'di sejumlah kecamatan', 'menjelang musim hujan', 'dalam rapat paripurna', 'bersama instansi terkait'];
const connectors = ['Selain itu,', 'Menurut dia,', 'Sementara itu,', 'Namun,', 'Di sisi lain,', 'Sebelumnya,', 'Karena itu,', 'Adapun', 'Meski demikian,', 'Dalam kesempatan yang sama,'];
const reasons = ['karena keterbatasan anggaran', 'akibat cuaca buruk', 'karena proses lelang belum rampung', 'setelah ditemukan selisih data', 'demi menjaga daya beli masyarakat', 'agar tidak terjadi penumpukan', 'karena permintaan terus meningkat', 'setelah audit internal selesai'];
const findings = ['realisasi anggaran baru mencapai', 'nilai kerugian diperkirakan', 'total dana yang disiapkan sebesar', 'pendapatan daerah naik menjadi', 'utang perusahaan tercatat', 'biaya proyek membengkak hingga', 'bantuan yang tersalurkan senilai'];
const quoteBodies = ['kami akan memastikan semua tahapan berjalan transparan', 'masyarakat tidak perlu khawatir karena stok masih aman', 'kami masih menunggu hasil pemeriksaan dari tim teknis', 'target ini realistis asalkan semua pihak bekerja sama', 'keputusan ini diambil setelah mendengar masukan warga', 'kami belum menerima laporan resmi soal itu', 'data yang beredar di media sosial tidak akurat', 'pembangunan harus tetap memperhatikan dampak lingkungan', 'anggaran tambahan sudah kami ajukan sejak bulan lalu'];
const foreignTerms = ['startup', 'smelter', 'groundbreaking', 'e-commerce', 'roadmap', 'stakeholder', 'online', 'feasibility study', 'joint venture', 'cold storage'];
const headingNouns = ['Dampak', 'Tantangan', 'Rencana', 'Evaluasi', 'Sorotan', 'Kendala', 'Harapan', 'Polemik', 'Kelanjutan', 'Pengawasan'];
const amountUnits = ['juta', 'miliar', 'triliun'];
const months = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const weekdays = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];
const sayVerbs = ['ujar', 'kata', 'ujar', 'kata', 'tutur'];

// --- Tokens: one word each, optionally marked --------------------------------------------------

interface Token {
  word: string;
  mark?: 'bold' | 'italic';
}

const words = (text: string, mark?: Token['mark']): Token[] => text.split(' ').map((word) => (mark ? { word, mark } : { word }));

function personName(rng: Rng): string {
  return `${pick(rng, firstNames)} ${pick(rng, lastNames)}`;
}

function amount(rng: Rng): string {
  const unit = pick(rng, amountUnits);
  const whole = unit === 'triliun' ? int(rng, 1, 25) : int(rng, 2, 950);
  return rng() < 0.5 ? `Rp ${whole},${int(rng, 1, 9)} ${unit}` : `Rp ${whole} ${unit}`;
}

function date(rng: Rng): string {
  return rng() < 0.5
    ? `${pick(rng, weekdays)} (${int(rng, 1, 28)}/${int(rng, 1, 12)}/${int(rng, 2019, 2025)})`
    : `${int(rng, 1, 28)} ${pick(rng, months)} ${int(rng, 2019, 2025)}`;
}

/** The last token gets the punctuation (every token stays a countable word). */
function endWith(tokens: Token[], punctuation: string): Token[] {
  const last = tokens.at(-1)!;
  tokens[tokens.length - 1] = { ...last, word: last.word + punctuation };
  return tokens;
}

function statementSentence(rng: Rng): Token[] {
  const t: Token[] = [];
  if (rng() < 0.35) t.push(...words(pick(rng, connectors)));
  t.push(...words(pick(rng, subjects)), ...words(pick(rng, verbs)), ...words(pick(rng, objects)));
  if (rng() < 0.25) t.push(...words('di'), ...words(pick(rng, places)));
  if (rng() < 0.2) t.push(...words('dalam skema'), ...words(pick(rng, foreignTerms), 'italic'));
  t.push(...words(pick(rng, adverbials)));
  if (rng() < 0.4) t.push(...words(pick(rng, reasons)));
  return endWith(t, '.');
}

function numberSentence(rng: Rng): Token[] {
  const t: Token[] = [];
  if (rng() < 0.4) t.push(...words(`Hingga ${date(rng)},`));
  t.push(...words(rng() < 0.5 ? pick(rng, findings) : capitalize(pick(rng, findings))));
  t.push(...words(amount(rng), rng() < 0.15 ? 'bold' : undefined));
  if (rng() < 0.5) t.push(...words(`atau sekitar ${int(rng, 3, 97)} persen dari target`));
  if (rng() < 0.5) t.push(...words(`untuk ${pick(rng, objects)}`));
  const sentence = endWith(t, '.');
  sentence[0] = { ...sentence[0]!, word: capitalize(sentence[0]!.word) };
  return sentence;
}

function quoteSentence(rng: Rng): Token[] {
  const body = words(pick(rng, quoteBodies));
  body[0] = { ...body[0]!, word: `"${capitalize(body[0]!.word)}` };
  endWith(body, ',"');
  const name = words(personName(rng), rng() < 0.3 ? 'bold' : undefined);
  const t: Token[] = [...body, ...words(pick(rng, sayVerbs)), ...name];
  endWith(t, ',');
  t.push(...words(`${pick(rng, roles)},`), ...words(`di ${pick(rng, places)},`), ...words(date(rng)));
  return endWith(t, '.');
}

function sentence(rng: Rng): Token[] {
  const r = rng();
  const s = r < 0.55 ? statementSentence(rng) : r < 0.8 ? numberSentence(rng) : quoteSentence(rng);
  s[0] = { ...s[0]!, word: s[0]!.word.startsWith('"') ? s[0]!.word : capitalize(s[0]!.word) };
  return s;
}

/** Joins tokens into text nodes, merging neighbours with the same mark; spaces go to unmarked text. */
function textNodes(tokens: readonly Token[]): TextNode[] {
  const nodes: { text: string; mark: Token['mark'] }[] = [];
  tokens.forEach((token, i) => {
    const prev = nodes.at(-1);
    if (prev && prev.mark === token.mark) {
      prev.text += ` ${token.word}`;
    } else if (prev && i > 0) {
      // The separating space belongs to whichever side is unmarked.
      if (prev.mark === undefined) {
        prev.text += ' ';
        nodes.push({ text: token.word, mark: token.mark });
      } else {
        nodes.push({ text: ` ${token.word}`, mark: token.mark });
      }
    } else {
      nodes.push({ text: token.word, mark: token.mark });
    }
  });
  return nodes.map(({ text, mark }) => (mark ? { type: 'text', text, marks: [{ type: mark }] } : { type: 'text', text }));
}

/** One paragraph of 40-90 words (fewer only when `maxWords` says so). */
export function generateParagraph(rng: Rng, maxWords = 90): { block: BlockNode; words: number } {
  const target = int(rng, 40, 90);
  const tokens: Token[] = [];
  while (tokens.length < target) {
    const s = sentence(rng);
    if (tokens.length >= 40 && tokens.length + s.length > 90) break;
    tokens.push(...s);
  }
  if (tokens.length > maxWords) {
    tokens.length = maxWords;
    endWith(tokens, '.');
  }
  return { block: { type: 'paragraph', content: textNodes(tokens) }, words: tokens.length };
}

function heading(rng: Rng): { block: BlockNode; words: number } {
  const tokens = words(`${pick(rng, headingNouns)} ${pick(rng, objects).split(' ').map(capitalize).join(' ')}`);
  return { block: { type: 'heading', attrs: { level: 2 }, content: textNodes(tokens) }, words: tokens.length };
}

/**
 * An article body of exactly `wordCount` words (space-separated tokens, each of which our
 * `countWords` also counts as one word): paragraphs of 40-90 words, a level-2 heading roughly
 * every 800 words, some bold names and amounts, italic foreign terms, quotes with "ujar"/"kata",
 * amounts such as "Rp 1,5 triliun" and dates.
 */
export function generateArticle(wordCount: number, seed = 1): ArticleDoc {
  const rng = mulberry32(seed);
  const content: BlockNode[] = [];
  let total = 0;
  let sinceHeading = 0;
  let nextHeadingAt = int(rng, 650, 950);
  while (total < wordCount) {
    if (sinceHeading >= nextHeadingAt && wordCount - total > 100) {
      const h = heading(rng);
      content.push(h.block);
      total += h.words;
      sinceHeading = 0;
      nextHeadingAt = int(rng, 650, 950);
      continue;
    }
    const p = generateParagraph(rng, wordCount - total);
    content.push(p.block);
    total += p.words;
    sinceHeading += p.words;
  }
  return { type: 'doc', content };
}

/** A plausible headline for a generated article. */
export function generateTitle(seed = 1): string {
  const rng = mulberry32(seed ^ 0x9e3779b9);
  return `${capitalize(pick(rng, subjects))} ${pick(rng, verbs)} ${pick(rng, objects)} di ${pick(rng, places)}`;
}

/** Indexes of the paragraphs of `doc` (headings excluded). */
export function paragraphIndexes(doc: ArticleDoc): number[] {
  return doc.content.flatMap((block, i) => (block.type === 'paragraph' ? [i] : []));
}

/**
 * A copy of `doc` with the paragraph at `index` replaced by a freshly generated one of
 * `seed`: what one edited paragraph looks like to a save. Other blocks are shared, not copied.
 */
export function withParagraphChanged(doc: ArticleDoc, index: number, seed: number): ArticleDoc {
  const content = doc.content.slice();
  content[index] = generateParagraph(mulberry32(seed)).block;
  return { type: 'doc', content };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 5000);
  const seed = Number(process.argv[3] ?? 1);
  process.stdout.write(JSON.stringify(generateArticle(n, seed)));
}
