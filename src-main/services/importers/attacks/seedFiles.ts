/**
 * Valid files of every imported format, written in code for the fuzz tests (importFuzz*.test.ts):
 * the starting points that ./mutateBytes.ts mutates. Test fixture code.
 */
import type { GlossaryTerm } from '../../../../src-preload/contract/translation.ts';
import { writeTmx } from '../../../interchange/tmxWriter.ts';
import type { XliffDocument } from '../../../interchange/xliff.ts';
import { buildTestTarGz } from '../../../mt/models/testing/makeTestModel.ts';
import { buildTestZip } from '../buildTestZip.ts';
import { docxParts, docxWithDocument } from './archiveAttacks.ts';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

export const xliffDoc: XliffDocument = {
  sourceLang: 'id',
  targetLang: 'en',
  original: 'berita & "kutipan"',
  units: [
    { id: 'b0.0', source: 'Harga beras naik 5 persen.', target: 'Rice prices rose 5 percent.', state: 'translated' },
    { id: 'b1.0', source: 'Menteri <b>berkata</b> & menolak.', target: '', state: 'new' },
    { id: 'b2.0', source: 'Sudah final.', target: 'Final.', state: 'approved' },
  ],
};
export const terms: GlossaryTerm[] = [
  { id: '00000000-0000-4000-8000-000000000001', termId: 'anggaran', termEn: 'budget', forbiddenId: ['bujet'], forbiddenEn: [], note: 'keuangan', caseSensitive: false, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: '' },
  { id: '00000000-0000-4000-8000-000000000002', termId: 'pemilu', termEn: 'election', forbiddenId: [], forbiddenEn: ['poll'], note: '', caseSensitive: true, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: '' },
];
export const tmxSeed = writeTmx({ sourceLang: 'id', targetLang: 'en', creationTool: 'Tes', creationToolVersion: '1', now: new Date('2026-01-01T00:00:00Z') }, [
  { source: 'Satu <kalimat>.', target: 'One sentence.', author: 'a', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
  { source: 'Dua & tiga.', target: 'Two & three.', author: 'b', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
]);
export const htmlSeed = '<!doctype html><html><head><title>Judul</title><style>p{}</style></head><body><h1>Judul</h1><p>Paragraf <b>tebal</b> <a href="https://contoh.test/">tautan</a>.</p><ul><li>satu</li><li>dua</li></ul><table><tr><td>sel</td></tr></table><img src="data:image/png;base64,iVBORw0KGgo="></body></html>';
export const markdownSeed = '# Judul\n\nParagraf **tebal** dan _miring_ dengan [tautan](https://contoh.test/).\n\n- satu\n- dua\n\n> kutipan\n\n```\nkode\n```\n';
export const textSeed = 'Judul berita\n\nParagraf pertama dengan angka 12,5 persen.\r\nParagraf kedua — dengan tanda “kutip”.\n';
/** A one-page PDF with a text object, written by hand (offsets in the xref are computed). */
export function handMadePdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const stream = 'BT /F1 12 Tf 20 100 Td (Berita hari ini.) Tj ET';
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
export const docxSeed = docxWithDocument(docxParts.document.replace('<w:p><w:r><w:t>Satu paragraf.</w:t></w:r></w:p>', '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Judul</w:t></w:r></w:p><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Tebal</w:t></w:r><w:r><w:t xml:space="preserve"> biasa.</w:t></w:r></w:p>'));
/** Small stand-ins for model files: the archive readers do not look inside members. */
export const modelMembers = [
  { name: 'model.iden.intgemm.alphas.bin', data: new Uint8Array(3000).map((_, i) => (i * 7) & 0xff) },
  { name: 'lex.50.50.iden.s2t.bin', data: new Uint8Array(800).map((_, i) => (i * 13) & 0xff) },
  { name: 'vocab.iden.spm', data: utf8('▁kata\n▁word\n'.repeat(40)) },
];
export const modelZipSeed = buildTestZip(modelMembers);
export const modelTarSeed = buildTestTarGz(modelMembers);
