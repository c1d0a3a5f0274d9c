import { TextDecoder } from 'node:util';
import { AppError } from '../services/appError.ts';

/** Encodings an interchange file may declare, by lower-cased label, and how we decode them. */
const acceptedEncodings: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  // ASCII is a subset of UTF-8; a byte above 127 then fails as invalid UTF-8 rather than guessing.
  'us-ascii': 'utf-8',
  ascii: 'utf-8',
  'iso-8859-1': 'windows-1252',
  'latin-1': 'windows-1252',
  latin1: 'windows-1252',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
};

/**
 * A fatal (invalid bytes throw) streaming decoder for an XML file, chosen from its first bytes
 * (`head`, at least the first 256 when the file has them): a UTF-8 or UTF-16 byte order mark,
 * UTF-16 without one (`<?` as 16-bit units), else the XML declaration's `encoding`, else UTF-8.
 * A declared encoding we do not read is `UNSUPPORTED_FORMAT`. Decode with `{ stream: true }`
 * and wrap the call in `decodeXmlChunk` to turn bad bytes into `IMPORT_FAILED`.
 */
export function createXmlTextDecoder(head: Uint8Array): TextDecoder {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return new TextDecoder('utf-8', { fatal: true });
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
  if (head[0] === 0x3c && head[1] === 0x00 && head[2] === 0x3f && head[3] === 0x00) return new TextDecoder('utf-16le', { fatal: true });
  if (head[0] === 0x00 && head[1] === 0x3c && head[2] === 0x00 && head[3] === 0x3f) return new TextDecoder('utf-16be', { fatal: true });
  // Binary data (a picture, a zip) renamed .tmx: say so, rather than "invalid UTF-8".
  const firstMarkup = head.findIndex((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d);
  if (firstMarkup >= 0 && head[firstMarkup] !== 0x3c) throw new AppError('UNSUPPORTED_FORMAT', 'the file is not XML');
  const start = new TextDecoder('latin1').decode(head.subarray(0, 256));
  const declaration = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']{1,40})["']/.exec(start);
  if (!declaration) return new TextDecoder('utf-8', { fatal: true });
  const label = declaration[1]!.trim().toLowerCase();
  const encoding = acceptedEncodings[label];
  if (!encoding) throw new AppError('UNSUPPORTED_FORMAT', `the file is in the ${declaration[1]} encoding; save it as UTF-8 or UTF-16`);
  return new TextDecoder(encoding, { fatal: true });
}

/** `decoder.decode(bytes, { stream })`, with invalid bytes reported as a damaged file. */
export function decodeXmlChunk(decoder: TextDecoder, bytes: Uint8Array | undefined, stream: boolean): string {
  try {
    return decoder.decode(bytes, { stream });
  } catch {
    throw new AppError('IMPORT_FAILED', `the file is not valid ${decoder.encoding.toUpperCase()} text (wrong encoding?)`);
  }
}
