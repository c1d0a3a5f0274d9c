/**
 * The spelling checker: words against the loaded dictionaries, with the rules raw hunspell lacks
 * for Indonesian news text:
 *  - Indonesian clitics (-nya -lah -kah -pun -ku -mu, ku- kau-) are stripped and the base checked;
 *    hyphenated words (reduplication "anak-anak", "berlari-lari") pass when every part does;
 *  - non-standard forms (id_ID-nonstandard.tsv: himbau, resiko, ...) are rejected even where
 *    id_ID accepts them, never suggested, and their standard form is the first suggestion;
 *  - an English word inside Indonesian text is accepted by the English dictionary;
 *  - capitalised words inside a sentence are names, ALL-CAPS words of up to 6 letters are
 *    acronyms, and words with digits are never spelling errors;
 *  - a personal dictionary and "ignore all" for the session, "ignore once" per call.
 * Persisting the personal dictionary (settings service) is left to the caller for now.
 */
import { readFileSync } from 'node:fs';
import type { LoadedDictionary, SpellLang } from './loadDictionary.ts';
import { derivationBases } from './indonesianMorphology.ts';
import { findSlip } from './realWordSlips.ts';
import { suggestWords } from './suggest.ts';
import { isKnownAbbreviation } from '../language/splitSentences.ts';
import { forEachWord, type WordToken } from './wordIterator.ts';
import { WordAttr } from './expandDictionary.ts';

export type SpellRule = 'spelling.unknown' | 'spelling.nonstandard' | 'spelling.slip' | 'spelling.repeated-word';

export interface SpellFinding {
  kind: 'spelling';
  rule: SpellRule;
  start: number;
  end: number;
  text: string;
  /** English, for logs and the CLI; the UI translates by `rule`. */
  message: string;
  suggestions: string[];
}

export interface WordContext {
  /** The word opens a sentence, so a capital letter does not make it a name. */
  sentenceStart?: boolean;
}

export type WordVerdict = { ok: true } | { ok: false; rule: 'spelling.unknown' } | { ok: false; rule: 'spelling.nonstandard'; standard: string };

export interface CheckTextOptions {
  /** Compute suggestions for every finding (the CLI); the editor asks per word instead. */
  suggestions?: boolean;
  /** "Ignore once": findings at exactly these positions with this text are dropped. */
  ignoredOnce?: ReadonlyArray<{ start: number; text: string }>;
}

/** Reads id_ID-nonstandard.tsv: `nonstandard<TAB>standard` lines, `#` comments. */
export function parseNonstandardTable(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [from, to] = line.split('\t');
    if (from && to) out.set(from.trim().toLowerCase(), to.trim());
  }
  return out;
}

export function readNonstandardTable(path: string): Map<string, string> {
  return parseNonstandardTable(readFileSync(path, 'utf8'));
}

const cliticSuffixes = ['nyalah', 'nyakah', 'nyapun', 'kulah', 'mulah', 'nya', 'lah', 'kah', 'pun', 'ku', 'mu'];
const cliticPrefixes = ['kau', 'ku'];

/** Ways to split an Indonesian word into clitics and a base ("bukunyalah" -> "buku" + "nyalah"). */
export function cliticSplits(word: string): Array<{ prefix: string; base: string; suffix: string }> {
  const lower = word.toLowerCase();
  const out: Array<{ prefix: string; base: string; suffix: string }> = [];
  const suffixes = [''].concat(cliticSuffixes.filter((s) => lower.endsWith(s) && lower.length - s.length >= 2));
  for (const suffix of suffixes) {
    const rest = word.slice(0, word.length - suffix.length);
    if (suffix) out.push({ prefix: '', base: rest, suffix: word.slice(rest.length) });
    for (const prefix of cliticPrefixes) {
      if (rest.toLowerCase().startsWith(prefix) && rest.length - prefix.length >= 3) {
        out.push({ prefix: rest.slice(0, prefix.length), base: rest.slice(prefix.length), suffix: word.slice(rest.length) });
      }
    }
  }
  return out;
}

