import { ImportError } from './importError.ts';

/** Formats `importFile` reads. */
export type ImportFormat = 'text' | 'markdown' | 'html' | 'docx';

const formatByExtension: Readonly<Record<string, ImportFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
};

/** Formats people will try, with the advice the error gives them. */
const unsupportedByExtension: Readonly<Record<string, string>> = {
  doc: 'old Word .doc files cannot be imported; open it in Word or LibreOffice and save it as .docx',
  rtf: 'RTF files cannot be imported; save it as .docx',
  odt: 'OpenDocument files cannot be imported; save it as .docx',
  pages: 'Pages files cannot be imported; export it as .docx',
  pdf: 'PDF files cannot be imported; copy the text or convert it to .docx',
  epub: 'EPUB files cannot be imported',
};

/** What the first bytes of a file say it is. */
export type SniffedContent = 'zip' | 'ole' | 'pdf' | 'rtf' | 'image' | 'gzip' | 'executable' | 'html' | 'other';

/** Identifies a file by its magic number (or, for HTML, its first tag). Needs the first ~1 KB. */
export function sniffContent(head: Uint8Array): SniffedContent {
  const starts = (...sig: number[]): boolean => sig.every((b, i) => head[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'zip';
  // OLE compound files: legacy .doc, and also encrypted (password-protected) .docx.
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf';
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'rtf';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38)) return 'image';
  if (starts(0x1f, 0x8b)) return 'gzip';
  if (starts(0x7f, 0x45, 0x4c, 0x46) || starts(0x4d, 0x5a, 0x90, 0x00) || starts(0xcf, 0xfa, 0xed, 0xfe)) return 'executable';
  // Only ASCII matters for the HTML test; a BOM or UTF-16 zero bytes are skipped.
  const ascii = Array.from(head.subarray(0, 1024), (b) => (b >= 0x20 && b < 0x7f) || b === 0x0a || b === 0x0d || b === 0x09 ? String.fromCharCode(b) : '').join('');
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)/i.test(ascii)) return 'html';
  return 'other';
}

/** Lower-case extension of a file name without the dot, '' when there is none. */
export function fileExtension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * Picks the importer from the file name AND its first bytes, so a renamed file is neither
 * mis-parsed nor trusted: a zip (.docx) named .doc is read as DOCX, an unknown extension is
 * sniffed, but binary content under a text extension (.txt, .md, .html) is refused, as are
 * formats we do not read (with advice on what to do instead).
 */
export function detectFormat(name: string, head: Uint8Array): ImportFormat {
  const ext = fileExtension(name);
  const sniffed = sniffContent(head);
  const claimed = formatByExtension[ext];

  if (sniffed === 'zip') {
    if (claimed === undefined || claimed === 'docx' || ext === 'doc') {
      if (ext === 'odt' || ext === 'epub' || ext === 'pages') throw new ImportError('unsupported-format', unsupportedByExtension[ext]!);
      return 'docx';
    }
    throw new ImportError('binary-content', `"${name}" is a zip archive (perhaps a Word document), not .${ext} text`);
  }
  if (claimed === 'docx') {
    if (sniffed === 'ole') {
      throw new ImportError('unsupported-format', 'this is a legacy .doc or a password-protected .docx; remove the password or save it as .docx again');
    }
    throw new ImportError('corrupt', `"${name}" is not a Word document (it is not a .docx zip)`);
  }
  if (sniffed === 'ole') throw new ImportError('unsupported-format', unsupportedByExtension.doc!);
  if (sniffed === 'pdf' || sniffed === 'rtf') throw new ImportError('unsupported-format', unsupportedByExtension[sniffed]!);
  if (sniffed !== 'html' && sniffed !== 'other') throw new ImportError('binary-content', `"${name}" holds ${sniffed} data, not text`);
  if (claimed === undefined && unsupportedByExtension[ext]) throw new ImportError('unsupported-format', unsupportedByExtension[ext]);
  if (claimed) return claimed;
  return sniffed === 'html' ? 'html' : 'text';
}
