import type { XmlHandler, XmlLimits } from './xmlTokenizer.ts';
import { XmlTokenizer } from './xmlTokenizer.ts';
import { createXmlTextDecoder, decodeXmlChunk } from './xmlTextDecoder.ts';

/** Bytes decoded per step: keeps the decoded copy of a large file from existing all at once. */
const chunkBytes = 1024 * 1024;

/**
 * Parses a whole XML file held in memory with the safe tokenizer (encoding from its BOM or
 * declaration), feeding `handler`. Throws `AppError` IMPORT_FAILED / UNSUPPORTED_FORMAT.
 */
export function parseXml(bytes: Uint8Array, handler: XmlHandler, limits: Partial<XmlLimits> = {}): void {
  const decoder = createXmlTextDecoder(bytes.subarray(0, 256));
  const tokenizer = new XmlTokenizer(handler, limits);
  for (let at = 0; at < bytes.length; at += chunkBytes) {
    tokenizer.write(decodeXmlChunk(decoder, bytes.subarray(at, at + chunkBytes), true));
  }
  tokenizer.write(decodeXmlChunk(decoder, undefined, false));
  tokenizer.end();
}
