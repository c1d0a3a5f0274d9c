/**
 * `en.a-an`: "a" before a consonant sound, "an" before a vowel sound, which the spelling does not
 * always show: "an hour", "an honest", "a university", "a one-off", "a European", and letters read
 * one by one ("an MP", "an FBI agent", "a UN official", "an 8-year-old", "an 11th").
 */
import { isAllCaps, singleSpaceAfter, type RuleContext } from './ruleContext.ts';

const silentH = /^(?:hour|honest|honou?r|heir|herb(?!al))/;
/** Vowel letters read as a consonant ("you", "wun"). */
const consonantVowel = /^(?:uni(?:[cfloqstvx]|form|d(?:i|e[ao]))|use|usu|usa|usur|uti|ute|ubiq|ukr|uga|unan|ura|uri|uro(?!p)|ut(?!t|mo|ter)|eu|ewe|one(?:$|[-‐]|s$)|once|onesie)/;
/** Letters whose name starts with a vowel sound: eff, aitch, el, em, en, ar, ess, ex (and the vowels but U). */
const vowelLetterNames = /^[AEFHILMNORSX]/;

/** Whether the word after the article is spoken with a vowel sound first (null when unsure). */
export function startsWithVowelSound(word: string, kind: 'word' | 'number'): boolean | null {
  if (kind === 'number') return /^(?:8|1[18](?![\d]))/.test(word) || /^1[18]\d\d$/.test(word) ? true : /^\d/.test(word) ? false : null;
  const lower = word.toLowerCase();
  // Initialisms read letter by letter: all capitals, short or without vowels ("FBI", "MP", "NGO", "HSBC").
  const letters = word.split(/[-‐]/)[0]!;
  // "an X-ray", "an F-16", "an A grade": a capital letter on its own is read by its name.
  if (letters.length === 1 && /^\p{Lu}$/u.test(letters)) return vowelLetterNames.test(letters);
  if (isAllCaps(letters) && letters.length >= 2) {
    // "a UN official", "a UNESCO site", "a UEFA match": U is read "you" either way.
    if (letters.startsWith('U')) return false;
    if (letters.length <= 3 || !/[AEIOU]/.test(letters.slice(1))) return vowelLetterNames.test(letters);
  }
  if (silentH.test(lower)) return true;
  if (consonantVowel.test(lower)) return false;
  if (/^[aeiou]/.test(lower)) return true;
  if (/^[a-z]/.test(lower)) return false;
  return null;
}

export function checkArticle(ctx: RuleContext): void {
  const { tokens, solid } = ctx;
  for (let s = 0; s + 1 < solid.length; s++) {
    const art = tokens[solid[s]!]!;
    if (art.kind !== 'word') continue;
    const lower = ctx.lower[solid[s]!];
    if (lower !== 'a' && lower !== 'an') continue;
    const next = tokens[solid[s + 1]!]!;
    if (!singleSpaceAfter(ctx, s)) continue;
    if (next.kind !== 'word' && next.kind !== 'number') continue;
    // "A" after a word is a letter ("Plan A is", "vitamin A or"), not the article.
    if (art.text === 'A' && s > 0) {
      const prev = tokens[solid[s - 1]!]!;
      if (prev.kind === 'word' || prev.kind === 'number') continue;
    }
    const vowel = startsWithVowelSound(next.text, next.kind);
    if (vowel === null) continue;
    const wanted = vowel ? 'an' : 'a';
    if (lower === wanted) continue;
    const fixed = art.text[0] === art.text[0]!.toUpperCase() ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted;
    const fixedAll = isAllCaps(art.text) && art.text.length > 1 ? wanted.toUpperCase() : fixed;
    ctx.report('style', 'en.a-an', art.start, art.end, {
      id: `Sebelum "${next.text}" dipakai "${fixedAll}" (${vowel ? 'diawali bunyi vokal' : 'diawali bunyi konsonan'}).`,
      en: `Use "${fixedAll}" before "${next.text}" (${vowel ? 'it starts with a vowel sound' : 'it starts with a consonant sound'}).`,
    }, [fixedAll]);
  }
}
