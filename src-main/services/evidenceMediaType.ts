import { inspectImage } from './inspectImage.ts';

/** Media types an evidence file may be given back with; anything else is `application/octet-stream`. */
export const evidenceMediaTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
  other: 'application/octet-stream',
} as const;

/**
 * The media type to give an evidence file back with (getEvidenceFile), from its bytes first: a
 * PDF or a picture by its magic numbers whatever it is called; a Word file only when it is a ZIP
 * named .docx; text only when named .txt and the bytes are UTF-8 without control characters.
 * Anything else is `application/octet-stream`, so a page saved as "bukti.pdf" is never handed to
 * a viewer as something it is not. The app never opens or renders these files itself.
 */
export function evidenceMediaType(bytes: Uint8Array, fileName: string): string {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 5 && b.toString('latin1', 0, 5) === '%PDF-') return evidenceMediaTypes.pdf;
  const image = inspectImage(bytes);
  if (image) return image.mime;
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'docx' && b.length >= 4 && b.readUInt32BE(0) === 0x504b0304) return evidenceMediaTypes.docx;
  if (extension === 'txt' && isPlainText(bytes)) return evidenceMediaTypes.txt;
  return evidenceMediaTypes.other;
}

/** UTF-8 with no control characters other than tab, line breaks and form feed. */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}
