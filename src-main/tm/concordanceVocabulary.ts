/**
 * The words of the translation memory, per side, with how many units use each: what turns a
 * concordance query into a selective word-index (FTS5 unicode61) query.
 *
 * Concordance is a substring search, but a substring of running text is made of words: every
 * word strictly inside the query is a whole word of the unit, the first may be the end of a longer
 * word, the last the start of one, and a query of one word may sit anywhere inside a word
 * ("yang" in "sayang"). The vocabulary expands each query word to the indexed words it can be
 * part of, with their unit counts, so the caller can AND the rarest expansions and check the few
 * candidates against the text itself. Scanning a few hundred thousand short strings costs
 * milliseconds; a trigram index over a million sentences costs ~300 ms per rare phrase because
 * every trigram of running text is common (measured: bench/tm.bench.ts, concordance).
 *
 * Words follow the unicode61 tokenizer's defaults: runs of letters, numbers and private-use
 * characters, case-folded, diacritics removed. Our folding (NFD, marks dropped, lower case) is
 * close to SQLite's but not byte-identical for every script, so a caller treats a word with
 * non-ASCII letters as unselective rather than trusting its expansion.
 */
import type { Db } from '../db/openDatabase.ts';

export type ConcordanceSide = 'source' | 'target';

/** How a query word can sit in a unit's word. */
export type WordPlace = 'whole' | 'end' | 'start' | 'inside';

/** One word of a query: its folded form and where it can sit in the unit's words. */
export interface QueryWord {
  word: string;
  place: WordPlace;
  /** Only ASCII letters and digits: our folding equals SQLite's. */
  ascii: boolean;
}

const tokenPattern = /[\p{L}\p{N}\p{Co}]+/gu;

/** Case-folded, diacritics removed: the form the word index stores. */
export function foldWord(word: string): string {
  return /^[a-zA-Z0-9]*$/.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a concordance query and where each may sit (see the file comment). */
export function queryWords(query: string): QueryWord[] {
  const found = [...query.matchAll(tokenPattern)];
  return found.map((m, k) => {
    const startsOpen = k === 0 && m.index === 0;
    const endsOpen = k === found.length - 1 && m.index + m[0].length === query.length;
    const place: WordPlace = startsOpen && endsOpen ? 'inside' : startsOpen ? 'end' : endsOpen ? 'start' : 'whole';
    return { word: foldWord(m[0]), place, ascii: /^[a-zA-Z0-9]+$/.test(m[0]) };
  });
}

/** The indexed words a query word can be, with the number of units using each. */
export interface Expansion {
  words: string[];
  units: number;
}

class SideWords {
  readonly count = new Map<string, number>();
  words: string[] = [];
  /** Words added since `words` was last rebuilt from `count` (kept apart so adding stays cheap). */
  private added: string[] = [];

  add(word: string, units: number): void {
    const before = this.count.get(word);
    this.count.set(word, (before ?? 0) + units);
    if (before === undefined) this.added.push(word);
  }

  expand(word: string, place: WordPlace, limit: number): Expansion | null {
    if (place === 'whole') {
      const units = this.count.get(word) ?? 0;
      return { words: units ? [word] : [], units };
    }
    if (this.added.length > 4_096) {
      this.words = [...this.count.keys()];
      this.added = [];
    }
    const fits = place === 'end' ? (w: string) => w.endsWith(word) : place === 'start' ? (w: string) => w.startsWith(word) : (w: string) => w.includes(word);
    const words: string[] = [];
    let units = 0;
    for (const list of [this.words, this.added]) {
      for (const w of list) {
        if (!fits(w)) continue;
        if (words.length === limit) return null;
        words.push(w);
        units += this.count.get(w)!;
      }
    }
    return { words, units };
  }

  finish(): void {
    this.words = [...this.count.keys()];
    this.added = [];
  }
}

/** A vocabulary as plain lists, to cross from a worker thread. */
export type VocabularyLists = Record<ConcordanceSide, { words: string[]; units: number[] }>;

export class ConcordanceVocabulary {
  private readonly sides: Record<ConcordanceSide, SideWords> = { source: new SideWords(), target: new SideWords() };

  /** Reads every word of the word index (`tm_units_words`, migration 0008) with its unit count. */
  static load(db: Db): ConcordanceVocabulary {
    const vocabulary = new ConcordanceVocabulary();
    const rows = db.prepare<[], [string, string, number]>('SELECT term, col, doc FROM tm_units_words_vocab').raw();
    for (const [term, col, units] of rows.iterate()) {
      if (col === 'source' || col === 'target') vocabulary.sides[col].add(term, units);
    }
    vocabulary.sides.source.finish();
    vocabulary.sides.target.finish();
    return vocabulary;
  }

  toLists(): VocabularyLists {
    const side = (words: SideWords) => ({ words: [...words.count.keys()], units: [...words.count.values()] });
    return { source: side(this.sides.source), target: side(this.sides.target) };
  }

  static fromLists(lists: VocabularyLists): ConcordanceVocabulary {
    const vocabulary = new ConcordanceVocabulary();
    for (const side of ['source', 'target'] as const) {
      const { words, units } = lists[side];
      words.forEach((word, i) => vocabulary.sides[side].add(word, units[i]!));
      vocabulary.sides[side].finish();
    }
    return vocabulary;
  }

  /** Counts the words of a unit just stored (the word index got them by trigger). */
  addUnit(source: string, target: string): void {
    for (const [side, text] of [['source', source], ['target', target]] as const) {
      for (const word of new Set(Array.from(text.matchAll(tokenPattern), (m) => foldWord(m[0])))) this.sides[side].add(word, 1);
    }
  }

  /**
   * The indexed words `word` can be on `side`; null when more than `limit` fit (the word is too
   * short or too common to narrow the search: the caller leaves it out of the index query).
   */
  expand(side: ConcordanceSide, word: QueryWord, limit: number): Expansion | null {
    return this.sides[side].expand(word.word, word.place, limit);
  }
}
