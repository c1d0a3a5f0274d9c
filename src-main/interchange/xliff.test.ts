import { describe, expect, it } from 'vitest';
import { readXliff, writeXliff, type XliffDocument } from './xliff.ts';

const doc: XliffDocument = {
  sourceLang: 'id',
  targetLang: 'en',
  original: 'Harga kopi & <gula>',
  units: [
    { id: 'b0.0', source: 'Harga kopi naik 5,08 persen.', target: 'Coffee prices rose 5.08 percent.', state: 'translated' },
    { id: 'b1.0', source: '  Dua  spasi & "kutip" <b> ', target: '', state: 'new' },
    { id: 'b1.1', source: 'Masih draf.', target: 'Still a draft.', state: 'draft' },
    { id: 'b2.0', source: 'Sudah ditinjau.', target: 'Reviewed.', state: 'reviewed' },
    { id: 'b3.0', source: 'Disetujui redaktur.', target: 'Approved by the editor.', state: 'approved' },
  ],
};

const bytes = (s: string) => new TextEncoder().encode(s);
const x2 = (units: string, extra = '') =>
  `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="id" trgLang="en"${extra}><file id="f1">${units}</file></xliff>`;

describe('XLIFF', () => {
  it.each(['1.2', '2.1'] as const)('%s round trip keeps ids, text, spacing and every status', (version) => {
    expect(readXliff(bytes(writeXliff(doc, version)))).toEqual(doc);
  });

  it('writes the documented state mapping', () => {
    const v12 = writeXliff(doc, '1.2');
    expect(v12).toContain('<trans-unit id="b1.1" xml:space="preserve">');
    expect(v12.match(/state="[^"]+"/g)).toEqual(['state="translated"', 'state="needs-translation"', 'state="needs-review-translation"', 'state="signed-off"', 'state="final"']);
    const v21 = writeXliff(doc, '2.1');
    expect(v21).toContain('<segment id="b1.1" state="initial" subState="redaksi:draft">');
    expect(v21).toContain('<segment id="b3.0" state="final">');
    // An untranslated segment has no target in XLIFF 2.
    expect(v21).not.toMatch(/<segment id="b1\.0"[^]*?<target[^]*?<\/segment>\s*<\/unit>\s*<unit id="b1\.1"/);
  });

  it('reads other tools: no state means translated when there is a target, inline codes become their text, alt-trans is ignored', () => {
    const v12 = `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="id-ID" target-language="en-US" datatype="plaintext"><body>
      <trans-unit id="1"><source>Harga <g id="1">kopi</g><x id="2"/> naik.</source><target>Coffee <g id="1">prices</g> rose.</target>
        <alt-trans><source>Lain.</source><target>Other.</target></alt-trans></trans-unit>
      <trans-unit id="2"><source>Belum.</source></trans-unit>
      <trans-unit id="3"><source>Perlu dicek.</source><target state="needs-adaptation">Check.</target></trans-unit></body></file></xliff>`;
    expect(readXliff(bytes(v12))).toEqual({
      sourceLang: 'id-ID',
      targetLang: 'en-US',
      original: 'a.txt',
      units: [
        { id: '1', source: 'Harga kopi naik.', target: 'Coffee prices rose.', state: 'translated' },
        { id: '2', source: 'Belum.', target: '', state: 'new' },
        { id: '3', source: 'Perlu dicek.', target: 'Check.', state: 'draft' },
      ],
    });
    const v2 = x2(`<unit id="u1"><originalData><data id="d1">&lt;b&gt;</data></originalData><segment><source>Harga <pc id="1">kopi</pc><ph id="2" dataRef="d1"/>.</source><target>Coffee<cp hex="0001"/> prices.</target></segment><segment id="s2" state="initial"><source>Dua.</source><target>Two.</target></segment></unit>`);
    expect(readXliff(bytes(v2)).units).toEqual([
      { id: 'u1#1', source: 'Harga kopi.', target: 'Coffee\u0001 prices.', state: 'translated' },
      { id: 's2', source: 'Dua.', target: 'Two.', state: 'draft' },
    ]);
  });

  it.each([
    ['not XLIFF', '<tmx version="1.4"><body/></tmx>', 'UNSUPPORTED_FORMAT', /not an XLIFF file/],
    ['a version we do not read', '<xliff version="3.0" xmlns="urn:x"><file/></xliff>', 'UNSUPPORTED_FORMAT', /version "3.0"/],
    ['no file', '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"></xliff>', 'IMPORT_FAILED', /no <file>/],
    ['a duplicate unit id', x2('<unit id="a"><segment><source>x</source></segment></unit><unit id="a"><segment><source>y</source></segment></unit>'), 'IMPORT_FAILED', /used twice/],
    ['a segment without source', x2('<unit id="a"><segment><target>x</target></segment></unit>'), 'IMPORT_FAILED', /without a <source>|has no <source>/],
    ['an unknown state', x2('<unit id="a"><segment state="done"><source>x</source></segment></unit>'), 'IMPORT_FAILED', /not an XLIFF 2 state/],
    ['a target in another language', x2('<unit id="a"><segment><source>x</source><target xml:lang="fr">y</target></segment></unit>'), 'IMPORT_FAILED', /fr where the file says en/],
    ['XXE', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff/>', 'IMPORT_FAILED', /entities/],
    ['deep nesting', x2(`<unit id="a"><segment><source>${'<pc id="p">'.repeat(100)}x${'</pc>'.repeat(100)}</source></segment></unit>`), 'IMPORT_FAILED', /nested more than 64/],
  ])('refuses %s with a clear message', (_what, xml, code, message) => {
    let error: unknown;
    try {
      readXliff(bytes(xml));
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code });
    expect((error as Error).message).toMatch(message);
  });
});
