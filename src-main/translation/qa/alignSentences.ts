/**
 * Sentence alignment of a source text and its translation, so each source sentence is checked
 * against its own translation and sentences left out or added show up. Gale & Church (1993): the
 * length of a translation is roughly proportional to its source's (the ratio `c` is taken from the
 * two whole texts, its variance per character is theirs, 6.8), and beads 1-1, 2-1, 1-2, 2-2, 1-0 and
 * 0-1 have prior costs. Two departures make it fit QA rather than corpus building:
 *  - anchors: numbers and dates by value, names and acronyms, and shared word stems (cognates such
 *    as "inflasi"/"inflation", the first five letters) — a bead gains for the anchors it pairs and
 *    pays for the values and stems it leaves unpaired (not for names: "Jawa" is "Java"), so a
 *    sentence whose figures are not in its neighbour's translation is not merged into it;
 *  - a sentence without a translation (1-0, 0-1) costs a constant instead of Gale & Church's cost
 *    that grows with its length: an omitted long sentence is what QA must find, not explain away.
 */
import type { Lang } from '../../../src-preload/contract/domain.ts';
import { parseValues } from '../../language/parseValues.ts';
import type { Sentence } from '../../language/splitSentences.ts';
import { tokenize } from '../../language/tokenize.ts';
import { wordEvidence } from '../../language/identifyLanguage.ts';
import { nameWords } from './findMissingNames.ts';

/** Source sentences [sourceFrom, sourceTo) are translated by target sentences [targetFrom, targetTo). */
export interface Bead {
  sourceFrom: number;
  sourceTo: number;
  targetFrom: number;
  targetTo: number;
}

const variance = 6.8;
/** Bead shapes and their costs (-ln of Gale & Church's priors, 2-1 and 1-2 made rarer). */
const shapes: [ds: number, dt: number, cost: number][] = [
  [1, 1, -Math.log(0.89)],
  [2, 1, -Math.log(0.02)],
  [1, 2, -Math.log(0.02)],
  [2, 2, -Math.log(0.011)],
  [1, 0, 0],
  [0, 1, 0],
];
/** Most DP cells searched (see the band in alignSentences): ~80 MB at worst. */
const maxCells = 8_000_000;
/** The cost of leaving a sentence untranslated (see the file comment). */
const skipCost = 3.5;
/** What a paired anchor earns a bead and an unpaired one costs it. */
const anchorGain = 1.5;
const anchorCost = 1.5;
const stemGain = 0.4;
const stemCost = 0.15;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

interface SentenceInfo {
  length: number;
  /** Values, each with its possible readings ("1.250" is 1250 or 1.25): paired they gain, unpaired they cost. */
  anchors: string[][];
  /** Names and acronyms ("budi", "bps"): paired they gain; unpaired they prove nothing (Jawa/Java). */
  names: string[];
  /** First five letters of the longer content words. */
  stems: string[];
}

function infoOf(s: Sentence, lang: Lang): SentenceInfo {
  const anchors: string[][] = [];
  for (const v of parseValues(s.text, { lang })) {
    if (v.kind === 'number' || v.kind === 'money' || v.kind === 'percent') {
      // A figure with a scale word also pairs by what is written before it: "2,8 juta" and a wrong
      // "2.8 billion" still translate each other (the value rules report the slip).
      const written = v.magnitude !== undefined ? [`m:${Math.round((v.value / v.magnitude) * 1e6) / 1e6}`] : [];
      anchors.push([`v:${v.value}`, ...(v.alternative !== undefined ? [`v:${v.alternative}`] : []), ...written]);
    }
    else if (v.kind === 'date') anchors.push([`d:${v.month ?? ''}-${v.day ?? ''}`, ...(v.ambiguousOrder ? [`d:${v.day ?? ''}-${v.month ?? ''}`] : [])]);
  }
  const names = nameWords(s.text).map((t) => fold(t.text));
  const stems: string[] = [];
  for (const t of tokenize(s.text, { lang })) {
    if (t.kind === 'word' && t.text.length >= 6 && /^\p{Ll}/u.test(t.text) && wordEvidence(t.text.toLowerCase()) === 0) stems.push(fold(t.text).slice(0, 5));
  }
  return { length: s.text.length, anchors, names, stems };
}

/** Paired and unpaired members of two multisets (a sentence has a handful: plain loops beat maps). */
function overlap(a: readonly string[], b: readonly string[]): { paired: number; unpaired: number } {
  const used = new Uint8Array(b.length);
  let paired = 0;
  for (const x of a) {
    for (let k = 0; k < b.length; k++) {
      if (used[k] === 0 && b[k] === x) {
        used[k] = 1;
        paired++;
        break;
      }
    }
  }
  return { paired, unpaired: a.length + b.length - 2 * paired };
}

