import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../createBackend.ts';
import type { Article } from '../../src-preload/contract/domain.ts';
import type { Claim, Source, SourcePassageHit } from '../../src-preload/contract/factcheck.ts';
import { SourcesRepo } from '../db/repos/sourcesRepo.ts';
import { buildTestZip, deflatedZeros } from './importers/buildTestZip.ts';
import { maxPassageChars, splitPassages } from './importers/importSourceFile.ts';
import { xssPayloads } from './importers/xssPayloads.ts';
import { SourcesService } from './sourcesService.ts';

let dir: string;
let backend: Backend;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-sources-'));
  backend = createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test' });
  await backend.dispatch('updateSettings', { userName: 'Rina Hapsari' });
});
afterAll(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');

async function call<T>(method: Parameters<Backend['dispatch']>[0], input: unknown): Promise<T> {
  const r = await backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

async function importSource(name: string, content: string | Uint8Array): Promise<Source> {
  return call<Source>('importSource', { name, dataBase64: b64(content) });
}

/** Every row of the source library and its index: a refused import must leave all of it as it was. */
function libraryDigest(): string {
  const db = backend.db;
  return JSON.stringify({
    sources: db.prepare('SELECT * FROM sources ORDER BY id').all(),
    passages: db.prepare('SELECT * FROM source_passages ORDER BY rowid').all(),
    indexed: db.prepare("SELECT count(*) AS n FROM source_search WHERE source_search MATCH 'a* OR e* OR i* OR o* OR u*'").get(),
    changes: db.prepare('SELECT total_changes() AS n').get(),
  });
}

function passagesOf(id: string): string[] {
  return backend.db.prepare<[string], { text: string }>('SELECT text FROM source_passages WHERE source_id = ? ORDER BY ordinal').all(id).map((r) => r.text);
}

function makePdf(build: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ info: { Title: '' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    build(doc);
    doc.end();
  });
}

/** A one-page PDF whose content stream inflates to `megabytes` MB of zeros. */
function pdfBomb(megabytes: number): Uint8Array {
  // zlib framing around the raw deflate data; PDF.js does not check the checksum.
  const stream = Buffer.concat([Buffer.from([0x78, 0x9c]), Buffer.from(deflatedZeros(megabytes).bytes), Buffer.from([0, 0, 0, 1])]);
  const objects = [
    Buffer.from('1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'),
    Buffer.from('2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n'),
    Buffer.from('3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n'),
    Buffer.concat([Buffer.from(`4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream\nendobj\n')]),
  ];
  let body = Buffer.from('%PDF-1.4\n');
  const offsets: number[] = [];
  for (const o of objects) {
    offsets.push(body.length);
    body = Buffer.concat([body, o]);
  }
  const xref = ['xref', '0 5', '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `), 'trailer', '<< /Size 5 /Root 1 0 R >>', 'startxref', String(body.length), '%%EOF', ''];
  return new Uint8Array(Buffer.concat([body, Buffer.from(xref.join('\n'))]));
}

describe('importSource: formats', () => {
  it('imports a text file: the first line is the title, each paragraph a passage, who and when recorded', async () => {
    const text = 'Rilis Kementerian Perdagangan\n\nEkspor nonmigas naik 5,08 persen\npada Oktober.\n\nImpor bahan baku turun tipis.';
    const source = await importSource('rilis-kemendag.txt', text);
    expect(source).toMatchObject({ title: 'Rilis Kementerian Perdagangan', fileName: 'rilis-kemendag.txt', format: 'txt', passages: 2, importedBy: 'Rina Hapsari' });
    expect(source.byteSize).toBe(Buffer.byteLength(text));
    // A line break inside a paragraph is a space: the passage reads as one paragraph.
    expect(passagesOf(source.id)).toEqual(['Ekspor nonmigas naik 5,08 persen pada Oktober.', 'Impor bahan baku turun tipis.']);
    const list = await call<Source[]>('listSources', {});
    expect(list[0]).toEqual(source);
  });

  it('imports Markdown, HTML and DOCX with their headings as titles', async () => {
    const md = await importSource('catatan.md', '# Catatan Rapat Dewan Pers\n\nRapat membahas **verifikasi** media siber.\n\n- Butir pertama\n- Butir kedua');
    expect(md).toMatchObject({ title: 'Catatan Rapat Dewan Pers', format: 'md' });
    expect(passagesOf(md.id)).toEqual(expect.arrayContaining(['Rapat membahas verifikasi media siber.', 'Butir pertama', 'Butir kedua']));

    const html = await importSource('laporan.html', '<!doctype html><html><head><title>Laporan Banjir Bandang</title></head><body><h1>Banjir</h1><p>Air naik 1,5 meter di Kecamatan Sukajadi.</p></body></html>');
    // The importer's headline: the first <h1> (as for articles).
    expect(html).toMatchObject({ title: 'Banjir', format: 'html' });
    expect(passagesOf(html.id)).toContain('Air naik 1,5 meter di Kecamatan Sukajadi.');

    const document = new Document({
      sections: [{ children: [new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Transkrip Wawancara Bupati' }), new Paragraph({ text: 'Bupati menyebut 12 desa terdampak longsor.' })] }],
    });
    const docx = await importSource('transkrip.docx', new Uint8Array(await Packer.toBuffer(document)));
    expect(docx).toMatchObject({ title: 'Transkrip Wawancara Bupati', format: 'docx' });
    expect(passagesOf(docx.id)).toContain('Bupati menyebut 12 desa terdampak longsor.');
  });

  it('imports the text layer of a PDF, paragraphs rebuilt from line gaps, and finds it by search', async () => {
    const pdf = await makePdf((d) => {
      d.fontSize(18).text('Laporan Tahunan Perdagangan Digital');
      d.moveDown();
      d.fontSize(11).text('Nilai transaksi perdagangan elektronik tercatat naik tajam. '.repeat(5));
      d.moveDown();
      d.text('Kementerian Komunikasi dan Informatika mencatat 24 juta pembeli daring.');
      d.addPage();
      d.text('Halaman kedua memuat lampiran metodologi survei.');
    });
    const source = await importSource('laporan-tahunan.pdf', pdf);
    expect(source).toMatchObject({ title: 'Laporan Tahunan Perdagangan Digital', format: 'pdf', passages: 4 });
    const passages = passagesOf(source.id);
    expect(passages[1]).toMatch(/^Nilai transaksi .* naik tajam\.$/);
    expect(passages[2]).toBe('Kementerian Komunikasi dan Informatika mencatat 24 juta pembeli daring.');
    expect(passages[3]).toBe('Halaman kedua memuat lampiran metodologi survei.');
    const hits = await call<SourcePassageHit[]>('searchSources', { query: 'metodologi' });
    expect(hits.map((h) => h.sourceId)).toEqual([source.id]);
  });

  it('cuts a long paragraph at sentence boundaries into passages of at most ~1,000 characters, losing nothing', () => {
    const sentences = Array.from({ length: 40 }, (_, i) => `Kalimat nomor ${i + 1} menjelaskan rincian anggaran daerah tahun ini dengan cukup panjang.`);
    const paragraph = sentences.join(' ');
    const passages = splitPassages(paragraph);
    expect(passages.length).toBeGreaterThan(2);
    for (const p of passages) {
      expect(p.length).toBeLessThanOrEqual(maxPassageChars);
      // Each passage starts a sentence and ends one.
      expect(p).toMatch(/^Kalimat nomor \d+ .*\.$/);
    }
    expect(passages.join(' ')).toBe(paragraph);
    // One sentence longer than the limit is cut at a space.
    const long = `${'kata '.repeat(400).trim()}.`;
    const cut = splitPassages(long);
    expect(cut.every((p) => p.length <= maxPassageChars)).toBe(true);
    expect(cut.join(' ')).toBe(long);
  });
});

describe('importSource: refusals change nothing', () => {
  it.each([
    ['binary data named .txt', 'foto.txt', new Uint8Array([0, 1, 2, 3, 0, 255, 254, 0, 9, 0, 0, 7]), 'UNSUPPORTED_FORMAT'],
    ['a legacy .doc', 'lama.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'UNSUPPORTED_FORMAT'],
    ['a damaged DOCX', 'rusak.docx', new TextEncoder().encode('PK\u0003\u0004 not a real archive'), 'IMPORT_FAILED'],
    ['a zip bomb DOCX', 'bom.docx', buildTestZip([{ name: 'word/document.xml', deflated: deflatedZeros(1024) }]), 'IMPORT_FAILED'],
    ['a .pdf that is not a PDF', 'palsu.pdf', new TextEncoder().encode('hanya teks biasa'), 'IMPORT_FAILED'],
    ['a damaged PDF', 'rusak.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\n'), 'IMPORT_FAILED'],
    ['a text file with no text', 'kosong.txt', new TextEncoder().encode('\n\n   \n'), 'IMPORT_FAILED'],
  ])('refuses %s with %s', async (_what, name, bytes, code) => {
    const before = libraryDigest();
    const r = await backend.dispatch('importSource', { name, dataBase64: b64(bytes) });
    expect(r).toMatchObject({ ok: false, error: { code } });
    expect(libraryDigest()).toBe(before);
  });

  it('refuses a PDF without a text layer (a scan) with a message that says so', async () => {
    const scan = await makePdf((d) => {
      d.rect(50, 50, 300, 400).fill('#333333');
    });
    const before = libraryDigest();
    const r = await backend.dispatch('importSource', { name: 'pindaian.pdf', dataBase64: b64(scan) });
    expect(r).toMatchObject({ ok: false, error: { code: 'IMPORT_FAILED' } });
    expect(!r.ok && r.error.message).toMatch(/no text layer/);
    expect(libraryDigest()).toBe(before);
  });

  it('refuses a file over the size cap from its size, before parsing', async () => {
    const small = new SourcesService(new SourcesRepo(backend.db), backend.services.claims, backend.services.articles, { importLimits: { maxFileBytes: 1000 } });
    const before = libraryDigest();
    await expect(small.import({ name: 'besar.txt', dataBase64: b64('a'.repeat(1001)) })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(libraryDigest()).toBe(before);
  });

  it('stops a PDF bomb (a small file of deflated zeros) by its memory growth, and stores nothing', async () => {
    // The deadline is set far away so that only the memory cap can stop it.
    const guarded = new SourcesService(new SourcesRepo(backend.db), backend.services.claims, backend.services.articles, { importLimits: { workerRssGrowthMb: 256, workerTimeoutMs: 120_000 } });
    const bomb = pdfBomb(2048);
    expect(bomb.byteLength).toBeLessThan(3 * 1024 * 1024);
    const before = libraryDigest();
    await expect(guarded.import({ name: 'bom.pdf', dataBase64: b64(bomb) })).rejects.toMatchObject({ code: 'IMPORT_FAILED', message: expect.stringMatching(/memory/) });
    expect(libraryDigest()).toBe(before);
  }, 130_000);

  it('keeps only the text of script-laden HTML: no markup, no script body reaches a passage', async () => {
    const html = `<html><head><title>Halaman Berbahaya</title><script>document.write('curi')</script></head><body><p>Teks yang sah tetap ada.</p>${xssPayloads.join('\n')}</body></html>`;
    const source = await importSource('jahat.html', html);
    const passages = passagesOf(source.id);
    expect(passages).toContain('Teks yang sah tetap ada.');
    for (const p of passages) {
      expect(p).not.toMatch(/<\s*(script|img|svg|iframe|object|embed|a|form|style|meta|base)\b/i);
      expect(p).not.toMatch(/javascript:|onerror|document\.write/i);
    }
  });

  it('a failure while storing leaves neither the source nor any passage', () => {
    const repo = new SourcesRepo(backend.db);
    const before = libraryDigest();
    const id = '11111111-1111-4111-8111-111111111111';
    const source = { id, title: 'Setengah jalan', fileName: 'x.txt', format: 'txt' as const, byteSize: 3, importedBy: '', importedAt: new Date().toISOString() };
    // The third passage violates NOT NULL: the two before it and the source must roll back.
    expect(() => repo.insert(source, ['satu', 'dua', null as unknown as string])).toThrow();
    expect(repo.get(id)).toBeUndefined();
    const after = JSON.parse(libraryDigest()) as { changes: unknown };
    const was = JSON.parse(before) as { changes: unknown };
    expect({ ...after, changes: 0 }).toEqual({ ...was, changes: 0 });
  });
});

describe('searchSources and deleteSource', () => {
  it('searches passages with the article search syntax, hits marked, best first', async () => {
    const a = await importSource('cuaca.txt', 'Prakiraan Cuaca\n\nHujan lebat diperkirakan turun di pesisir utara.\n\nHujan lebat, hujan lebat, dan sekali lagi hujan lebat di pegunungan.');
    const hits = await call<SourcePassageHit[]>('searchSources', { query: '"hujan lebat" pegunung*' });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ sourceId: a.id, sourceTitle: 'Prakiraan Cuaca', ordinal: 1, matched: [] });
    expect(hits[0]!.snippet.filter((s) => s.hit).map((s) => s.text.toLowerCase())).toContain('pegunungan');
    const both = await call<SourcePassageHit[]>('searchSources', { query: 'hujan' });
    // The passage that says it four times ranks above the one that says it once.
    expect(both.map((h) => h.ordinal)).toEqual([1, 0]);
    // Operators and stray quotes are text, not FTS5 syntax errors.
    expect(await call<SourcePassageHit[]>('searchSources', { query: 'hujan OR NEAR( "' })).toEqual(expect.any(Array));
    expect(await call<SourcePassageHit[]>('searchSources', { query: '*** "" ()' })).toEqual([]);
    expect(await call<SourcePassageHit[]>('searchSources', { query: 'hujan', limit: 1 })).toHaveLength(1);
  });

  it('deleting a source removes its passages from the library and the index', async () => {
    const s = await importSource('sementara.txt', 'Catatan Sementara\n\nKata unik zamrudkatulistiwa ada di sini.');
    expect(await call<SourcePassageHit[]>('searchSources', { query: 'zamrudkatulistiwa' })).toHaveLength(1);
    expect(await call('deleteSource', { id: s.id })).toEqual({ deleted: true });
    expect(await call<SourcePassageHit[]>('searchSources', { query: 'zamrudkatulistiwa' })).toEqual([]);
    expect(passagesOf(s.id)).toEqual([]);
    expect((await call<Source[]>('listSources', {})).some((x) => x.id === s.id)).toBe(false);
    expect(await backend.dispatch('deleteSource', { id: s.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('findEvidence', () => {
  let claim: Claim;
  beforeAll(async () => {
    const article = await call<Article>('createArticle', { lang: 'id', title: 'Target e-commerce' });
    claim = await call<Claim>('createClaim', {
      articleId: article.id,
      text: 'Menteri Komunikasi dan Informatika Rudiantara menargetkan transaksi e-commerce mencapai US$ 130 miliar sampai tahun 2020.',
    });
    await importSource(
      'press-release.txt',
      [
        'Ministry press release',
        'Minister Rudiantara said the government targets e-commerce transactions worth 130 billion dollars by 2020.',
        'The ministry also opened a new office in Surabaya.',
      ].join('\n\n'),
    );
    await importSource(
      'data-asosiasi.txt',
      [
        'Data Asosiasi E-Commerce',
        'Nilai transaksi diproyeksikan mencapai 130.000.000.000 dolar AS.',
        'Sebanyak 130 desa terdampak banjir pada 2019, kata Rudianto.',
      ].join('\n\n'),
    );
  });

  it('ranks passages by how many of the claim figures and names they hold, numbers compared by value', async () => {
    const hits = await call<SourcePassageHit[]>('findEvidence', { claimId: claim.id });
    expect(hits.map((h) => h.text)).toEqual([
      'Minister Rudiantara said the government targets e-commerce transactions worth 130 billion dollars by 2020.',
      'Nilai transaksi diproyeksikan mencapai 130.000.000.000 dolar AS.',
    ]);
    expect(hits[0]!.matched).toEqual(expect.arrayContaining(['US$ 130 miliar', '2020', 'Rudiantara']));
    expect(hits[0]!.matched).toHaveLength(3);
    expect(hits[1]!.matched).toEqual(['US$ 130 miliar']);
    // "130 desa" and "2019" share digits with the claim but not its values; "Rudianto" is another person.
    expect(hits.some((h) => h.text.includes('130 desa'))).toBe(false);
    expect(hits[0]!.sourceTitle).toBe('Ministry press release');
    expect(hits[0]!.snippet.some((s) => s.hit)).toBe(true);
    expect(await call<SourcePassageHit[]>('findEvidence', { claimId: claim.id, limit: 1 })).toHaveLength(1);
  });

  it('is NOT_FOUND for a claim that does not exist', async () => {
    const r = await backend.dispatch('findEvidence', { claimId: '00000000-0000-4000-8000-000000000000' });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
