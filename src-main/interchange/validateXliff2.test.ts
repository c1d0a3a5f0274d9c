import { describe, expect, it } from 'vitest';
import { readXliff } from './xliff.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
/** An XLIFF 2.1 document with every module namespace declared; `body` goes inside `<file id="f1">`. */
const doc = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="id" trgLang="en"
  xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0"
  xmlns:fs="urn:oasis:names:tc:xliff:fs:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"
  xmlns:res="urn:oasis:names:tc:xliff:resourcedata:2.0" xmlns:ctr="urn:oasis:names:tc:xliff:changetracking:2.0"
  xmlns:slr="urn:oasis:names:tc:xliff:sizerestriction:2.0" xmlns:val="urn:oasis:names:tc:xliff:validation:2.0"
  xmlns:its="http://www.w3.org/2005/11/its" xmlns:ext="urn:example:redaksi-test">
<file id="f1">${body}</file></xliff>`;
/** One unit "u1" with `inner` (notes, originalData, segments...). */
const unit = (inner: string) => doc(`<unit id="u1">${inner}</unit>`);
/** One segment "s1" with this source and, when given, target. */
const segment = (source: string, target?: string) => unit(`<segment id="s1"><source>${source}</source>${target === undefined ? '' : `<target>${target}</target>`}</segment>`);

/** The message readXliff refuses `xml` with (the test fails if it reads it). */
function refusal(xml: string): string {
  try {
    readXliff(bytes(xml));
  } catch (error) {
    expect((error as { code: string }).code).toBe('IMPORT_FAILED');
    return (error as Error).message;
  }
  throw new Error('the document was read, but it breaks a rule');
}

describe('validateXliff2: documents that follow the rules still read', () => {
  it('reads a document using inline codes, annotations, reordering hints and every module', () => {
    const xml = doc(`
      <skeleton href="artikel.skl"/>
      <ext:catatan id="x1">bebas</ext:catatan>
      <slr:profiles generalProfile="xliff:codepoints"><slr:normalization general="nfc"/></slr:profiles>
      <val:validation><val:rule isPresent="Rp" occurs="1"/></val:validation>
      <unit id="u1" fs:fs="p" slr:sizeRestriction="120">
        <mtc:matches><mtc:match id="m1" ref="#s1" type="tm" similarity="87.5"><source>Harga naik.</source><target>Prices rose.</target></mtc:match></mtc:matches>
        <gls:glossary><gls:glossEntry id="g1" ref="#k1"><gls:term>harga</gls:term><gls:translation id="t1">price</gls:translation></gls:glossEntry></gls:glossary>
        <mda:metadata><mda:metaGroup id="mg1" appliesTo="source"><mda:meta type="bagian">ekonomi</mda:meta></mda:metaGroup></mda:metadata>
        <res:resourceData><res:resourceItem id="r1" context="yes"><res:source href="grafik.png"/></res:resourceItem></res:resourceData>
        <ctr:changeTrack><ctr:revisions appliesTo="note" ref="n1"><ctr:revision><ctr:item property="content">lama</ctr:item></ctr:revision></ctr:revisions></ctr:changeTrack>
        <notes><note id="n1" priority="2">Periksa angka.</note></notes>
        <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data></originalData>
        <segment id="s1" state="translated">
          <source><mrk id="k1" type="term">Harga</mrk> <pc id="1" dataRefStart="d1" dataRefEnd="d2">kopi</pc> <sm id="a1" type="comment" ref="#n=n1"/>naik<em startRef="a1"/> <ph id="2" canReorder="firstNo" canCopy="no" canDelete="no"/><ph id="3" canReorder="no" canCopy="no" canDelete="no"/><sc id="4"/>.</source>
          <target><mrk id="k1" type="term" its:mtConfidence="0.8">Coffee</mrk> <pc id="1" dataRefStart="d1" dataRefEnd="d2">prices</pc> rose <ph id="2" canReorder="firstNo" canCopy="no" canDelete="no"/><ph id="3" canReorder="no" canCopy="no" canDelete="no"/><sc id="4"/>.</target>
        </segment>
        <segment id="s2"><source>Lagi<ec startRef="4"/></source><target>Again<ec startRef="4"/></target></segment>
      </unit>`);
    expect(readXliff(bytes(xml)).units.map((u) => [u.id, u.state, u.target])).toEqual([
      ['s1', 'translated', 'Coffee prices rose .'],
      ['s2', 'translated', 'Again'],
    ]);
  });

  it('leaves XLIFF 1.2 to the 1.2 reader', () => {
    const v12 = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="id" target-language="en" datatype="plaintext"><body>
      <trans-unit id="1" translate="no" ext:x="1" xmlns:ext="urn:example:redaksi-test"><source>Satu.</source><target>One.</target></trans-unit></body></file></xliff>`;
    expect(readXliff(bytes(v12)).units).toEqual([{ id: '1', source: 'Satu.', target: 'One.', state: 'translated' }]);
  });
});