const upper = /^\p{Lu}/u;
const isAllCaps = (w: string) => /\p{Lu}/u.test(w) && w === w.toUpperCase() && w !== w.toLowerCase();
const isCapitalised = (w: string) => upper.test(w) && w.slice(1) === w.slice(1).toLowerCase();
const hasDigit = /\p{N}/u;

/** Puts `suggestion` in the case pattern of `original` (Capitalised or ALL CAPS). */
function matchCase(original: string, suggestion: string): string {
  if (original.length > 1 && isAllCaps(original)) return suggestion.toUpperCase();
  if (upper.test(original)) return suggestion[0]!.toUpperCase() + suggestion.slice(1);
  return suggestion;
}

export class SpellChecker {
  private readonly personal = new Set<string>();
  private readonly ignored = new Set<string>();
  /** Verdicts per "lang + sentence-start" and word; cleared whenever the word lists change. */
  private readonly memo = new Map<string, Map<string, WordVerdict>>();
  private readonly dictionaries: Partial<Record<SpellLang, LoadedDictionary>>;
  private readonly nonstandard: ReadonlyMap<string, string>;

  private readonly suggestBudgetMs: number;

  /**
   * `suggestBudgetMs` caps one suggest() call (BENCHMARKS.md: p95 <= 10 ms); tests raise it so
   * their results do not depend on how busy the machine is.
   */
  constructor(dictionaries: Partial<Record<SpellLang, LoadedDictionary>>, nonstandard: ReadonlyMap<string, string> = new Map(), options: { suggestBudgetMs?: number } = {}) {
    this.dictionaries = dictionaries;
    this.nonstandard = nonstandard;
    this.suggestBudgetMs = options.suggestBudgetMs ?? 6;
  }

  /** Adds a word to the personal dictionary (for this session; the caller persists it). */
  addWord(word: string): void {
    this.personal.add(word.toLowerCase());
    this.memo.clear();
  }

  removeWord(word: string): void {
    this.personal.delete(word.toLowerCase());
    this.memo.clear();
  }

  /** How many word forms each loaded dictionary holds. */
  wordCounts(): Partial<Record<SpellLang, number>> {
    return Object.fromEntries(Object.entries(this.dictionaries).map(([lang, d]) => [lang, d.words.size]));
  }

  personalWords(): string[] {
    return [...this.personal].sort();
  }

  /** "Ignore all": the word is accepted everywhere for the rest of the session. */
  ignoreAll(word: string): void {
    this.ignored.add(word.toLowerCase());
    this.memo.clear();
  }

  /** Dictionary lookup with hunspell's case rules: "Jakarta" and "JAKARTA" match a lower-case or capitalised entry. */
  private known(lang: SpellLang, word: string): boolean {
    const dict = this.dictionaries[lang];
    if (!dict) return false;
    const w = word.replace(/’/g, "'");
    const words = dict.words;
    const exact = words.lookup(w);
    if (exact >= 0) return (exact & WordAttr.forbidden) === 0;
    const lower = w.toLowerCase();
    const variants = isAllCaps(w) ? [lower, lower[0]!.toUpperCase() + lower.slice(1)] : isCapitalised(w) ? [lower] : [];
    for (const v of variants) {
      const attrs = words.lookup(v);
      if (attrs >= 0 && (attrs & (WordAttr.keepCase | WordAttr.forbidden)) === 0) return true;
    }
    return false;
  }

  /**
   * Known in `lang`, including Indonesian clitics and derivation (a listed base with prefixes and
   * suffixes, see indonesianMorphology.ts); no name or acronym rules.
   */
  private knownWithMorphology(lang: SpellLang, word: string): boolean {
    if (this.known(lang, word)) return true;
    if (lang !== 'id') return false;
    const bases = [word, ...cliticSplits(word).map((split) => split.base)];
    for (const base of bases) if (base !== word && this.known('id', base)) return true;
    for (const base of bases) {
      for (const derived of derivationBases(base.toLowerCase())) {
        // A derived form of a non-standard base ("dihimbau") is not made standard by its affixes.
        if (!this.nonstandard.has(derived) && this.known('id', derived)) return !this.isDoublingSlip(word);
      }
    }
    return false;
  }

