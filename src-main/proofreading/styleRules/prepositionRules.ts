/**
 * The two di/ke rules, one for each direction of the same confusion:
 * - `id.di-place`: the preposition written joined to a place, position or time ("dirumah", "kemana",
 *   "disekitarnya", "diJakarta") -> apart ("di rumah", "ke mana").
 * - `id.di-verb`: the passive prefix di- written apart from its verb ("di tulis", "di sampaikan")
 *   -> joined ("ditulis"). The word lists are in prepositionWords.ts.
 */
import { isAllCaps, singleSpaceAfter, type RuleContext } from './ruleContext.ts';
import { bareVerbs, joinedWords, nounPhraseAfter, placeWords, suffixBases } from './prepositionWords.ts';

/** "dimana" -> "di mana", "dimanapun" -> "di mana pun", "disekitarnya" -> "di sekitarnya", or null. */
export function splitJoinedPreposition(word: string): string | null {
  if (word.length < 4) return null;
  const lower = word.toLowerCase();
  const prefix = lower.slice(0, 2);
  if ((prefix !== 'di' && prefix !== 'ke') || joinedWords.has(lower)) return null;
  const head = word.slice(0, 2);
  const rest = word.slice(2);
  // "diJakarta", "keBandung": a capital after di/ke is a name, and a name is always a place here.
  if (/^\p{Lu}/u.test(rest) && !isAllCaps(word)) return `${head} ${rest}`;
  const restLower = rest.toLowerCase();
  // "dimanapun" / "kemanapun": the particle pun is written apart too (EYD V: "di mana pun").
  if (restLower.endsWith('pun') && isPlace(restLower.slice(0, -3))) return `${head} ${rest.slice(0, -3)} ${rest.slice(-3)}`;
  for (const clitic of ['', 'nya', 'kah', 'lah']) {
    if (clitic !== '' && !restLower.endsWith(clitic)) continue;
    const base = restLower.slice(0, restLower.length - clitic.length);
    if (isPlace(base) && !joinedWords.has(prefix + base)) return `${head} ${rest}`;
  }
  return null;
}

function isPlace(word: string): boolean {
  if (placeWords.has(word)) return true;
  const parts = word.split('-');
  return parts.length === 2 && parts[0] === parts[1] && placeWords.has(parts[0]!);
}

export function checkJoinedPreposition(ctx: RuleContext): void {
  const { tokens, solid } = ctx;
  for (let s = 0; s < solid.length; s++) {
    const t = tokens[solid[s]!]!;
    if (t.kind !== 'word') continue;
    // Cheap filter first: only words starting with di/ke (any case) are candidates.
    const c0 = t.text.charCodeAt(0) | 0x20;
    const c1 = t.text.charCodeAt(1) | 0x20;
    if (!((c0 === 0x64 && c1 === 0x69) || (c0 === 0x6b && c1 === 0x65)) || t.text.length < 4) continue;
    let fixed = splitJoinedPreposition(t.text);
    // "keluar" (to exit) is a word, but "pergi keluar negeri" is the direction "ke luar negeri".
    if (fixed === null && ctx.lower[solid[s]!] === 'keluar' && s + 1 < solid.length && ctx.lower[solid[s + 1]!] === 'negeri') {
      fixed = `${t.text.slice(0, 2)} ${t.text.slice(2)}`;
    }
    if (fixed === null) continue;
    const prep = t.text.slice(0, 2).toLowerCase();
    ctx.report('style', 'id.di-place', t.start, t.end, {
      id: `Kata depan "${prep}" ditulis terpisah dari kata yang mengikutinya: "${fixed}".`,
      en: `The preposition "${prep}" is written apart from the word after it: "${fixed}".`,
    }, [fixed]);
  }
}

/** Whether `word` (lower case) is a verb form that takes the prefix di-: "tulis", "sampaikan", "perbaiki". */
export function isDiVerb(word: string): boolean {
  let core = word;
  if (core.endsWith('nya') && core.length > 6) core = core.slice(0, -3);
  if (bareVerbs.has(core)) return true;
  for (const suffix of ['kan', 'i']) {
    if (!core.endsWith(suffix)) continue;
    const stem = core.slice(0, -suffix.length);
    if (stem.length >= 2 && (bareVerbs.has(stem) || suffixBases.has(stem))) return true;
  }
  return false;
}

export function checkDetachedPrefix(ctx: RuleContext): void {
  const { tokens, solid } = ctx;
  for (let s = 0; s + 1 < solid.length; s++) {
    const di = tokens[solid[s]!]!;
    if (di.kind !== 'word' || di.text.length !== 2 || ctx.lower[solid[s]!] !== 'di') continue;
    const verb = tokens[solid[s + 1]!]!;
    // Exactly one space (no line break) between them, and a word in lower case (or all in capitals).
    if (verb.kind !== 'word' || !singleSpaceAfter(ctx, s)) continue;
    if (/^\p{Lu}/u.test(verb.text) && !(isAllCaps(verb.text) && isAllCaps(di.text))) continue;
    const lower = ctx.lower[solid[s + 1]!]!;
    if (!isDiVerb(lower)) continue;
    const after = s + 2 < solid.length ? tokens[solid[s + 2]!]! : undefined;
    const afterLower = s + 2 < solid.length ? ctx.lower[solid[s + 2]!]! : '';
    if (Object.hasOwn(nounPhraseAfter, lower) && nounPhraseAfter[lower]!.includes(afterLower)) continue;
    // "di pukul 10.00" is a (clumsy) time, not "dipukul"; "di nilai Rp5 miliar" is a value.
    if ((lower === 'pukul' || lower === 'nilai') && (after?.kind === 'number' || after?.kind === 'currency')) continue;
    const fixed = di.text + verb.text;
    ctx.report('style', 'id.di-verb', di.start, verb.end, {
      id: `Awalan di- pada kata kerja ditulis serangkai: "${fixed}".`,
      en: `The passive prefix di- is joined to its verb: "${fixed}".`,
    }, [fixed]);
  }
}
