/**
 * RELIABILITY.md S6, fixed attack corpus: every importer, fed every attack that fits its format
 * through the bridge (as the renderer would), ends in a typed error whose code the locales
 * translate, within a time bound, and leaves the database byte-for-byte as it was (a hash of every
 * table's rows before and after). The generators are in ./attacks/.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../../resources/locales/en/common.json' with { type: 'json' };
import id from '../../../resources/locales/id/common.json' with { type: 'json' };
import { errorCodes, type Result } from '../../../src-preload/contract/errors.ts';
import type { Job, Memory } from '../../../src-preload/contract/translation.ts';
import { createBackend, type Backend } from '../../createBackend.ts';
import { readGlossaryFileInWorker, readXliffInWorker } from '../../interchange/runInterchangeWorker.ts';
import { binaryAsText, invalidUtf8, oversizedCsv, truncatedPdf, utf16WithoutBom } from './attacks/byteAttacks.ts';
import {
  docxWithDocument,
  lyingSizeZip,
  manyEntriesZip,
  tarGzBomb,
  traversalNames,
  traversalTarGz,
  traversalZip,
  truncatedTarGz,
  truncatedZip,
  zipBomb,
} from './attacks/archiveAttacks.ts';
import {
  billionLaughs,
  deepNesting,
  doctypeInside,
  externalEntity,
  hugeAttribute,
  manyAttributes,
  parameterEntity,
  truncatedXml,
  type XmlFormat,
  xmlShapes,
} from './attacks/xmlAttacks.ts';

interface Attack {
  name: string;
  bytes: () => Uint8Array;
}

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** The XML attacks in one format's frame. */
function xmlAttacks(format: XmlFormat, wrap: (xml: string) => Uint8Array = utf8): Attack[] {
  const shape = xmlShapes[format];
  return [
    { name: 'billion laughs', bytes: () => wrap(billionLaughs(shape)) },
    { name: 'external entity (XXE)', bytes: () => wrap(externalEntity(shape)) },
    { name: 'parameter entity', bytes: () => wrap(parameterEntity(shape)) },
    { name: 'DOCTYPE inside the document', bytes: () => wrap(doctypeInside(shape)) },
    { name: '10,000-deep nesting', bytes: () => wrap(deepNesting(shape)) },
    { name: '20 MB attribute', bytes: () => wrap(hugeAttribute(shape)) },
    { name: '5,000 attributes', bytes: () => wrap(manyAttributes(shape)) },
    { name: 'truncated', bytes: () => wrap(truncatedXml(shape)) },
  ];
}

/** Encodings a text importer must not take for text. */
const encodingAttacks = (sample: string): Attack[] => [
  { name: 'invalid UTF-8 after an XML-less start', bytes: () => new Uint8Array([...binaryAsText(16), ...invalidUtf8()]) },
  { name: 'binary with a text extension', bytes: () => binaryAsText() },
  { name: 'UTF-16 without BOM', bytes: () => utf16WithoutBom(sample) },
];

const zipAttacks = (): Attack[] => [
  { name: 'zip bomb (300 MB of zeros, ratio ~1000)', bytes: () => zipBomb(300) },
  { name: 'zip entry with a lying size', bytes: () => lyingSizeZip() },
  { name: 'zip with 20,000 entries', bytes: () => manyEntriesZip(20_000) },
  ...traversalNames.map((name) => ({ name: `zip path traversal ${name}`, bytes: () => traversalZip(name) })),
  { name: 'truncated zip', bytes: () => truncatedZip() },
];

const tarAttacks = (): Attack[] => [
  { name: 'gzip bomb (24 MB of zeros)', bytes: () => tarGzBomb(24) },
  ...traversalNames.map((name) => ({ name: `tar path traversal ${name}`, bytes: () => traversalTarGz(name) })),
  { name: 'truncated tar.gz', bytes: () => truncatedTarGz() },
];

let dir: string;
let backend: Backend;
let memoryId: string;
let translationId: string;

