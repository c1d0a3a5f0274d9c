import { describe, expect, it } from 'vitest';
import { evidenceMediaType, evidenceMediaTypes } from './evidenceMediaType.ts';
import { buildTestPng } from './buildTestPng.ts';

// The first bytes of a ZIP archive (a local file header), as every .docx starts.
const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), Buffer.from('word/document.xml')]);

describe('evidenceMediaType', () => {
  it.each([
    ['a PDF by its header, whatever its name', Buffer.from('%PDF-1.4\n%\xe2\xe3'), 'scan.bin', evidenceMediaTypes.pdf],
    ['a picture by its bytes', buildTestPng(2, 2), 'foto.pdf', 'image/png'],
    ['a ZIP named .docx', zip, 'Laporan Tahunan.DOCX', evidenceMediaTypes.docx],
    ['a ZIP with another name', zip, 'arsip.zip', evidenceMediaTypes.other],
    ['something else named .docx', Buffer.from('<html></html>'), 'laporan.docx', evidenceMediaTypes.other],
    ['UTF-8 text named .txt', Buffer.from('Wawancara dengan Bu Sri, 3 November.\r\n\tHalaman 2\n'), 'catatan.txt', evidenceMediaTypes.txt],
    ['text that is not UTF-8', Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f]), 'catatan.txt', evidenceMediaTypes.other],
    ['text with control characters', Buffer.from('ab\u0000cd'), 'catatan.txt', evidenceMediaTypes.other],
    ['a web page named .html', Buffer.from('<script>alert(1)</script>'), 'halaman.html', evidenceMediaTypes.other],
    ['an SVG (it can carry script)', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'grafik.svg', evidenceMediaTypes.other],
  ])('%s', (_name, bytes, fileName, expected) => {
    expect(evidenceMediaType(bytes, fileName)).toBe(expected);
  });
});
