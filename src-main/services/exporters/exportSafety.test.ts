/**
 * RELIABILITY.md S3 and S7 without a browser: every XSS payload (importers/xssPayloads.ts, 50+)
 * goes through HTML and Markdown import and then every export — article HTML, Markdown, DOCX,
 * PDF, plain text, XLIFF 1.2/2.1, TMX, TBX and CSV — and the outputs are parsed back: no
 * script, event handler or dangerous URL in any of them, every XML output well-formed (our strict
 * tokenizer: no DTD, matched tags), the hostile text surviving as text, and CSV cells never
 * starting a formula. Schema validity of TMX/XLIFF lives in interop/xmllintValidatesInterchange;
 * the TBX check here runs xmllint against the TBX DTD in ../shared/testdata when both are present.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseDocument as parseHtml } from 'htmlparser2';
import { Marked } from 'marked';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentJson } from '../../../src-preload/contract/domain.ts';
import type { GlossaryTerm } from '../../../src-preload/contract/translation.ts';
import { parseCsvRows, writeGlossaryCsv } from '../../glossary/glossaryCsv.ts';
import { readGlossaryTbx, writeGlossaryTbx } from '../../glossary/glossaryTbx.ts';
import { parseXml } from '../../interchange/parseXml.ts';
import { TmxReader, type TmxUnit } from '../../interchange/tmxReader.ts';
import { writeTmx } from '../../interchange/tmxWriter.ts';
import { readXliff, writeXliff } from '../../interchange/xliff.ts';
import { formulaCells } from '../importers/attacks/byteAttacks.ts';
import { importHtml } from '../importers/importHtml.ts';
import { importMarkdown } from '../importers/importMarkdown.ts';
import { importPdf } from '../importers/importPdf.ts';
import { inspectZip } from '../importers/inspectZip.ts';
import { defaultImportLimits } from '../importers/importLimits.ts';
import { xssPayloads } from '../importers/xssPayloads.ts';
import { inflateRawSync } from 'node:zlib';
import { exportArticle } from './exportArticle.ts';
import type { ExportableArticle } from './exportableArticle.ts';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

/** URLs an export may carry (RELIABILITY.md: links http, https, mailto; images data:image or our own scheme). */
const safeLink = /^(https?:|mailto:)/i;
const safeImage = /^(data:image\/(png|jpeg|gif|webp);|https?:)/i;

/** Dangerous things in an HTML tree: script-capable elements, handlers, unsafe URLs. */
function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const visit = (node: { type: string; name?: string; attribs?: Record<string, string>; children?: unknown[] }): void => {
    if (node.type === 'script' || ['script', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'base', 'link', 'frame', 'applet'].includes(node.name ?? '')) problems.push(`element <${node.name}>`);
    if (node.name === 'meta' && node.attribs?.['http-equiv']?.toLowerCase() === 'refresh') problems.push('meta refresh');
    for (const [name, value] of Object.entries(node.attribs ?? {})) {
      if (/^on/i.test(name)) problems.push(`attribute ${name}`);
      if (['href', 'xlink:href', 'action', 'formaction', 'poster', 'background'].includes(name) && !safeLink.test(value)) problems.push(`${name}=${value}`);
      if (name === 'src' && !safeImage.test(value)) problems.push(`src=${value}`);
      if (name === 'srcset' || name === 'srcdoc') problems.push(name);
      if (name === 'style' && /url\(|expression|behavior/i.test(value)) problems.push(`style=${value}`);
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(parseHtml(html) as unknown as Parameters<typeof visit>[0]);
  return problems;
}

/** Unzips a DOCX (central directory read with our own checks) into its parts. */
function unzip(bytes: Uint8Array): Map<string, string> {
  const parts = new Map<string, string>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of inspectZip(bytes, defaultImportLimits).entries) {
    const at = entry.localHeaderOffset;
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    parts.set(entry.name, decode(entry.method === 0 ? data : inflateRawSync(data)));
  }
  return parts;
}

/** Element names and text of an XML document, refusing anything not well-formed. */
function xmlOf(xml: string): { names: Set<string>; text: string; attributes: Record<string, string>[] } {
  const names = new Set<string>();
  const attributes: Record<string, string>[] = [];
  let text = '';
  parseXml(utf8(xml), {
    open(name, attrs) {
      names.add(name);
      attributes.push(attrs);
    },
    close() {},
    text(t) {
      text += t;
    },
  });
  return { names, text, attributes };
}

/** The writers drop characters XML 1.0 cannot carry (payload 39 has one); the rest must come back as it was. */
// eslint-disable-next-line no-control-regex -- these control characters are what the writers remove
const withoutNonXmlChars = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

const p = (text: string): Record<string, unknown> => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] });

