import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentText, parseDocument } from '../documentValidation.ts';
import { htmlToDocument } from './htmlToDocument.ts';
import { ImportError } from './importError.ts';
import { xssPayloads } from './xssPayloads.ts';

/** Text of the converted document, blocks on their own lines. */
const textOf = (html: string): string => documentText(parseDocument(htmlToDocument(html).doc));
const json = (html: string): string => JSON.stringify(htmlToDocument(html).doc);


describe('htmlToDocument: hostile HTML', () => {
  it.each(xssPayloads)('%s leaves no script, handler or unsafe link in the document', (payload) => {
    const result = htmlToDocument(`<p>Sebelum</p>${payload}<p>Sesudah</p>`);
    const node = parseDocument(result.doc);
    const serialized = JSON.stringify(result.doc);
    expect(serialized).not.toMatch(/script:|data:text|<script|\bon[a-z]+\s*=|alert\(/i);
    node.descendants((child) => {
      for (const mark of child.marks) {
        expect(['bold', 'italic', 'underline', 'strike', 'code', 'link']).toContain(mark.type.name);
        if (mark.type.name === 'link') expect(mark.attrs.href).toMatch(/^(https?:|mailto:)/);
      }
    });
    expect(documentText(node)).toContain('Sebelum');
  });

  it('drops the contents of script, style, iframe and template but keeps ordinary text around them', () => {
    expect(textOf('<p>a<script>b</script>c<style>d</style><iframe>e</iframe><template>f</template>g</p>')).toBe('acg');
  });

  it('refuses pathological nesting quickly instead of parsing it', () => {
    const started = performance.now();
    expect(() => htmlToDocument(`${'<div>'.repeat(200_000)}x`)).toThrow(ImportError);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('flattens deep but accepted nesting without overflowing the stack', () => {
    const html = `${'<blockquote>'.repeat(900)}dalam${'</blockquote>'.repeat(900)}`;
    expect(textOf(html)).toBe('dalam');
  });
});

describe('htmlToDocument: office and web junk', () => {
  const table: [label: string, html: string, expected: string][] = [
    [
      'Google Docs wrapper <b style="font-weight:normal"> does not make everything bold',
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b"><p dir="ltr" style="line-height:1.38"><span style="font-size:11pt;font-weight:700">Tebal</span><span style="font-size:11pt"> biasa </span><span style="font-style:italic">miring</span></p></b>',
      '[{"type":"paragraph","content":[{"type":"text","text":"Tebal","marks":[{"type":"bold"}]},{"type":"text","text":" biasa "},{"type":"text","text":"miring","marks":[{"type":"italic"}]}]}]',
    ],
    [
      'Google Docs link redirect and underline span inside a link',
      '<p><a href="https://www.google.com/url?q=https://antaranews.example/berita/1&amp;sa=D&amp;ust=1"><span style="color:#1155cc;text-decoration:underline">sumber</span></a></p>',
      '[{"type":"paragraph","content":[{"type":"text","text":"sumber","marks":[{"type":"link","attrs":{"href":"https://antaranews.example/berita/1"}}]}]}]',
    ],
    [
      'Word <o:p>, MsoNormal, non-breaking spaces and smart tags',
      "<p class=MsoNormal>Rapat di <st1:City w:st=\"on\"><st1:place w:st=\"on\">Bandung</st1:place></st1:City>&nbsp;&nbsp;hari ini<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>",
      '[{"type":"paragraph","content":[{"type":"text","text":"Rapat di Bandung hari ini"}]}]',
    ],
    [
      'Word list paragraphs become a nested list without typed bullets',
      "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Satu<o:p></o:p></p>\n<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level2 lfo1'><![if !supportLists]><span>1.<span>&nbsp;&nbsp;</span></span><![endif]>Anak<o:p></o:p></p>\n<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span>·<span>&nbsp;</span></span><!--[endif]-->Dua<o:p></o:p></p>",
      '[{"type":"bulletList","content":[{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"Satu"}]},{"type":"orderedList","content":[{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"Anak"}]}]}]}]},{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"Dua"}]}]}]}]',
    ],
    [
      'Word hidden text and VML shapes are dropped',
      '<p>Terlihat<span style="mso-hide:all">tersembunyi</span><v:shape><v:imagedata src="x.png"/></v:shape></p><p style="display:none">rahasia</p>',
      '[{"type":"paragraph","content":[{"type":"text","text":"Terlihat"}]}]',
    ],
    [
      'fonts, spans and divs reduce to paragraphs; <br> inside a paragraph is a hard break',
      '<div><font face="Arial" size="3">Baris satu<br>baris dua</font></div><div>Paragraf <u>garis</u> <s>coret</s> <code>kode</code></div>',
      '[{"type":"paragraph","content":[{"type":"text","text":"Baris satu"},{"type":"hardBreak"},{"type":"text","text":"baris dua"}]},{"type":"paragraph","content":[{"type":"text","text":"Paragraf "},{"type":"text","text":"garis","marks":[{"type":"underline"}]},{"type":"text","text":" "},{"type":"text","text":"coret","marks":[{"type":"strike"}]},{"type":"text","text":" "},{"type":"text","text":"kode","marks":[{"type":"code"}]}]}]',
    ],
    [
      'blocks inside a paragraph split it; stray list text gets its own item',
      '<p>a<ul><li>b</li></ul>c</p><ol start="3">x<li>y</li></ol>',
      '[{"type":"paragraph","content":[{"type":"text","text":"a"}]},{"type":"bulletList","content":[{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"b"}]}]}]},{"type":"paragraph","content":[{"type":"text","text":"c"}]},{"type":"orderedList","attrs":{"start":3},"content":[{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"x"}]}]},{"type":"listItem","content":[{"type":"paragraph","content":[{"type":"text","text":"y"}]}]}]}]',
    ],
    [
      'pre keeps whitespace; relative and anchor links become text',
      '<pre>\n  satu\n  dua</pre><p><a href="/halaman">rel</a> <a href="#catatan">[1]</a> <a href="//cdn.example/a">proto</a></p>',
      '[{"type":"codeBlock","content":[{"type":"text","text":"  satu\\n  dua"}]},{"type":"paragraph","content":[{"type":"text","text":"rel [1] "},{"type":"text","text":"proto","marks":[{"type":"link","attrs":{"href":"https://cdn.example/a"}}]}]}]',
    ],
  ];
  it.each(table)('%s', (_label, html, expected) => {
    const doc = htmlToDocument(html).doc;
    expect(() => parseDocument(doc)).not.toThrow();
    // A link mark also carries the schema's default attributes (target, rel …); compare its href.
    const hrefOnly = (key: string, v: unknown): unknown => (key === 'attrs' && v && typeof v === 'object' && 'href' in v ? { href: (v as { href: unknown }).href } : v);
    expect(JSON.parse(JSON.stringify(doc.content), hrefOnly)).toEqual(JSON.parse(expected));
  });
});

describe('htmlToDocument: headline', () => {
  it.each([
    ['<html><head><title>Judul Tab</title></head><body><h1>Judul Berita</h1><p>Isi.</p></body></html>', 'Judul Berita', 'Isi.'],
    ['<html><head><title>Judul Tab</title></head><body><p>Pengantar.</p><h1>Judul Tengah</h1></body></html>', 'Judul Tab', 'Pengantar.\nJudul Tengah'],
    ['<p>Pengantar.</p><h1>Judul Tengah</h1>', 'Judul Tengah', 'Pengantar.\nJudul Tengah'],
    ['<p class="MsoTitle">Judul Word</p><p>Isi.</p>', 'Judul Word', 'Isi.'],
    ['<h1></h1><h2>Sub</h2>', '', 'Sub'],
    ['', '', ''],
  ])('%j has headline %j and text %j', (html, title, text) => {
    const result = htmlToDocument(html);
    expect(result.title).toBe(title);
    expect(documentText(parseDocument(result.doc))).toBe(text);
  });
});

describe('htmlToDocument: tables', () => {
  const html = '<table><caption>Harga</caption><thead><tr><th>Komoditas</th><th>Rp</th></tr></thead><tbody><tr><td>Cabai</td><td colspan="2"><p>50.000</p></td></tr></tbody></table>';

  it('keeps tables when the schema has them', () => {
    expect(json(html)).toContain('"tableHeader"');
    expect(json(html)).toContain('"colspan":2');
    expect(textOf(html)).toBe('Harga\nKomoditas\nRp\nCabai\n50.000');
  });

  it('turns each row into a paragraph when the schema has no tables', () => {
    const schema = getSchema([StarterKit]);
    const result = htmlToDocument(html, { schema });
    expect(schema.nodeFromJSON(result.doc).textBetween(0, schema.nodeFromJSON(result.doc).content.size, '\n')).toBe('Harga\nKomoditas | Rp\nCabai | 50.000');
    expect(result.warnings).toContain('tables were turned into paragraphs');
  });
});

describe('htmlToDocument: generated input', () => {
  // Fragments of real and broken markup, glued at random: whatever comes out must be a valid
  // article body with safe links, and the only error allowed is a typed ImportError.
  const fragment = fc.oneof(
    fc.constantFrom(
      '<p>', '</p>', '<h1>', '</h1>', '<h3>', '<ul>', '</ul>', '<ol start="2">', '<li>', '</li>', '<table>', '<tr>', '<td colspan="2">', '<th>', '</td>', '</table>',
      '<blockquote>', '</blockquote>', '<pre>', '</pre>', '<br>', '<hr>', '<b>', '</b>', '<i>', '<u>', '<s>', '<code>', '<a href="https://a.example">', '<a href="javascript:x">', '</a>',
      '<span style="font-weight:700">', '<b style="font-weight:normal">', '<div>', '</div>', '<o:p>', '<![if !supportLists]>', '<![endif]>', '<p style="mso-list:l0 level3 lfo1">',
      '<script>', '</script>', '<style>', '<!--', '-->', '<img src=x onerror=alert(1)>', '<caption>', '&nbsp;', '&amp;', '<', '>', '"', "'",
    ),
    fc.string({ maxLength: 12 }),
  );
  // 500 in `npm test`; `npm run test:soak` raises it (REDAKSI_FUZZ_RUNS).
  const fuzzRuns = Number(process.env.REDAKSI_FUZZ_RUNS ?? 500);
  it('always yields a valid, safe document or a typed error', { timeout: Math.max(30_000, fuzzRuns * 30) }, () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => {
        let doc;
        try {
          doc = htmlToDocument(parts.join('')).doc;
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          return;
        }
        const node = parseDocument(doc);
        node.descendants((child) => {
          for (const mark of child.marks) if (mark.type.name === 'link') expect(mark.attrs.href).toMatch(/^(https?:|mailto:)/);
        });
        expect(JSON.stringify(doc)).not.toMatch(/alert\(|javascript:/);
      }),
      { numRuns: fuzzRuns },
    );
  });
});