  /**
   * The commonest Indonesian typo is a lost or extra double letter ("mengunakan", "menunjukan"),
   * and some of those parse as real derivations (meN- + kuna + -kan). A derived form is not
   * accepted when doubling or undoubling one letter gives a word the dictionary lists outright.
   */
  private isDoublingSlip(word: string): boolean {
    const lower = word.toLowerCase();
    for (let i = 0; i < lower.length; i++) {
      const c = lower[i]!;
      if (!/[bcdfghjklmnpqrstvwxyz]/.test(c)) continue;
      const doubled = lower.slice(0, i + 1) + c + lower.slice(i + 1);
      if (this.known('id', doubled)) return true;
      if (lower[i + 1] === c && this.known('id', lower.slice(0, i) + lower.slice(i + 1))) return true;
    }
    return false;
  }

  /** The standard form when `word` (or its base without clitics) is a listed non-standard form. */
  private standardFormOf(word: string): string | null {
    const lower = word.toLowerCase();
    const direct = this.nonstandard.get(lower);
    if (direct) return matchCase(word, direct);
    for (const split of cliticSplits(word)) {
      const standard = this.nonstandard.get(split.base.toLowerCase());
      if (standard) return matchCase(word, `${split.prefix.toLowerCase()}${standard}${split.suffix.toLowerCase()}`);
    }
    return null;
  }

  /** Is `word` correct in `lang` text? (memoised per session; cleared when the word lists change) */
  checkWord(word: string, lang: SpellLang, context: WordContext = {}): WordVerdict {
    return this.verdicts(lang, !!context.sentenceStart)(word);
  }

  /** A memoised checker for one language and position, so a text pass allocates no keys per word. */
  private verdicts(lang: SpellLang, sentenceStart: boolean): (word: string) => WordVerdict {
    const slot = `${lang}${sentenceStart ? '^' : ' '}`;
    let memo = this.memo.get(slot);
    if (!memo) this.memo.set(slot, (memo = new Map()));
    const table = memo;
    return (word) => {
      let verdict = table.get(word);
      if (!verdict) {
        verdict = this.decide(word, lang, sentenceStart);
        if (table.size > 200_000) table.clear();
        table.set(word, verdict);
      }
      return verdict;
    };
  }

  private decide(word: string, lang: SpellLang, sentenceStart: boolean): WordVerdict {
    if (hasDigit.test(word)) return { ok: true };
    const lower = word.toLowerCase();
    if (this.personal.has(lower) || this.ignored.has(lower)) return { ok: true };
    if (lang === 'id') {
      const standard = this.standardFormOf(word);
      if (standard) return { ok: false, rule: 'spelling.nonstandard', standard };
    }
    if (this.wordOrParts(word, lang)) return { ok: true };
    // Acronyms: "KPK", "DPRD", "BUMN"; longer all-caps words are headlines and were checked above.
    const letters = word.replace(/[^\p{L}]/gu, '');
    if (isAllCaps(word) && letters.length <= 6) return { ok: true };
    // Names: a capital inside a sentence, or inner capitals ("McDonald", "iPhone") anywhere.
    if (/\p{Lu}/u.test(word.slice(1)) && !isAllCaps(word)) return { ok: true };
    if (isAllCaps(word)) return { ok: false, rule: 'spelling.unknown' };
    // Inside a sentence a capital makes a name, except for the ke-/pe-/per-...-an nouns that make up
    // institutions' names: "Dinas Kesehtan" and "Kementerian Kebudyaan" are typos, not names.
    if (upper.test(word) && !sentenceStart) {
      const institutionNoun = lang === 'id' && /^(ke|pe)\p{Ll}{3,}an$/u.test(word.toLowerCase()) && word.slice(1) === word.slice(1).toLowerCase();
      return institutionNoun && this.hasNearWord(word, lang) ? { ok: false, rule: 'spelling.unknown' } : { ok: true };
    }
    if (upper.test(word) && sentenceStart && !this.hasNearWord(word, lang)) {
      // A capitalised first word with no near dictionary word is most likely a name ("Darmono mengatakan").
      return { ok: true };
    }
    return { ok: false, rule: 'spelling.unknown' };
  }