/** The same for values with several readings: two pair when they share one. */
function overlapReadings(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): { paired: number; unpaired: number } {
  const used = new Set<number>();
  let paired = 0;
  for (const x of a) {
    const k = b.findIndex((y, i) => !used.has(i) && y.some((r) => x.includes(r)));
    if (k >= 0) {
      used.add(k);
      paired++;
    }
  }
  return { paired, unpaired: a.length + b.length - 2 * paired };
}

/** -ln of the two-sided tail probability of a standard normal beyond |z|. */
function tailCost(z: number): number {
  // Abramowitz & Stegun 26.2.17 for the normal tail; exact enough for costs.
  const x = Math.abs(z);
  const t = 1 / (1 + 0.2316419 * x);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const tail = (Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI)) * poly;
  return -Math.log(Math.max(2 * tail, 1e-300));
}

export function alignSentences(source: readonly Sentence[], target: readonly Sentence[], sourceLang: Lang, targetLang: Lang): Bead[] {
  const si = source.map((s) => infoOf(s, sourceLang));
  const ti = target.map((s) => infoOf(s, targetLang));
  const totalS = si.reduce((n, s) => n + s.length, 0);
  const totalT = ti.reduce((n, s) => n + s.length, 0);
  const ratio = totalS > 0 && totalT > 0 ? totalT / totalS : 1;
  const n = si.length;
  const m = ti.length;
  // Only cells near the diagonal are searched: a band wide enough for the length difference and
  // some drift, capped so a book-length text costs memory in proportion to its length, not its square.
  const halfWidth = Math.min(Math.max(25, Math.abs(n - m) + 25), Math.max(25, Math.floor(maxCells / (n + 1) / 2)));
  const lo = (i: number) => Math.max(0, Math.floor((i * m) / Math.max(1, n)) - halfWidth);
  const hi = (i: number) => (i === n ? m : Math.min(m, Math.ceil((i * m) / Math.max(1, n)) + halfWidth));
  const cost: Float64Array[] = [];
  const move: Int8Array[] = [];
  const at = (i: number, j: number) => (j < lo(i) || j > hi(i) ? Infinity : cost[i]![j - lo(i)]!);
  const beadCost = (i: number, j: number, ds: number, dt: number, prior: number): number => {
    if (ds === 0 || dt === 0) return skipCost;
    const ss = ds === 1 ? [si[i - 1]!] : si.slice(i - ds, i);
    const ts = dt === 1 ? [ti[j - 1]!] : ti.slice(j - dt, j);
    const l1 = ss.reduce((x, s) => x + s.length, 0);
    const l2 = ts.reduce((x, s) => x + s.length, 0);
    const mean = (l1 + l2 / ratio) / 2;
    const z = (ratio * l1 - l2) / Math.sqrt(variance * Math.max(mean, 1) * ratio);
    const a = overlapReadings(ds === 1 ? ss[0]!.anchors : ss.flatMap((s) => s.anchors), dt === 1 ? ts[0]!.anchors : ts.flatMap((s) => s.anchors));
    const nm = overlap(ds === 1 ? ss[0]!.names : ss.flatMap((s) => s.names), dt === 1 ? ts[0]!.names : ts.flatMap((s) => s.names));
    const w = overlap(ds === 1 ? ss[0]!.stems : ss.flatMap((s) => s.stems), dt === 1 ? ts[0]!.stems : ts.flatMap((s) => s.stems));
    return prior + tailCost(z) - anchorGain * (a.paired + nm.paired) + anchorCost * a.unpaired - stemGain * w.paired + stemCost * w.unpaired;
  };
  for (let i = 0; i <= n; i++) {
    const rowCost = new Float64Array(hi(i) - lo(i) + 1).fill(Infinity);
    const rowMove = new Int8Array(hi(i) - lo(i) + 1).fill(-1);
    cost.push(rowCost);
    move.push(rowMove);
    for (let j = lo(i); j <= hi(i); j++) {
      if (i === 0 && j === 0) {
        rowCost[0] = 0;
        continue;
      }
      let best = Infinity;
      let bestMove = -1;
      for (let k = 0; k < shapes.length; k++) {
        const [ds, dt, prior] = shapes[k]!;
        if (i < ds || j < dt) continue;
        const before = at(i - ds, j - dt);
        if (before === Infinity) continue;
        const c = before + beadCost(i, j, ds, dt, prior);
        if (c < best) {
          best = c;
          bestMove = k;
        }
      }
      rowCost[j - lo(i)] = best;
      rowMove[j - lo(i)] = bestMove;
    }
  }
  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const k = j >= lo(i) && j <= hi(i) ? move[i]![j - lo(i)]! : -1;
    // Outside the band (never for texts a newsroom writes): the rest counts as unaligned.
    const [ds, dt] = k >= 0 ? shapes[k]! : i > 0 ? [1, 0] : [0, 1];
    beads.push({ sourceFrom: i - ds, sourceTo: i, targetFrom: j - dt, targetTo: j });
    i -= ds;
    j -= dt;
  }
  return beads.reverse();
}
