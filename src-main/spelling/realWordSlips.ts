/**
 * Real-word slips: correctly spelled words that are wrong next to their neighbour. Deliberately
 * a small table of pairs we are sure about (no statistics, no guessing), plus a repeated word
 * ("the the"). Each entry: the previous word, the next word, and what the pair should read (a finding
 * spans both words, since either may be the slip: "sangat ini" means "saat ini").
 */
import type { SpellLang } from './loadDictionary.ts';

export interface SlipEntry {
  previous: string;
  word: string;
  meant: string;
}

export const slipTable: Record<SpellLang, readonly SlipEntry[]> = {
  id: [
    { previous: 'luar', word: 'bisa', meant: 'luar biasa' },
    { previous: 'seperti', word: 'bisa', meant: 'seperti biasa' },
    { previous: 'rumah', word: 'sakti', meant: 'rumah sakit' },
    { previous: 'terima', word: 'kasi', meant: 'terima kasih' },
    { previous: 'sangat', word: 'ini', meant: 'saat ini' },
    { previous: 'tahun', word: 'lali', meant: 'tahun lalu' },
  ],
  en: [
    { previous: 'more', word: 'then', meant: 'more than' },
    { previous: 'less', word: 'then', meant: 'less than' },
    { previous: 'rather', word: 'then', meant: 'rather than' },
    { previous: 'better', word: 'then', meant: 'better than' },
    { previous: 'could', word: 'of', meant: 'could have' },
    { previous: 'would', word: 'of', meant: 'would have' },
    { previous: 'should', word: 'of', meant: 'should have' },
  ],
};

/** Word pairs that are correct when repeated ("had had", "that that"). */
const repeatAllowed = new Set(['had', 'that', 'is']);

/** The slip of `word` after `previous` (both as written), or null. */
/** Second words of the table, to skip the table for every other word cheaply. */
const slipWords = new Set(Object.values(slipTable).flatMap((entries) => entries.map((e) => e.word)));

export function findSlip(lang: SpellLang, previous: string, word: string): { rule: 'spelling.slip' | 'spelling.repeated-word'; meant: string } | null {
  if (previous.length !== word.length && !slipWords.has(word) && !slipWords.has(word.toLowerCase())) return null;
  const p = previous.toLowerCase();
  const w = word.toLowerCase();
  if (p === w && !repeatAllowed.has(w)) return { rule: 'spelling.repeated-word', meant: '' };
  for (const entry of slipTable[lang]) {
    if (entry.previous === p && entry.word === w) {
      return { rule: 'spelling.slip', meant: entry.meant };
    }
  }
  return null;
}
