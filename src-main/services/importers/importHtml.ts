import { decodeText } from './decodeText.ts';
import { htmlToDocument } from './htmlToDocument.ts';
import type { ImporterResult } from './importedArticle.ts';

/**
 * Imports a saved web page or an HTML export (Word "Web Page", Google Docs "Download as HTML").
 * The charset comes from a BOM, else UTF-8, else the page's `<meta charset>`; the body is
 * sanitised and cleaned by `htmlToDocument`.
 */
export function importHtml(bytes: Uint8Array): ImporterResult {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declaredCharset = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  return htmlToDocument(decodeText(bytes, { declaredCharset }).text);
}
