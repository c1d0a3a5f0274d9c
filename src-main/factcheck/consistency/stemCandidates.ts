/**
 * Light stemming for the consistency checks: the base words a verb form may come from, so that
 * "harvested" can be matched with "harvest" and "dipanen"/"memanen" with "panen". It only proposes
 * candidates; a caller keeps a candidate only when the article itself uses it as a word, which is
 * what keeps a rule this crude from inventing stems ("covered" -> "cover" counts only where "cover"
 * is written somewhere).
 *
 * English: the past forms -ed/-d/-ied and doubled consonants (planned -> plan). Indonesian: the verb
 * prefixes di-, ter-, ber-/be- and meN- with its sound changes (memanen -> panen, menanam -> tanam,
 * mengirim -> kirim, menyewa -> sewa). Suffixes stay: "dihargai" is not "harga" (a price paid is not
 * the price named), and "-kan"/"-i" verbs are rarely what a figure is about.
 */
import type { Lang } from '../../../src-preload/contract/domain.ts';

const vowel = /^[aiueo]/;

/** Possible base words of `word` (lower case), most likely first; empty when it has no verb affix. */
export function stemCandidates(word: string, lang: Lang): string[] {
  return lang === 'id' ? indonesianStems(word) : englishStems(word);
}

function englishStems(word: string): string[] {
  if (!/ed$/.test(word) || word.length < 5) return [];
  const out: string[] = [];
  const bare = word.slice(0, -2);
  if (word.endsWith('ied')) out.push(`${word.slice(0, -3)}y`);
  out.push(bare, word.slice(0, -1));
  // planned -> plan, stopped -> stop
  if (/([b-df-hj-np-tv-z])\1$/.test(bare)) out.push(bare.slice(0, -1));
  return out.filter((s) => s.length >= 3);
}

function indonesianStems(word: string): string[] {
  const roots: string[] = [];
  const rest = (prefix: string) => word.slice(prefix.length);
  if (word.startsWith('di')) roots.push(rest('di'));
  if (word.startsWith('ter')) roots.push(rest('ter'));
  if (word.startsWith('ber')) roots.push(rest('ber'));
  else if (word.startsWith('be')) roots.push(rest('be'));
  if (word.startsWith('meny') && vowel.test(rest('meny'))) roots.push(`s${rest('meny')}`);
  else if (word.startsWith('meng')) {
    roots.push(rest('meng'));
    if (vowel.test(rest('meng'))) roots.push(`k${rest('meng')}`);
  } else if (word.startsWith('mem')) {
    roots.push(rest('mem'));
    if (vowel.test(rest('mem'))) roots.push(`p${rest('mem')}`);
  } else if (word.startsWith('men')) {
    roots.push(rest('men'));
    if (vowel.test(rest('men'))) roots.push(`t${rest('men')}`);
  } else if (/^me[lmnrwy]/.test(word)) roots.push(rest('me'));
  return roots.filter((s) => s.length >= 3);
}
