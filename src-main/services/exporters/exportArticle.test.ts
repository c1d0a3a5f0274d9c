import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { parseDocument as parseHtml } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentJson } from '../../../src-preload/contract/domain.ts';
import { documentText, parseDocument } from '../documentValidation.ts';
import { importFile } from '../importers/importFile.ts';
import { importMarkdown } from '../importers/importMarkdown.ts';
import { xssPayloads } from '../importers/xssPayloads.ts';
import { exportArticle, exportArticleToFile, exportFileName, type ExportFormat } from './exportArticle.ts';
import type { ExportableArticle } from './exportableArticle.ts';

const text = (value: string, marks?: string[], href?: string): Record<string, unknown> => ({
  type: 'text',
  text: value,
  ...(marks || href ? { marks: [...(marks ?? []).map((type) => ({ type })), ...(href ? [{ type: 'link', attrs: { href } }] : [])] } : {}),
});
const p = (...content: Record<string, unknown>[]): Record<string, unknown> => ({ type: 'paragraph', content });

/** An article using everything the exporters render. */
const article: ExportableArticle = {
  title: 'Gubernur Resmikan Jalur Sepeda Baru',
  standfirst: 'Jalur sepanjang 12 km menghubungkan tiga stasiun.',
  byline: 'Oleh Rina Wulandari',
  lang: 'id',
  doc: {
    type: 'doc',
    content: [
      p(text('Gubernur meresmikan jalur itu pada '), text('Sabtu pagi', ['bold']), text(', didampingi '), text('wali kota', ['italic']), text('.')),
      { type: 'heading', attrs: { level: 2 }, content: [text('Rute dan biaya')] },
      p(text('Biaya proyek Rp 45 miliar'), { type: 'hardBreak' }, text('menurut dokumen '), text('APBD', [], 'https://data.example/apbd'), text(' dan '), text('catatan', ['underline']), text(' '), text('lama', ['strike']), text(' '), text('kode-7', ['code']), text('.')),
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('Stasiun Manggarai'))] }, { type: 'listItem', content: [p(text('Stasiun Sudirman'))] }] },
      { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p(text('Tahap ketiga'))] }, { type: 'listItem', content: [p(text('Tahap keempat'))] }] },
      { type: 'blockquote', content: [p(text('Kami ingin warga beralih ke sepeda.'))] },
      { type: 'horizontalRule' },
      { type: 'codeBlock', content: [text('rute: A -> B\n  panjang: 12 km')] },
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [{ type: 'tableHeader', content: [p(text('Segmen'))] }, { type: 'tableHeader', content: [p(text('Panjang'))] }] },
          { type: 'tableRow', content: [{ type: 'tableCell', content: [p(text('Utara'))] }, { type: 'tableCell', content: [p(text('5 km'))] }] },
        ],
      },
      p(text('Warga menyambut baik, kata seorang pesepeda.')),
    ],
  } as DocumentJson,
};
const bodyParagraphs = ['Gubernur meresmikan jalur itu pada Sabtu pagi, didampingi wali kota.', 'Rute dan biaya', 'Stasiun Manggarai', 'Tahap ketiga', 'Kami ingin warga beralih ke sepeda.', 'Warga menyambut baik, kata seorang pesepeda.'];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'redaksi-export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('exportArticle: round trips through our importers', () => {
  it.each(['md', 'html', 'docx', 'txt'] as const)('%s keeps the headline and the paragraph text', async (format: ExportFormat) => {
    const bytes = await exportArticle(article, format);
    const imported = await importFile({ name: `artikel.${format}`, bytes });
    expect(imported.title).toBe(article.title);
    const body = documentText(parseDocument(imported.doc)).replace(/\s+/g, ' ');
    for (const paragraph of bodyParagraphs) expect(body).toContain(paragraph);
    if (format !== 'txt') {
      const json = JSON.stringify(imported.doc);
      expect(json).toContain('"href":"https://data.example/apbd"');
      expect(json).toMatch(/"marks":\[\{"type":"bold"\}\],"text":"Sabtu pagi"/);
      expect(json).toMatch(/"bulletList".*Stasiun Manggarai/);
      expect(json).toMatch(/"orderedList".*Tahap ketiga/);
      expect(json).toContain('"blockquote"');
    }
  });

  it('writes PDF with the headline, standfirst and every paragraph in it', async () => {
    const bytes = await exportArticle(article, 'pdf');
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe('%PDF-1.7');
    const shown = pdfText(bytes).replace(/\s+/g, '');
    for (const line of [article.title, article.standfirst!, ...bodyParagraphs]) expect(shown).toContain(line.replace(/\s+/g, ''));
  });

  it('keeps characters outside the PDF standard fonts readable', async () => {
    const bytes = await exportArticle({ title: 'Kota Ŝ ő – “Jakarta” 10 €', doc: { type: 'doc', content: [p(text('Emoji 🎉 dan ẞ'))] } }, 'pdf');
    const shown = pdfText(bytes);
    expect(shown).toContain('Kota S o – “Jakarta” 10 €');
    expect(shown).toContain('Emoji ? dan ?');
  });
});

