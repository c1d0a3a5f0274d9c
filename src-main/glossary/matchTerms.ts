/**
 * Finding glossary terms in a text, tolerating Indonesian affixes (me-, di-, ber-, -kan, -an,
 * -nya) and English inflection.
 *
 * The text is cut into words; each word proposes the forms it could have been built from
 * (`wordForms`: "mengumumkannya" -> "mengumumkan", "umumkan", "umum" …) and a term matches when its
 * entry form is one of them. Only the last word of a multi-word term may be inflected ("anggaran
 * pendapatan negaranya", "press releases"): the words before it must be written as in the entry.
 * Proposing forms is generous on purpose, because a form only counts when it is exactly an entry of
 * the glossary: "umumkan" in a text never matches "umum" unless "umum" itself is a term.
 *
 * Terms are compiled once per glossary array and language (a WeakMap keyed by the array
 * `GlossaryService.all()` hands out, which stays the same object until the glossary changes), into
 * maps from a term's (first) word to its entries, so a sentence costs a few lookups per word
 * whatever the size of the glossary.
 */
import type { Lang } from '../../src-preload/contract/domain.ts';
import type { GlossaryHit, GlossaryTerm } from '../../src-preload/contract/translation.ts';

/** A forbidden variant found in a text. */
export interface ForbiddenHit {
  start: number;
  end: number;
  termId: string;
  variant: string;
  /** The form the glossary wants instead. */
  preferred: string;
}

// ---------------------------------------------------------------------------------------------
// Words

interface Word {
  start: number;
  end: number;
  /** Accents folded, curly apostrophes straightened, case kept. */
  folded: string;
  /** `folded` in lower case. */
  lower: string;
}

// Letters, combining marks and digits, with inner apostrophes ("minister's", "Jum'at").
const wordPattern = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
// What may separate the words of a multi-word term in a text: spaces and hyphens ("e-KTP" = "e KTP"),
// never punctuation ("anggaran, negara" is not the term "anggaran negara").
const joinPattern = /^[\s\u00AD\u2010\u2011\u2012\u2013-]+$/u;