describe('validateXliff2: the core schema', () => {
  it.each([
    ['an attribute an element does not have', unit('<segment id="s1" translate="no"><source>Teks.</source></segment>'), '<segment id="s1"> may not have the attribute translate in unit "u1" of file "f1"'],
    ['a value outside the attribute type', segment('<ph id="1" canCopy="maybe"/>'), '<ph id="1"> has canCopy="maybe", which is not a valid value in unit "u1" of file "f1"'],
    ['children out of order', unit('<segment><source>Teks.</source></segment><notes><note>Catatan.</note></notes>'), '<unit id="u1"> may not contain <segment>, <notes> in that order in file "f1"'],
    ['an extension element where there is no extension point', unit('<segment><source>Teks.</source><ext:lain/></segment>'), '<segment> may not contain <source>, <lain> in that order in unit "u1" of file "f1"'],
    ['an extension attribute on a source', unit('<segment><source ext:warna="merah">Teks.</source></segment>'), '<source> may not have the attribute ext:warna from another namespace in unit "u1" of file "f1"'],
    ['an extension attribute on a code', segment('<ph id="1" ext:warna="merah"/>'), '<ph id="1"> may not have the extension attribute ext:warna: codes take only module attributes in unit "u1" of file "f1"'],
    ['a module attribute on a target', unit('<segment><source>Teks.</source><target its:mtConfidence="0.8">Text.</target></segment>'), '<target> may not have the attribute its:mtConfidence from another namespace in unit "u1" of file "f1"'],
    ['an attribute named like a property every object has', unit('<segment constructor="x"><source>Teks.</source></segment>'), '<segment> may not have the attribute constructor in unit "u1" of file "f1"'],
    ['a prefix that is not declared', segment('<ph id="1" zz:warna="merah"/>'), 'the namespace prefix of "zz:warna" is not declared'],
    ['an unknown element of the XLIFF namespace', unit('<segment><source>Teks.</source></segment><bagian/>'), '<bagian> is not an element of XLIFF 2 in unit "u1" of file "f1"'],
  ])('refuses %s', (_rule, xml, message) => {
    expect(refusal(xml)).toBe(`the XLIFF file is not valid: ${message}`);
  });
});

describe('validateXliff2: core processing requirements', () => {
  it.each([
    ['an empty skeleton without href', doc('<skeleton></skeleton><unit id="u1"><segment><source>Teks.</source></segment></unit>'), 'the <skeleton> of file "f1" is empty and has no href'],
    ['two extension elements with one id in a unit', unit('<ext:a id="x"/><ext:b id="x"/><segment><source>Teks.</source></segment>'), 'the extension id "x" is used twice in unit "u1" of file "f1"'],
    ['a translated segment without a target', unit('<segment id="s1" state="translated"><source>Teks.</source></segment>'), '<segment id="s1"> is translated but has no <target> in unit "u1" of file "f1"'],
    ['source and target with different xml:space', unit('<segment><source xml:space="preserve">Teks.</source><target>Text.</target></segment>'), 'the <source> and <target> of <segment> differ in xml:space in unit "u1" of file "f1"'],
    ['two targets in the same place', unit('<segment><source>Satu.</source><target order="2">One.</target></segment><segment><source>Dua.</source><target>Two.</target></segment>'), 'two targets have order 2 in unit "u1" of file "f1"'],
    ['an inline id used twice in a unit', unit('<segment id="s1"><source>Satu <ph id="s1"/>.</source></segment>'), 'the id "s1" is used twice in unit "u1" of file "f1"'],
    ['a sub-flow that names no unit', segment('<ph id="1" subFlows="u9"/>'), '<ph id="1"> has subFlows "u9", which is no unit of the file in unit "u1" of file "f1"'],
  ])('refuses %s', (_rule, xml, message) => {
    expect(refusal(xml)).toBe(`the XLIFF file is not valid: ${message}`);
  });
});

