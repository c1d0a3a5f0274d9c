import type { CleanupChange, Lang } from '../../src-preload/contract/domain.ts';

/** What one cleaning step did to one line of the input (`line` is 1-based in the input). */
export type ScrapedTextChange = CleanupChange;

export interface CleanedScrapedText {
  text: string;
  /** In input order; empty when nothing needed cleaning. */
  changes: ScrapedTextChange[];
}

type Where = 'anywhere' | 'trailing';

/**
 * Lines that are page furniture, not article text. `anywhere` lines are removed wherever they
 * are ("Baca juga:" links are pasted between paragraphs); `trailing` ones only in the run of such
 * lines at the end, since a word like "WhatsApp" alone on a line could, rarely, be content.
 * `lang` 'any' applies to articles in both languages (share buttons are English on Indonesian sites).
 */
/** One row of the page-furniture table. */
export interface FurnitureEntry {
  pattern: RegExp;
  where: Where;
  lang: Lang | 'any';
  kind: 'read-also' | 'share-line';
}

const furniture: readonly FurnitureEntry[] = [
  { pattern: /^(baca|lihat|simak) (juga|pula|selengkapnya)\b.*$/i, where: 'anywhere', lang: 'id', kind: 'read-also' },
  { pattern: /^berita terkait\s*:.*$/i, where: 'anywhere', lang: 'id', kind: 'read-also' },
  { pattern: /^(read|see) (also|more)\s*:.*$/i, where: 'anywhere', lang: 'any', kind: 'read-also' },
  { pattern: /^(also read|related( stories| articles)?)\s*:.*$/i, where: 'anywhere', lang: 'en', kind: 'read-also' },
  { pattern: /^bagikan( (artikel|berita) ini| ke)?\b.{0,40}$/i, where: 'trailing', lang: 'id', kind: 'share-line' },
  { pattern: /^ikuti (kami|kanal|berita|update)\b.{0,80}$/i, where: 'trailing', lang: 'id', kind: 'share-line' },
  { pattern: /^dapatkan (update|berita|informasi)\b.{0,160}$/i, where: 'trailing', lang: 'id', kind: 'share-line' },
  { pattern: /^(salin (tautan|link)|tautan disalin)\W*$/i, where: 'trailing', lang: 'id', kind: 'share-line' },
  { pattern: /^(share|share (this|on)\b.{0,40})$/i, where: 'trailing', lang: 'any', kind: 'share-line' },
  { pattern: /^follow us\b.{0,60}$/i, where: 'trailing', lang: 'any', kind: 'share-line' },
  { pattern: /^(copy link|link copied|sign up for (our|the) newsletter\b.{0,60})\W*$/i, where: 'trailing', lang: 'en', kind: 'share-line' },
];

/** The furniture entries that apply to articles in `lang`. */
export function furnitureFor(lang: Lang): FurnitureEntry[] {
  return furniture.filter((f) => f.lang === 'any' || f.lang === lang);
}

