/**
 * Quotes, brackets and spaces in the target. Quotes and brackets are reported only when the source
 * is balanced and the target is not (a quote that runs over several sentences is open in both);
 * spacing problems are double spaces, a space before , . ; : ! ? or ), one after (, and leading or
 * trailing white space that the source does not have.
 */
import type { TranslationFinding } from '../../../src-preload/contract/translation.ts';
import { makeFinding, type Span } from './translationQaRules.ts';

/** The lone quote marks of a text: an odd straight quote, unpaired curly ones. */
function loneQuotes(text: string): Span[] {
  const out: Span[] = [];
  const straight = [...text.matchAll(/"/g)].map((m) => m.index);
  if (straight.length % 2 === 1) out.push({ start: straight[straight.length - 1]!, end: straight[straight.length - 1]! + 1 });
  const open: number[] = [];
  for (const m of text.matchAll(/[“”]/g)) {
    if (m[0] === '“') open.push(m.index);
    else if (open.length > 0) open.pop();
    else out.push({ start: m.index, end: m.index + 1 });
  }
  for (const i of open) out.push({ start: i, end: i + 1 });
  return out;
}

const closerOf: Record<string, string> = { '(': ')', '[': ']' };

function loneBrackets(text: string): Span[] {
  const out: Span[] = [];
  const stack: { ch: string; at: number }[] = [];
  for (const m of text.matchAll(/[()[\]]/g)) {
    const ch = m[0];
    if (ch === '(' || ch === '[') stack.push({ ch, at: m.index });
    else if (stack.length > 0 && closerOf[stack[stack.length - 1]!.ch] === ch) stack.pop();
    // "1)" or "a)" opening a list item is not a lone bracket.
    else if (!/(^|\n)\s*[\da-z]{1,2}$/.test(text.slice(0, m.index))) out.push({ start: m.index, end: m.index + 1 });
  }
  for (const s of stack) out.push({ start: s.at, end: s.at + 1 });
  return out;
}

export function checkPunctuation(source: string, target: string): TranslationFinding[] {
  const out: TranslationFinding[] = [];
  const quotes = loneQuotes(target);
  if (quotes.length > 0 && loneQuotes(source).length === 0) {
    for (const q of quotes) out.push(makeFinding('unbalanced-quotes', null, q, `the quotation mark ${target.slice(q.start, q.end)} is not closed or opened`, { mark: target.slice(q.start, q.end) }));
  }
  const brackets = loneBrackets(target);
  if (brackets.length > 0 && loneBrackets(source).length === 0) {
    for (const b of brackets) out.push(makeFinding('unbalanced-brackets', null, b, `the bracket ${target.slice(b.start, b.end)} has no partner`, { mark: target.slice(b.start, b.end) }));
  }
  out.push(...findSpacing(target));
  const lead = (s: string) => /^[ \t]+/.exec(s)?.[0].length ?? 0;
  const trail = (s: string) => /[ \t]+$/.exec(s)?.[0].length ?? 0;
  if (target.trim() !== '') {
    if (lead(target) > 0 && lead(source) === 0) out.push(makeFinding('spacing', null, { start: 0, end: lead(target) }, 'leading space the source does not have', { problem: 'leading' }));
    if (trail(target) > 0 && trail(source) === 0) out.push(makeFinding('spacing', null, { start: target.length - trail(target), end: target.length }, 'trailing space the source does not have', { problem: 'trailing' }));
    if (lead(source) > 0 && lead(target) === 0) out.push(makeFinding('spacing', { start: 0, end: lead(source) }, { start: 0, end: 0 }, 'the source starts with a space the target does not have', { problem: 'leading-missing' }));
    if (trail(source) > 0 && trail(target) === 0) out.push(makeFinding('spacing', { start: source.length - trail(source), end: source.length }, { start: target.length, end: target.length }, 'the source ends with a space the target does not have', { problem: 'trailing-missing' }));
  }
  return out;
}

/** Double spaces, a space before , . ; : ! ? ) or a closing quote, and one after "(" anywhere in `target`. */
export function findSpacing(target: string): TranslationFinding[] {
  const out: TranslationFinding[] = [];
  for (const m of target.matchAll(/(?<=\S)[ \t]{2,}(?=\S)/g)) {
    out.push(makeFinding('spacing', null, { start: m.index, end: m.index + m[0].length }, 'double space', { problem: 'double-space' }));
  }
  // A space before punctuation, but not before an ellipsis ("kami ... tidak") or a decimal (".5").
  for (const m of target.matchAll(/(?<=[\p{L}\p{N}"”’)])[ \t]+(?:[,;:!?)]|\.(?![.\d]))/gu)) {
    out.push(makeFinding('spacing', null, { start: m.index, end: m.index + m[0].length }, `space before "${m[0].trim()}"`, { problem: 'space-before', mark: m[0].trim() }));
  }
  // A space before a closing quote: '..., " he said' (a quote followed by a space or the end closes) or '... ”'.
  for (const m of target.matchAll(/(?<=[\p{L}\p{N},.!?])[ \t]+(?:"(?=\s|$)|”)/gu)) {
    out.push(makeFinding('spacing', null, { start: m.index, end: m.index + m[0].length - 1 }, 'space before a closing quotation mark', { problem: 'space-before', mark: m[0].trim() }));
  }
  for (const m of target.matchAll(/\([ \t]+(?=\S)/g)) {
    out.push(makeFinding('spacing', null, { start: m.index, end: m.index + m[0].length }, 'space after "("', { problem: 'space-after', mark: '(' }));
  }
  return out;
}
