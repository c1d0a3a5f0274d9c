/**
 * RELIABILITY.md S6, generated inputs, part 1: XLIFF 1.2/2.1, TMX, TBX, CSV, HTML, Markdown, plain
 * text and the MT model zip checks, REDAKSI_FUZZ_RUNS (default 10,000) inputs each — mutations of
 * valid files and pure noise (./attacks/mutateBytes.ts) — 0 crashes, every refusal typed.
 * DOCX and PDF: importFuzzDocuments.test.ts; model .tar.gz: importFuzzModelArchives.test.ts.
 *
 * What runs where: the parsers run in-process here at the full count — the same functions the
 * workers call (interchangeWorker.ts, importWorker.ts, tmxParseWorker.ts) — because a worker start
 * costs ~0.5 s here. A smaller sample (REDAKSI_FUZZ_BRIDGE_RUNS refused inputs per importer,
 * default 3) then goes through the bridge and the workers, checking that a refused input leaves
 * the database unchanged; importAttacks.test.ts does the same for the fixed attack corpus.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '../../../src-preload/contract/errors.ts';
import type { Job, Memory } from '../../../src-preload/contract/translation.ts';
import { createBackend, type Backend } from '../../createBackend.ts';
import { writeGlossaryCsv } from '../../glossary/glossaryCsv.ts';
import { writeGlossaryTbx } from '../../glossary/glossaryTbx.ts';
import { readGlossaryFile } from '../../glossary/readGlossaryFile.ts';
import { parseXml } from '../../interchange/parseXml.ts';
import { TmxReader } from '../../interchange/tmxReader.ts';
import { readXliff, writeXliff } from '../../interchange/xliff.ts';
import { modelFileSizeLimits } from '../../mt/models/modelFiles.ts';
import { defaultModelImportLimits } from '../../mt/models/modelStore.ts';
import { fuzzImporter, fuzzSeed, fuzzTimeoutMs, printFuzzTally } from './attacks/fuzzImporter.ts';
import { mutatedBytes } from './attacks/mutateBytes.ts';
import { docxSeed, handMadePdf, htmlSeed, markdownSeed, modelZipSeed, terms, textSeed, tmxSeed, xliffDoc } from './attacks/seedFiles.ts';
import { importHtml } from './importHtml.ts';
import { importMarkdown } from './importMarkdown.ts';
import { importText } from './importText.ts';
import { inspectZip } from './inspectZip.ts';
import { verifyZipContents } from './verifyZipContents.ts';

/** Read here too (not only in fuzzImporter.ts): scripts/soak.ts finds the files to scale by this text. */
const fuzzRuns = Number(process.env.REDAKSI_FUZZ_RUNS ?? 10_000);
const bridgeRuns = Number(process.env.REDAKSI_FUZZ_BRIDGE_RUNS ?? 3);
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/** The caps ModelStore.importZip applies before it inflates anything. */
const modelZipLimits = {
  maxZipEntries: defaultModelImportLimits.maxEntries,
  maxZipUncompressedBytes: defaultModelImportLimits.maxUnpackedBytes,
  maxZipEntryBytes: modelFileSizeLimits.model.max,
  maxZipCompressionRatio: defaultModelImportLimits.maxCompressionRatio,
  ratioCheckAboveBytes: defaultModelImportLimits.ratioCheckAboveBytes,
};

afterAll(() => printFuzzTally('importer fuzzing (interchange, text, model zip)'));

describe(`importers in-process: ${fuzzRuns} generated inputs each, 0 crashes, every refusal typed`, () => {
  const timeout = fuzzTimeoutMs;
  it('XLIFF 1.2', { timeout }, () => fuzzImporter('XLIFF 1.2', mutatedBytes([utf8(writeXliff(xliffDoc, '1.2'))]), readXliff));
  it('XLIFF 2.1', { timeout }, () => fuzzImporter('XLIFF 2.1', mutatedBytes([utf8(writeXliff(xliffDoc, '2.1'))]), readXliff));
  it('TMX', { timeout }, () =>
    fuzzImporter('TMX', mutatedBytes([utf8(tmxSeed)]), (bytes) => {
      parseXml(bytes, new TmxReader({ sourceLang: 'id', targetLang: 'en', onUnit: () => undefined }));
    }));
  it('TBX', { timeout }, () => fuzzImporter('TBX', mutatedBytes([utf8(writeGlossaryTbx(terms))]), (bytes) => readGlossaryFile('istilah.tbx', bytes)));
  it('CSV', { timeout }, () => fuzzImporter('CSV', mutatedBytes([utf8(writeGlossaryCsv(terms))]), (bytes) => readGlossaryFile('istilah.csv', bytes)));
  it('HTML', { timeout }, () => fuzzImporter('HTML', mutatedBytes([utf8(htmlSeed)]), importHtml));
  it('Markdown', { timeout }, () => fuzzImporter('Markdown', mutatedBytes([utf8(markdownSeed)]), importMarkdown));
  it('plain text', { timeout }, () => fuzzImporter('plain text', mutatedBytes([utf8(textSeed)]), importText));
  it('MT model .zip (the archive checks run before anything is inflated into the store)', { timeout }, () =>
    fuzzImporter('MT model zip', mutatedBytes([modelZipSeed]), (bytes) => {
      verifyZipContents(bytes, inspectZip(bytes, modelZipLimits));
    }));
});

