/**
 * How figures are written.
 * - `id.number-format` / `en.number-format`: Indonesian groups thousands with "." and marks decimals
 *   with ","; English the other way round. A numeral whose separators can only be read the other
 *   language's way is flagged with the separators swapped: "1,250,000" and "3.5 persen" in Indonesian
 *   text, "1.250.000" and "5,08" in English. Otherwise a single separator ("3.5", "5,6") is judged
 *   only next to a unit, a magnitude, "%"/"persen" or a currency, because alone it may be a time
 *   ("pukul 10.30"), a section ("Pasal 3.2"), a version ("2.0") or a list ("pages 5,6").
 * - `id.currency-space`: EYD V writes a currency symbol against the amount, without a dot or a space:
 *   "Rp5.000,00", "US$130". (Many newsrooms write "Rp 5.000"; they switch the rule off in Settings.)
 *   Currency codes ("IDR 5.000", "USD 130") keep their space.
 * - `id.percent-space` / `en.percent-space`: "%" is written against the number ("5%"), and "persen"
 *   apart from it ("5 persen", not "5persen").
 */
import { parseNumeral } from '../../language/parseValues.ts';
import type { Token } from '../../language/tokenize.ts';
import { referenceWords, type RuleContext } from './ruleContext.ts';

/** Words after a number that show it is a quantity (so a lone "." or "," is a decimal mark). */
const quantityWords: ReadonlySet<string> = new Set([
  '%', 'persen', 'prosen', 'ribu', 'juta', 'miliar', 'milyar', 'triliun', 'kg', 'km', 'ton', 'meter', 'cm', 'mm',
  'liter', 'derajat', 'poin', 'kali', 'hektare', 'hektar', 'ha', 'mil', 'mw', 'gw', 'kwh', 'barel', 'gram', 'knot',
  'percent', 'per', 'thousand', 'million', 'billion', 'trillion', 'points', 'point', 'degrees', 'kilometres',
  'kilometers', 'metres', 'meters', 'tonnes', 'tons', 'miles', 'hectares', 'litres', 'liters', 'barrels', 'pct',
  'm', 'bn', 'jt', 'rb', 'kilometer', 'kilogram', 'sentimeter', 'milimeter', 'mililiter', 'megawatt', 'kilowatt',
]);

/** A lower-case word that is not a unit: what follows a count ("4,200 anak", "10.4 pukulan"). */
const isCountNoun = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Ll}+$/u.test(t.text) && !quantityWords.has(t.text);

const currencyCodes = /^(?:IDR|USD|EUR|SGD|JPY|MYR|AUD|CNY)$/;

function neighbours(ctx: RuleContext, s: number): { prev: Token | undefined; next: Token | undefined } {
  const { tokens, solid } = ctx;
  return {
    prev: s > 0 ? tokens[solid[s - 1]!] : undefined,
    next: s + 1 < solid.length ? tokens[solid[s + 1]!] : undefined,
  };
}

/** The number-format rule's message: the text language's convention and the fixed numeral. */
function formatMessage(lang: 'id' | 'en', fixed: string): { id: string; en: string } {
  return lang === 'id'
    ? {
        id: `Dalam bahasa Indonesia, ribuan dipisah dengan titik dan desimal dengan koma: "${fixed}".`,
        en: `Indonesian separates thousands with "." and decimals with ",": "${fixed}".`,
      }
    : {
        id: `Dalam bahasa Inggris, ribuan dipisah dengan koma dan desimal dengan titik: "${fixed}".`,
        en: `English separates thousands with "," and decimals with ".": "${fixed}".`,
      };
}

const swapSeparators = (s: string) => s.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));

/**
 * Two English numerals Indonesian copy often carries that the general rule leaves alone as
 * ambiguous: "4,200 anak" / "US$ 250,000" (a comma and three digits before a counted noun or after
 * a currency is a thousands separator: nobody counts 4.2 children or pays to a thousandth of a
 * dollar) and "10.4 pukulan" (a dot and one digit is neither a thousands group nor a time, so
 * before a counted noun it is an English decimal). Reports and returns true when it applies.
 */
function indonesianMisreading(ctx: RuleContext, s: number, t: Token): boolean {
  const { prev, next } = neighbours(ctx, s);
  let fixed: string | null = null;
  if (/^\d{1,3},\d{3}$/.test(t.text) && (prev?.kind === 'currency' || isCountNoun(next))) fixed = t.text.replace(',', '.');
  const reference = prev !== undefined && (referenceWords.has(prev.text.toLowerCase()) || /\p{Lu}/u.test(prev.text));
  if (/^\d+\.\d$/.test(t.text) && isCountNoun(next) && !reference) fixed = t.text.replace('.', ',');
  if (fixed === null) return false;
  ctx.report('number', 'id.number-format', t.start, t.end, formatMessage('id', fixed), [fixed]);
  return true;
}