describe('validateXliff2: inline codes, annotations and editing hints', () => {
  it.each([
    ['a start code that never ends', segment('<sc id="1"/>Tebal.'), '<sc id="1"> in the source has no <ec> after it (and is not isolated) in unit "u1" of file "f1"'],
    ['an end code before its start', unit('<segment><source><ec startRef="1"/>Satu.</source></segment><segment><source><sc id="1"/>Dua.</source></segment>'), '<ec startRef="1"> has no <sc id="1"> before it in unit "u1" of file "f1"'],
    ['an isolated start code whose end is in the unit', segment('<sc id="1" isolated="yes"/>Tebal.<ec startRef="1"/>'), '<sc id="1"> is isolated but its <ec> is in the same unit in unit "u1" of file "f1"'],
    ['start and end codes with different hints', segment('<sc id="1" canDelete="no"/>Tebal.<ec startRef="1"/>'), '<sc id="1"> and its <ec> differ in canDelete in unit "u1" of file "f1"'],
    ['a start marker without its end', segment('<sm id="m1" translate="no"/>Nama.'), '<sm id="m1"> has no <em> after it in unit "u1" of file "f1"'],
    ['subType xlf:var with a formatting type', segment('<ph id="1" type="fmt" subType="xlf:var"/>'), '<ph id="1"> has subType "xlf:var", which needs type="ui" in unit "u1" of file "f1"'],
    ['a copy of a code that may not be copied', segment('<ph id="1" canCopy="no"/><ph id="2" copyOf="1"/>'), '<ph id="2"> copies <ph id="1">, which has canCopy="no" in unit "u1" of file "f1"'],
    ['a code that cannot move but can be deleted', segment('<ph id="1" canReorder="firstNo" canCopy="no"/>'), '<ph id="1"> has canReorder="firstNo" so it needs canDelete="no" and canCopy="no" in unit "u1" of file "f1"'],
    ['canReorder="no" with no firstNo before it', segment('<ph id="1" canReorder="no" canCopy="no" canDelete="no"/>'), '<ph id="1"> in the source has canReorder="no" but no code with canReorder="firstNo" comes before it in unit "u1" of file "f1"'],
    [
      'a fixed code that moved in the target',
      segment('<pc id="1" canReorder="firstNo" canCopy="no" canDelete="no">Harga <ph id="2" canReorder="no" canCopy="no" canDelete="no"/></pc>', '<pc id="1" canReorder="firstNo" canCopy="no" canDelete="no">Price</pc><ph id="2" canReorder="no" canCopy="no" canDelete="no"/>'),
      '<ph id="2"> has canReorder="no" but moved in the target in unit "u1" of file "f1"',
    ],
    ['a code that may not be deleted, missing from the target', segment('Satu<ph id="1" canDelete="no"/>.', 'One.'), '<ph id="1"> has canDelete="no" but is missing from the target in unit "u1" of file "f1"'],
    ['a comment with both a value and a ref', segment('<mrk id="m1" type="comment" value="cek" ref="#n=n1">Teks</mrk>'), 'the comment <mrk id="m1"> must have either a value or a ref, not both in unit "u1" of file "f1"'],
    [
      'a comment pointing to a note of the file, not of its unit',
      doc('<notes><note id="n1">Catatan berkas.</note></notes><unit id="u1"><notes><note id="n1">Catatan unit.</note></notes><segment><source><mrk id="m1" type="comment" ref="#f=f1/n=n1">Teks</mrk></source></segment></unit>'),
      'the comment <mrk id="m1"> has ref="#f=f1/n=n1", which is no note of its unit in unit "u1" of file "f1"',
    ],
  ])('refuses %s', (_rule, xml, message) => {
    expect(refusal(xml)).toBe(`the XLIFF file is not valid: ${message}`);
  });
});

describe('validateXliff2: fragment identifiers', () => {
  it.each([
    ['#/u=u1/f=f1/k1', 'has its parts out of order (file, group, unit, then the item)'],
    ['#/f=f1/u=u1/u=u1/k1', 'repeats the prefix "u"'],
    ['#a/b', 'has more than one leaf, or one that is not last'],
    ['#/f=f1/u=u1/q=k1', 'has the prefix "q", which is not an XLIFF core prefix'],
    ['#/f=f1/u=u1/kita=k1', 'has the prefix "kita", which is not registered'],
  ])('refuses ref="%s"', (ref, why) => {
    expect(refusal(segment(`<mrk id="k1" type="ext:tag" ref="${ref}">Teks</mrk>`))).toBe(`the XLIFF file is not valid: <mrk id="k1"> has ref="${ref}", which ${why} in unit "u1" of file "f1"`);
  });
});

