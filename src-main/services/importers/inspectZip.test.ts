import { describe, expect, it } from 'vitest';
import { buildTestZip, deflatedZeros, type TestZipEntry } from './buildTestZip.ts';
import { ImportError, type ImportFailureReason } from './importError.ts';
import { defaultImportLimits } from './importLimits.ts';
import { inspectZip } from './inspectZip.ts';
import { verifyZipContents } from './verifyZipContents.ts';

const docxLike: TestZipEntry[] = [
  { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types/>' },
  { name: 'word/document.xml', data: `<?xml version="1.0"?><w:document>${'<w:p><w:r><w:t>Isi berita.</w:t></w:r></w:p>'.repeat(50)}</w:document>` },
];

/** Runs both checks the way the import does and returns the refusal reason, or 'ok'. */
function check(entries: TestZipEntry[] | Uint8Array, limits = defaultImportLimits): ImportFailureReason | 'ok' {
  const bytes = entries instanceof Uint8Array ? entries : buildTestZip(entries);
  try {
    verifyZipContents(bytes, inspectZip(bytes, limits));
    return 'ok';
  } catch (error) {
    if (error instanceof ImportError) return error.reason;
    throw error;
  }
}

describe('inspectZip and verifyZipContents', () => {
  const table: [label: string, expected: ImportFailureReason | 'ok', entries: TestZipEntry[] | Uint8Array][] = [
    ['an ordinary DOCX-shaped zip', 'ok', docxLike],
    ['a stored (uncompressed) entry', 'ok', [...docxLike, { name: 'word/media/a.bin', data: 'abc', store: true }]],
    ['1 GB of zeros declared honestly (ratio ~1000)', 'unsafe-archive', [...docxLike, { name: 'word/media/bom.bin', deflated: deflatedZeros(1024) }]],
    ['150 MB of zeros declared as 1 KB (lying header)', 'unsafe-archive', [...docxLike, { name: 'word/media/bom.xml', deflated: { ...deflatedZeros(150), size: 1024 } }]],
    ['more entries than allowed', 'unsafe-archive', Array.from({ length: 2001 }, (_, i) => ({ name: `f${i}.xml`, data: 'x' }))],
    ['a ../ traversal name', 'unsafe-archive', [...docxLike, { name: 'word/../../../etc/cron.d/evil', data: 'x' }]],
    ['an absolute name', 'unsafe-archive', [...docxLike, { name: '/etc/passwd', data: 'x' }]],
    ['a Windows drive name', 'unsafe-archive', [...docxLike, { name: 'C:/Windows/win.ini', data: 'x' }]],
    ['a backslash name', 'unsafe-archive', [...docxLike, { name: '..\\..\\evil.dll', data: 'x' }]],
    ['a duplicated name', 'unsafe-archive', [...docxLike, docxLike[1]!]],
    ['a DOCTYPE in an XML part (XML bomb)', 'unsafe-archive', [...docxLike, { name: 'word/styles.xml', data: '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><w:styles/>' }]],
    ['a size that does not match the data', 'corrupt', [...docxLike, { name: 'word/x.xml', data: '<a/>', declaredSize: 9 }]],
    ['not a zip at all', 'corrupt', new TextEncoder().encode('bukan zip')],
    ['a truncated zip', 'corrupt', buildTestZip(docxLike).subarray(0, 200)],
  ];
  it.each(table)('%s: %s', (_label, expected, entries) => {
    const bytes = entries instanceof Uint8Array ? entries : buildTestZip(entries);
    const started = performance.now();
    expect(check(bytes)).toBe(expected);
    // Refusals come from the directory or one capped inflate, never from unpacking a bomb.
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('refuses an entry whose CRC does not match its data', () => {
    const bytes = buildTestZip([{ name: 'word/document.xml', data: '<a>teks</a>', store: true }]);
    const at = 30 + 'word/document.xml'.length + 3;
    bytes[at] = bytes[at]! ^ 0xff;
    expect(check(bytes)).toBe('corrupt');
  });

  it('refuses overlapping entries (the "better zip bomb" layout)', () => {
    const bytes = buildTestZip([{ name: 'a.xml', data: '<a/>' }, { name: 'b.xml', data: '<b/>' }]);
    const view = new DataView(bytes.buffer);
    const eocd = bytes.length - 22;
    const second = view.getUint32(eocd + 16, true) + 46 + 'a.xml'.length;
    view.setUint32(second + 42, 0, true); // b.xml's local header offset now points at a.xml
    expect(check(bytes)).toBe('unsafe-archive');
  });
});
