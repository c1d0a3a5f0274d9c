import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../src-preload/contract/translation.ts';
import { decodeText } from '../services/importers/decodeText.ts';
import { readGlossaryTbx, writeGlossaryTbx } from './glossaryTbx.ts';

const tbx2 = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="id"><martifHeader><fileDesc><sourceDesc><p>uji</p></sourceDesc></fileDesc></martifHeader>
<text><body>${body}</body></text></martif>`;

describe('readGlossaryTbx', () => {
  it('reads TBX 2 entries: tig and ntig, notes, descrips, and deprecated or superseded terms as forbidden', () => {
    const xml = tbx2(`
      <termEntry id="c1">
        <descrip type="subjectField">ekonomi</descrip>
        <langSet xml:lang="id-ID">
          <tig><term>daring</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
          <tig><term>online</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
          <ntig><termGrp><term>on line</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termGrp></ntig>
        </langSet>
        <langSet xml:lang="en-US">
          <ntig><termGrp><term>online</term></termGrp><descripGrp><descrip type="context">Register online.</descrip></descripGrp></ntig>
          <tig><term>on-line</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
        </langSet>
        <transacGrp><transac type="transactionType">origination</transac><transacNote type="responsibility">Editor</transacNote><date>2026-01-01</date></transacGrp>
        <note>Pedoman redaksi &amp; KBBI</note>
      </termEntry>`);
    expect(readGlossaryTbx(xml)).toEqual({
      drafts: [
        {
          termId: 'daring',
          termEn: 'online',
          forbiddenId: ['online', 'on line'],
          forbiddenEn: ['on-line'],
          note: 'subjectField: ekonomi\ncontext: Register online.\nPedoman redaksi & KBBI',
        },
      ],
      otherLanguages: 0,
    });
  });

  it('reads TBX 3 (tbx/conceptEntry/langSec/termSec) and keeps extra synonyms in the note', () => {
    const xml = `<?xml version="1.0"?><tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
      <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
      <text><body>
        <conceptEntry id="k1"><langSec xml:lang="in"><termSec><term>anggaran</term></termSec><termSec><term>bujet</term></termSec></langSec>
        <langSec xml:lang="eng"><termSec><term>budget</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec></conceptEntry>
        <conceptEntry id="k2"><langSec xml:lang="fr"><termSec><term>budget</term></termSec></langSec></conceptEntry>
      </body></text></tbx>`;
    expect(readGlossaryTbx(xml)).toEqual({
      drafts: [{ termId: 'anggaran', termEn: 'budget', forbiddenId: [], forbiddenEn: [], note: 'id: bujet' }],
      otherLanguages: 1,
    });
  });

  it.each([
    ['an entity declaration (billion laughs)', `<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&b;</term></tig></langSet></termEntry></body></text></martif>`, /entities/],
    ['an external entity (XXE)', `<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]><martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&x;</term></tig></langSet></termEntry></body></text></martif>`, /entities/],
    ['an internal DTD subset', `<?xml version="1.0"?><!DOCTYPE martif [<!ELEMENT martif ANY>]><martif/>`, /internal DTD subset/],
    ['deep nesting', tbx2(`${'<note>'.repeat(100_000)}x${'</note>'.repeat(100_000)}`), /nested more than/],
    ['a 20 MB attribute', tbx2(`<termEntry id="${'a'.repeat(20 * 1024 * 1024)}"><langSet xml:lang="en"><tig><term>x</term></tig></langSet></termEntry>`), /attribute longer/],
    ['a huge term', tbx2(`<termEntry><langSet xml:lang="en"><tig><term>${'kata '.repeat(200_000)}</term></tig></langSet></termEntry>`), /text longer/],
    ['an entry with thousands of terms', tbx2(`<termEntry><langSet xml:lang="en">${'<tig><term>t</term></tig>'.repeat(5000)}</langSet></termEntry>`), /more than 200 terms/],
    ['another XML format', '<?xml version="1.0"?><tmx version="1.4"><body/></tmx>', /not TBX/],
    ['no XML at all', 'id,en\nanggaran,budget\n', /not TBX/],
  ])('refuses %s with IMPORT_FAILED', (_what, xml, message) => {
    let error: unknown;
    try {
      readGlossaryTbx(xml);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'IMPORT_FAILED' });
    expect((error as Error).message).toMatch(message);
  });

  it('reads an undeclared entity reference as the text it is, never as a file', () => {
    const xml = tbx2('<termEntry><langSet xml:lang="en"><tig><term>&xxe; &#65;&lt;</term></tig></langSet></termEntry>');
    expect(readGlossaryTbx(xml).drafts[0]!.termEn).toBe('&xxe; A<');
  });

  it('refuses a file cut off mid-way and an element with more than 256 attributes', () => {
    const whole = tbx2('<termEntry><langSet xml:lang="id"><tig><term>anggaran</term></tig></langSet></termEntry>');
    expect(() => readGlossaryTbx(whole.slice(0, whole.indexOf('</langSet>')))).toThrow(/cut off/);
    const attributes = Array.from({ length: 300 }, (_, i) => ` a${i}="x"`).join('');
    expect(() => readGlossaryTbx(tbx2(`<termEntry${attributes}><langSet xml:lang="id"><tig><term>a</term></tig></langSet></termEntry>`))).toThrow(/256 attributes/);
  });

  it('survives an entry closed inside a term (a fuzzing find: it used to throw a TypeError)', () => {
    const read = readGlossaryTbx(tbx2('<termEntry><langSet xml:lang="id"><tig><term><termEntry id="x"/>anggaran</term></tig></langSet></termEntry>'));
    expect(read.drafts).toEqual([]);
  });
});

const entry = (over: Partial<GlossaryTerm>): GlossaryTerm => ({
  id: '8a9b7c6d-1111-4222-8333-444455556666',
  termId: 'anggaran',
  termEn: 'budget',
  forbiddenId: [],
  forbiddenEn: [],
  note: '',
  caseSensitive: false,
  updatedAt: '2026-11-28T00:00:00.000Z',
  updatedBy: '',
  ...over,
});

describe('writeGlossaryTbx', () => {
  const terms = [
    entry({ note: 'APBN & APBD <daerah>', forbiddenId: ['bujet'], forbiddenEn: ['budge"t'] }),
    entry({ id: '8a9b7c6d-1111-4222-8333-444455556667', termId: 'pemangku kepentingan', termEn: '', note: '' }),
  ];

  it('round-trips through the reader', () => {
    expect(readGlossaryTbx(writeGlossaryTbx(terms)).drafts).toEqual([
      { termId: 'anggaran', termEn: 'budget', forbiddenId: ['bujet'], forbiddenEn: ['budge"t'], note: 'APBN & APBD <daerah>' },
      { termId: 'pemangku kepentingan', termEn: '', forbiddenId: [], forbiddenEn: [], note: '' },
    ]);
  });

  it('is valid against the TBX 2 core structure DTD (when xmllint is installed)', (context) => {
    const dtd = join(import.meta.dirname, '../../../shared/testdata/tbx-schemas/TBXcoreStructV02.dtd');
    if (spawnSync('xmllint', ['--version']).status !== 0 || !existsSync(dtd)) {
      context.skip('xmllint or ../shared/testdata/tbx-schemas is not available');
    }
    const dir = mkdtempSync(join(tmpdir(), 'redaksi-tbx-'));
    try {
      const file = join(dir, 'glosarium.tbx');
      writeFileSync(file, writeGlossaryTbx(terms));
      // Throws (non-zero exit) on any validity error.
      execFileSync('xmllint', ['--noout', '--nonet', '--dtdvalid', dtd, file], { stdio: 'pipe' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('third-party TBX samples', () => {
  const testdata = join(import.meta.dirname, '../../../shared/testdata');
  const folders = ['okapi-samples/tbx', 'omegat-samples/tbx'].map((f) => join(testdata, f));

  it('reads every sample file of ../shared/testdata (when present)', (context) => {
    if (!folders.every(existsSync)) context.skip('../shared/testdata TBX samples are not available');
    for (const folder of folders) {
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.tbx'))) {
        const bytes = readFileSync(join(folder, name));
        const declared = /encoding\s*=\s*["']([\w.-]+)["']/.exec(bytes.subarray(0, 200).toString('latin1'))?.[1];
        const read = readGlossaryTbx(decodeText(bytes, { declaredCharset: declared }).text);
        // The samples are English termbases paired with other languages: each has English terms.
        expect(read.drafts.length, name).toBeGreaterThan(0);
        expect(read.drafts.every((d) => d.termEn.length > 0 && d.termId === ''), name).toBe(true);
      }
    }
    const win1254 = readFileSync(join(folders[0]!, 'test02_win1254.tbx'));
    const read = readGlossaryTbx(decodeText(win1254, { declaredCharset: 'windows-1254' }).text);
    expect(read.drafts[0]!.termEn).toContain('İı');
  });
});
