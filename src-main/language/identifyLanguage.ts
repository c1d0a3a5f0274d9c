/**
 * Indonesian or English, for a sentence and for runs of words inside it. Spelling must check an
 * English quote inside an Indonesian story against the English dictionary, translation QA must spot
 * text left untranslated, and number parsing needs the language to read "1.250".
 *
 * A general language identifier (n-gram models of 100+ languages) is heavy, weak on a handful of
 * words and knows nothing of these two languages' overlap; here only id and en matter. Each word
 * gives evidence: function words count most (yang, dengan, tidak / the, will, not), then affixes and
 * spelling (me-/ber-/-kan/-nya, "ny" vs -tion/-ly/-ed, "th", "ck", doubled consonants). Names
 * (capitalised inside a sentence) and acronyms count little or nothing. Runs come from a two-state
 * Viterbi pass over the words: switching language costs a penalty, which is lower where punctuation
 * (quotes, brackets, dashes, sentence ends) separates the words, so a quoted English phrase becomes
 * its own run while a lone loanword ("roadmap") stays inside the Indonesian text.
 */
import type { Lang } from '../../src-preload/contract/domain.ts';
import { tokenize, type Span, type Token } from './tokenize.ts';

export type LangGuess = Lang | 'unknown';

export interface LanguageGuess {
  lang: LangGuess;
  /** 0..1: how clearly the evidence favours `lang` (0 for 'unknown'). */
  confidence: number;
  /** Total evidence for each language. */
  evidence: Record<Lang, number>;
}

export interface LanguageRun extends Span {
  lang: LangGuess;
  confidence: number;
  text: string;
}

export interface LanguageOptions {
  /** The article's language: neutral words lean towards it, and a short text without evidence gets it. */
  expected?: Lang;
  /** Tokens of `text` if the caller already has them. */
  tokens?: readonly Token[];
}

const idWords = new Set(
  `yang dan di ke dari ini itu dengan untuk tidak tak akan pada juga dalam adalah ialah merupakan kami kita saya aku
  mereka ia dia beliau anda kamu sudah telah bisa dapat ada atau karena oleh sebagai tersebut bahwa lebih harus para
  hanya masih belum kata ujar ungkap tutur menurut sangat agar jika kalau namun tetapi tapi saat setelah sebelum hingga
  sampai bagi serta lagi baru sedang pun pula apa siapa bagaimana mengapa kenapa kapan mana sejak antara tentang
  seperti secara kepada terhadap yaitu yakni sendiri semua setiap beberapa banyak sebuah seorang salah satu dua tiga
  empat lima enam tujuh delapan sembilan sepuluh tahun hari bulan pekan minggu orang pemerintah negara kota warga
  rakyat kembali terus mulai tetap bukan jangan mau ingin perlu boleh sebab maka lalu kemudian nanti kini sekarang
  begitu demikian hal cara sama lain besar kecil baik buruk tinggi rendah sedikit jadi menjadi sekitar bersama tanpa
  melalui selama sementara sehingga supaya meski meskipun walaupun apabila bila ketika sambil tengah atas bawah luar
  sini situ sana begini ya nggak gak enggak dong sih kok lho deh kan nih tuh saja sekali paling amat cukup hampir
  masing tiap segala seluruh bahkan apalagi justru memang tentu mungkin pasti wajib usai jelang menjelang guna demi
  soal terkait pihak presiden menteri rupiah persen juta miliar triliun ribu penting asing uang harga pasar kerja
  baru lama dulu belakang depan akhir awal pagi siang sore malam kemarin besok hal juga mampu turut serta sudah
  tersebut tidaklah adanya sedangkan adapun yakni maupun sejumlah sebanyak sebesar hanyalah lewat bagian waktu
  naik turun pergi datang bilang lihat tahu beri buat pakai punya jalan rumah anak ibu bapak makan minum tempat`.split(/\s+/),
);
const enWords = new Set(
  `the a an of and to in is are was were be been being will would not we you they he she it i me him us them that
  this these those with for on at by from as but or have has had do does did done our your their his her its my
  which who whom whose what when where why how there here can could should shall may might must into about than then
  so if because all just only more most some any yes very also after before over under up down out off back again
  still never always said says say told according people year years new against between during without within through
  while since until each every both either neither other another such own same get got make made take took go going
  went come came know think want need like well now today time way government minister president percent million
  billion trillion thousand let though although however whether never cannot let's it's we're they're i'm isn't
  aren't wasn't weren't doesn't didn't don't won't can't couldn't wouldn't shouldn't we'll they'll you're he's she's
  that's there's what's been being first last next many much few less least good bad high low big small long
  little great right left part place week month day days months weeks world country city because around`.split(/\s+/),
);
for (const w of enWords) if (idWords.has(w)) throw new Error(`word in both lists: ${w}`);

const functionWeight = 2;