export function checkNumberFormat(ctx: RuleContext): void {
  const { tokens, solid, lang } = ctx;
  const rule = lang === 'id' ? 'id.number-format' : 'en.number-format';
  const other = lang === 'id' ? 'en' : 'id';
  for (let s = 0; s < solid.length; s++) {
    const t = tokens[solid[s]!]!;
    if (t.kind !== 'number' || !/[.,]/.test(t.text) || /[-–/]/.test(t.text)) continue;
    if (lang === 'id' && indonesianMisreading(ctx, s, t)) continue;
    const parsed = parseNumeral(t.text, lang);
    if (parsed === null || parsed.style !== other || parsed.ambiguous) continue;
    const separators = t.text.replace(/\d/g, '');
    // In English, "5,08" (a comma and two digits) can only be an Indonesian decimal; "5,6" may be a list.
    const indonesianDecimal = lang === 'en' && /^\d+,\d\d$/.test(t.text);
    if (separators.length === 1 && !indonesianDecimal) {
      const { prev, next } = neighbours(ctx, s);
      const quantity = (next !== undefined && quantityWords.has(next.text.toLowerCase())) || prev?.kind === 'currency';
      if (!quantity) continue;
    }
    const fixed = swapSeparators(t.text);
    ctx.report('number', rule, t.start, t.end, formatMessage(lang, fixed), [fixed]);
  }
}

export function checkCurrencySpace(ctx: RuleContext): void {
  const { tokens, solid, text } = ctx;
  for (let s = 0; s + 1 < solid.length; s++) {
    const cur = tokens[solid[s]!]!;
    if (cur.kind !== 'currency' || currencyCodes.test(cur.text)) continue;
    const num = tokens[solid[s + 1]!]!;
    if (num.kind !== 'number') continue;
    // "US $ 18.000": the country letters belong to the symbol, "US$".
    const country = s > 0 ? tokens[solid[s - 1]!]! : undefined;
    if (cur.text === '$' && country && /^[A-Z]{1,3}$/.test(country.text) && /^[ \u00a0]+$/.test(text.slice(country.end, cur.start))) {
      const fixed = `${country.text}$`;
      ctx.report('number', 'id.currency-space', country.start, cur.end, {
        id: `Lambang mata uang ditulis tanpa spasi di dalamnya: "${fixed}".`,
        en: `A currency symbol has no space inside it: "${fixed}".`,
      }, [fixed]);
      continue;
    }
    const between = text.slice(cur.end, num.start);
    if (between !== '' && !/^[ \u00a0]+$/.test(between)) continue;
    // "Rp5.000" (EYD V) and "Rp 5.000" (most newsrooms) are both accepted; a dot after the symbol
    // or a run of spaces is not.
    const symbol = /^rp\.?$/i.test(cur.text) ? 'Rp' : cur.text;
    if (symbol === cur.text && (between === '' || between === ' ' || between === '\u00a0')) continue;
    const fixed = symbol + (between === '' ? '' : ' ') + num.text;
    ctx.report('number', 'id.currency-space', cur.start, num.end, {
      id: `Lambang mata uang ditulis tanpa titik dan dengan paling banyak satu spasi: "${fixed}".`,
      en: `A currency symbol takes no dot and at most one space before the amount: "${fixed}".`,
    }, [fixed]);
  }
}

export function checkPercentSpace(ctx: RuleContext): void {
  const { tokens, solid, text, lang } = ctx;
  const rule = lang === 'id' ? 'id.percent-space' : 'en.percent-space';
  for (let s = 0; s + 1 < solid.length; s++) {
    const num = tokens[solid[s]!]!;
    if (num.kind !== 'number') continue;
    const next = tokens[solid[s + 1]!]!;
    const between = text.slice(num.end, next.start);
    if (next.text === '%' && between !== '' && /^[ \u00a0]+$/.test(between)) {
      const fixed = `${num.text}%`;
      ctx.report('number', rule, num.start, next.end, {
        id: `Tanda persen ditulis rapat dengan angkanya: "${fixed}".`,
        en: `The percent sign is written against the number: "${fixed}".`,
      }, [fixed]);
    } else if (between === '' && next.kind === 'word' && /^(?:persen|percent)$/i.test(next.text)) {
      const fixed = `${num.text} ${next.text}`;
      ctx.report('number', rule, num.start, next.end, {
        id: `Kata "${next.text}" ditulis terpisah dari angkanya: "${fixed}".`,
        en: `The word "${next.text}" is written apart from the number: "${fixed}".`,
      }, [fixed]);
    }
  }
}
