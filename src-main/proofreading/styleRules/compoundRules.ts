/**
 * Compounds and bound forms that EYD V writes as one word:
 * - `id.compound-affixed`: a compound written apart ("tanda tangan", "latar belakang") is joined once
 *   it takes a prefix and a suffix together ("ditandatangani", "dilatarbelakangi"); with only one affix
 *   it stays apart ("bertanda tangan", "berlatar belakang"), so only the forms below are flagged.
 *   Also "ketidak pastian" -> "ketidakpastian" and a few compounds KBBI writes as one word
 *   ("olah raga" -> "olahraga").
 * - `id.bound-form`: bound forms (pasca-, pra-, non-, multi- ...) are joined to the next word
 *   ("pasca gempa" -> "pascagempa", "non-aktif" -> "nonaktif"); a hyphen is kept only before a capital
 *   or a digit ("non-Indonesia", "pasca-2020").
 */
import { singleSpaceAfter, type RuleContext } from './ruleContext.ts';

/**
 * Both-affixed compounds, the split point marked with "|". Extend freely: each line gives the
 * wrong forms "dilatar belakangi" and "dilatar-belakangi" (and with -nya) for "dilatarbelakangi".
 */
export const affixedCompounds: readonly string[] = [
  'dilatar|belakangi', 'melatar|belakangi', 'pertanggung|jawaban', 'mempertanggung|jawabkan', 'dipertanggung|jawabkan',
  'ditanda|tangani', 'menanda|tangani', 'penanda|tanganan', 'diberi|tahukan', 'memberi|tahukan', 'pemberi|tahuan',
  'dilipat|gandakan', 'melipat|gandakan', 'disalah|gunakan', 'menyalah|gunakan', 'penyalah|gunaan',
  'dikambing|hitamkan', 'mengkambing|hitamkan', 'mengambing|hitamkan', 'digaris|bawahi', 'menggaris|bawahi',
  'diikut|sertakan', 'mengikut|sertakan', 'keikut|sertaan', 'ditindak|lanjuti', 'menindak|lanjuti',
  'penindak|lanjutan', 'diuji|cobakan', 'menguji|cobakan', 'disebar|luaskan', 'menyebar|luaskan',
  'penyebar|luasan', 'dikerja|samakan', 'diserah|terimakan', 'menyerah|terimakan', 'dialih|fungsikan',
  'mengalih|fungsikan', 'pengalih|fungsian', 'dialih|bahasakan', 'mengalih|bahasakan', 'dicampur|tangani',
  'mencampur|tangani', 'pengambil|alihan', 'didaya|gunakan', 'mendaya|gunakan', 'pendaya|gunaan',
  'kesalah|pahaman', 'kewarga|negaraan', 'ketata|negaraan', 'ketata|usahaan', 'penata|laksanaan',
  'diputar|balikkan', 'memutar|balikkan', 'pemutar|balikan', 'dijungkir|balikkan', 'menjungkir|balikkan',
  'diluluh|lantakkan', 'meluluh|lantakkan', 'dibumi|hanguskan', 'membumi|hanguskan', 'pembumi|hangusan',
  'disama|ratakan', 'menyama|ratakan', 'penyama|rataan', 'dipukul|ratakan', 'memukul|ratakan', 'diperjual|belikan',
  'memperjual|belikan', 'dianak|tirikan', 'menganak|tirikan', 'dianak|emaskan', 'menganak|emaskan',
  'diporak|porandakan', 'memporak|porandakan', 'dihancur|leburkan', 'menghancur|leburkan', 'diambil|alihkan',
  'mengambil|alihkan',
];

/** Compounds KBBI writes as one word even without affixes (two-word spellings are the error). */
export const closedCompounds: readonly string[] = [
  'olah|raga', 'kosa|kata', 'apa|bila', 'barang|kali', 'segi|tiga', 'sapu|tangan', 'kaca|mata', 'dari|pada',
  'bila|mana', 'halal|bihalal', 'kilo|meter', 'bumi|putra',
];

interface Compound {
  second: string;
  joined: string;
}

function indexCompounds(list: readonly string[]): Map<string, Compound[]> {
  const map = new Map<string, Compound[]>();
  for (const entry of list) {
    const [first, second] = entry.split('|') as [string, string];
    if (!second) continue;
    const arr = map.get(first) ?? [];
    arr.push({ second, joined: first + second });
    map.set(first, arr);
  }
  return map;
}

const byFirst = indexCompounds([...affixedCompounds, ...closedCompounds]);
const hyphenated = new Map<string, string>();
for (const list of byFirst.values()) for (const c of list) hyphenated.set(c.joined, c.joined);
const closedSet = new Set(closedCompounds.map((c) => c.replace('|', '')));
/** The di- compounds written in three pieces: "di tanda tangani" -> "ditandatangani". */
const afterDi = indexCompounds(affixedCompounds.filter((c) => c.startsWith('di')).map((c) => c.slice(2)));

