import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText.ts';
import { ImportError } from './importError.ts';

const utf16 = (text: string, endian: 'le' | 'be', bom: boolean): Uint8Array => {
  const le = Buffer.from(text, 'utf16le');
  const bytes = endian === 'le' ? le : Buffer.from(le).swap16();
  return new Uint8Array(Buffer.concat([bom ? Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0), bytes]));
};
const text = 'Harga cabai naik 5,08 persen — “kata” pedagang Pasar Senen.\nBaris kedua.';

describe('decodeText', () => {
  const table: [label: string, bytes: Uint8Array, expected: string, encoding: string, hadBom: boolean][] = [
    ['UTF-8', new TextEncoder().encode(text), text, 'utf-8', false],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), text, 'utf-8', true],
    ['UTF-16 LE with BOM (Notepad "Unicode")', utf16(text, 'le', true), text, 'utf-16le', true],
    ['UTF-16 BE with BOM', utf16(text, 'be', true), text, 'utf-16be', true],
    ['UTF-16 LE without BOM', utf16(text, 'le', false), text, 'utf-16le', false],
    ['UTF-16 BE without BOM', utf16(text, 'be', false), text, 'utf-16be', false],
    ['Windows-1252 (invalid UTF-8)', new Uint8Array(Buffer.from('Caf\xe9 \x93kutip\x94 \x85', 'latin1')), 'Café “kutip” …', 'windows-1252', false],
    ['stray control characters removed', new TextEncoder().encode('a\u0007b\u000cc\r\nd'), 'abc\r\nd', 'utf-8', false],
    ['empty', new Uint8Array(), '', 'utf-8', false],
  ];
  it.each(table)('%s', (_label, bytes, expected, encoding, hadBom) => {
    expect(decodeText(bytes)).toEqual({ text: expected, encoding, hadBom });
  });

  const binaries: [label: string, bytes: Uint8Array][] = [
    ['PNG header', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])],
    ['random bytes', new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))],
    ['zip bytes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 1, 2, 3, 4])],
    ['control-character soup', new TextEncoder().encode('\u0001\u0002\u0003\u0004 teks \u0005\u0006\u0010\u0011')],
  ];
  it.each(binaries)('refuses %s as binary-content', (_label, bytes) => {
    const error = (() => {
      try {
        decodeText(bytes);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).reason).toBe('binary-content');
    expect((error as ImportError).code).toBe('INVALID_INPUT');
  });

  it('uses a declared charset when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array(Buffer.from('\xc0\xc1', 'latin1')), { declaredCharset: 'iso-8859-5' }).text).toBe('РС');
  });
});
