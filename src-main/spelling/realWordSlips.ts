/**
 * Real-word slips: correctly spelled words that are wrong where they stand ("kekurangan gurun
 * matematika" for guru, "korban" typed as "koran"). No statistics and no guessing: a small table
 * of confusable pairs, each with the neighbouring words that give the slip away, in the spirit of
 * LanguageTool's confusion rules. A finding spans the wrong word only and suggests the right one.
 * Repeated words ("the the") are reported here too, spanning the second copy.
 */
import type { SpellLang } from './loadDictionary.ts';

export interface Confusion {
  /** The word as (wrongly) written, lower case. */
  wrong: string;
  /** What was meant. */
  right: string;
  /** Words right before `wrong` that show the slip. */
  before?: readonly string[];
  /** Words right after `wrong` that show the slip. */
  after?: readonly string[];
}

const years = ['lalu', 'depan', 'anggaran', 'ajaran', 'sebelumnya', 'berikutnya'];
const victims = ['jiwa', 'tewas', 'meninggal', 'luka', 'luka-luka', 'terdampak', 'selamat', 'hilang', 'banjir', 'gempa', 'kecelakaan', 'kebakaran', 'bencana'];
const subjects = ['matematika', 'bahasa', 'agama', 'olahraga', 'honorer', 'kelas', 'sekolah', 'sd', 'smp', 'sma', 'smk', 'pengajar', 'penggerak'];

export const confusionTable: Record<SpellLang, readonly Confusion[]> = {
  id: [
    { wrong: 'bisa', right: 'biasa', before: ['luar', 'seperti'] },
    { wrong: 'sakti', right: 'sakit', before: ['rumah'] },
    { wrong: 'kasi', right: 'kasih', before: ['terima'] },
    { wrong: 'lali', right: 'lalu', before: ['tahun', 'bulan', 'pekan', 'minggu'] },
    { wrong: 'tahu', right: 'tahun', after: years, before: ['setiap', 'per', 'akhir', 'awal', 'pertengahan', 'sepanjang'] },
    { wrong: 'koran', right: 'korban', after: victims, before: ['jumlah', 'para', 'keluarga'] },
    { wrong: 'gurun', right: 'guru', after: subjects, before: ['para', 'kekurangan', 'seorang', 'profesi'] },
    { wrong: 'tuntunan', right: 'tuntutan', before: ['membacakan', 'dibacakan', 'mengajukan', 'diajukan'], after: ['jaksa', 'hukuman', 'pidana'] },
    { wrong: 'masa', right: 'massa', before: ['aksi', 'organisasi', 'media'], after: ['aksi', 'pendukung'] },
    { wrong: 'mentari', right: 'menteri', after: ['keuangan', 'pertanian', 'perdagangan', 'kesehatan', 'pendidikan', 'luar', 'dalam', 'agama'] },
    { wrong: 'pemilik', right: 'pemilih', before: ['daftar', 'jumlah', 'suara'], after: ['pemula', 'tetap'] },
  ],
  en: [
    { wrong: 'then', right: 'than', before: ['more', 'less', 'rather', 'better', 'fewer', 'larger', 'higher', 'lower', 'other'] },
    { wrong: 'of', right: 'have', before: ['could', 'would', 'should', 'must', 'might'] },
    { wrong: 'loose', right: 'lose', before: ['to', 'will', 'would', 'could', 'may'] },
    { wrong: 'affect', right: 'effect', before: ['the', 'an', 'no', 'any', 'side'] },
  ],
};

/** Word pairs that are correct when repeated ("had had", "that that", Indonesian "dia dia"? no: rare). */
const repeatAllowed = new Set(['had', 'that', 'is']);

const byWrong = new Map<string, Confusion[]>();
for (const [lang, entries] of Object.entries(confusionTable)) {
  for (const entry of entries) {
    const key = `${lang}:${entry.wrong}`;
    byWrong.set(key, [...(byWrong.get(key) ?? []), entry]);
  }
}

/** Every confusable word as it may be written: lower case and Capitalised. */
const slipCandidates = new Set(
  Object.values(confusionTable).flatMap((entries) => entries.flatMap((e) => [e.wrong, e.wrong[0]!.toUpperCase() + e.wrong.slice(1)])),
);

export type Slip = { rule: 'spelling.repeated-word' | 'spelling.slip'; on: 'previous' | 'word'; meant: string };

/**
 * The slip shown by the pair `previous word`, if any: the second copy of a repeated word, `word`
 * wrong after `previous`, or `previous` wrong before `word`.
 */
export function findSlip(lang: SpellLang, previous: string, word: string): Slip | null {
  // Called for every pair of words in a text: leave at once unless the pair could be a repeat or
  // holds a confusable word (checked as written, lower case or capitalised, before any lowering).
  const maybeRepeat = previous.length === word.length && previous.charCodeAt(previous.length - 1) === word.charCodeAt(word.length - 1);
  if (!maybeRepeat && !slipCandidates.has(word) && !slipCandidates.has(previous)) return null;
  const p = previous.toLowerCase();
  const w = word.toLowerCase();
  if (p === w && !repeatAllowed.has(w)) return { rule: 'spelling.repeated-word', on: 'word', meant: '' };
  for (const c of byWrong.get(`${lang}:${w}`) ?? []) if (c.before?.includes(p)) return { rule: 'spelling.slip', on: 'word', meant: c.right };
  for (const c of byWrong.get(`${lang}:${p}`) ?? []) if (c.after?.includes(w)) return { rule: 'spelling.slip', on: 'previous', meant: c.right };
  return null;
}