  private wordOrParts(word: string, lang: SpellLang): boolean {
    const langs: SpellLang[] = lang === 'id' ? ['id', 'en'] : ['en'];
    const whole = (w: string) => langs.some((l) => this.knownWithMorphology(l, w)) || this.personal.has(w.toLowerCase());
    if (whole(word)) return true;
    // Hyphenated words and reduplication ("anak-anak", "sayur-mayur", "berlari-lari") pass when
    // every part does; a part may be a clitic-bearing form ("anak-anaknya").
    if (word.includes('-')) {
      const parts = word.split('-');
      // "smartphone-nya", "Covid-nya": a clitic written after a hyphen follows a foreign word or a name.
      const clitic = (p: string, i: number) => lang === 'id' && i > 0 && /^(nya|ku|mu|lah|kah|pun)$/i.test(p);
      if (parts.every((p, i) => p !== '' && (hasDigit.test(p) || whole(p) || clitic(p, i) || (isAllCaps(p) && p.length <= 6)))) return true;
    }
    return false;
  }

  /** Is a dictionary word one edit away? (single edits only: a fraction of a full suggest) */
  private hasNearWord(word: string, lang: SpellLang): boolean {
    const dict = this.dictionaries[lang];
    if (!dict) return false;
    // Derived forms count: "Kesehtan" is one edit from "kesehatan", which id_ID does not list.
    const acceptable = (candidate: string) => !this.nonstandard.has(candidate) && this.knownWithMorphology(lang, candidate);
    return suggestWords(word.toLowerCase(), { affix: dict.affix, acceptable }, 1, 0).length > 0;
  }

  /** Ranked suggestions for a misspelled word, the standard form first for non-standard words. */
  suggest(word: string, lang: SpellLang, limit = 8): string[] {
    const dict = this.dictionaries[lang];
    const out: string[] = [];
    if (lang === 'id') {
      const standard = this.standardFormOf(word);
      if (standard) out.push(standard);
    }
    if (!dict) return out.slice(0, limit);
    const acceptable = (candidate: string): boolean => {
      if (this.nonstandard.has(candidate)) return false;
      const attrs = dict.words.lookup(candidate);
      if (attrs >= 0) return (attrs & (WordAttr.noSuggest | WordAttr.forbidden)) === 0;
      // A capitalised dictionary entry (a place, a month) is offered in its own case below.
      const cap = candidate[0]!.toUpperCase() + candidate.slice(1);
      return cap !== candidate && dict.words.lookup(cap) >= 0 && (dict.words.lookup(cap) & (WordAttr.noSuggest | WordAttr.forbidden)) === 0;
    };
    const lower = word.toLowerCase();
    // One time budget for the whole call keeps suggest p95 within BENCHMARKS.md's 10 ms.
    const deadline = performance.now() + this.suggestBudgetMs;
    // A deadline already past means single edits only (suggestWords always completes those).
    const singleEdits = 0;
    let found = suggestWords(lower, { affix: dict.affix, acceptable }, limit, singleEdits);
    // "kebijakanya": also try fixing the base and putting the clitic back.
    if (lang === 'id' && found.length < limit) {
      for (const split of cliticSplits(lower)) {
        if (!split.suffix || split.prefix) continue;
        for (const base of suggestWords(split.base, { affix: dict.affix, acceptable }, 3, deadline)) found.push(base + split.suffix);
      }
    }
    // A candidate accepted through its capitalised entry (a place, a month) is offered capitalised.
    const entryCase = (words: string[]) => words.map((w) => (dict.words.lookup(w) >= 0 ? w : w[0]!.toUpperCase() + w.slice(1)));
    found = entryCase(found);
    // Indonesian text quotes English ("onlne"): one English edit beats two Indonesian ones.
    const english = lang === 'id' ? this.dictionaries.en : undefined;
    const acceptableEn = (candidate: string): boolean => {
      const attrs = english?.words.lookup(candidate) ?? -1;
      return attrs >= 0 && (attrs & (WordAttr.noSuggest | WordAttr.forbidden)) === 0;
    };
    if (found.length === 0 && english) found = suggestWords(lower, { affix: english.affix, acceptable: acceptableEn }, limit, singleEdits);
    // Nothing one edit away in either language: two edits, within the time budget.
    if (found.length === 0) found = entryCase(suggestWords(lower, { affix: dict.affix, acceptable }, limit, deadline));
    if (found.length === 0 && english) found = suggestWords(lower, { affix: english.affix, acceptable: acceptableEn }, limit, deadline);
    for (const w of found) {
      const cased = matchCase(word, w);
      if (!out.includes(cased) && cased !== word) out.push(cased);
    }
    return out.slice(0, limit);
  }

