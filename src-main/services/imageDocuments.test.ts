import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TagParseRule } from '@tiptap/pm/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../createBackend.ts';
import type { Article, DocumentJson } from '../../src-preload/contract/domain.ts';
import { getDocumentSchema } from '../../src-preload/contract/documentSchema.ts';
import { buildTestPng } from './buildTestPng.ts';
import { parseDocument } from './documentValidation.ts';
import { articleToDocx } from './exporters/articleToDocx.ts';
import { extractEmbeddedImages } from './importers/extractEmbeddedImages.ts';
import { htmlToDocument } from './importers/htmlToDocument.ts';

const png = buildTestPng(6, 4, [20, 120, 200]);
const pngId = createHash('sha256').update(png).digest('hex');
const image = (src: string, alt: string | null = 'Banjir di Jakarta Utara') => ({ type: 'image', attrs: { src, alt, title: null } });
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...blocks: unknown[]): DocumentJson => ({ type: 'doc', content: blocks as Record<string, unknown>[] });

describe('image nodes in the stored format', () => {
  it('accepts a picture the app stores (media/<sha256>) with its alt text', () => {
    const node = parseDocument(doc(paragraph('Air naik.'), image(`media/${pngId}`)));
    expect(node.child(1).type.name).toBe('image');
    expect(node.child(1).attrs).toMatchObject({ src: `media/${pngId}`, alt: 'Banjir di Jakarta Utara' });
  });

  it.each([
    ['a remote address', 'https://example.com/foto.png'],
    ['a protocol-relative address', '//example.com/foto.png'],
    ['a data: URI', `data:image/png;base64,${png.toString('base64')}`],
    ['a file: URL', 'file:///etc/passwd'],
    ['an absolute path on our host', `/media/${pngId}`],
    ['an uppercase hash', `media/${pngId.toUpperCase()}`],
    ['a short hash', 'media/abc123'],
    ['a path escaping the route', `media/../${pngId}`],
    ['no src at all', null],
  ])('refuses an image with %s (never fetched, never stored)', (_what, src) => {
    expect(() => parseDocument(doc(image(src as string)))).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('refuses alt text longer than 1000 characters', () => {
    expect(() => parseDocument(doc(image(`media/${pngId}`, 'x'.repeat(1001))))).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  describe('pasted <img> elements', () => {
    const rule = getDocumentSchema().nodes.image!.spec.parseDOM![0] as TagParseRule;
    type Element = Parameters<NonNullable<TagParseRule['getAttrs']>>[0];
    const img = (src: string) => ({ getAttribute: (name: string) => (name === 'src' ? src : null) }) as unknown as Element;

    it.each(['https://cdn.example.com/foto.jpg', 'http://127.0.0.1:5180/media/x', 'data:image/png;base64,iVBORw0KGgo=', 'file:///C:/foto.png', 'blob:null/1234', `/media/${pngId}`])(
      'drops a pasted <img src="%s"> (hot-linking refused)',
      (src) => {
        expect(rule.getAttrs!(img(src))).toBe(false);
      },
    );

    it('keeps an image copied inside the editor (media/<sha256>)', () => {
      expect(rule.getAttrs!(img(`media/${pngId}`))).not.toBe(false);
    });
  });
});

describe('images in imported HTML', () => {
  it('keeps embedded pictures as stored media and drops remote ones, without fetching anything', () => {
    const html = `<h1>Rob</h1><p>Air laut masuk.</p><p><img src="https://example.com/hotlink.jpg" alt="jauh"></p><p><img src="data:image/png;base64,${png.toString('base64')}" alt="Pesisir"></p>`;
    const converted = htmlToDocument(html);
    const extracted = extractEmbeddedImages(converted.doc);
    expect(extracted.media.map((m) => m.id)).toEqual([pngId]);
    const images = (extracted.doc.content ?? []).filter((n) => n.type === 'image');
    expect(images).toEqual([{ type: 'image', attrs: { src: `media/${pngId}`, alt: 'Pesisir' } }]);
    expect(JSON.stringify(extracted.doc)).not.toContain('example.com');
    expect(() => parseDocument(extracted.doc)).not.toThrow();
  });

  it('drops a data: image whose bytes are not a picture we store, whatever its claimed type', () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>').toString('base64');
    const extracted = extractEmbeddedImages(doc({ type: 'blockquote', content: [{ type: 'image', attrs: { src: `data:image/png;base64,${svg}`, alt: null } }] }));
    expect(extracted.media).toEqual([]);
    expect(extracted.dropped).toBe(1);
    // The quote that held only the picture still has the paragraph the schema requires.
    expect(extracted.doc.content).toEqual([{ type: 'blockquote', content: [{ type: 'paragraph' }] }]);
    expect(() => parseDocument(extracted.doc)).not.toThrow();
  });
});

describe('import through the bridge stores pictures with the article', () => {
  let dir: string;
  let backend: Backend;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'redaksi-images-'));
    backend = createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test' });
  });
  afterAll(() => {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const mediaRows = () => backend.db.prepare('SELECT id, mime, width, height FROM media ORDER BY id').all();

  it('imports an HTML file with an embedded PNG: the body refers to media/<sha256>, the bytes are in the database', async () => {
    const html = `<html><head><title>Pesisir</title></head><body><p>Rob setinggi lutut.</p><img src="data:image/png;base64,${png.toString('base64')}" alt="Warga mengungsi"></body></html>`;
    const r = await backend.dispatch('importArticle', { name: 'pesisir.html', lang: 'id', dataBase64: Buffer.from(html).toString('base64') });
    if (!r.ok) throw new Error(r.error.message);
    const article = r.value as Article;
    expect(article.doc.content).toContainEqual({ type: 'image', attrs: { src: `media/${pngId}`, alt: 'Warga mengungsi', title: null } });
    expect(mediaRows()).toEqual([{ id: pngId, mime: 'image/png', width: 6, height: 4 }]);
    expect(Buffer.from(backend.services.media.get(pngId)!.bytes).equals(png)).toBe(true);
  });

  it('re-imports the DOCX export of an article with a picture: same picture, stored once', async () => {
    const other = buildTestPng(5, 5, [0, 0, 0], [255, 255, 255]);
    const added = await backend.dispatch('addMedia', { dataBase64: other.toString('base64') });
    if (!added.ok) throw new Error(added.error.message);
    const src = (added.value as { src: string }).src;
    const docx = await articleToDocx({
      title: 'Papan catur',
      doc: doc(paragraph('Sebelum gambar.'), image(src, 'Papan catur hitam putih'), paragraph('Sesudah gambar.')),
      media: (id) => backend.services.media.get(id),
    });
    const before = mediaRows().length;
    const r = await backend.dispatch('importArticle', { name: 'catur.docx', lang: 'id', dataBase64: Buffer.from(docx).toString('base64') });
    if (!r.ok) throw new Error(r.error.message);
    const body = (r.value as Article).doc.content ?? [];
    expect(body).toContainEqual({ type: 'image', attrs: { src, alt: 'Papan catur hitam putih', title: null } });
    expect(body.map((n) => n.type)).toEqual(['paragraph', 'image', 'paragraph']);
    expect(mediaRows()).toHaveLength(before);
  });

  it('addMedia refuses an SVG and an HTML page with typed errors, storing nothing', async () => {
    const before = mediaRows();
    for (const text of ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', '<!doctype html><p>foto.png</p>']) {
      const r = await backend.dispatch('addMedia', { dataBase64: Buffer.from(text).toString('base64') });
      expect(r).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_FORMAT' } });
    }
    expect(mediaRows()).toEqual(before);
  });
});
