import { describe, expect, it } from 'vitest';
import type { TagParseRule } from '@tiptap/pm/model';
import { getDocumentSchema } from '../../../../src-preload/contract/documentSchema.ts';
import { stripInlineStyles } from './stripInlineStyles.ts';

describe('stripInlineStyles', () => {
  it.each([
    ['<p style="color:red">Harga</p>', '<p>Harga</p>'],
    ["<td STYLE='text-align: center' colspan=\"2\">x</td>", '<td colspan="2">x</td>'],
    ['<span class="a" style=color:red data-x="1">y</span>', '<span class="a" data-x="1">y</span>'],
    ['<p title="a > b" style="x">z</p>', '<p title="a > b">z</p>'],
    ['<p title=\'style="kept"\'>z</p>', '<p title=\'style="kept"\'>z</p>'],
    ['<svg><rect style="fill:red"/></svg>', '<svg><rect/></svg>'],
    ['<br style="x"/>', '<br/>'],
  ])('%s -> %s', (input, output) => {
    expect(stripInlineStyles(input)).toBe(output);
  });

  it('leaves text that merely mentions style attributes alone', () => {
    const html = '<p>Use style="color:red" in CSS &lt;p style="x"&gt;</p>';
    expect(stripInlineStyles(html)).toBe(html);
  });

  it('returns input without "style" unchanged (fast path)', () => {
    const html = '<p>Pedagang di <b>pasar</b></p>';
    expect(stripInlineStyles(html)).toBe(html);
  });
});

describe('pasted links against the stored format', () => {
  const link = getDocumentSchema().marks.link!;
  const rule = link.spec.parseDOM![0] as TagParseRule;
  const anchor = (href: string) => ({ getAttribute: (name: string) => (name === 'href' ? href : null) }) as unknown as HTMLElement;

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'vbscript:x', '/relative'])('drops a pasted <a href="%s"> (text kept, no link)', (href) => {
    expect(rule.getAttrs!(anchor(href))).toBe(false);
  });

  it.each(['https://bps.go.id', 'http://example.com/a', 'mailto:desk@redaksi.id'])('keeps a pasted <a href="%s">', (href) => {
    expect(rule.getAttrs!(anchor(href))).not.toBe(false);
  });

  it('has tables, without inline styles when serialised (no CSP violation on copy)', () => {
    const schema = getDocumentSchema();
    expect(Object.keys(schema.nodes)).toEqual(expect.arrayContaining(['table', 'tableRow', 'tableHeader', 'tableCell']));
    const table = schema.nodes.table!.createAndFill()!;
    const spec = schema.nodes.table!.spec.toDOM!(table);
    expect(JSON.stringify(spec)).not.toContain('style');
    expect(schema.nodes.tableCell!.spec.attrs).not.toHaveProperty('align');
  });
});
