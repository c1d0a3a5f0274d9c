import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import { AppError } from '../../services/appError.ts';
import { manifestFileName, type ModelManifest } from '../models/modelManifest.ts';
import type { MtRequest, MtRunContext } from '../mtEngine.ts';
import { modelFolderFor, writeModelFolder, type ModelFileBytes } from '../testing/bergamotModelFolder.ts';
import { BergamotEngine, bergamotPackageFile, loadBergamotRuntime } from './bergamotEngine.ts';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'redaksi-bergamot-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Bytes that are no model, vocabulary or shortlist at all (deterministic, so failures repeat). */
function garbage(name: string, size: number, seed: number): ModelFileBytes {
  const bytes = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return { name, bytes };
}

function garbageModel(gzip = false): { model: ModelFileBytes; lex: ModelFileBytes; vocabs: ModelFileBytes[] } {
  const files = [garbage('model.iden.intgemm.alphas.bin', 64_000, 1), garbage('lex.50.50.iden.s2t.bin', 8_000, 2), garbage('vocab.iden.spm', 16_000, 3)];
  const [model, lex, vocab] = gzip ? files.map((f) => ({ name: `${f.name}.gz`, bytes: new Uint8Array(gzipSync(f.bytes)) })) : files;
  return { model: model!, lex: lex!, vocabs: [vocab!] };
}

const request: MtRequest = { from: 'id', to: 'en', segments: ['Harga beras naik lagi minggu ini.'], markup: false, glossary: [] };

function context(signal = new AbortController().signal): MtRunContext & { progress: number[] } {
  const progress: number[] = [];
  return { signal, progress, onProgress: (done) => progress.push(done) };
}

async function codeOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return { code: (error as AppError).code, message: (error as AppError).message };
}

describe('BergamotEngine', () => {
  it('finds the WASM and the glue in the installed package', () => {
    expect(bergamotPackageFile('bergamot-translator-worker.wasm')).toMatch(/@browsermt[\\/]bergamot-translator[\\/]worker[\\/]bergamot-translator-worker\.wasm$/);
  });

  it('loads the WASM runtime and constructs the BlockingService', { timeout: 60_000 }, async () => {
    const stats = await loadBergamotRuntime();
    expect(stats.serviceReady).toBe(true);
    expect(stats.instances).toBeGreaterThanOrEqual(1);
    // Loaded once: asking again reuses the same instance.
    expect((await loadBergamotRuntime()).instances).toBe(stats.instances);
  });

  it('is an offline engine of kind bergamot', () => {
    const engine = new BergamotEngine({ modelDir: scratch });
    expect(engine.kind).toBe('bergamot');
    expect(engine.offline).toBe(true);
  });

  it('reports MT_NO_MODEL when the folder or its manifest is missing', async () => {
    expect((await codeOf(new BergamotEngine({ modelDir: join(scratch, 'nowhere') }).translate(request, context()))).code).toBe('MT_NO_MODEL');
    const empty = join(scratch, 'empty');
    await writeModelFolder(empty, { from: 'id', to: 'en', ...garbageModel() });
    await rm(join(empty, manifestFileName));
    expect((await codeOf(new BergamotEngine({ modelDir: empty }).translate(request, context()))).code).toBe('MT_NO_MODEL');
  });

  it('reports MT_NO_MODEL when a listed file is missing or the folder holds the other direction', async () => {
    const dir = join(scratch, 'missing-file');
    await writeModelFolder(dir, { from: 'id', to: 'en', ...garbageModel() });
    await rm(join(dir, 'lex.50.50.iden.s2t.bin'));
    const missing = await codeOf(new BergamotEngine({ modelDir: dir }).translate(request, context()));
    expect(missing).toEqual({ code: 'MT_NO_MODEL', message: expect.stringContaining('lex.50.50.iden.s2t.bin') });

    const other = join(scratch, 'en-id');
    await writeModelFolder(other, { from: 'en', to: 'id', ...garbageModel() });
    expect((await codeOf(new BergamotEngine({ modelDir: other }).translate(request, context()))).code).toBe('MT_NO_MODEL');
  });

  it('refuses a file whose size differs from the manifest, a damaged manifest and a name outside the folder', async () => {
    const dir = join(scratch, 'wrong-size');
    await writeModelFolder(dir, { from: 'id', to: 'en', ...garbageModel() });
    await writeFile(join(dir, 'vocab.iden.spm'), 'short');
    expect(await codeOf(new BergamotEngine({ modelDir: dir }).translate(request, context()))).toEqual({
      code: 'MT_MODEL_INVALID',
      message: expect.stringMatching(/vocab\.iden\.spm has 5 bytes/),
    });

    await writeFile(join(dir, manifestFileName), '{ not json');
    expect((await codeOf(new BergamotEngine({ modelDir: dir }).translate(request, context()))).code).toBe('MT_MODEL_INVALID');

    const escape = join(scratch, 'escape');
    const manifest = await writeModelFolder(escape, { from: 'id', to: 'en', ...garbageModel() });
    await writeFile(join(escape, manifestFileName), JSON.stringify({ ...manifest, lex: { ...manifest.lex, name: '../wrong-size/vocab.iden.spm' } }));
    expect(await codeOf(new BergamotEngine({ modelDir: escape }).translate(request, context()))).toEqual({
      code: 'MT_MODEL_INVALID',
      message: expect.stringContaining('outside the model folder'),
    });
  });

  it('turns a WASM abort on garbage model files into MT_MODEL_INVALID with Marian’s reason, and recovers for the next call', { timeout: 60_000 }, async () => {
    const dir = join(scratch, 'garbage');
    await writeModelFolder(dir, { from: 'id', to: 'en', ...garbageModel() });
    const before = (await loadBergamotRuntime()).instances;
    const engine = new BergamotEngine({ modelDir: dir });
    const first = await codeOf(engine.translate(request, context()));
    // Marian's own explanation proves the files reached the WASM and it refused them.
    expect(first).toEqual({ code: 'MT_MODEL_INVALID', message: expect.stringMatching(/could not be loaded: .*vocabulary/i) });
    // The aborted instance is replaced by a fresh one, which answers the same way: no hang, no crash.
    const second = await codeOf(engine.translate(request, context()));
    expect(second.code).toBe('MT_MODEL_INVALID');
    const after = await loadBergamotRuntime();
    expect(after.serviceReady).toBe(true);
    expect(after.instances).toBeGreaterThan(before);
  });

  it('unpacks gzip model files, and refuses a damaged gzip file', { timeout: 60_000 }, async () => {
    const dir = join(scratch, 'gzip');
    await writeModelFolder(dir, { from: 'id', to: 'en', ...garbageModel(true) });
    // Unpacked, the garbage reaches Marian, which refuses it (a still-packed file would too, but not as gzip damage).
    const unpacked = await codeOf(new BergamotEngine({ modelDir: dir }).translate(request, context()));
    expect(unpacked).toEqual({ code: 'MT_MODEL_INVALID', message: expect.stringMatching(/could not be loaded/) });

    const damaged = join(scratch, 'gzip-damaged');
    const files = garbageModel(true);
    files.lex = { name: files.lex.name, bytes: Uint8Array.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7]) };
    await writeModelFolder(damaged, { from: 'id', to: 'en', ...files });
    expect(await codeOf(new BergamotEngine({ modelDir: damaged }).translate(request, context()))).toEqual({
      code: 'MT_MODEL_INVALID',
      message: expect.stringContaining('damaged gzip'),
    });
  });

  it('rejects with the signal’s reason without loading anything when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(new BergamotEngine({ modelDir: join(scratch, 'garbage') }).translate(request, context(controller.signal))).rejects.toThrow('stop');
  });
});

