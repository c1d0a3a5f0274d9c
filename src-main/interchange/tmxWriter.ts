/**
 * TMX 1.4b output. Plain text segments (no inline codes), one `<tu>` per unit with a `<tuv>` per
 * language. `xml:lang` is the bare code (`id`, `en`): OmegaT matches a TMX language to the
 * project's by its language part, and bare codes are what it writes for such projects.
 */
import type { Lang } from '../../src-preload/contract/domain.ts';

export interface TmxHeader {
  sourceLang: Lang;
  targetLang: Lang;
  creationTool: string;
  creationToolVersion: string;
  /** When the file is written. */
  now: Date;
}

export interface TmxWriterUnit {
  source: string;
  target: string;
  author: string;
  createdAt: string;
  updatedAt: string;
}

// XML 1.0 cannot carry these at all, not even as references; they are dropped.
// eslint-disable-next-line no-control-regex -- removing characters XML forbids is the point
const notXmlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text escaped for element content (a carriage return as a reference: parsers turn a literal one into a line feed). */
export function escapeXmlText(text: string): string {
  return text.replace(notXmlChars, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Text escaped for a double-quoted attribute (white space kept as references so readers do not normalise it away). */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** An ISO timestamp in TMX's `YYYYMMDDThhmmssZ`. */
export function isoToTmxDate(iso: string): string {
  const date = new Date(iso);
  const valid = Number.isNaN(date.getTime()) ? new Date(0) : date;
  return valid.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The start of the document, up to and including `<body>`. */
export function tmxHead(header: TmxHeader): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<tmx version="1.4">\n' +
    `  <header creationtool="${escapeXmlAttribute(header.creationTool)}" creationtoolversion="${escapeXmlAttribute(header.creationToolVersion)}"` +
    ` segtype="sentence" o-tmf="Redaksi" adminlang="en" srclang="${header.sourceLang}" datatype="plaintext"` +
    ` creationdate="${isoToTmxDate(header.now.toISOString())}"/>\n` +
    '  <body>\n'
  );
}

/** One `<tu>`. */
export function tmxUnit(unit: TmxWriterUnit, sourceLang: Lang, targetLang: Lang): string {
  const author = unit.author ? ` creationid="${escapeXmlAttribute(unit.author)}" changeid="${escapeXmlAttribute(unit.author)}"` : '';
  return (
    `    <tu creationdate="${isoToTmxDate(unit.createdAt)}" changedate="${isoToTmxDate(unit.updatedAt)}"${author}>\n` +
    `      <tuv xml:lang="${sourceLang}"><seg>${escapeXmlText(unit.source)}</seg></tuv>\n` +
    `      <tuv xml:lang="${targetLang}"><seg>${escapeXmlText(unit.target)}</seg></tuv>\n` +
    '    </tu>\n'
  );
}

export const tmxTail = '  </body>\n</tmx>\n';

/** A whole TMX document in one string (small memories, tests). */
export function writeTmx(header: TmxHeader, units: Iterable<TmxWriterUnit>): string {
  const parts = [tmxHead(header)];
  for (const unit of units) parts.push(tmxUnit(unit, header.sourceLang, header.targetLang));
  parts.push(tmxTail);
  return parts.join('');
}
