import { createServer } from 'node:http';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentText, parseDocument } from '../documentValidation.ts';
import { buildTestZip, deflatedZeros } from './buildTestZip.ts';
import { importFile } from './importFile.ts';
import { ImportError, type ImportFailureReason } from './importError.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'redaksi-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** Imports and returns the refusal with how long it took; fails the test if the import succeeds. */
async function refusal(source: Parameters<typeof importFile>[0], options?: Parameters<typeof importFile>[1]): Promise<{ reason: ImportFailureReason; ms: number; message: string }> {
  const started = performance.now();
  try {
    await importFile(source, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('INVALID_INPUT');
    return { reason: (error as ImportError).reason, ms: performance.now() - started, message: (error as Error).message };
  }
  throw new Error('the import was expected to fail');
}

/** The parts every DOCX needs, written by hand so tests can put anything into them. */
function handMadeDocx(body: string, relationships = '', extra: Parameters<typeof buildTestZip>[0] = []): Uint8Array {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';
  const rels = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
  return buildTestZip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    { name: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships ${rels}><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>` },
    { name: 'word/_rels/document.xml.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships ${rels}>${relationships}</Relationships>` },
    { name: 'word/document.xml', data: `<?xml version="1.0" encoding="UTF-8"?><w:document ${w}><w:body>${body}</w:body></w:document>` },
    ...extra,
  ]);
}
const para = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe('importFile: formats', () => {
  it('reads a plain-text article: headline, paragraphs, hard breaks, UTF-16 with BOM', async () => {
    const text = 'Banjir Rendam Tiga Kecamatan\r\n\r\nHujan deras sejak Senin malam.\r\nAir setinggi 1,5 meter.\r\n\r\nWarga mengungsi ke masjid.';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const result = await importFile(await file('banjir.txt', utf16));
    expect(result.format).toBe('text');
    expect(result.title).toBe('Banjir Rendam Tiga Kecamatan');
    expect(documentText(parseDocument(result.doc))).toBe('Hujan deras sejak Senin malam. Air setinggi 1,5 meter.\nWarga mengungsi ke masjid.');
  });

  it('reads Markdown with front matter, marks, lists and a table, and sanitises raw HTML in it', async () => {
    const md = '---\ntitle: "Harga Beras Naik"\n---\n\nHarga **beras premium** naik _dua_ persen <script>alert(1)</script>[x](javascript:alert(1)).\n\n- Jakarta\n- Surabaya\n\n| Kota | Rp |\n| --- | --- |\n| Medan | 14.000 |\n';
    const result = await importFile({ name: 'beras.md', bytes: new TextEncoder().encode(md) });
    expect(result.title).toBe('Harga Beras Naik');
    const json = JSON.stringify(result.doc);
    expect(json).toContain('"bulletList"');
    expect(json).toContain('"table"');
    expect(json).toContain('{"type":"bold"}');
    expect(json).not.toMatch(/script|javascript/);
  });

  it('reads HTML in a declared legacy charset, with the <h1> as headline', async () => {
    const html = Buffer.from('<html><head><meta charset="windows-1252"><title>Tab</title></head><body><h1>Caf\xe9 Baru Dibuka</h1><p>Pemiliknya \x93optimistis\x94.</p></body></html>', 'latin1');
    const result = await importFile(await file('kafe.html', html));
    expect(result.title).toBe('Café Baru Dibuka');
    expect(documentText(parseDocument(result.doc))).toBe('Pemiliknya “optimistis”.');
  });

  it('imports a DOCX made with the docx package with title, headings, bold, italic, link and lists intact', async () => {
    const document = new Document({
      numbering: { config: [{ reference: 'angka', levels: [{ level: 0, format: 'decimal', text: '%1.', alignment: 'left' }] }] },
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Pemilu Daerah Digelar Serentak')] }),
            new Paragraph({ children: [new TextRun('Pemungutan suara '), new TextRun({ text: 'berjalan lancar', bold: true }), new TextRun(' di '), new TextRun({ text: 'semua', italics: true }), new TextRun(' TPS.')] }),
            new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Partisipasi')] }),
            new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Jawa Barat')] }),
            new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Bali')] }),
            new Paragraph({ numbering: { reference: 'angka', level: 0 }, children: [new TextRun('Pertama')] }),
            new Paragraph({ children: [new ExternalHyperlink({ link: 'https://kpu.example/hasil', children: [new TextRun('Hasil resmi')] })] }),
          ],
        },
      ],
    });
    const result = await importFile({ name: 'pemilu.docx', bytes: new Uint8Array(await Packer.toBuffer(document)) });
    expect(result.title).toBe('Pemilu Daerah Digelar Serentak');
    const json = JSON.stringify(result.doc);
    expect(json).toContain('{"type":"text","marks":[{"type":"bold"}],"text":"berjalan lancar"}');
    expect(json).toContain('{"type":"text","marks":[{"type":"italic"}],"text":"semua"}');
    expect(json).toContain('{"type":"heading","attrs":{"textAlign":null,"level":2}'.replace('"textAlign":null,', ''));
    expect(json).toMatch(/"bulletList".*Jawa Barat.*Bali/);
    expect(json).toMatch(/"orderedList".*Pertama/);
    expect(json).toContain('"href":"https://kpu.example/hasil"');
  });

  it('uses the file name as headline when the file has none', async () => {
    const result = await importFile({ name: 'catatan rapat.html', bytes: new TextEncoder().encode('<p>Hanya isi.</p>') });
    expect(result.title).toBe('catatan rapat');
  });
});

