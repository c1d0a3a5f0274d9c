import { ImportError } from './importError.ts';

/** Encodings `decodeText` reports. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | (string & {});

/** Text decoded from a file, and how. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when the file started with a byte order mark (it is not part of `text`). */
  hadBom: boolean;
}

export interface DecodeTextOptions {
  /**
   * Charset declared inside the file (an HTML `<meta charset>`), used when there is no BOM and the
   * bytes are not valid UTF-8. Unknown labels are ignored.
   */
  declaredCharset?: string | undefined;
}

// Text files may contain tab, newline, vertical tab, form feed, carriage return and the old DOS
// end-of-file mark; any other C0 control (or DEL) in quantity means the file is not text.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlPattern = /[\u0000-\u0008\u000E-\u0019\u001B-\u001F\u007F]/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const strippedControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]/g;

/**
 * Decodes the bytes of a text-type file (plain text, Markdown, HTML): UTF-8 with or without BOM,
 * UTF-16 LE/BE with BOM (Windows Notepad's "Unicode") or without one, and legacy Windows-1252
 * when the bytes are not valid UTF-8. Control characters other than tab and line breaks are
 * removed. Throws `ImportError('binary-content')` when the bytes are binary data (an image, a
 * zip or an executable renamed to .txt), rather than importing pages of garbage.
 */
export function decodeText(bytes: Uint8Array, options: DecodeTextOptions = {}): DecodedText {
  let encoding: TextEncodingName;
  let offset = 0;
  let hadBom = false;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    [encoding, offset, hadBom] = ['utf-8', 3, true];
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    [encoding, offset, hadBom] = ['utf-16le', 2, true];
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    [encoding, offset, hadBom] = ['utf-16be', 2, true];
  } else {
    encoding = guessUtf16(bytes) ?? 'utf-8';
  }
  const body = bytes.subarray(offset);
  if (!encoding.startsWith('utf-16') && body.includes(0)) throw binary();

  let text: string;
  if (encoding === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      // Not UTF-8: older Indonesian newsroom files are usually Windows-1252 (a superset of Latin-1).
      encoding = usableCharset(options.declaredCharset) ?? 'windows-1252';
      text = new TextDecoder(encoding).decode(body);
    }
  } else {
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  }
  if (isBinaryText(text)) throw binary();
  return { text: text.replace(strippedControls, ''), encoding, hadBom };
}

function binary(): ImportError {
  return new ImportError('binary-content', 'the file contains binary data, not text');
}

/** A charset label TextDecoder knows, other than UTF-8 (which was already tried). */
function usableCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    const encoding = new TextDecoder(label.trim()).encoding;
    return encoding === 'utf-8' ? undefined : encoding;
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 without a BOM shows as a zero byte in every other position for Latin text. Looking at
 * the first 4 KB is enough: Latin-script articles are almost all ASCII.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** More than 1 % control characters, or a run of replacement characters, is not text anyone typed. */
function isBinaryText(text: string): boolean {
  if (text.length === 0) return false;
  const controls = text.match(controlPattern)?.length ?? 0;
  if (controls > Math.max(2, text.length * 0.01)) return true;
  // UTF-16 decoding of random bytes yields unpaired surrogates as U+FFFD and CJK-looking noise.
  const replacements = text.match(/\uFFFD/g)?.length ?? 0;
  return replacements > Math.max(2, text.length * 0.01);
}