describe(`importers through the bridge and their workers: ${bridgeRuns} refused inputs each leave the database unchanged`, () => {
  let dir: string;
  let backend: Backend;
  let memoryId: string;
  let translationId: string;

  async function call<T>(method: Parameters<Backend['dispatch']>[0], input: unknown): Promise<T> {
    const r = await backend.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
    return r.value as T;
  }

  /** Every table's rows, hashed. */
  function databaseHash(): string {
    const hash = createHash('sha256');
    const tables = backend.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
    for (const { name } of tables) {
      hash.update(name);
      for (const row of backend.db.prepare(`SELECT * FROM "${name}"`).iterate()) hash.update(JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v)));
    }
    return hash.digest('hex');
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'redaksi-fuzz-bridge-'));
    backend = createBackend({ dataDir: dir, systemLocale: 'id-ID', appVersion: '0.0.0-test' });
    memoryId = (await call<Memory>('createMemory', { name: 'Memori', sourceLang: 'id', targetLang: 'en' })).id;
    const a = await call<{ id: string; version: number }>('createArticle', { lang: 'id', title: 'Sumber' });
    translationId = (await call<{ target: { articleId: string } }>('createTranslation', { sourceArticleId: a.id, targetLang: 'en' })).target.articleId;
  });
  afterAll(() => {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
  type Outcome = { ok: boolean; error?: { code: string } };
  const bridgeCases: [string, Uint8Array, (bytes: Uint8Array) => Promise<Outcome>][] = [
    ['article .docx', docxSeed, (bytes) => backend.dispatch('importArticle', { name: 'a.docx', lang: 'id', dataBase64: b64(bytes) })],
    ['source .pdf', handMadePdf(), (bytes) => backend.dispatch('importSource', { name: 'a.pdf', dataBase64: b64(bytes) })],
    ['XLIFF 2.1', utf8(writeXliff(xliffDoc, '2.1')), (bytes) => backend.dispatch('importXliff', { articleId: translationId, file: { name: 'a.xlf', dataBase64: b64(bytes) } })],
    ['TBX', utf8(writeGlossaryTbx(terms)), (bytes) => backend.dispatch('importGlossary', { file: { name: 'a.tbx', dataBase64: b64(bytes) } })],
    [
      'TMX',
      utf8(tmxSeed),
      async (bytes) => {
        const r = await backend.dispatch('startTmxImport', { memoryId, file: { name: 'a.tmx', dataBase64: b64(bytes) } });
        if (!r.ok) return r;
        for (;;) {
          const job = await call<Job>('getJob', { id: (r.value as Job).id });
          if (job.state !== 'running') return job.error ? { ok: false, error: job.error } : { ok: true };
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      },
    ],
    ['MT model .zip', modelZipSeed, (bytes) => backend.dispatch('importMtModel', { files: [{ name: 'm.zip', dataBase64: b64(bytes) }] })],
  ];

  for (const [name, seedFile, run] of bridgeCases) {
    it(name, { timeout: 30_000 + bridgeRuns * 25_000 }, async () => {
      // Mutations that break the file are the point: a refused import is what must change nothing.
      const inputs = fc.sample(mutatedBytes([seedFile]), { numRuns: bridgeRuns * 4, seed: fuzzSeed });
      let refused = 0;
      for (const bytes of inputs) {
        if (refused >= bridgeRuns) break;
        // A mutation that still imported scheduled the search index's catch-up (a timer): let it land
        // now, or its write would be counted against the next, refused input. A search catches up first.
        backend.services.search.query({ query: 'sumber' });
        const before = databaseHash();
        const result = await run(bytes);
        if (result.ok) continue;
        refused++;
        expect(errorCodes).toContain(result.error!.code);
        expect(result.error!.code).not.toBe('INTERNAL');
        expect(databaseHash()).toBe(before);
      }
      expect(refused).toBeGreaterThan(0);
    });
  }
});