describe('importFile: hostile and broken files give a typed error, quickly', () => {
  it('refuses a 200 MB HTML file from its size, without reading it', async () => {
    const path = join(dir, 'besar.html');
    await writeFile(path, '<p>');
    await truncate(path, 200 * 1024 * 1024); // sparse: no disk used, nothing to read
    const { reason, ms } = await refusal(path);
    expect(reason).toBe('too-large');
    expect(ms).toBeLessThan(200);
  });

  it('refuses oversized bytes handed in memory (web upload)', async () => {
    const { reason } = await refusal({ name: 'a.txt', bytes: new Uint8Array(2048) }, { limits: { maxFileBytes: 1024 } });
    expect(reason).toBe('too-large');
  });

  it('refuses binary data named .txt', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 2000 }, (_, i) => (i * 31) % 256)]);
    expect((await refusal(await file('foto.txt', png))).reason).toBe('binary-content');
    const noise = new Uint8Array(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 3) % 256));
    const { reason, ms } = await refusal(await file('acak.txt', noise));
    expect(reason).toBe('binary-content');
    expect(ms).toBeLessThan(5000);
  });

  it('refuses a 1 GB zip bomb before starting a worker', async () => {
    const bomb = handMadeDocx(para('x'), '', [{ name: 'word/media/image1.png', deflated: deflatedZeros(1024) }]);
    const { reason, ms } = await refusal(await file('bom.docx', bomb));
    expect(reason).toBe('unsafe-archive');
    expect(ms).toBeLessThan(500);
  });

  it('refuses a zip bomb whose headers lie about its size', async () => {
    const bomb = handMadeDocx(para('x'), '', [{ name: 'word/styles.xml', deflated: { ...deflatedZeros(150), size: 2048 } }]);
    const { reason, ms } = await refusal(await file('bohong.docx', bomb));
    expect(reason).toBe('unsafe-archive');
    expect(ms).toBeLessThan(5000);
  });

  it('refuses a DOCX with a path-traversal entry', async () => {
    const docx = handMadeDocx(para('Isi'), '', [{ name: '../../../../tmp/redaksi-pwned.txt', data: 'x' }]);
    const { reason, message } = await refusal(await file('jalan.docx', docx));
    expect(reason).toBe('unsafe-archive');
    expect(message).toContain('path traversal');
  });

  it('refuses corrupt DOCX files', async () => {
    const good = handMadeDocx(para('Isi'));
    const truncated = good.subarray(0, Math.floor(good.length / 2));
    const scrambled = new Uint8Array(good);
    for (let i = 200; i < 260; i++) scrambled[i] = 0x41;
    const noMainPart = buildTestZip([{ name: '[Content_Types].xml', data: '<Types/>' }]);
    const badXml = handMadeDocx('<w:p><w:r><w:t>tidak ditutup');
    for (const [name, bytes] of [['potong.docx', truncated], ['acak.docx', scrambled], ['kosong.docx', noMainPart], ['xml.docx', badXml]] as const) {
      const { reason, ms } = await refusal({ name, bytes });
      expect(['corrupt', 'unsafe-archive']).toContain(reason);
      expect(ms).toBeLessThan(10_000);
    }
  });

  it('never fetches or reads an externally linked image in a DOCX', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end('RAHASIA-DARI-JARINGAN');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const secret = await file('rahasia.png', 'RAHASIA-DARI-DISK');
    try {
      const drawing = (rid: string): string =>
        `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Gambar"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:link="${rid}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
      const image = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
      const docx = handMadeDocx(
        para('Sebelum gambar') + drawing('rIdNet') + drawing('rIdDisk') + para('Sesudah gambar'),
        `<Relationship Id="rIdNet" Type="${image}" Target="http://127.0.0.1:${port}/x.png" TargetMode="External"/><Relationship Id="rIdDisk" Type="${image}" Target="file://${secret}" TargetMode="External"/>`,
      );
      const started = performance.now();
      const result = await importFile(await file('tautan.docx', docx));
      expect(performance.now() - started).toBeLessThan(10_000);
      const json = JSON.stringify(result.doc);
      expect(documentText(parseDocument(result.doc))).toBe('Sebelum gambar\nSesudah gambar');
      expect(json).not.toContain('RAHASIA');
      expect(json).not.toContain(Buffer.from('RAHASIA').toString('base64').slice(0, 8));
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });

  it('stops an import that runs past its deadline and reports a timeout', async () => {
    const docx = handMadeDocx(para('Isi').repeat(2000));
    const { reason, ms } = await refusal({ name: 'lambat.docx', bytes: docx }, { limits: { workerTimeoutMs: 5 } });
    expect(reason).toBe('timeout');
    expect(ms).toBeLessThan(2000);
  });

  it('stops an import that needs more memory than its budget', async () => {
    // ~6 MB of varied paragraphs (so the compression ratio is ordinary): fine for the default
    // 256 MB heap, far too much for 16 MB.
    let seed = 7;
    const word = (): string => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return `kata${seed % 5000}`;
    };
    const body = Array.from({ length: 20_000 }, () => `<w:p><w:r><w:t>${Array.from({ length: 30 }, word).join(' ')}</w:t></w:r></w:p>`).join('');
    const docx = handMadeDocx(body);
    const { reason, ms } = await refusal({ name: 'berat.docx', bytes: docx }, { limits: { workerHeapMb: 16, workerTimeoutMs: 60_000 } });
    expect(reason).toBe('too-complex');
    expect(ms).toBeLessThan(30_000);
  });

  it('refuses HTML nested 200,000 levels deep', async () => {
    const { reason, ms } = await refusal({ name: 'dalam.html', bytes: new TextEncoder().encode('<div>'.repeat(200_000)) });
    expect(reason).toBe('too-complex');
    expect(ms).toBeLessThan(5000);
  });

  it('refuses a missing file and a folder', async () => {
    expect((await refusal(join(dir, 'tidak-ada.txt'))).reason).toBe('unreadable');
    expect((await refusal(dir)).reason).toBe('unreadable');
  });
});