async function call<T>(method: Parameters<Backend['dispatch']>[0], input: unknown): Promise<T> {
  const r = await backend.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

/** A job's failure as a bridge result (TMX import runs as a job). */
async function jobResult(job: Job): Promise<Result<unknown>> {
  for (;;) {
    const now = await call<Job>('getJob', { id: job.id });
    if (now.state !== 'running') {
      return now.state === 'failed' && now.error ? { ok: false, error: now.error as Extract<Result<unknown>, { ok: false }>['error'] } : { ok: true, value: now };
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

interface Importer {
  name: string;
  /** The file name the attack travels under. */
  file: string;
  run(name: string, bytes: Uint8Array): Promise<Result<unknown>>;
  attacks: Attack[];
}

const article = (file: string, attacks: Attack[]): Importer => ({
  name: `article import (${file})`,
  file,
  run: (name, bytes) => backend.dispatch('importArticle', { name, lang: 'id', dataBase64: b64(bytes) }),
  attacks,
});
const source = (file: string, attacks: Attack[]): Importer => ({
  name: `source import (${file})`,
  file,
  run: (name, bytes) => backend.dispatch('importSource', { name, dataBase64: b64(bytes) }),
  attacks,
});
const glossary = (file: string, attacks: Attack[]): Importer => ({
  name: `glossary import (${file})`,
  file,
  run: (name, bytes) => backend.dispatch('importGlossary', { file: { name, dataBase64: b64(bytes) } }),
  attacks,
});
const xliff = (file: string, attacks: Attack[]): Importer => ({
  name: `XLIFF import (${file})`,
  file,
  run: (name, bytes) => backend.dispatch('importXliff', { articleId: translationId, file: { name, dataBase64: b64(bytes) } }),
  attacks,
});
const model = (file: string, attacks: Attack[]): Importer => ({
  name: `MT model import (${file})`,
  file,
  run: (name, bytes) => backend.dispatch('importMtModel', { files: [{ name, dataBase64: b64(bytes) }] }),
  attacks,
});

const docxXml = (format: XmlFormat) => xmlAttacks(format, (xml) => docxWithDocument(xml));
const htmlDeep: Attack[] = [
  { name: '10,000-deep nesting', bytes: () => utf8(`<html><body>${'<div>'.repeat(10_000)}x${'</div>'.repeat(10_000)}</body></html>`) },
];

const importers: Importer[] = [
  article('serangan.docx', [...docxXml('docx'), ...zipAttacks(), { name: 'binary', bytes: () => binaryAsText() }]),
  article('serangan.html', [...encodingAttacks('<p>Berita</p>').filter((a) => !a.name.startsWith('UTF-16')), ...htmlDeep]),
  article('serangan.md', encodingAttacks('# Berita').filter((a) => !a.name.startsWith('UTF-16'))),
  article('serangan.txt', encodingAttacks('Berita').filter((a) => !a.name.startsWith('UTF-16'))),
  source('serangan.docx', [...docxXml('docx'), ...zipAttacks()]),
  source('serangan.html', encodingAttacks('<p>Berita</p>').filter((a) => !a.name.startsWith('UTF-16'))),
  source('serangan.md', encodingAttacks('# Berita').filter((a) => !a.name.startsWith('UTF-16'))),
  source('serangan.txt', encodingAttacks('Berita').filter((a) => !a.name.startsWith('UTF-16'))),
  source('serangan.pdf', [
    { name: 'truncated PDF', bytes: () => truncatedPdf() },
    { name: 'binary noise named .pdf', bytes: () => binaryAsText() },
    { name: 'zip bomb named .pdf', bytes: () => zipBomb(300) },
  ]),
  {
    name: 'TMX import',
    file: 'serangan.tmx',
    run: async (name, bytes) => {
      const r = await backend.dispatch('startTmxImport', { memoryId, file: { name, dataBase64: b64(bytes) } });
      return r.ok ? jobResult(r.value as Job) : r;
    },
    attacks: [...xmlAttacks('tmx'), ...encodingAttacks('<tmx/>')],
  },
  xliff('serangan-12.xlf', [...xmlAttacks('xliff12'), ...encodingAttacks('<xliff/>')]),
  xliff('serangan-21.xlf', [...xmlAttacks('xliff21'), ...encodingAttacks('<xliff/>')]),
  glossary('serangan.tbx', [...xmlAttacks('tbx'), ...encodingAttacks('<martif/>')]),
  glossary('serangan.csv', [
    ...encodingAttacks('id,en\nanggaran,budget').filter((a) => !a.name.startsWith('UTF-16')),
    { name: 'CSV over the 50 MB cap', bytes: () => oversizedCsv(51) },
  ]),
  model('serangan.zip', zipAttacks()),
  model('serangan.tar.gz', tarAttacks()),
];

/** Every table's rows, hashed: a refused import must leave all of them as they were. */
function databaseHash(): string {
  const hash = createHash('sha256');
  const tables = backend.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  for (const { name } of tables) {
    hash.update(name);
    for (const row of backend.db.prepare(`SELECT * FROM "${name}"`).iterate()) hash.update(JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v)));
  }
  return hash.digest('hex');
}

/** What each case measured, printed once at the end for the report. */
const measured: { importer: string; attack: string; code: string; ms: number }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'redaksi-attacks-'));
  backend = createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test' });
  memoryId = (await call<Memory>('createMemory', { name: 'Memori', sourceLang: 'id', targetLang: 'en' })).id;
  const a = await call<{ id: string; version: number }>('createArticle', { lang: 'id', title: 'Sumber' });
  await call('saveArticle', { id: a.id, title: 'Sumber', doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Satu kalimat.' }] }] }, baseVersion: a.version });
  translationId = (await call<{ target: { articleId: string } }>('createTranslation', { sourceArticleId: a.id, targetLang: 'en' })).target.articleId;
  // Search indexing runs after saves; let it finish so the hash only sees what imports do.
  await call('searchArticles', { query: 'kalimat' }).catch(() => undefined);
});

