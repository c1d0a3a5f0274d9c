/** Tables in the stored format: what the editor writes is accepted by main, and counted. */
import { describe, expect, it } from 'vitest';
import { documentText, parseDocument } from './documentValidation.ts';

const cell = (type: 'tableCell' | 'tableHeader', text: string) => ({ type, attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }] });
const table = {
  type: 'table',
  content: [
    { type: 'tableRow', content: [cell('tableHeader', 'Provinsi'), cell('tableHeader', 'Harga')] },
    { type: 'tableRow', content: [cell('tableCell', 'Jawa Barat'), cell('tableCell', 'Rp 12.500')] },
  ],
};

describe('table documents', () => {
  it('accepts a table as the editor writes it, with underline, strike and a horizontal rule', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Harga', marks: [{ type: 'underline' }, { type: 'strike' }] }] },
        table,
        { type: 'horizontalRule' },
        { type: 'paragraph', content: [{ type: 'text', text: 'a' }, { type: 'hardBreak' }, { type: 'text', text: 'b' }] },
      ],
    };
    const node = parseDocument(doc);
    expect(documentText(node)).toContain('Provinsi\nHarga\nJawa Barat\nRp 12.500');
  });

  it('refuses a table cell holding text directly, a row outside a table, and a column width list', () => {
    const bad = [
      { type: 'doc', content: [{ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'text', text: 'x' }] }] }] }] },
      { type: 'doc', content: [{ type: 'tableRow', content: [cell('tableCell', 'x')] }] },
      { type: 'doc', content: [{ type: 'table', content: [{ type: 'tableRow', content: [{ ...cell('tableCell', 'x'), attrs: { colspan: 1, rowspan: 1, colwidth: [120] } }] }] }] },
    ];
    for (const doc of bad) expect(() => parseDocument(doc)).toThrow(/INVALID_INPUT|document/);
  });

  it('refuses a javascript: link however it arrived', () => {
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] };
    expect(() => parseDocument(doc)).toThrow(/forbidden protocol/);
  });
});
