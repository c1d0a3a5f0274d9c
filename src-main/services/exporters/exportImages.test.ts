import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { DocumentJson } from '../../../src-preload/contract/domain.ts';
import { buildTestPng } from '../buildTestPng.ts';
import { defaultImportLimits } from '../importers/importLimits.ts';
import { inspectZip } from '../importers/inspectZip.ts';
import { exportArticle } from './exportArticle.ts';
import type { ExportableArticle } from './exportableArticle.ts';

const png = buildTestPng(8, 6, [200, 40, 20], [250, 250, 250]);
const pngId = createHash('sha256').update(png).digest('hex');
/** A GIF header: stored and served, but neither Word via docx nor pdfkit embed it here. */
const gif = Buffer.from('GIF89a\u0004\u0000\u0003\u0000\u0000\u0000\u0000;', 'latin1');
const gifId = createHash('sha256').update(gif).digest('hex');
const stored = new Map([
  [pngId, { mime: 'image/png', bytes: new Uint8Array(png) }],
  [gifId, { mime: 'image/gif', bytes: new Uint8Array(gif) }],
]);

const image = (id: string, alt: string) => ({ type: 'image', attrs: { src: `media/${id}`, alt, title: null } });
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const body: DocumentJson = {
  type: 'doc',
  content: [paragraph('Foto di bawah diambil pagi ini.'), image(pngId, 'Perahu nelayan "bersandar" <di> dermaga'), image(gifId, 'Grafik harga cabai'), image('0'.repeat(64), 'Foto yang hilang')],
};
const article: ExportableArticle = { title: 'Nelayan Muara Angke', lang: 'id', doc: body, media: (id) => stored.get(id) };
const utf8 = async (format: 'html' | 'md' | 'txt') => new TextDecoder().decode(await exportArticle(article, format));

/** One entry of a zip, inflated. */
function zipEntry(zip: Uint8Array, name: string): Buffer | undefined {
  const entry = inspectZip(zip, defaultImportLimits).entries.find((e) => e.name === name);
  if (!entry) return undefined;
  const b = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const start = entry.localHeaderOffset + 30 + b.readUInt16LE(entry.localHeaderOffset + 26) + b.readUInt16LE(entry.localHeaderOffset + 28);
  const data = b.subarray(start, start + entry.compressedSize);
  return entry.method === 8 ? inflateRawSync(data) : Buffer.from(data);
}

describe('exported images', () => {
  it('DOCX embeds the PNG as a media part with its alt text, and writes the others as their alt text', async () => {
    const docx = await exportArticle(article, 'docx');
    const names = inspectZip(docx, defaultImportLimits).entries.map((e) => e.name);
    const media = names.filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(2); // the PNG and the GIF; the missing picture has no part
    expect(media.some((n) => zipEntry(docx, n)!.equals(png))).toBe(true);
    const xml = zipEntry(docx, 'word/document.xml')!.toString('utf8');
    expect(xml).toContain('descr="Perahu nelayan &quot;bersandar&quot; &lt;di&gt; dermaga"');
    expect(xml).toContain('r:embed=');
    expect(xml).toContain('[Foto yang hilang]');
  });

  it('HTML embeds the picture as a data: URI (a standalone file), escaping the alt text', async () => {
    const html = await utf8('html');
    expect(html).toContain(`<img src="data:image/png;base64,${png.toString('base64')}" alt="Perahu nelayan &#34;bersandar&#34; &#60;di&#62; dermaga" width="8" height="6">`);
    expect(html).toContain('data:image/gif;base64,');
    expect(html).toContain('<p>Foto yang hilang</p>');
    expect(html).not.toContain('src="media/');
    expect(html).toContain("img-src data:");
  });

  it('PDF draws the PNG and writes the GIF and the missing picture as their alt text', async () => {
    const pdf = Buffer.from(await exportArticle(article, 'pdf')).toString('latin1');
    expect(pdf).toMatch(/\/Subtype \/Image[\s\S]*?\/Width 8/);
    expect(pdf.match(/\/Subtype \/Image/g)).toHaveLength(1);
  });

  it('Markdown writes ![alt](media/<sha256>) and text writes the alt text', async () => {
    const md = await utf8('md');
    expect(md).toContain(`![Perahu nelayan "bersandar" \\<di\\> dermaga](media/${pngId})`);
    const txt = await utf8('txt');
    expect(txt).toContain('[Grafik harga cabai]');
    expect(txt).not.toContain('media/');
  });

  it('without a media lookup (or for a picture not stored) exports the alt text instead of a broken image', async () => {
    const html = new TextDecoder().decode(await exportArticle({ ...article, media: undefined }, 'html'));
    expect(html).not.toContain('<img');
    expect(html).toContain('<p>Grafik harga cabai</p>');
  });
});