afterAll(() => {
  backend.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(`attack corpus: ${measured.length} files refused; slowest ${Math.round(Math.max(...measured.map((m) => m.ms)))} ms`);
  console.table(measured.map((m) => ({ ...m, ms: Math.round(m.ms) })));
});

/** Worst case per attack: the import worker's 20 s deadline plus start-up on a busy 2-core machine. */
const boundMs = 25_000;

describe('attack corpus: every importer refuses every attack with a translated error and changes nothing', () => {
  for (const importer of importers) {
    describe(importer.name, () => {
      for (const attack of importer.attacks) {
        it(`refuses ${attack.name}`, { timeout: boundMs + 15_000 }, async () => {
          const bytes = attack.bytes();
          const before = databaseHash();
          const started = performance.now();
          const result = await importer.run(importer.file, bytes);
          const ms = performance.now() - started;
          expect(result.ok, `${importer.name} accepted ${attack.name}`).toBe(false);
          const { code, message } = (result as Extract<Result<unknown>, { ok: false }>).error;
          expect(errorCodes).toContain(code);
          // The renderer shows errors.<CODE>: both languages must have it.
          expect((en.errors as Record<string, unknown>)[code], `en errors.${code}`).toEqual(expect.any(String));
          expect((id.errors as Record<string, unknown>)[code], `id errors.${code}`).toEqual(expect.any(String));
          expect(code).not.toBe('INTERNAL');
          expect(message).not.toMatch(/^\s*$/);
          expect(ms).toBeLessThan(boundMs);
          expect(databaseHash()).toBe(before);
          measured.push({ importer: importer.name, attack: attack.name, code, ms });
        });
      }
    });
  }
});

describe('interchange worker limits', () => {
  it('a 20 MB attribute is refused fast, before the document is built', async () => {
    const started = performance.now();
    await expect(readXliffInWorker(utf8(hugeAttribute(xmlShapes.xliff21)))).rejects.toMatchObject({ code: 'IMPORT_FAILED' });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('stops a read that passes its deadline with a typed error', async () => {
    // 40 MB of units takes seconds to read: with a 1 ms budget the worker must be stopped.
    const units = '<unit id="u"><segment><source>x</source></segment></unit>';
    const big = `<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="id"><file id="f">${units.replace('id="u"', 'id="u0"')}</file></xliff>`;
    await expect(readXliffInWorker(utf8(big), { timeoutMs: 1, heapMb: 64 })).rejects.toMatchObject({ code: 'IMPORT_FAILED', message: expect.stringMatching(/longer than/) });
  });

  it('refuses a glossary over 50 MB before parsing it', async () => {
    await expect(readGlossaryFileInWorker('besar.csv', oversizedCsv(51))).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  });
});