describe('validateXliff2: modules (§5)', () => {
  const plain = '<segment id="s1"><source>Harga naik.</source><target>Prices rose.</target></segment>';
  it.each([
    ['mtc: a match pointing outside its unit', unit(`<mtc:matches><mtc:match ref="#u1"><source>Naik.</source><target>Rose.</target></mtc:match></mtc:matches>${plain}`), '<mtc:match> has ref="#u1", which points to no span of its unit in unit "u1" of file "f1"'],
    ['mtc: a match with xml:lang', unit(`<mtc:matches><mtc:match ref="#s1" xml:lang="en"><source>Naik.</source><target>Rose.</target></mtc:match></mtc:matches>${plain}`), '<mtc:match> may not have xml:lang in unit "u1" of file "f1"'],
    ['gls: an entry with neither translation nor definition', unit(`<gls:glossary><gls:glossEntry id="g1"><gls:term>harga</gls:term></gls:glossEntry></gls:glossary>${plain}`), '<gls:glossEntry id="g1"> has neither a <gls:translation> nor a <gls:definition> in unit "u1" of file "f1"'],
    ['fs: subFs without fs', doc(`<unit id="u1" fs:subFs="x">${plain}</unit>`), '<unit id="u1"> has fs:subFs without fs:fs in file "f1"'],
    ['fs: a value that is no HTML element', doc(`<unit id="u1" fs:fs="paragraf">${plain}</unit>`), '<unit id="u1"> has fs:fs="paragraf", which is not a valid value in file "f1"'],
    ['mda: a meta without type', doc(`<mda:metadata><mda:metaGroup><mda:meta>ekonomi</mda:meta></mda:metaGroup></mda:metadata><unit id="u1">${plain}</unit>`), '<mda:meta> has no type attribute in file "f1"'],
    ['mda: two metaGroups with one id', doc(`<mda:metadata><mda:metaGroup id="a"><mda:meta type="t">1</mda:meta></mda:metaGroup><mda:metaGroup id="a"><mda:meta type="t">2</mda:meta></mda:metaGroup></mda:metadata><unit id="u1">${plain}</unit>`), 'the id "a" is used twice in <mda:metadata> in file "f1"'],
    ['res: a resource with both content and href', unit(`<res:resourceData><res:resourceItem id="r1"><res:source href="a.png"><ext:gambar/></res:source></res:resourceItem></res:resourceData>${plain}`), '<res:source> of <res:resourceItem id="r1"> must have content or an href, not both in unit "u1" of file "f1"'],
    ['ctr: revisions of an element that does not exist', unit(`<ctr:changeTrack><ctr:revisions appliesTo="note" ref="n9"><ctr:revision><ctr:item property="content">lama</ctr:item></ctr:revision></ctr:revisions></ctr:changeTrack>${plain}`), '<ctr:revisions> has ref="n9", which is no element of its unit in unit "u1" of file "f1"'],
    ['slr: a size restriction that is no pattern', doc(`<unit id="u1" slr:sizeRestriction="sepuluh">${plain}</unit>`), '<unit id="u1"> has slr:sizeRestriction="sepuluh", which is not a valid value in file "f1"'],
    ['slr: a sizeInfoRef to no slr:data', doc(`<unit id="u1" slr:sizeInfoRef="z1">${plain}</unit>`), '<unit id="u1"> has slr:sizeInfoRef="z1", which is in no <slr:data> beside it or its parents in file "f1"'],
    ['val: a rule with two tests', doc(`<val:validation><val:rule isPresent="Rp" startsWith="Rp"/></val:validation><unit id="u1">${plain}</unit>`), 'a <val:rule> has isPresent and startsWith: only one test is allowed in file "f1"'],
    ['its: a confidence above 1', doc(`<unit id="u1"><segment><source>Harga <mrk id="k1" its:mtConfidence="1.5">naik</mrk>.</source></segment></unit>`), '<mrk id="k1"> has its:mtConfidence="1.5", which is not a valid value in unit "u1" of file "f1"'],
  ])('refuses %s', (_rule, xml, message) => {
    expect(refusal(xml)).toBe(`the XLIFF file is not valid: ${message}`);
  });
});