  /** Every spelling finding in `text`, in order. Synchronous; run it in the proofreading worker. */
  checkText(text: string, lang: SpellLang, options: CheckTextOptions = {}): SpellFinding[] {
    const findings: SpellFinding[] = [];
    const once = new Set((options.ignoredOnce ?? []).map((i) => `${i.start}\0${i.text}`));
    const inside = this.verdicts(lang, false);
    const first = this.verdicts(lang, true);
    let previous: WordToken | null = null;
    // Capitalised words seen inside a sentence are names; the same word opening a sentence is too
    // ("Yusuf menyatakan..." after "ujar Yusuf"). Decided after the pass, when all are known.
    const namesInText = new Set<string>();
    const atSentenceStart = new Set<SpellFinding>();
    forEachWord(text, (start, end, sentenceStart) => {
      const token: WordToken = { start, end, text: text.slice(start, end), sentenceStart };
      const prev: WordToken | null = previous;
      previous = token;
      // Most words start with a lower-case ASCII letter: skip the Unicode test for them.
      const initial = token.text.charCodeAt(0);
      if (!sentenceStart && (initial < 97 || initial > 122) && upper.test(token.text)) namesInText.add(token.text);
      if (once.size > 0 && once.has(`${token.start}\0${token.text}`)) return;
      const verdict = (token.sentenceStart ? first : inside)(token.text);
      // "dr.", "Jl.", "Tbk.": abbreviations are words only with their dot.
      if (!verdict.ok && text[end] === '.' && isKnownAbbreviation(token.text)) return;
      if (!verdict.ok) {
        const standard = verdict.rule === 'spelling.nonstandard' ? verdict.standard : null;
        findings.push({
          kind: 'spelling',
          rule: verdict.rule,
          start: token.start,
          end: token.end,
          text: token.text,
          message: standard ? `non-standard form; the standard spelling is "${standard}"` : 'unknown word',
          suggestions: standard ? [standard] : [],
        });
        if (sentenceStart && !standard && upper.test(token.text)) atSentenceStart.add(findings.at(-1)!);
        return;
      }
      // Slips need the two words side by side, separated by spaces only.
      if (prev && (token.start - prev.end === 1 ? text[prev.end] === ' ' : /^[ \t\u00a0]+$/.test(text.slice(prev.end, token.start)))) {
        const slip = findSlip(lang, prev.text, token.text);
        if (slip) {
          const repeated = slip.rule === 'spelling.repeated-word';
          const wrong = slip.on === 'previous' ? prev : token;
          // A repeated word spans the space and the second copy, so deleting the span fixes it.
          const start = repeated ? prev.end : wrong.start;
          const end = wrong.end;
          // A word both its neighbours give away is reported once.
          const reported = findings.at(-1)?.start === start && findings.at(-1)?.rule === slip.rule;
          if (!reported && !once.has(`${start}\0${text.slice(start, end)}`)) {
            findings.push({
              kind: 'spelling',
              rule: slip.rule,
              start,
              end,
              text: text.slice(start, end),
              message: repeated ? `"${token.text}" is repeated` : `did you mean "${slip.meant}"?`,
              suggestions: repeated ? [''] : [matchCase(wrong.text, slip.meant)],
            });
          }
        }
      }
    });
    const kept = atSentenceStart.size === 0 ? findings : findings.filter((f) => !atSentenceStart.has(f) || !namesInText.has(f.text));
    // Suggestions last, and only for what is kept: they cost far more than checking.
    for (const f of kept) {
      if (f.rule === 'spelling.nonstandard' && options.suggestions) {
        const standard = f.suggestions[0]!;
        f.suggestions = [standard, ...this.suggest(f.text, lang, 5).filter((s) => s !== standard)];
      } else if (f.rule === 'spelling.unknown' && options.suggestions) f.suggestions = this.suggest(f.text, lang, 5);
    }
    return kept;
  }
}
