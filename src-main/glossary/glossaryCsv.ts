/**
 * Glossaries as CSV, the form spreadsheets and other CAT tools exchange them in.
 *
 * Reading: RFC 4180 quoting, comma, semicolon (spreadsheets in Indonesian locales) or tab as
 * delimiter, CRLF or LF. The header names the languages by code or by name ("id,en",
 * "English;Indonesian", "Bahasa Indonesia,English", "id-ID,en-US"); a note/notes/catatan column
 * is the note, forbidden/dilarang columns hold variants separated by ";", and any other column
 * becomes a line of the note ("Sumber: KBBI"). Cells are data: "=1+1" stays the text "=1+1".
 *
 * Writing: `id,en,note,forbidden_id,forbidden_en,case_sensitive` with a UTF-8 BOM (so Excel reads
 * UTF-8) and CRLF; a cell a spreadsheet would run as a formula (= + - @ tab CR first) gets a
 * leading apostrophe, which reading takes off again.
 */
import type { Lang } from '../../src-preload/contract/domain.ts';
import type { GlossaryTerm } from '../../src-preload/contract/translation.ts';
import { type GlossaryDraft, glossaryFileLimits, importFailed, languageOf, uniqueVariants } from './glossaryDraft.ts';

/** The result of reading a CSV glossary: entries, and rows that had no term at all. */
export interface CsvGlossary {
  drafts: GlossaryDraft[];
  /** Data rows without a term in either language (not counted: blank lines). */
  emptyRows: number;
}

type Delimiter = ',' | ';' | '\t';

/** The delimiter of the header line: the most frequent of comma, semicolon and tab outside quotes. */
function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  return (['\t', ';', ','] as const).reduce((best, d) => (counts[d] > counts[best] ? d : best), ',' as Delimiter);
}