/**
 * Evidence a single word gives: positive for English, negative for Indonesian, 0 for none
 * (numbers, acronyms, words both languages write alike). `capitalisedInside`: a capitalised word
 * that does not start its sentence, most likely a name, counts for little.
 */
export function wordEvidence(word: string, capitalisedInside = false): number {
  const key = capitalisedInside ? `^${word}` : word;
  let e = evidenceCache.get(key);
  if (e === undefined) {
    // Articles repeat their words; a bounded cache keeps the regular expressions off the hot path.
    if (evidenceCache.size >= 50_000) evidenceCache.clear();
    e = computeEvidence(word, capitalisedInside);
    evidenceCache.set(key, e);
  }
  return e;
}

const evidenceCache = new Map<string, number>();

function computeEvidence(word: string, capitalisedInside: boolean): number {
  if (word.length > 1 && word === word.toUpperCase()) return 0; // acronyms: AS, CEO, KPK, US
  const lower = word.toLowerCase().replace(/’/g, "'");
  const scale = capitalisedInside ? 0.3 : 1;
  if (enWords.has(lower)) return functionWeight * scale;
  if (idWords.has(lower)) return -functionWeight * scale;
  if (!/^[a-z'-]+$/.test(lower) || lower.length < 3) return 0;
  let e = 0;
  // Indonesian: affixes and spelling.
  if (lower.endsWith('nya')) e -= 1.5;
  if (/kan$/.test(lower) && lower.length > 5) e -= 1;
  if (/^(meng|meny|mem|men|me)[a-z]{3,}/.test(lower)) e -= 0.8;
  if (/^ber[a-z]{3,}/.test(lower)) e -= 0.8;
  if (/^ter[a-z]{3,}/.test(lower)) e -= 0.4;
  if (/^di[bcdfghjklmnprstwy][a-z]{3,}/.test(lower) && !/^dis/.test(lower)) e -= 0.5;
  if (/^(pe|ke)[a-z]{3,}an$/.test(lower)) e -= 1.2;
  if (/ny[aeiu]/.test(lower)) e -= 0.7;
  if (/ng[aiu]/.test(lower)) e -= 0.3;
  if (/[aiu]$/.test(lower)) e -= 0.3;
  if (/(.)-\1/.test(lower) || /^([a-z]+)-\1/.test(lower)) e -= 1; // reduplication
  // English: suffixes and spelling Indonesian does not use.
  if (/(tion|sion)s?$/.test(lower)) e += 1.5;
  if (/ly$/.test(lower)) e += 1;
  if (/(ness|ment|ful|less|ous|ive|able|ible)$/.test(lower)) e += 1;
  if (/ed$/.test(lower) && lower.length > 4) e += 0.8;
  if (/ing$/.test(lower) && lower.length > 5) e += 1;
  if (/'(s|t|re|ll|ve|d|m)$/.test(lower)) e += 2;
  if (/th|wh|sh|ph|gh|ck|oo|ou|aw|ow/.test(lower)) e += 0.6;
  if (/c(?![aeiouh])/.test(lower) || /(bb|dd|ff|ll|mm|pp|rr|ss|tt|zz)/.test(lower)) e += 0.6;
  if (/[^aeiou]y$|e$|[^n]d$/.test(lower)) e += 0.4;
  if (/(er|ers)$/.test(lower)) e += 0.3;
  return e * scale;
}

interface Item {
  token: Token;
  evidence: number;
  /** Punctuation between this item and the previous one that makes a language switch likely. */
  breakBefore: boolean;
}

const switchPunctuation = /["“”‘’'()[\]«»:;—–.!?…-]/u;

function items(tokens: readonly Token[]): Item[] {
  const out: Item[] = [];
  let sentenceStart = true;
  let pendingBreak = false;
  for (const t of tokens) {
    if (t.kind === 'space') {
      if (t.text.includes('\n')) {
        pendingBreak = true;
        sentenceStart = true;
      }
      continue;
    }
    if (t.kind === 'punctuation' || t.kind === 'symbol') {
      if (switchPunctuation.test(t.text)) pendingBreak = true;
      if (/^[.!?…]/u.test(t.text)) sentenceStart = true;
      // A quote opens a new sentence-like start for capitalisation: '"We will ...'.
      if (/["“‘']/u.test(t.text)) sentenceStart = true;
      continue;
    }
    let evidence = 0;
    if (t.kind === 'word') {
      const capitalisedInside = !sentenceStart && /^\p{Lu}/u.test(t.text);
      evidence = wordEvidence(t.text, capitalisedInside);
    }
    out.push({ token: t, evidence, breakBefore: pendingBreak });
    pendingBreak = false;
    sentenceStart = false;
  }
  return out;
}

function confidenceOf(margin: number): number {
  return Math.round((1 - Math.exp(-Math.max(0, margin) / 3)) * 1000) / 1000;
}

/** Below this much net evidence a text (or a run) is 'unknown'. */
const minMargin = 1.5;

/** The language of a whole text (a sentence, a paragraph): whichever side has more evidence. */
export function identifyLanguage(text: string, options: LanguageOptions = {}): LanguageGuess {
  const tokens = options.tokens ?? tokenize(text, { lang: 'en' });
  let en = 0;
  let id = 0;
  for (const it of items(tokens)) {
    if (it.evidence > 0) en += it.evidence;
    else id -= it.evidence;
  }
  const margin = Math.abs(en - id);
  const evidence = { id: round2(id), en: round2(en) };
  if (margin < minMargin) {
    return options.expected && en + id === 0 ? { lang: options.expected, confidence: 0, evidence } : { lang: 'unknown', confidence: 0, evidence };
  }
  return { lang: en > id ? 'en' : 'id', confidence: confidenceOf(margin), evidence };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Cost of changing language between two words, and when punctuation separates them. */
const switchCost = 4;
const switchCostAtBreak = 1.5;
/** Per word, for being in the language the article is not written in. */
const expectedBias = 0.15;

/**
 * Maximal runs of words in one language, in order, covering every word of `text` (a run spans
 * from its first word's start to its last word's end). Runs too weak to call are 'unknown'.
 */
export function languageRuns(text: string, options: LanguageOptions = {}): LanguageRun[] {
  const tokens = options.tokens ?? tokenize(text, { lang: 'en' });
  const its = items(tokens);
  const n = its.length;
  if (n === 0) return [];
  // Viterbi over two states (0 = id, 1 = en); cost of emitting a word in a state = evidence against it.
  const costs = (it: Item): [number, number] => {
    const e = it.evidence;
    const bias = options.expected === undefined ? [0, 0] : options.expected === 'id' ? [0, expectedBias] : [expectedBias, 0];
    return [Math.max(0, e) + bias[0]!, Math.max(0, -e) + bias[1]!];
  };
  const back = new Uint8Array(n * 2);
  let [cid, cen] = costs(its[0]!);
  for (let i = 1; i < n; i++) {
    const sw = its[i]!.breakBefore ? switchCostAtBreak : switchCost;
    const [eid, een] = costs(its[i]!);
    const idFromId = cid;
    const idFromEn = cen + sw;
    const enFromEn = cen;
    const enFromId = cid + sw;
    back[i * 2] = idFromId <= idFromEn ? 0 : 1;
    back[i * 2 + 1] = enFromEn <= enFromId ? 1 : 0;
    cid = Math.min(idFromId, idFromEn) + eid;
    cen = Math.min(enFromEn, enFromId) + een;
  }
  const states = new Uint8Array(n);
  let s = cid <= cen ? 0 : 1;
  for (let i = n - 1; i >= 0; i--) {
    states[i] = s;
    if (i > 0) s = back[i * 2 + s]!;
  }
  // Cut into runs, judge each on its own evidence, then merge neighbours that agree.
  const raw: { from: number; to: number; lang: LangGuess; margin: number }[] = [];
  for (let i = 0; i < n; ) {
    let j = i;
    let margin = 0;
    while (j < n && states[j] === states[i]) {
      margin += states[i] === 1 ? its[j]!.evidence : -its[j]!.evidence;
      j++;
    }
    const lang: LangGuess = margin >= minMargin ? (states[i] === 1 ? 'en' : 'id') : 'unknown';
    raw.push({ from: i, to: j, lang, margin });
    i = j;
  }
  // A weak run between or beside others of one language is part of them ("(CEO)" inside Indonesian).
  if (raw.length > 1) {
    for (let r = 0; r < raw.length; r++) {
      if (raw[r]!.lang !== 'unknown') continue;
      const prev = raw[r - 1]?.lang;
      const next = raw[r + 1]?.lang;
      const neighbour = prev !== undefined && prev !== 'unknown' ? prev : next !== undefined && next !== 'unknown' ? next : undefined;
      if (neighbour !== undefined && (next === undefined || next === 'unknown' || next === neighbour)) raw[r]!.lang = neighbour;
    }
  }
  const out: LanguageRun[] = [];
  let cur: { from: number; to: number; lang: LangGuess; margin: number } | null = null;
  const flush = () => {
    if (!cur) return;
    const start = its[cur.from]!.token.start;
    const end = its[cur.to - 1]!.token.end;
    let margin = 0;
    for (let i = cur.from; i < cur.to; i++) margin += cur.lang === 'en' ? its[i]!.evidence : -its[i]!.evidence;
    out.push({ start, end, lang: cur.lang, confidence: cur.lang === 'unknown' ? 0 : confidenceOf(margin), text: text.slice(start, end) });
  };
  for (const r of raw) {
    if (cur && cur.lang === r.lang) {
      cur.to = r.to;
    } else {
      flush();
      cur = { ...r };
    }
  }
  flush();
  return out;
}