/** Bound forms that are never words on their own (EYD V: written joined). "tuna" only before these. */
const boundForms: ReadonlySet<string> = new Set([
  'pasca', 'pra', 'non', 'multi', 'swa', 'purna', 'ultra', 'supra', 'infra', 'intra', 'mono', 'panca', 'dwi', 'tri',
  'eka', 'nir', 'neo', 'sub', 'antar', 'tuna',
]);
const tunaWords = new Set(['netra', 'rungu', 'wicara', 'wisma', 'karya', 'daksa', 'grahita', 'susila', 'aksara', 'busana']);
/** "antar" is also the verb "deliver" ("antar jemput"): joined only before these. */
const antarWords = new Set([
  'kota', 'negara', 'provinsi', 'daerah', 'pulau', 'wilayah', 'lembaga', 'kementerian', 'instansi', 'umat', 'agama',
  'warga', 'kampung', 'desa', 'partai', 'bangsa', 'generasi', 'sekolah', 'kelompok', 'pemerintah', 'anggota', 'bank',
]);

function boundApplies(bound: string, next: string): boolean {
  if (bound === 'tuna') return tunaWords.has(next);
  if (bound === 'antar') return antarWords.has(next);
  return next.length >= 3;
}

export function checkCompounds(ctx: RuleContext): void {
  const { tokens, solid } = ctx;
  for (let s = 0; s < solid.length; s++) {
    const t = tokens[solid[s]!]!;
    if (t.kind !== 'word') continue;
    const lower = ctx.lower[solid[s]!]!;
    // One token with a hyphen: "dilatar-belakangi".
    if (lower.includes('-')) {
      const joined = lower.replace(/-/g, '');
      const base = joined.endsWith('nya') && hyphenated.has(joined.slice(0, -3)) ? joined.slice(0, -3) : joined;
      if (hyphenated.has(base) && !closedSet.has(base)) {
        reportCompound(ctx, t.start, t.end, t.text.replace(/-/g, ''));
        continue;
      }
    }
    const candidates = byFirst.get(lower);
    if (candidates === undefined && lower !== 'di' && lower !== 'ketidak') continue;
    const nextIdx = solid[s + 1];
    if (nextIdx === undefined || !singleSpaceAfter(ctx, s)) continue;
    if (lower === 'di' && singleSpaceAfter(ctx, s + 1)) {
      const a = tokens[nextIdx]!;
      const b = tokens[solid[s + 2]!]!;
      const bLower = ctx.lower[solid[s + 2]!]!;
      const three = afterDi.get(ctx.lower[nextIdx]!)?.find((c) => bLower === c.second || bLower === `${c.second}nya`);
      if (three && a.kind === 'word' && b.kind === 'word') {
        reportCompound(ctx, t.start, b.end, t.text + a.text + b.text);
        s += 2;
        continue;
      }
    }
    const next = tokens[nextIdx]!;
    if (next.kind !== 'word') continue;
    const nextLower = ctx.lower[nextIdx]!;
    const match =
      candidates?.find((c) => nextLower === c.second || nextLower === `${c.second}nya`) ??
      (lower === 'ketidak' && /an(nya)?$/.test(nextLower) ? { second: nextLower, joined: lower + nextLower } : undefined);
    if (match) {
      reportCompound(ctx, t.start, next.end, t.text + next.text);
      s++;
    }
  }
}

function reportCompound(ctx: RuleContext, start: number, end: number, fixed: string): void {
  ctx.report('style', 'id.compound-affixed', start, end, {
    id: `Gabungan kata yang mendapat awalan dan akhiran sekaligus (atau yang baku sebagai satu kata) ditulis serangkai: "${fixed}".`,
    en: `A compound that takes a prefix and a suffix together (or is one word in KBBI) is written as one word: "${fixed}".`,
  }, [fixed]);
}

export function checkBoundForms(ctx: RuleContext): void {
  const { tokens, solid } = ctx;
  for (let s = 0; s < solid.length; s++) {
    const t = tokens[solid[s]!]!;
    if (t.kind !== 'word') continue;
    const lower = ctx.lower[solid[s]!]!;
    // "non-aktif", "pasca-gempa": a hyphen only before a capital or a digit.
    const dash = lower.indexOf('-');
    if (dash > 0) {
      const bound = lower.slice(0, dash);
      const rest = t.text.slice(dash + 1);
      if (boundForms.has(bound) && /^\p{Ll}+$/u.test(rest) && boundApplies(bound, rest) && !t.reduplication) {
        reportBound(ctx, t.start, t.end, t.text.slice(0, dash) + rest);
      }
      continue;
    }
    if (!boundForms.has(lower) || /^\p{Lu}/u.test(t.text)) continue;
    const nextIdx = solid[s + 1];
    if (nextIdx === undefined || !singleSpaceAfter(ctx, s)) continue;
    const next = tokens[nextIdx]!;
    if (next.kind !== 'word' || !/^\p{Ll}+$/u.test(next.text) || !boundApplies(lower, next.text)) continue;
    reportBound(ctx, t.start, next.end, t.text + next.text);
    s++;
  }
}

function reportBound(ctx: RuleContext, start: number, end: number, fixed: string): void {
  ctx.report('style', 'id.bound-form', start, end, {
    id: `Bentuk terikat ditulis serangkai dengan kata yang mengikutinya: "${fixed}".`,
    en: `A bound form is joined to the word after it: "${fixed}".`,
  }, [fixed]);
}
