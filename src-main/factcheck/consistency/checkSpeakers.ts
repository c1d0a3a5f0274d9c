/**
 * `consistency.speaker-unintroduced`: a quote attributed to a bare name (", kata Dimas",
 * "ujar Hapsari", "Smith said") when that name never appeared earlier with a full name ("Dimas
 * Pratama") or a role ("Ketua RT Dimas", "Dimas, warga Cilincing,"). A reader cannot tell who is
 * speaking. A full name or role given at the quote itself is an introduction too.
 */
import type { Finding } from '../../proofreading/finding.ts';
import { attributionVerbs } from '../detectClaims.ts';
import { isRoleWord, notNames, rolesAround } from './checkNameVariants.ts';
import { isNameCased, makeFinding, type ConsistencyContext, type Word } from './consistencyContext.ts';

/** Capitalised words that stand where a speaker's name would but are not names. */
const notSpeakers = new Set([
  'dia', 'ia', 'beliau', 'mereka', 'kami', 'saya', 'he', 'she', 'they', 'we', 'it', 'i', 'you', 'this', 'that', 'the',
  'police', 'officials', 'residents', 'experts', 'analysts', 'critics', 'investigators', 'authorities', 'witnesses',
  'doctors', 'sources', 'polisi', 'warga', 'pihaknya', 'pejabat', 'sumber',
]);

const quoteMark = /["“”]/u;

export function checkSpeakers(ctx: ConsistencyContext): Finding[] {
  const verbs = attributionVerbs[ctx.lang];
  const out: Finding[] = [];
  const done = new Set<string>();
  for (const w of ctx.words) {
    if (!verbs.has(w.lower) || w.sentence < 0) continue;
    const sentence = ctx.sentences[w.sentence]!;
    const quoted = quoteMark.test(sentence.text);
    // "kata", "jelas" and "say" are ordinary words too: only next to a quote are they attribution.
    if (!quoted && !['menurut', 'according', 'said', 'ujar', 'ujarnya', 'tutur', 'ungkap'].includes(w.lower)) continue;
    const speaker = speakerOf(ctx, w);
    if (!speaker) continue;
    const name = speaker.token.text;
    if (done.has(name)) continue;
    done.add(name);
    if (introduced(ctx, speaker)) continue;
    const quote = quoteSpan(sentence.text) ?? { start: 0, end: sentence.text.length };
    const related = { start: sentence.start + quote.start, end: sentence.start + quote.end };
    out.push(makeFinding(ctx, 'consistency', 'consistency.speaker-unintroduced', speaker.token, related, {
      id: `Kutipan ini diatribusikan kepada "${name}", yang belum diperkenalkan dengan nama lengkap atau jabatan sebelumnya.`,
      en: `This quote is attributed to "${name}", who has not been introduced with a full name or role before.`,
    }));
  }
  return out;
}

/** The one bare name attributed by verb `w`, or null (a pronoun, a full name, a role: nothing to check). */
function speakerOf(ctx: ConsistencyContext, w: Word): Word | null {
  const words = ctx.words;
  let at = w.index + 1;
  if (w.lower === 'according' && words[at]?.lower === 'to') at++;
  const after = words[at];
  // "kata Dimas", "said Smith", "according to Smith"; in English also "Smith said".
  if (after && after.joinedToPrev && after.sentence === w.sentence && /^\p{Lu}/u.test(after.token.text)) {
    return bareName(ctx, after);
  }
  const before = words[w.index - 1];
  if (ctx.lang === 'en' && before && w.joinedToPrev && /^\p{Lu}/u.test(before.token.text)) return bareName(ctx, before);
  return null;
}

function bareName(ctx: ConsistencyContext, w: Word): Word | null {
  // "The company said Monday": a weekday or month is not a speaker.
  if (!isNameCased(w.token.text) || notSpeakers.has(w.lower) || notNames.has(w.lower) || isRoleWord(ctx, w.lower)) return null;
  const prev = ctx.words[w.index - 1];
  const next = ctx.words[w.index + 1];
  // Part of a longer name or after a role word: introduced right here.
  if (prev && w.joinedToPrev && /^\p{Lu}/u.test(prev.token.text) && !attributionVerbs[ctx.lang].has(prev.lower)) return null;
  if (next && next.joinedToPrev && next.sentence === w.sentence && isNameCased(next.token.text)) return null;
  if (rolesAround(ctx, w).size > 0) return null;
  return w;
}

/** The name appeared before the quote with a full name or a role. */
function introduced(ctx: ConsistencyContext, speaker: Word): boolean {
  for (const w of ctx.words) {
    if (w.index >= speaker.index) break;
    if (w.token.text !== speaker.token.text) continue;
    const prev = ctx.words[w.index - 1];
    const next = ctx.words[w.index + 1];
    if (w.joinedToPrev && prev && isNameCased(prev.token.text) && !attributionVerbs[ctx.lang].has(prev.lower)) return true;
    if (next && next.joinedToPrev && isNameCased(next.token.text)) return true;
    if (rolesAround(ctx, w).size > 0) return true;
  }
  return false;
}

/** The quoted words in a sentence (from the first quotation mark to the last), as offsets into it. */
function quoteSpan(sentence: string): { start: number; end: number } | null {
  const open = sentence.search(/["“]/u);
  if (open < 0) return null;
  let close = -1;
  for (let i = sentence.length - 1; i > open; i--) {
    if (/["”]/u.test(sentence[i]!)) {
      close = i;
      break;
    }
  }
  return close > open ? { start: open, end: close + 1 } : null;
}