/**
 * Drops inline data: images. `importFile` moves them into the media store before an article is
 * saved (extractEmbeddedImages.ts); this test calls the importers directly, without a store.
 */
function withoutEmbeddedImages(nodes: unknown[]): unknown[] {
  return nodes
    .filter((n) => !((n as { type: string }).type === 'image' && /^data:/.test(String((n as { attrs?: { src?: string } }).attrs?.src))))
    .map((n) => {
      const node = n as { content?: unknown[] };
      return node.content ? { ...node, content: withoutEmbeddedImages(node.content) } : node;
    });
}

/** An article built from what the HTML and Markdown importers made of `payload`, plus the payload as plain text everywhere text goes. */
function hostileArticle(payload: string): ExportableArticle {
  const fromHtml = importHtml(utf8(`<p>Awal.</p>${payload}<p>Akhir.</p>`)).doc as { content: unknown[] };
  const fromMarkdown = importMarkdown(utf8(`Awal.\n\n${payload}\n\n[tautan](${payload.replace(/[()\s]/g, '')})\n`)).doc as { content: unknown[] };
  return {
    title: payload,
    standfirst: payload,
    byline: payload,
    lang: 'id',
    doc: { type: 'doc', content: withoutEmbeddedImages([...fromHtml.content, ...fromMarkdown.content, p(payload)]) } as DocumentJson,
  };
}

const xmllint = ['/usr/bin/xmllint', '/usr/local/bin/xmllint'].find((f) => existsSync(f));
const tbxDtd = resolve(import.meta.dirname, '../../../../shared/testdata/tbx-schemas/TBXcoreStructV02.dtd');
const lintDir = mkdtempSync(join(tmpdir(), 'redaksi-export-safety-'));
afterAll(() => rmSync(lintDir, { recursive: true, force: true }));

