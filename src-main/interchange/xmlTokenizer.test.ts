import { describe, expect, it } from 'vitest';
import { decodeXmlEntities, XmlTokenizer } from './xmlTokenizer.ts';

/** Events as a flat list, to compare a parse with what it should be. */
function events(pieces: string[]): string[] {
  const out: string[] = [];
  const tokenizer = new XmlTokenizer({
    open: (name, attributes) => out.push(`<${name}${Object.entries(attributes).map(([k, v]) => ` ${k}=${v}`).join('')}>`),
    close: (name) => out.push(`</${name}>`),
    text: (text) => out.push(text),
  });
  for (const piece of pieces) tokenizer.write(piece);
  tokenizer.end();
  return out;
}

describe('XmlTokenizer', () => {
  const doc = `<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<!-- c --><a x = 'satu &amp; "dua"' y="a\tb&#10;"><b/>teks &lt;&#x41;&#66;&gt;<![CDATA[<tidak> & tag]]></a>\n`;
  const expected = ['<a x=satu & "dua" y=a b\n>', '<b>', '</b>', 'teks <AB>', '<tidak> & tag', '</a>'];

  it('parses elements, attributes (quotes, spaces around =, normalised white space), references and CDATA', () => {
    expect(events([doc])).toEqual(expected);
  });

  it('gives the same events however the text is cut into pieces', () => {
    for (let cut = 1; cut < doc.length; cut++) {
      const joined = events([doc.slice(0, cut), doc.slice(cut)]);
      // A text run may arrive in two calls when a CDATA section follows it; join runs to compare.
      expect(joined.join('|').replace('teks <AB>|<tidak>', 'teks <AB><tidak>')).toBe(expected.join('|').replace('teks <AB>|<tidak>', 'teks <AB><tidak>'));
    }
  });

  it.each([
    ['&bogus;', /not defined/],
    ['& alone', /starts no entity/],
    ['&#0;', /invalid character reference/],
    ['&#xD800;', /invalid character reference/],
  ])('refuses %s', (raw, message) => {
    expect(() => decodeXmlEntities(raw)).toThrow(message);
  });

  it.each([
    ['<a><b></a>', /closes <b>/],
    ['<a></a><b/>', /second root/],
    ['<a x="1" x="2"/>', /appears twice/],
    ['<a x=1/>', /not quoted/],
    ['<a x="<"/>', /"<" in the value/],
    ['<a>', /never closed|ends inside/],
    ['plain text', /not XML/],
    ['<a/>trailing', /after the end/],
  ])('refuses %s', (xml, message) => {
    expect(() => events([xml])).toThrow(message);
  });

  it('caps attributes per element and the length of a pending token', () => {
    const many = `<a ${Array.from({ length: 300 }, (_, i) => `a${i}="1"`).join(' ')}/>`;
    expect(() => events([many])).toThrow(/more than 256 attributes/);
    const tokenizer = new XmlTokenizer({ open() {}, close() {}, text() {} }, { maxTokenChars: 1000 });
    tokenizer.write('<a><b x="');
    expect(() => tokenizer.write('y'.repeat(2000))).toThrow(/longer than 1000/);
  });
});
