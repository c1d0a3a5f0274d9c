/**
 * Interop: our TMX and XLIFF output is valid against the official schemas, checked by xmllint
 * (SETUP.md, xmllint row) with the offline catalog in ../shared/testdata, never the network.
 * XLIFF 1.2 against the strict XSD, XLIFF 2.1 against the core XSD (2.1 keeps the 2.0
 * namespace), TMX against the TMX 1.4 DTD and XSD. Skips with a one-line reason where xmllint or
 * ../shared/testdata is absent (a user's fresh clone); .ci/run installs xmllint.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeXliff, type XliffDocument } from '../src-main/interchange/xliff.ts';
import { writeTmx } from '../src-main/interchange/tmxWriter.ts';

const xmllint = ['/usr/bin/xmllint', '/usr/local/bin/xmllint'].find((p) => existsSync(p));
const testdata = resolve(import.meta.dirname, '../../shared/testdata');
const hasTestdata = existsSync(join(testdata, 'xml-catalog.xml'));
const ready = !!xmllint && hasTestdata;

const dir = mkdtempSync(join(tmpdir(), 'redaksi-xmllint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs xmllint on `content` with the given schema arguments; returns its exit code and messages. */
function lint(name: string, content: string, args: string[]): { status: number | null; output: string } {
  const file = join(dir, name);
  writeFileSync(file, content);
  const r = spawnSync(xmllint!, ['--noout', '--nonet', ...args, file], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, XML_CATALOG_FILES: join(testdata, 'xml-catalog.xml') },
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

// Written for this test: every status, empty and untranslated targets, characters to escape.
const doc: XliffDocument = {
  sourceLang: 'id',
  targetLang: 'en',
  original: 'Harga "cabai" & <bawang>',
  units: [
    { id: 'b0.0', source: 'Harga cabai naik 12 persen.', target: 'Chili prices rose 12 percent.', state: 'translated' },
    { id: 'b1.0', source: 'Pasokan & "stok" <aman>.', target: '', state: 'new' },
    { id: 'b1.1', source: 'Draf kalimat.', target: 'Draft sentence.', state: 'draft' },
    { id: 'b2.0', source: 'Sudah ditinjau.', target: 'Reviewed.', state: 'reviewed' },
    { id: 'b3.0', source: '  Spasi  ganda. ', target: '  Double  spaces. ', state: 'approved' },
  ],
};

describe('xmllint validates our interchange files', () => {
  if (!xmllint) console.log('interop: xmllint is not installed; apt-get install libxml2-utils to run this check');
  else if (!hasTestdata) console.log(`interop: ${testdata} is absent; the schema checks need its schemas`);

  it.skipIf(!ready)('XLIFF 1.2 is valid against the strict schema', () => {
    const r = lint('doc-1.2.xlf', writeXliff(doc, '1.2'), ['--schema', join(testdata, 'xliff-1.2-schemas/xliff-core-1.2-strict.xsd')]);
    expect(r.output).toContain('validates');
    expect(r.status).toBe(0);
  });

  it.skipIf(!ready)('XLIFF 2.1 is valid against the core schema', () => {
    const r = lint('doc-2.1.xlf', writeXliff(doc, '2.1'), ['--schema', join(testdata, 'oasis-xliff-tc/xliff-21/schemas/xliff_core_2.0.xsd')]);
    expect(r.output).toContain('validates');
    expect(r.status).toBe(0);
  });

  it.skipIf(!ready)('TMX is valid against the TMX 1.4 DTD and XSD', () => {
    const tmx = writeTmx({ sourceLang: 'id', targetLang: 'en', creationTool: 'Redaksi', creationToolVersion: '0.0.0', now: new Date('2025-02-05T08:30:00Z') }, [
      { source: 'Harga "cabai" & <bawang> naik.', target: 'Prices of "chili" & <shallots> rose.', author: 'Desk Jakarta', createdAt: '2025-02-05T08:30:00.000Z', updatedAt: '2025-02-06T10:00:00.000Z' },
      { source: 'Tanpa penulis.', target: 'No author.', author: '', createdAt: '2025-02-05T08:30:00.000Z', updatedAt: '2025-02-05T08:30:00.000Z' },
    ]);
    const dtd = lint('memory-dtd.tmx', tmx, ['--dtdvalid', join(testdata, 'omegat-samples/schemas/tmx14.dtd')]);
    expect(dtd.output).toBe('');
    expect(dtd.status).toBe(0);
    const xsd = lint('memory-xsd.tmx', tmx, ['--schema', join(testdata, 'omegat-samples/schemas/tmx14.xsd')]);
    expect(xsd.output).toContain('validates');
    expect(xsd.status).toBe(0);
  });
});