/** `line` with every run of (non-breaking) white space made one space, trimmed: how furniture is matched. */
export function normalizedLine(line: string): string {
  return line.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The kind of an `anywhere` furniture line ("Baca juga: …"), or undefined when `line` is not one. */
export function anywhereFurnitureKind(line: string, entries: readonly FurnitureEntry[]): FurnitureEntry['kind'] | undefined {
  const normalized = normalizedLine(line);
  return entries.find((f) => f.where === 'anywhere' && f.pattern.test(normalized))?.kind;
}

/** Matches one non-breaking, narrow non-breaking or figure space. */
export const nbspPattern = /[\u00a0\u202f\u2007]/g;
/** Matches a run of two or more spaces or tabs between two non-space characters (`spaces` step: one space). */
export const doubleSpacePattern = /(?<=\S)[ \t]{2,}(?=\S)/g;
/** Matches spaces and tabs at the end of a line (`spaces` step: removed). */
export const trailingSpacePattern = /[ \t]+$/;

/** Non-breaking and figure spaces as plain spaces (the `nbsp` step). */
export function replaceNbsp(line: string): string {
  return line.replace(nbspPattern, ' ');
}

/** The `spaces` step: runs of spaces between words made one, line end trimmed. */
export function collapseSpaces(line: string): string {
  return line.replace(doubleSpacePattern, ' ').replace(trailingSpacePattern, '');
}

/** A line made only of these (with separators) is a row of share buttons. */
const shareWords = new Set(['share', 'tweet', 'whatsapp', 'wa', 'facebook', 'fb', 'twitter', 'x', 'telegram', 'line', 'linkedin', 'email', 'e-mail', 'print', 'cetak', 'pinterest', 'reddit', 'threads', 'instagram', 'tiktok', 'youtube', 'copy', 'link', 'bagikan', 'komentar', 'comments', 'comment']);

/**
 * Cleans text pasted or scraped from a news site, for a preview the user accepts or not: removes
 * the headline repeated as the first body line, "Baca juga:"/"Read also:" lines, and the trailing
 * block of share and follow lines (see the `furniture` table); turns non-breaking spaces into
 * spaces; collapses runs of spaces and trims line ends; and makes double and single quotes one
 * style, the one the text mostly uses (curly “ ” ‘ ’ or straight " '), choosing each curly quote's
 * direction from its neighbours, which also repairs mismatched pairs such as “…“. Each change is
 * reported with its line number in the input.
 */
export function cleanScrapedText(text: string, lang: Lang): CleanedScrapedText {
  const lines = text.split(/\r?\n/);
  const changes: ScrapedTextChange[] = [];
  const removed = new Set<number>();
  const remove = (index: number, kind: ScrapedTextChange['kind']): void => {
    removed.add(index);
    changes.push({ kind, before: lines[index]!, after: '', line: index + 1 });
  };
  const entries = furnitureFor(lang);
  const normalized = normalizedLine;

  // Duplicated headline: the first non-empty line again as the next non-empty line.
  const first = lines.findIndex((l) => normalized(l) !== '');
  const second = first < 0 ? -1 : lines.findIndex((l, i) => i > first && normalized(l) !== '');
  if (second > 0 && headlineKey(lines[first]!) === headlineKey(lines[second]!)) remove(second, 'duplicate-headline');

  for (let i = 0; i < lines.length; i++) {
    const kind = anywhereFurnitureKind(lines[i]!, entries);
    if (kind && !removed.has(i) && i !== first) remove(i, kind);
  }
  // Trailing furniture: walk up from the end over blank and furniture lines.
  const trailing: number[] = [];
  for (let i = lines.length - 1; i > first; i--) {
    const line = normalized(lines[i]!);
    if (line === '' || removed.has(i)) continue;
    if (!isShareLine(line, entries)) break;
    trailing.push(i);
  }
  for (const i of trailing.reverse()) remove(i, 'share-line');

  const out: string[] = [];
  const outLine: number[] = [];
  let removedSinceKept = false;
  for (let i = 0; i < lines.length; i++) {
    if (removed.has(i)) {
      removedSinceKept = true;
      continue;
    }
    let line = lines[i]!;
    // A removal between two blank lines must not leave a double gap.
    if (line.trim() === '' && removedSinceKept && (out.length === 0 || out[out.length - 1]!.trim() === '')) continue;
    removedSinceKept = false;
    const step = (kind: ScrapedTextChange['kind'], next: string): void => {
      if (next !== line) changes.push({ kind, before: line, after: next, line: i + 1 });
      line = next;
    };
    step('nbsp', replaceNbsp(line));
    step('spaces', collapseSpaces(line));
    out.push(line);
    outLine.push(i + 1);
  }
  if (trailing.length > 0) {
    // The blank lines that separated the removed footer go too; the final newline (if any) stays.
    while (out.length > 0 && out[out.length - 1]!.trim() === '') {
      out.pop();
      outLine.pop();
    }
    if (/\n$/.test(text)) {
      out.push('');
      outLine.push(lines.length);
    }
  }

  const style = dominantQuoteStyle(out.join('\n'));
  const result = out.map((line, i) => {
    const next = normaliseQuotes(line, style);
    if (next !== line) changes.push({ kind: 'quotes', before: line, after: next, line: outLine[i]! });
    return next;
  });
  // Stable: on one line, the steps stay in the order they were applied.
  changes.sort((a, b) => a.line - b.line);
  return { text: result.join('\n'), changes };
}

/** Comparison key for headlines: case, spacing, quotes and trailing punctuation do not matter. */
export function headlineKey(line: string): string {
  return line
    .toLocaleLowerCase()
    .replace(/[“”„"‘’']/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[\s.:;,!?-]+$/, '')
    .trim();
}

/** True when `line` (normalised) is a share/follow line or a row of share buttons. */
export function isShareLine(line: string, entries: readonly FurnitureEntry[]): boolean {
  if (entries.some((f) => f.pattern.test(line))) return true;
  if (line.length > 80) return false;
  const words = line.toLowerCase().split(/[\s|·•/,:;.!-]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => shareWords.has(w));
}

/** The one quote style a cleaned text uses. */
export type QuoteStyle = 'curly' | 'straight';

/** The style most double quotes already have; curly wins a tie because it is the typographic norm. */
export function dominantQuoteStyle(text: string): QuoteStyle {
  const curly = (text.match(/[“”]/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return straight > curly ? 'straight' : 'curly';
}

const opensAfter = /[\s([{\u2014\u2013/“‘-]/;
const closesBefore = /[\s.,;:!?)\]}\u2014\u2013/-]/;

/**
 * Quotes of one line in `style`. Curly direction comes from the neighbours: after a space or an
 * opening bracket it opens, before a space or punctuation it closes; otherwise it alternates.
 * An apostrophe between letters (Jum’at, don’t) is ’ in curly style.
 */
export function normaliseQuotes(line: string, style: QuoteStyle): string {
  const chars = [...line];
  let doubleOpen = false;
  let singleOpen = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const isDouble = c === '"' || c === '“' || c === '”' || c === '„';
    const isSingle = c === "'" || c === '‘' || c === '’';
    if (!isDouble && !isSingle) continue;
    if (style === 'straight') {
      chars[i] = isDouble ? '"' : "'";
      continue;
    }
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (isSingle && before && after && /[\p{L}\p{N}]/u.test(before) && /\p{L}/u.test(after)) {
      chars[i] = '’';
      continue;
    }
    let opening: boolean;
    if (before === undefined || opensAfter.test(before)) opening = after !== undefined && !/\s/.test(after);
    else if (after === undefined || closesBefore.test(after)) opening = false;
    else opening = isDouble ? !doubleOpen : !singleOpen;
    if (isDouble) {
      chars[i] = opening ? '“' : '”';
      doubleOpen = opening;
    } else {
      chars[i] = opening ? '‘' : '’';
      singleOpen = opening;
    }
  }
  return chars.join('');
}