/** Accents off ("café" = "cafe"), typographic apostrophes made plain. */
function fold(s: string): string {
  // Most words are plain ASCII: nothing to fold, and normalize() is the costly part.
  // eslint-disable-next-line no-control-regex -- the ASCII range, not control characters
  if (/^[\u0000-\u007F]*$/.test(s)) return s;
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");
}

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(wordPattern)) {
    const folded = fold(m[0]);
    out.push({ start: m.index, end: m.index + m[0].length, folded, lower: folded.toLowerCase() });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Inflected and affixed forms

/** Shortest base a stripped affix may leave; shorter ones would be noise ("di" + "a"). */
const minBase = 3;

const enclitics = ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'];
const suffixes = ['kan', 'an', 'i'];
/** Prefixes written as they are (no sound change), longest first so "memper" is tried before "mem". */
const plainPrefixes = ['memper', 'diper', 'keber', 'keter', 'ber', 'bel', 'ter', 'per', 'be', 'di', 'ke'];
/**
 * meN-/peN- with the nasal as written, the base letter it may have replaced (menulis <- tulis), and
 * which letters may follow it unchanged: "mendengar" is men- + dengar, but "menteri" is not men- +
 * teri, because men- before a t swallows it. Loanwords keep a consonant before another consonant
 * (memproduksi, mentransfer, mengkritik), hence the clusters.
 */
const nasalPrefixes: ReadonlyArray<[written: string, restored: readonly string[], keeps: RegExp]> = [
  ['menge', [''], /^./], // mengebom (bom)
  ['penge', [''], /^./],
  ['meng', ['k'], /^([aiueogh]|k[^aiueo])/], // mengambil (ambil), mengirim (kirim), menggali (gali)
  ['peng', ['k'], /^([aiueogh]|k[^aiueo])/],
  ['meny', ['s'], /^$/], // menyapu (sapu)
  ['peny', ['s'], /^$/],
  ['mem', ['p'], /^([bfv]|p[^aiueo])/], // membeli (beli), memukul (pukul)
  ['pem', ['p'], /^([bfv]|p[^aiueo])/],
  ['men', ['t'], /^([dcjz]|sy|t[^aiueo])/], // mendengar (dengar), menulis (tulis)
  ['pen', ['t'], /^([dcjz]|sy|t[^aiueo])/],
  ['me', [], /^([lmnrwy]|ng|ny)/], // melihat, merawat, menyanyi (lihat, rawat, nyanyi)
  ['pe', [], /^([lmnrwy]|ng|ny)/], // pelari (lari)
];
const vowel = /^[aiueo]/;

/** Bases `word` (lower case) could be without one prefix. */
function withoutPrefix(word: string, out: Set<string>): void {
  for (const p of plainPrefixes) {
    if (word.startsWith(p) && word.length - p.length >= minBase) out.add(word.slice(p.length));
  }
  for (const [written, restored, keeps] of nasalPrefixes) {
    if (!word.startsWith(written)) continue;
    const rest = word.slice(written.length);
    if (rest.length >= minBase && keeps.test(rest)) out.add(rest);
    // A replaced consonant comes back only before a vowel (menulis -> tulis).
    if (vowel.test(rest) && rest.length + 1 >= minBase) for (const letter of restored) out.add(letter + rest);
  }
}

/**
 * Every form an Indonesian word may be an affixed version of, the word itself included: clitics
 * off (-nya, -lah, -pun …), then a suffix (-kan, -an, -i), then a prefix (meN-, di-, ber-, ter-,
 * peN-, ke- …), each optional, so circumfixes (di…kan, pe…an, ke…an) come out too.
 */
function indonesianForms(word: string): Set<string> {
  const withoutClitics = [word];
  for (let w = word, stripped = true; stripped; ) {
    stripped = false;
    for (const c of enclitics) {
      if (w.endsWith(c) && w.length - c.length >= minBase) {
        w = w.slice(0, -c.length);
        withoutClitics.push(w);
        stripped = true;
        break;
      }
    }
  }
  const out = new Set<string>();
  for (const w of withoutClitics) {
    const stems = [w];
    for (const s of suffixes) if (w.endsWith(s) && w.length - s.length >= minBase) stems.push(w.slice(0, -s.length));
    for (const stem of stems) {
      out.add(stem);
      withoutPrefix(stem, out);
    }
  }
  return out;
}

const doubled = /([b-df-hj-np-tv-z])\1$/;

/** Every form an English word may be an inflection of: plural, possessive, -ed, -ing. */
function englishForms(word: string): Set<string> {
  const out = new Set<string>([word]);
  const bases = [word];
  if (/'s$/.test(word) && word.length - 2 >= 1) bases.push(word.slice(0, -2));
  const add = (s: string) => {
    if (s.length >= minBase) out.add(s);
  };
  for (const b of bases) {
    out.add(b);
    if (b.endsWith('ies')) add(`${b.slice(0, -3)}y`);
    if (b.endsWith('es')) add(b.slice(0, -2));
    if (b.endsWith('s') && !b.endsWith('ss')) add(b.slice(0, -1));
    for (const ending of ['ed', 'ing']) {
      if (!b.endsWith(ending)) continue;
      const bare = b.slice(0, -ending.length);
      add(bare); // walked, walking
      add(`${bare}e`); // used, using
      if (doubled.test(bare)) add(bare.slice(0, -1)); // planned, running
      if (ending === 'ed' && bare.endsWith('i')) add(`${bare.slice(0, -1)}y`); // carried
    }
  }
  return out;
}

// Words repeat across segments and checks: remember their forms (bounded; cleared when full).
const formsCache = new Map<string, ReadonlySet<string>>();
const maxCachedForms = 50_000;

/** The forms `word` may stand for in `lang`, itself included. */
export function wordForms(word: string, lang: Lang): ReadonlySet<string> {
  const key = `${lang}\u0000${word}`;
  let forms = formsCache.get(key);
  if (!forms) {
    forms = lang === 'id' ? indonesianForms(word) : englishForms(word);
    if (formsCache.size >= maxCachedForms) formsCache.clear();
    formsCache.set(key, forms);
  }
  return forms;
}

// ---------------------------------------------------------------------------------------------
// Compiled glossary

interface Pattern {
  entry: GlossaryTerm;
  /** The term or variant as the entry writes it. */
  form: string;
  forbidden: boolean;
  /** Folded words, lower-cased unless the entry is case-sensitive. */
  words: string[];
  caseSensitive: boolean;
  /** Position in the glossary: the first entry wins a tie. */
  order: number;
}

interface Compiled {
  /** One-word patterns by their word; the text word matches through any of its forms. */
  single: Map<string, Pattern[]>;
  /** Longer patterns by their first word, which must be written as in the entry. */
  multi: Map<string, Pattern[]>;
  hasCaseSensitive: boolean;
}

const compiledCache = new WeakMap<readonly GlossaryTerm[], Map<Lang, Compiled>>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compile(terms: readonly GlossaryTerm[], lang: Lang): Compiled {
  const compiled: Compiled = { single: new Map(), multi: new Map(), hasCaseSensitive: false };
  terms.forEach((entry, order) => {
    const preferred = lang === 'id' ? entry.termId : entry.termEn;
    const forbidden = lang === 'id' ? entry.forbiddenId : entry.forbiddenEn;
    const forms: Array<[string, boolean]> = [[preferred, false], ...forbidden.map((f): [string, boolean] => [f, true])];
    for (const [form, isForbidden] of forms) {
      const ws = words(form).map((w) => (entry.caseSensitive ? w.folded : w.lower));
      if (ws.length === 0) continue;
      const pattern: Pattern = { entry, form, forbidden: isForbidden, words: ws, caseSensitive: entry.caseSensitive, order };
      if (entry.caseSensitive) compiled.hasCaseSensitive = true;
      push(ws.length === 1 ? compiled.single : compiled.multi, ws[0]!, pattern);
    }
  });
  // Longer patterns first, so the scan can stop at the first that fits.
  for (const list of compiled.multi.values()) list.sort((a, b) => b.words.length - a.words.length || a.order - b.order);
  return compiled;
}

function compiledFor(terms: readonly GlossaryTerm[], lang: Lang): Compiled {
  let byLang = compiledCache.get(terms);
  if (!byLang) compiledCache.set(terms, (byLang = new Map()));
  let compiled = byLang.get(lang);
  if (!compiled) byLang.set(lang, (compiled = compile(terms, lang)));
  return compiled;
}

interface RawHit {
  start: number;
  end: number;
  pattern: Pattern;
}

/** Every place a pattern matches, overlapping ones included. */
function scan(text: string, compiled: Compiled, lang: Lang, want: (p: Pattern) => boolean): RawHit[] {
  const ws = words(text);
  const hits: RawHit[] = [];
  const formsOf = (w: Word, caseSensitive: boolean) => wordForms(caseSensitive ? w.folded : w.lower, lang);
  const endMatches = (w: Word, key: string, caseSensitive: boolean) => formsOf(w, caseSensitive).has(key);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    for (const cs of compiled.hasCaseSensitive ? [false, true] : [false]) {
      for (const form of formsOf(w, cs)) {
        for (const p of compiled.single.get(form) ?? []) {
          if (p.caseSensitive === cs && want(p)) hits.push({ start: w.start, end: w.end, pattern: p });
        }
      }
      for (const p of compiled.multi.get(cs ? w.folded : w.lower) ?? []) {
        if (p.caseSensitive !== cs || !want(p) || i + p.words.length > ws.length) continue;
        let ok = true;
        for (let k = 1; k < p.words.length && ok; k++) {
          const next = ws[i + k]!;
          ok = joinPattern.test(text.slice(ws[i + k - 1]!.end, next.start));
          if (!ok) break;
          const last = k === p.words.length - 1;
          ok = last ? endMatches(next, p.words[k]!, cs) : (cs ? next.folded : next.lower) === p.words[k];
        }
        if (ok) hits.push({ start: w.start, end: ws[i + p.words.length - 1]!.end, pattern: p });
      }
    }
  }
  return hits;
}

/** Longest match wins, then the earlier one, then the earlier entry; no overlaps; text order. */
function resolve(hits: RawHit[]): RawHit[] {
  const ranked = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.pattern.order - b.pattern.order);
  const kept: RawHit[] = [];
  for (const h of ranked) {
    if (kept.every((k) => h.end <= k.start || h.start >= k.end)) kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Indonesian plurals repeat the word with a hyphen ("kebijakan-kebijakan"): one term, one hit.
 * Hits are in text order, so the two halves are neighbours.
 */
function joinReduplications(text: string, hits: RawHit[]): RawHit[] {
  const out: RawHit[] = [];
  for (const h of hits) {
    const prev = out.at(-1);
    if (prev && prev.pattern === h.pattern && text[prev.end] === '-' && h.start === prev.end + 1 && text.slice(prev.start, prev.end).toLowerCase() === text.slice(h.start, h.end).toLowerCase()) {
      out[out.length - 1] = { ...prev, end: h.end };
    } else out.push(h);
  }
  return out;
}

/** Terms of `lang` in `text`, each with its translation into `targetLang`; longest match wins, no overlaps. */
export function matchTerms(text: string, lang: Lang, targetLang: Lang, terms: readonly GlossaryTerm[]): GlossaryHit[] {
  let hits = resolve(scan(text, compiledFor(terms, lang), lang, (p) => !p.forbidden));
  if (lang === 'id') hits = joinReduplications(text, hits);
  return hits.map(({ start, end, pattern: { entry, form } }) => ({
    start,
    end,
    termId: entry.id,
    term: form,
    translation: targetLang === 'id' ? entry.termId : entry.termEn,
    note: entry.note,
  }));
}

/**
 * Forbidden variants of `lang` in `text`. Preferred terms take part in the longest-match contest,
 * so a variant inside a longer approved term ("bursa" inside "Bursa Efek Indonesia") is not flagged.
 */
export function findForbidden(text: string, lang: Lang, terms: readonly GlossaryTerm[]): ForbiddenHit[] {
  const hits = resolve(scan(text, compiledFor(terms, lang), lang, () => true));
  return hits
    .filter((h) => h.pattern.forbidden)
    .map(({ start, end, pattern: { entry, form } }) => ({
      start,
      end,
      termId: entry.id,
      variant: form,
      preferred: lang === 'id' ? entry.termId : entry.termEn,
    }));
}

// containsTerm is called per segment and per term by QA: keep the one-term glossaries it builds.
const singleTermCache = new Map<string, readonly GlossaryTerm[]>();
const maxSingleTerms = 5_000;

/** True when `term` (in `lang`) occurs in `text`, inflected or affixed. */
export function containsTerm(text: string, term: string, lang: Lang, caseSensitive: boolean): boolean {
  const key = `${lang}\u0000${caseSensitive ? 1 : 0}\u0000${term}`;
  let glossary = singleTermCache.get(key);
  if (!glossary) {
    const entry: GlossaryTerm = {
      id: '',
      termId: lang === 'id' ? term : '',
      termEn: lang === 'en' ? term : '',
      forbiddenId: [],
      forbiddenEn: [],
      note: '',
      caseSensitive,
      updatedAt: '',
      updatedBy: '',
    };
    glossary = [entry];
    if (singleTermCache.size >= maxSingleTerms) singleTermCache.clear();
    singleTermCache.set(key, glossary);
  }
  return scan(text, compiledFor(glossary, lang), lang, () => true).length > 0;
}