describe(`${xssPayloads.length} XSS payloads through import and every export`, () => {
  it('has at least 50 payloads (RELIABILITY.md S3)', () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(50);
  });

  it.each(xssPayloads.map((payload, i) => [i, payload] as const))('payload %i: HTML, Markdown, text, DOCX and PDF exports carry nothing that runs', { timeout: 30_000 }, async (_i, payload) => {
    const article = hostileArticle(payload);

    const html = decode(await exportArticle(article, 'html'));
    expect(htmlProblems(html)).toEqual([]);

    const markdown = decode(await exportArticle(article, 'md'));
    // Markdown renderers pass raw HTML through and follow link targets: neither may be live once rendered.
    expect(markdown).not.toMatch(/(?<!\\)<\s*(script|iframe|img|svg|object|embed|a|form|style|meta|base|link)\b/i);
    expect(markdown).not.toMatch(/\]\(\s*<?\s*(javascript|vbscript|data|file):/i);
    expect(htmlProblems(new Marked({ gfm: true, async: false }).parse(markdown) as string)).toEqual([]);

    const text = decode(await exportArticle(article, 'txt'));
    expect(text).toContain(payload.trim().split(/\s+/)[0]!.replace(/[<>&"']/g, '').slice(0, 3));

    const docx = unzip(await exportArticle(article, 'docx'));
    for (const [name, part] of docx) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const { names, attributes } = xmlOf(part);
      expect([...names].filter((n) => /^(script|html|xhtml:|w:object|o:OLEObject|w:control)/i.test(n)), name).toEqual([]);
      if (name.endsWith('.rels')) {
        for (const a of attributes) if (a.TargetMode === 'External') expect(a.Target, `${name} ${a.Target}`).toMatch(safeLink);
      }
    }

    const pdf = await exportArticle(article, 'pdf');
    const raw = Buffer.from(pdf).toString('latin1');
    // No JavaScript, launch or non-web link actions in the PDF's own structure.
    expect(raw).not.toMatch(/\/(JavaScript|JS|Launch|SubmitForm|ImportData)\b/);
    for (const [, uri] of raw.matchAll(/\/URI\s*\(([^)]*)\)/g)) expect(uri).toMatch(safeLink);
    // The PDF reads back as text (its text layer is what the source library would import).
    expect((await importPdf(pdf)).doc).toBeTruthy();
  });

  it('XLIFF 1.2 and 2.1, TMX and TBX with hostile text are well-formed and give the text back as text', () => {
    const units = xssPayloads.map((payload, i) => ({ id: `u${i}`, source: payload, target: `${payload} (en)`, state: 'translated' as const }));
    for (const version of ['1.2', '2.1'] as const) {
      const xliff = writeXliff({ sourceLang: 'id', targetLang: 'en', original: xssPayloads[0]!, units }, version);
      const { names } = xmlOf(xliff);
      expect([...names].filter((n) => /script|img|svg|iframe|a$/i.test(n)), version).toEqual([]);
      expect(readXliff(utf8(xliff)).units.map((u) => u.source)).toEqual(units.map((u) => withoutNonXmlChars(u.source)));
    }

    const tmx = writeTmx(
      { sourceLang: 'id', targetLang: 'en', creationTool: 'Redaksi', creationToolVersion: '1', now: new Date('2026-01-01T00:00:00Z') },
      xssPayloads.map((payload) => ({ source: payload, target: payload, author: payload, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' })),
    );
    const read: TmxUnit[] = [];
    parseXml(utf8(tmx), new TmxReader({ sourceLang: 'id', targetLang: 'en', onUnit: (u) => read.push(u) }));
    expect(read.map((u) => u.source)).toEqual(xssPayloads.map(withoutNonXmlChars));
    expect([...xmlOf(tmx).names].filter((n) => /script|img|svg/i.test(n))).toEqual([]);

    const terms: GlossaryTerm[] = xssPayloads.map((payload, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      termId: payload.slice(0, 500),
      termEn: `istilah ${i}`,
      forbiddenId: [],
      forbiddenEn: [],
      note: payload,
      caseSensitive: false,
      updatedAt: '2026-01-01T00:00:00.000Z',
      updatedBy: '',
    }));
    const tbx = writeGlossaryTbx(terms);
    xmlOf(tbx);
    expect(readGlossaryTbx(tbx).drafts.map((d) => d.termEn)).toEqual(terms.map((t) => t.termEn));
  });

  it.skipIf(!xmllint || !existsSync(tbxDtd))('the TBX export is valid against the TBX core structure DTD (xmllint)', () => {
    const file = join(lintDir, 'glosarium.tbx');
    const terms: GlossaryTerm[] = [
      { id: '00000000-0000-4000-8000-000000000001', termId: 'anggaran <b>', termEn: 'budget & "cost"', forbiddenId: ['bujet'], forbiddenEn: ['poll'], note: '<script>x</script>', caseSensitive: true, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: '' },
    ];
    writeFileSync(file, writeGlossaryTbx(terms));
    const catalog = resolve(tbxDtd, '../../xml-catalog.xml');
    const r = spawnSync(xmllint!, ['--noout', '--nonet', '--dtdvalid', tbxDtd, file], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, XML_CATALOG_FILES: catalog } });
    // The file names the DTD by its bare system id; loading that is only a warning, validity errors are not.
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/error/i);
    expect(r.status).toBe(0);
  });

  it('CSV export neutralises every formula cell (= + - @ tab CR)', () => {
    const cells = [...formulaCells, ...xssPayloads];
    const terms: GlossaryTerm[] = cells.map((cell, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      termId: cell.slice(0, 500),
      termEn: cell.slice(0, 500),
      forbiddenId: [cell.slice(0, 500)],
      forbiddenEn: [],
      note: cell,
      caseSensitive: false,
      updatedAt: '2026-01-01T00:00:00.000Z',
      updatedBy: '',
    }));
    const csv = writeGlossaryCsv(terms).replace(/^\uFEFF/, '');
    const rows = parseCsvRows(csv, ',', 10_000);
    expect(rows).toHaveLength(terms.length + 1);
    const live = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(live).toEqual([]);
  });
});