describe('modelFolderFor (the real-model test’s helper)', () => {
  it('builds a manifest for Firefox-named files, with separate source and target vocabularies in that order', { timeout: 60_000 }, async () => {
    const firefox = join(scratch, 'firefox-id-en');
    const { model, lex } = garbageModel(true);
    await mkdir(firefox, { recursive: true });
    for (const file of [model, lex, garbage('trgvocab.iden.spm.gz', 300, 5), garbage('srcvocab.iden.spm.gz', 200, 4)]) await writeFile(join(firefox, file.name), file.bytes);
    const dir = await modelFolderFor(firefox, 'id', 'en', join(scratch, 'linked'));
    const manifest = JSON.parse(await readFile(join(dir, manifestFileName), 'utf8')) as ModelManifest;
    expect(manifest.model).toMatchObject({ name: 'model.iden.intgemm.alphas.bin.gz', size: model.bytes.byteLength });
    expect(manifest.lex.name).toBe('lex.50.50.iden.s2t.bin.gz');
    expect(manifest.vocabs.map((v) => v.name)).toEqual(['srcvocab.iden.spm.gz', 'trgvocab.iden.spm.gz']);
    // The engine finds every file through the links (a missing one would be MT_NO_MODEL) and then refuses the garbage.
    expect((await codeOf(new BergamotEngine({ modelDir: dir }).translate(request, context()))).code).toBe('MT_MODEL_INVALID');
    // A folder that already has our manifest is used as it is.
    expect(await modelFolderFor(dir, 'id', 'en', scratch)).toBe(dir);
  });
});

const realModels = process.env.REDAKSI_MT_MODELS;

describe('BergamotEngine with real models', () => {
  test.skipIf(!realModels)(
    'translates real sentences both ways (skipped: set REDAKSI_MT_MODELS to a folder with id-en/ and en-id/ Bergamot models)',
    { timeout: 300_000 },
    async () => {
      const idEn = new BergamotEngine({ modelDir: await modelFolderFor(join(realModels!, 'id-en'), 'id', 'en', scratch) });
      const enId = new BergamotEngine({ modelDir: await modelFolderFor(join(realModels!, 'en-id'), 'en', 'id', scratch) });

      const toEnglish = context();
      const english = await idEn.translate(
        {
          from: 'id',
          to: 'en',
          segments: ['Pemerintah kota membuka pasar baru di dekat stasiun kereta.', '', 'Harga beras naik lima persen bulan ini.'],
          markup: false,
          glossary: [],
        },
        toEnglish,
      );
      expect(english).toHaveLength(3);
      expect(english[0]).toMatch(/market/i);
      expect(english[0]).toMatch(/station/i);
      expect(english[1]).toBe('');
      expect(english[2]).toMatch(/rice/i);
      expect(english[2]).toMatch(/5|five/i);
      expect(toEnglish.progress.at(-1)).toBe(3);

      const indonesian = await enId.translate(
        { from: 'en', to: 'id', segments: ['The children walked to school in the rain this morning.'], markup: false, glossary: [] },
        context(),
      );
      expect(indonesian[0]).toMatch(/anak/i);
      expect(indonesian[0]).toMatch(/sekolah/i);

      // Markup mode keeps our inline tags around the translated words.
      const [marked] = await idEn.translate({ from: 'id', to: 'en', segments: ['Harga <b>beras</b> naik lagi.'], markup: true, glossary: [] }, context());
      expect(marked).toMatch(/<b>[^<]*rice[^<]*<\/b>/i);
    },
  );
});
