/**
 * Deterministic, seeded generator of a synthetic translation memory: Indonesian-looking source
 * sentences (a Zipf-distributed vocabulary of function words and invented content words), a
 * pseudo-English target per source, and many near-duplicates (a fifth of the units are edits of
 * earlier ones, as in a real newsroom memory). Queries mix exact repeats, edits of stored units
 * (1–4 words changed) and fresh sentences. The words are made up here; same seed, same memory.
 * Used by the recall test and bench/tm.bench.ts.
 */

type Rng = () => number;

/** mulberry32 (as in bench/generateArticle.ts): tiny, fast, good enough for test data. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticUnit {
  source: string;
  target: string;
}

const functionWords = [
  'yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'pada', 'dalam', 'itu', 'ini', 'tidak', 'akan', 'juga', 'oleh',
  'sebagai', 'karena', 'bahwa', 'atau', 'telah', 'sudah', 'masih', 'lebih', 'para', 'tersebut', 'bisa', 'dapat', 'hingga',
  'saat', 'kata', 'ujar', 'menurut', 'setelah', 'namun', 'tahun', 'kami', 'mereka', 'ada', 'harus', 'sejak',
];
const onsets = ['b', 'd', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'w', 'ng', 'ny', 'c', 'y', 'pr', 'tr', 'kl'];
const vowels = ['a', 'i', 'u', 'e', 'o', 'a', 'i', 'a'];
const codas = ['', '', '', 'n', 'ng', 'r', 'k', 't', 's', 'h', 'm', 'l'];
const prefixes = ['', '', '', 'me', 'mem', 'men', 'di', 'ber', 'ter', 'pe', 'pen', 'ke'];
const suffixes = ['', '', '', '', 'kan', 'an', 'nya', 'i'];

function inventWord(rng: Rng): string {
  const syllables = 2 + Math.floor(rng() * 2);
  let w = prefixes[Math.floor(rng() * prefixes.length)]!;
  for (let i = 0; i < syllables; i++) {
    w += onsets[Math.floor(rng() * onsets.length)]! + vowels[Math.floor(rng() * vowels.length)]!;
    if (i === syllables - 1 || rng() < 0.3) w += codas[Math.floor(rng() * codas.length)]!;
  }
  return w + suffixes[Math.floor(rng() * suffixes.length)]!;
}

/** A pseudo-English word for each source word (a stable hash of it), for the targets. */
function englishOf(word: string): string {
  let h = 2166136261;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  const parts = ['th', 're', 'an', 'ing', 'ed', 'st', 'or', 'al', 'co', 'pro', 'ver', 'ment', 'ion', 'ab', 'le'];
  let out = '';
  for (let i = 0; i < 3; i++) out += parts[(h >>> (i * 5)) % parts.length];
  return out;
}

export class TmGenerator {
  private readonly rng: Rng;
  private readonly vocab: string[];
  private readonly cumulative: Float64Array;
  private readonly stored: string[][] = [];

  constructor(seed: number, vocabSize = 40_000) {
    this.rng = mulberry32(seed);
    const seen = new Set<string>(functionWords);
    this.vocab = [...functionWords];
    while (this.vocab.length < vocabSize) {
      const w = inventWord(this.rng);
      if (!seen.has(w)) {
        seen.add(w);
        this.vocab.push(w);
      }
    }
    // Zipf (s = 1): word of rank r has weight 1 / (r + 2).
    this.cumulative = new Float64Array(vocabSize);
    let total = 0;
    for (let r = 0; r < vocabSize; r++) this.cumulative[r] = total += 1 / (r + 2);
    for (let r = 0; r < vocabSize; r++) this.cumulative[r]! /= total;
  }

  private word(): string {
    const x = this.rng();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return this.vocab[lo]!;
  }

  private freshWords(): string[] {
    const length = 6 + Math.floor(this.rng() * 12) + Math.floor(this.rng() * 11);
    return Array.from({ length }, () => this.word());
  }

  /** `edits` random word replacements, insertions or deletions. */
  private edited(words: readonly string[], edits: number): string[] {
    const out = [...words];
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(this.rng() * out.length);
      const kind = this.rng();
      if (kind < 0.6) out[at] = this.word();
      else if (kind < 0.8) out.splice(at, 0, this.word());
      else if (out.length > 3) out.splice(at, 1);
    }
    return out;
  }

  private static sentence(words: readonly string[]): string {
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  }

  /** The next unit to store: a fresh sentence, or (one in five) an edit of an earlier one. */
  unit(): SyntheticUnit {
    const base = this.stored.length > 10 && this.rng() < 0.2 ? this.edited(this.stored[Math.floor(this.rng() * this.stored.length)]!, 1 + Math.floor(this.rng() * 3)) : this.freshWords();
    this.stored.push(base);
    return { source: TmGenerator.sentence(base), target: TmGenerator.sentence(base.map(englishOf)) };
  }

  /** A sentence to look up: 20 % exact repeats, 50 % edits of stored units (1–4 words), 30 % fresh. */
  query(): string {
    const x = this.rng();
    const pick = () => this.stored[Math.floor(this.rng() * this.stored.length)]!;
    if (x < 0.2 && this.stored.length) return TmGenerator.sentence(pick());
    if (x < 0.7 && this.stored.length) return TmGenerator.sentence(this.edited(pick(), 1 + Math.floor(this.rng() * 4)));
    return TmGenerator.sentence(this.freshWords());
  }
}