describe('exportArticle: HTML output is safe', () => {
  it('escapes hostile article text and keeps only safe links, with CSP and lang', async () => {
    const hostile: ExportableArticle = {
      title: '<script>alert("judul")</script>',
      standfirst: '"><img src=x onerror=alert(1)>',
      byline: "' onmouseover='alert(2)",
      lang: 'en',
      doc: { type: 'doc', content: xssPayloads.map((payload) => p(text(payload), text(' tautan', [], 'https://aman.example/?q="><script>alert(3)</script>'))) } as DocumentJson,
    };
    const html = new TextDecoder().decode(await exportArticle(hostile, 'html'));
    const tree = parseHtml(html);
    const problems: string[] = [];
    const visit = (node: { type: string; name?: string; attribs?: Record<string, string>; children?: unknown[] }): void => {
      if (node.type === 'script' || ['script', 'iframe', 'object', 'embed', 'img', 'svg', 'form', 'base'].includes(node.name ?? '')) problems.push(`element ${node.name}`);
      for (const [name, value] of Object.entries(node.attribs ?? {})) {
        if (/^on/i.test(name)) problems.push(`attribute ${name}`);
        if ((name === 'href' || name === 'src') && !/^(https?:|mailto:)/i.test(value)) problems.push(`${name}=${value}`);
      }
      for (const child of node.children ?? []) visit(child as typeof node);
    };
    visit(tree as unknown as Parameters<typeof visit>[0]);
    expect(problems).toEqual([]);
    expect(html).toContain('<html lang="en-US">');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('&#60;script&#62;alert(&#34;judul&#34;)&#60;/script&#62;');
  });

  it('refuses to export a body with a javascript: link (it is not a valid article)', async () => {
    const bad = { title: 'x', doc: { type: 'doc', content: [p(text('klik', [], 'javascript:alert(1)'))] } as DocumentJson };
    await expect(exportArticle(bad, 'html')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('articleToMarkdown: text never turns into markup', () => {
  it.each([
    '*bukan miring* dan **bukan tebal**',
    '# bukan judul',
    '1. bukan daftar',
    '- bukan butir',
    '> bukan kutipan',
    '[bukan](https://tautan.example)',
    '<b>bukan tag</b> &copy; AT&T',
    'snake_case_name dan a*b*c',
    '`bukan kode` dan \\ garis miring',
    '~~bukan coret~~ | pipa',
    '---',
  ])('%j reads back as the same text', async (value) => {
    const bytes = await exportArticle({ title: 'Judul', doc: { type: 'doc', content: [p(text(value))] } }, 'md');
    expect(documentText(parseDocument(importMarkdown(bytes).doc))).toBe(value);
  });

  it('nests overlapping marks so CommonMark reads them back', async () => {
    const doc = { type: 'doc', content: [p(text('tebal '), text('dan miring', ['bold', 'italic']), text(' lalu ', ['bold']), text('biasa'))] } as DocumentJson;
    const markdown = new TextDecoder().decode(await exportArticle({ title: '', doc }, 'md'));
    expect(markdown.trim()).toBe('tebal ***dan miring* lalu** biasa');
    const again = JSON.stringify(importMarkdown(new TextEncoder().encode(markdown)).doc);
    expect(again).toContain('{"type":"text","text":"dan miring","marks":[{"type":"bold"},{"type":"italic"}]}');
  });
});

describe('exportArticleToFile and exportFileName', () => {
  it('writes the file atomically and leaves no temporary file', async () => {
    const path = join(dir, 'artikel.txt');
    await writeFile(path, 'versi lama');
    await exportArticleToFile(article, 'txt', path);
    expect((await readFile(path, 'utf8')).startsWith(`${article.title}\n\n${article.standfirst}`)).toBe(true);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a missing folder with a typed error', async () => {
    await expect(exportArticleToFile(article, 'txt', join(dir, 'tidak-ada', 'a.txt'))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it.each([
    ['Gubernur: "Jalur/Sepeda" Baru?', 'docx', 'Gubernur Jalur Sepeda Baru.docx'],
    ['', 'pdf', 'artikel.pdf'],
    ['CON', 'txt', 'artikel.txt'],
    ['Titik di akhir...', 'md', 'Titik di akhir.md'],
    ['a'.repeat(200), 'html', `${'a'.repeat(80)}.html`],
  ] as const)('%j as %s is saved as %j', (title, format, expected) => {
    expect(exportFileName(title, format)).toBe(expected);
  });
});

/** Text drawn by a pdfkit PDF: inflates each content stream and decodes its hex TJ strings. */
function pdfText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString('latin1');
  const lines: string[] = [];
  for (const stream of raw.matchAll(/\bstream\r?\n([\s\S]*?)\r?\nendstream\b/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(stream[1]!, 'latin1')).toString('latin1');
    } catch {
      continue; // not a Flate stream (fonts, metadata)
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const bytes = Buffer.from(Array.from(tj[1]!.matchAll(/<([0-9a-f]*)>/gi), (m) => m[1]).join(''), 'hex');
      lines.push(new TextDecoder('windows-1252').decode(bytes));
    }
  }
  return lines.join(' ');
}
