import { describe, expect, it } from 'vitest';
import { detectFormat, sniffContent } from './detectFormat.ts';
import { ImportError, type ImportFailureReason } from './importError.ts';

const bytes = (s: string | number[]): Uint8Array => (typeof s === 'string' ? new TextEncoder().encode(s) : new Uint8Array(s));
const zip = bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
const ole = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const html = bytes('<!DOCTYPE html><html><body><p>x</p></body></html>');
const text = bytes('Judul\n\nIsi berita.');

describe('detectFormat', () => {
  const accepted: [name: string, head: Uint8Array, format: string][] = [
    ['berita.txt', text, 'text'],
    ['berita.TXT', html, 'text'],
    ['catatan.md', text, 'markdown'],
    ['halaman.html', html, 'html'],
    ['halaman.htm', text, 'html'],
    ['naskah.docx', zip, 'docx'],
    ['naskah.doc', zip, 'docx'],
    ['tanpa-ekstensi', html, 'html'],
    ['tanpa-ekstensi', zip, 'docx'],
    ['tanpa-ekstensi', text, 'text'],
    ['data.csv', text, 'text'],
    ['C:\\Users\\desk\\naskah.docx', zip, 'docx'],
  ];
  it.each(accepted)('%s is read as %s', (name, head, format) => {
    expect(detectFormat(name, head)).toBe(format);
  });

  const refused: [name: string, head: Uint8Array, reason: ImportFailureReason][] = [
    ['foto.txt', bytes([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'binary-content'],
    ['arsip.txt', zip, 'binary-content'],
    ['naskah.md', zip, 'binary-content'],
    ['program.html', bytes([0x7f, 0x45, 0x4c, 0x46]), 'binary-content'],
    ['naskah.docx', text, 'corrupt'],
    ['naskah.docx', ole, 'unsupported-format'],
    ['naskah.doc', ole, 'unsupported-format'],
    ['laporan.pdf', bytes('%PDF-1.7\n'), 'unsupported-format'],
    ['laporan.txt', bytes('%PDF-1.7\n'), 'unsupported-format'],
    ['naskah.rtf', bytes('{\\rtf1\\ansi'), 'unsupported-format'],
    ['naskah.odt', zip, 'unsupported-format'],
    ['naskah.odt', text, 'unsupported-format'],
  ];
  it.each(refused)('%s is refused (%s)', (name, head, reason) => {
    expect(() => detectFormat(name, head)).toThrow(ImportError);
    try {
      detectFormat(name, head);
    } catch (error) {
      expect((error as ImportError).reason).toBe(reason);
    }
  });

  it.each([
    ['\ufeff<!doctype html>', 'html'],
    ['  <?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', 'html'],
    ['<!-- saved --><html>', 'html'],
    ['<p>fragment</p>', 'other'],
    ['Teks biasa', 'other'],
  ])('sniffs %j as %s', (head, kind) => {
    expect(sniffContent(bytes(head))).toBe(kind);
  });
});
