/**
 * Generated inputs for importer fuzzing (RELIABILITY.md S6): mutations of valid files — byte
 * flips, truncations, duplicated spans, inserted tags, attributes and declarations — and pure
 * noise, as fast-check arbitraries so a failure shrinks to a small reproducible input.
 */
import fc from 'fast-check';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

function concat(...parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

const xmlName = fc.constantFrom('x', 'g', 'w:t', 'source', 'target', 'seg', 'tu', 'tuv', 'term', 'unit', 'p', 'a', 'script', 'img', 'termEntry', 'langSet', 'xliff', 'tmx', 'martif', 'body', 'w:p', 'w:r');

/** Markup that stresses a reader: declarations where they may not be, unknown entities, open constructs, random tags. */
export const hostileMarkup: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '<!DOCTYPE x [<!ENTITY a "b">]>',
    '<!ENTITY a SYSTEM "file:///etc/passwd">',
    '&a;',
    '&#0;',
    '&#xD800;',
    '&#99999999;',
    '<![CDATA[',
    ']]>',
    '<?xml version="1.0"?>',
    '<!--',
    '-->',
    '</',
    '<',
    '>',
    '"',
    "'",
    '&',
    '\u0000',
    '\uFFFE',
    '\uD800',
    'javascript:alert(1)',
    ' onerror="alert(1)"',
    '=HYPERLINK("x")',
  ),
  fc
    .tuple(xmlName, fc.array(fc.tuple(fc.constantFrom('id', 'xml:lang', 'srcLang', 'trgLang', 'version', 'state', 'href', 'src', 'onload', 'type', 'w:val'), fc.string({ maxLength: 12 })), { maxLength: 4 }), fc.boolean())
    .map(([n, attributes, selfClosing]) => `<${n}${attributes.map(([k, v]) => ` ${k}="${v.replaceAll('"', '')}"`).join('')}${selfClosing ? '/' : ''}>`),
  xmlName.map((n) => `</${n}>`),
  fc.string({ maxLength: 20 }),
);

/** Mutations of the given valid files, plus pure noise. */
export function mutatedBytes(seeds: readonly Uint8Array[], options: { maxNoiseBytes?: number } = {}): fc.Arbitrary<Uint8Array> {
  const seed = fc.constantFrom(...seeds);
  const flips = seed.chain((s) =>
    fc.array(fc.tuple(fc.nat(Math.max(0, s.length - 1)), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((changes) => {
      const copy = s.slice();
      for (const [at, value] of changes) copy[at] = value;
      return copy;
    }),
  );
  const truncations = seed.chain((s) => fc.nat(s.length).map((n) => s.slice(0, n)));
  const duplications = seed.chain((s) =>
    fc.tuple(fc.nat(s.length), fc.nat(s.length), fc.nat(s.length)).map(([a, b, at]) => concat(s.subarray(0, at), s.subarray(Math.min(a, b), Math.max(a, b)), s.subarray(at))),
  );
  const insertions = seed.chain((s) =>
    fc.array(fc.tuple(fc.nat(s.length), hostileMarkup), { minLength: 1, maxLength: 4 }).map((inserts) => {
      let out = s;
      for (const [at, markup] of inserts) {
        const cut = Math.min(at, out.length);
        out = concat(out.subarray(0, cut), utf8(markup), out.subarray(cut));
      }
      return out;
    }),
  );
  const noise = fc.uint8Array({ maxLength: options.maxNoiseBytes ?? 2048 });
  return fc.oneof({ weight: 3, arbitrary: flips }, { weight: 2, arbitrary: truncations }, { weight: 1, arbitrary: duplications }, { weight: 3, arbitrary: insertions }, { weight: 1, arbitrary: noise });
}

/** Mutations of valid text (applied before it is packed, e.g. into a DOCX). */
export function mutatedText(seeds: readonly string[]): fc.Arbitrary<string> {
  return mutatedBytes(seeds.map(utf8)).map((bytes) => Buffer.from(bytes).toString('utf8'));
}