/** RFC 4180 rows; a quote left open at the end of the file is an error, not a silent swallow. */
export function parseCsvRows(text: string, delimiter: Delimiter, maxRows: number): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endRow = () => {
    row.push(cell);
    cell = '';
    rows.push(row);
    row = [];
    if (rows.length > maxRows) throw importFailed(`the CSV has more than ${maxRows - 1} rows`);
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && cell === '') {
      // A quoted cell: up to the closing quote, "" being a quote inside it.
      let j = i + 1;
      let value = '';
      for (;;) {
        const close = text.indexOf('"', j);
        if (close === -1) throw importFailed(`a quoted cell that starts in row ${rows.length + 1} is never closed`);
        value += text.slice(j, close);
        if (text[close + 1] === '"') {
          value += '"';
          j = close + 2;
        } else {
          j = close + 1;
          break;
        }
      }
      cell = value;
      i = j;
      // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
      while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
      continue;
    }
    if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      endRow();
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else {
      // An unquoted stretch: up to the next delimiter or line end, in one slice.
      let j = i + 1;
      while (j < text.length && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
      cell += text.slice(i, j);
      i = j;
      continue;
    }
    i++;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

// A leading apostrophe that our own export put before a formula-looking cell.
const protectedFormula = /^'(?=[=+\-@\t\r])/;
const unprotect = (cell: string) => cell.replace(protectedFormula, '').trim();

const noteHeader = /^(notes?|catatan|keterangan|comments?|komentar)$/;
const forbiddenHeader = /^(forbidden|dilarang|deprecated|jangan dipakai)(?:[\s_-]*\(?([a-z-]+)\)?)?$/;
const caseHeader = /^(case[\s_-]?sensitive|peka[\s_-]huruf(?:[\s_-]besar)?)$/;
const yes = /^(1|y|yes|ya|true|benar)$/i;

type Column =
  | { kind: 'term'; lang: Lang }
  | { kind: 'forbidden'; lang: Lang }
  | { kind: 'note' }
  | { kind: 'case' }
  | { kind: 'extra'; name: string };

function mapHeader(header: readonly string[]): Column[] {
  const taken = new Set<Lang>();
  const columns: Column[] = header.map((raw): Column => {
    const name = unprotect(raw);
    const label = name.toLowerCase();
    const lang = languageOf(label);
    if (lang && !taken.has(lang)) {
      taken.add(lang);
      return { kind: 'term', lang };
    }
    if (noteHeader.test(label)) return { kind: 'note' };
    if (caseHeader.test(label)) return { kind: 'case' };
    const forbidden = forbiddenHeader.exec(label);
    if (forbidden) {
      const named = forbidden[2] ? languageOf(forbidden[2]) : null;
      // A forbidden column that names no language holds variants of the first language column.
      const first = header.map((h) => languageOf(unprotect(h).toLowerCase())).find((l): l is Lang => l !== null);
      if (named ?? first) return { kind: 'forbidden', lang: (named ?? first)! };
    }
    return { kind: 'extra', name };
  });
  if (taken.size === 0) {
    throw importFailed('the first row of the CSV must name the languages, for example "id,en" or "Indonesian,English"');
  }
  return columns;
}

/** Reads a CSV glossary (already decoded, BOM removed). */
export function readGlossaryCsv(text: string): CsvGlossary {
  // Excel writes (and honours) a first line "sep=;" naming the delimiter.
  const hint = /^sep=([,;\t])\r?\n/.exec(text);
  if (hint) text = text.slice(hint[0].length);
  const delimiter = hint ? (hint[1] as Delimiter) : detectDelimiter(text);
  const rows = parseCsvRows(text, delimiter, glossaryFileLimits.maxEntries + 1);
  const header = rows.shift();
  if (!header) throw importFailed('the CSV is empty');
  const columns = mapHeader(header);
  const drafts: GlossaryDraft[] = [];
  let emptyRows = 0;
  for (const row of rows) {
    if (row.every((c) => c.trim() === '')) continue;
    const draft: GlossaryDraft = { termId: '', termEn: '', forbiddenId: [], forbiddenEn: [], note: '' };
    const notes: string[] = [];
    const extras: string[] = [];
    row.forEach((raw, i) => {
      const cell = unprotect(raw);
      const column = columns[i] ?? { kind: 'extra', name: `${i + 1}` };
      if (cell === '') return;
      if (column.kind === 'term') {
        if (column.lang === 'id') draft.termId = cell.replace(/\s+/g, ' ');
        else draft.termEn = cell.replace(/\s+/g, ' ');
      } else if (column.kind === 'forbidden') {
        const list = cell.split(';').map(unprotect);
        if (column.lang === 'id') draft.forbiddenId.push(...list);
        else draft.forbiddenEn.push(...list);
      } else if (column.kind === 'note') notes.push(cell);
      else if (column.kind === 'case') draft.caseSensitive = yes.test(cell);
      else extras.push(column.name ? `${column.name}: ${cell}` : cell);
    });
    draft.forbiddenId = uniqueVariants(draft.forbiddenId);
    draft.forbiddenEn = uniqueVariants(draft.forbiddenEn);
    draft.note = [...notes, ...extras].join('\n');
    if (!draft.termId && !draft.termEn) emptyRows++;
    else drafts.push(draft);
  }
  return { drafts, emptyRows };
}

// Spreadsheets run a cell starting with one of these as a formula (OWASP "CSV injection").
const formulaStart = /^[=+\-@\t\r]/;

function csvCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",;\r\n\t]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const glossaryCsvHeader = ['id', 'en', 'note', 'forbidden_id', 'forbidden_en', 'case_sensitive'] as const;

/** The glossary as CSV text, BOM first, CRLF line ends. */
export function writeGlossaryCsv(terms: readonly GlossaryTerm[]): string {
  const lines = [glossaryCsvHeader.join(',')];
  for (const t of terms) {
    lines.push([t.termId, t.termEn, t.note, t.forbiddenId.join('; '), t.forbiddenEn.join('; '), t.caseSensitive ? 'yes' : ''].map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
