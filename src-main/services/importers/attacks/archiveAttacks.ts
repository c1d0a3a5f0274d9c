/**
 * Attack corpus, archives: zip bombs (one huge entry of high ratio, or very many entries), path
 * traversal names (`../`, absolute, drive letters), truncated zips and tar.gz files (RELIABILITY.md
 * S6). Built byte by byte with the test zip/tar writers, never by inflating anything.
 */
import { gzipSync } from 'node:zlib';
import { buildTestZip, deflatedZeros } from '../buildTestZip.ts';
import { buildTestTarGz } from '../../../mt/models/testing/makeTestModel.ts';

/** The smallest parts a Word document needs, to put an attack next to. */
export const docxParts = {
  contentTypes:
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  rels: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  document:
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Satu paragraf.</w:t></w:r></w:p></w:body></w:document>',
};

/** A DOCX whose word/document.xml is `documentXml` (an XML attack inside a valid package). */
export function docxWithDocument(documentXml: string): Uint8Array {
  return buildTestZip([
    { name: '[Content_Types].xml', data: docxParts.contentTypes },
    { name: '_rels/.rels', data: docxParts.rels },
    { name: 'word/document.xml', data: documentXml },
  ]);
}

/** High-ratio bomb: a valid package plus one entry of `megabytes` MB of zeros (ratio ~1000:1). */
export function zipBomb(megabytes = 300, extra: { name: string; data: string }[] = docxEntries()): Uint8Array {
  return buildTestZip([...extra, { name: 'word/media/bomb.bin', deflated: deflatedZeros(megabytes) }]);
}

/** Header that lies: a small entry declared tiny whose data inflates far past it. */
export function lyingSizeZip(extra = docxEntries()): Uint8Array {
  return buildTestZip([...extra, { name: 'word/media/liar.bin', deflated: deflatedZeros(64), declaredSize: 10 }]);
}

/** Very many entries (default 20,000, cap 2000 for DOCX and 500 for model archives). */
export function manyEntriesZip(count = 20_000, extra = docxEntries()): Uint8Array {
  return buildTestZip([...extra, ...Array.from({ length: count }, (_, i) => ({ name: `word/x/${i}.xml`, data: '<a/>', store: true }))]);
}

/** Names that escape the folder they are unpacked into. */
export const traversalNames: readonly string[] = ['../../evil.txt', '/etc/evil.txt', 'C:\\Windows\\evil.txt', 'C:/evil.txt', 'word/../../evil.txt', '..\\..\\evil.txt'];

/** A zip with one traversal entry next to a valid package. */
export function traversalZip(name: string, extra = docxEntries()): Uint8Array {
  return buildTestZip([...extra, { name, data: 'jahat' }]);
}

/** A zip cut before its central directory. */
export function truncatedZip(whole: Uint8Array = buildTestZip(docxEntries())): Uint8Array {
  return whole.slice(0, Math.floor(whole.length * 0.6));
}

/** The three parts of a minimal DOCX as zip entries. */
export function docxEntries(): { name: string; data: string }[] {
  return [
    { name: '[Content_Types].xml', data: docxParts.contentTypes },
    { name: '_rels/.rels', data: docxParts.rels },
    { name: 'word/document.xml', data: docxParts.document },
  ];
}

/** A tar.gz with one member of the given name (traversal attacks on model archives). */
export function traversalTarGz(name: string): Uint8Array {
  return buildTestTarGz([{ name, data: new Uint8Array(Buffer.from('jahat')) }]);
}

/** A gzip bomb: a tar.gz whose one member is `megabytes` MB of zeros (compresses ~1000:1). */
export function tarGzBomb(megabytes = 24): Uint8Array {
  // A tar header for one big member, then zeros: gzip of it is ~1/1000 of the size.
  const header = Buffer.alloc(512);
  header.write('model.idid.intgemm.alphas.bin', 0);
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(`${(megabytes * 1024 * 1024).toString(8).padStart(11, '0')}\0`, 124);
  header.write('00000000000\0', 136);
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  let sum = 0;
  for (const b of header) sum += b;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return new Uint8Array(gzipSync(Buffer.concat([header, Buffer.alloc(megabytes * 1024 * 1024)]), { level: 9 }));
}

/** A tar.gz cut in the middle of its gzip stream. */
export function truncatedTarGz(): Uint8Array {
  const whole = buildTestTarGz([{ name: 'vocab.iden.spm', data: new Uint8Array(4096).fill(7) }]);
  return whole.slice(0, Math.floor(whole.length / 2));
}
