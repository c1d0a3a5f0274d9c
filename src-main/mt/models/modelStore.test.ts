import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../services/appError.ts';
import { buildTestZip, deflatedZeros } from '../../services/importers/buildTestZip.ts';
import { ModelStore } from './modelStore.ts';
import { readModelManifest } from './readModelManifest.ts';
import { buildModelTarGz, buildModelZip, buildTestTarGz, makeTestModel, manifestFor, packEntries, writeModelFolder, type TestModel } from './testing/makeTestModel.ts';

let work: string;
let root: string;
let store: ModelStore;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'redaksi-models-'));
  root = join(work, 'mt-models');
  store = new ModelStore(root);
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The refusal an import ends with (code and message), or 'installed'. */
async function outcome(run: Promise<unknown>): Promise<string> {
  try {
    await run;
    return 'installed';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return `${error.code}: ${error.message}`;
  }
}

async function writeArchive(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(work, name);
  await writeFile(path, bytes);
  return path;
}

/** Only model folders and nothing half-done: no staging or replaced folders left in the root. */
async function leftovers(): Promise<string[]> {
  return (await readdir(root).catch(() => [] as string[])).filter((name) => name.startsWith('.'));
}

const iden = makeTestModel('iden');

describe('ModelStore imports', () => {
  it('imports a plain folder and lists the direction with its size and origin', async () => {
    const dir = join(work, 'firefox-model');
    await writeModelFolder(iden, dir, { extra: [{ name: 'README.md', data: 'Model id→en, untuk pengujian.' }] });
    const installed = await store.importFolder(dir);
    const bytes = iden.files.reduce((sum, file) => sum + file.bytes.length, 0);
    expect(installed).toMatchObject({ from: 'id', to: 'en', status: 'ok', origin: 'import', bytes });
    expect(store.list()).toEqual([installed]);
    const manifest = await readModelManifest(store.modelDir('id', 'en'));
    expect(manifest.model).toEqual({ name: 'model.iden.intgemm.alphas.bin', size: iden.files[0]!.bytes.length, sha256: iden.files[0]!.sha256 });
    expect(manifest.vocabs.map((v) => v.name)).toEqual(['vocab.iden.spm']);
    expect(await readFile(join(store.modelDir('id', 'en'), 'lex.50.50.iden.s2t.bin'))).toEqual(Buffer.from(iden.files[1]!.bytes));
    expect(existsSync(join(store.modelDir('id', 'en'), 'README.md'))).toBe(false);
    expect(await leftovers()).toEqual([]);
  });

  it('imports gzipped files with .sha256 checksums of the .gz files', async () => {
    const dir = join(work, 'gz');
    await writeModelFolder(iden, dir, { gzip: true, checksums: 'sha256' });
    await store.importFolder(dir);
    // Installed decompressed, under the plain names the engine loads.
    expect((await readModelManifest(store.modelDir('id', 'en'))).lex.sha256).toBe(iden.files[1]!.sha256);
  });

  it('imports a zip with the files in a subfolder and a registry.json', async () => {
    const enid = makeTestModel('enid');
    const zip = await writeArchive('enid.zip', buildModelZip(enid, { folder: 'enid', checksums: 'registry', gzip: true }));
    expect(await store.importArchive(zip)).toMatchObject({ from: 'en', to: 'id', status: 'ok' });
  });

  it('imports a .tar.gz with split vocabularies and our own manifest.json', async () => {
    const split = makeTestModel('iden', { splitVocabs: true, seed: 9 });
    const tgz = await writeArchive('model.tgz', buildModelTarGz(split, { folder: 'iden', checksums: 'manifest' }));
    await store.importArchive(tgz);
    const manifest = await readModelManifest(store.modelDir('id', 'en'));
    expect(manifest.vocabs.map((v) => v.name)).toEqual(['srcvocab.iden.spm', 'trgvocab.iden.spm']);
  });

  it('refuses a model without its lexical shortlist, installing nothing', async () => {
    const dir = join(work, 'no-lex');
    await writeModelFolder({ ...iden, files: iden.files.filter((file) => file.kind !== 'lex') }, dir);
    expect(await outcome(store.importFolder(dir))).toMatch(/^MT_MODEL_INVALID: no lexical shortlist found/);
    expect(store.list()).toEqual([]);
    expect(await leftovers()).toEqual([]);
  });

  it('refuses a file that does not match its checksum, naming it', async () => {
    const entries = packEntries(iden, { checksums: 'sha256' }).map((entry) =>
      entry.name === 'vocab.iden.spm.sha256' ? { ...entry, data: Buffer.from(`${'0'.repeat(64)}  vocab.iden.spm\n`) } : entry,
    );
    const zip = await writeArchive('bad-sum.zip', buildTestZip(entries));
    expect(await outcome(store.importArchive(zip))).toMatch(/^MT_MODEL_INVALID: vocab\.iden\.spm: does not match its checksum in vocab\.iden\.spm\.sha256/);
    expect(store.list()).toEqual([]);
  });

  it('refuses a registry.json that does not cover a file', async () => {
    const dir = join(work, 'partial-registry');
    await writeModelFolder(iden, dir, { checksums: 'registry' });
    const registry = JSON.parse(await readFile(join(dir, 'registry.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    delete registry.iden!.lex;
    await writeFile(join(dir, 'registry.json'), JSON.stringify(registry));
    expect(await outcome(store.importFolder(dir))).toMatch(/lex\.50\.50\.iden\.s2t\.bin: has no checksum/);
  });

  it('refuses a text file renamed .bin, naming the file and the reason', async () => {
    const dir = join(work, 'renamed');
    const fake: TestModel = {
      ...iden,
      files: iden.files.map((file) => (file.kind === 'model' ? { ...file, bytes: new TextEncoder().encode('Catatan rapat redaksi, bukan model.\n'.repeat(40_000)) } : file)),
    };
    await writeModelFolder(fake, dir);
    expect(await outcome(store.importFolder(dir))).toMatch(/^MT_MODEL_INVALID: model\.iden\.intgemm\.alphas\.bin: not a Marian binary model/);
  });

  it('refuses a model for another language pair', async () => {
    const zip = await writeArchive('ende.zip', buildModelZip(makeTestModel('ende')));
    expect(await outcome(store.importArchive(zip))).toMatch(/only Indonesian–English and English–Indonesian models/);
  });

  it('refuses files of two directions mixed together', async () => {
    const enid = makeTestModel('enid');
    const mixed = { ...iden, files: [...iden.files.filter((file) => file.kind !== 'lex'), enid.files[1]!] };
    const zip = await writeArchive('mixed.zip', buildModelZip(mixed));
    expect(await outcome(store.importArchive(zip))).toMatch(/lex\.50\.50\.enid\.s2t\.bin: belongs to another language pair/);
  });

  it('refuses a shortlist that does not belong to the vocabulary', async () => {
    const small = makeTestModel('iden', { pieces: 50, seed: 3 });
    const mismatched = { ...iden, files: iden.files.map((file) => (file.kind === 'vocab' ? small.files[2]! : file)) };
    const zip = await writeArchive('mismatch.zip', buildModelZip(mismatched));
    expect(await outcome(store.importArchive(zip))).toMatch(/lex\.50\.50\.iden\.s2t\.bin: uses word \d+ but vocab\.iden\.spm has only 50 words/);
  });

  it('refuses a zip entry that climbs out of its folder, writing nothing outside', async () => {
    const zip = await writeArchive('traversal.zip', buildTestZip([...packEntries(iden), { name: '../x', data: 'bukan model' }]));
    expect(await outcome(store.importArchive(zip))).toMatch(/^MT_MODEL_INVALID: traversal\.zip: .*"\.\.\/x": path traversal/);
    expect(existsSync(join(work, 'x'))).toBe(false);
    expect(existsSync(join(root, '..', 'x'))).toBe(false);
  });

  it('refuses a tar.gz entry that climbs out of its folder', async () => {
    const tgz = await writeArchive('traversal.tgz', buildTestTarGz([...packEntries(iden), { name: 'iden/../../x', data: new Uint8Array(3) }]));
    expect(await outcome(store.importArchive(tgz))).toMatch(/path traversal/);
    expect(store.list()).toEqual([]);
  });

  it('refuses zip bombs quickly: 1 GB of zeros, and a .gz member that unpacks past its cap', async () => {
    const bomb = await writeArchive('bomb.zip', buildTestZip([...packEntries(iden).slice(1), { name: 'model.iden.intgemm.alphas.bin', deflated: deflatedZeros(1024) }]));
    const started = performance.now();
    expect(await outcome(store.importArchive(bomb))).toMatch(/^MT_MODEL_INVALID: bomb\.zip: .*(unpacks to|zip bomb)/);
    const gzBomb = await writeArchive(
      'gz-bomb.zip',
      buildTestZip([...packEntries(iden).slice(0, 2), { name: 'vocab.iden.spm.gz', data: gzipSync(Buffer.alloc(64 * 1024 * 1024)) }]),
    );
    expect(await outcome(store.importArchive(gzBomb))).toMatch(/vocab\.iden\.spm\.gz: unpacks to more than 20971520 bytes/);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(await leftovers()).toEqual([]);
  });

  it('refuses a tar.gz bomb by its compression ratio', async () => {
    const tgz = await writeArchive('bomb.tgz', buildTestTarGz([{ name: 'padding.bin', data: new Uint8Array(32 * 1024 * 1024) }, ...packEntries(iden)]));
    expect(await outcome(store.importArchive(tgz))).toMatch(/compressed \d+ times \(a gzip bomb\?\)/);
  });

  it('refuses something that is not an archive, and a damaged archive', async () => {
    const notes = await writeArchive('notes.zip', new TextEncoder().encode('catatan'));
    expect(await outcome(store.importArchive(notes))).toBe('MT_MODEL_INVALID: notes.zip: not a .zip or .tar.gz archive');
    const whole = buildModelTarGz(iden);
    const cut = await writeArchive('cut.tgz', whole.subarray(0, Math.floor(whole.length / 2)));
    expect(await outcome(store.importArchive(cut))).toMatch(/^MT_MODEL_INVALID: cut\.tgz: not a readable \.tar\.gz archive/);
  });

  it('leaves the installed model untouched when a re-import fails, and replaces it when one succeeds', async () => {
    const first = join(work, 'first');
    await writeModelFolder(iden, first);
    await store.importFolder(first);
    const before = await readFile(join(store.modelDir('id', 'en'), 'manifest.json'), 'utf8');

    const other = makeTestModel('iden', { seed: 77 });
    const broken = await writeArchive('broken.zip', buildModelZip(other, { checksums: 'manifest' }).map((byte, i, all) => (i === Math.floor(all.length / 3) ? byte ^ 0xff : byte)));
    expect(await outcome(store.importArchive(broken))).toMatch(/^MT_MODEL_INVALID/);
    expect(await readFile(join(store.modelDir('id', 'en'), 'manifest.json'), 'utf8')).toBe(before);
    await store.verify('id', 'en');
    expect(await leftovers()).toEqual([]);

    await store.importArchive(await writeArchive('good.zip', buildModelZip(other, { checksums: 'manifest' })));
    expect((await readModelManifest(store.modelDir('id', 'en'))).model.sha256).toBe(other.files[0]!.sha256);
    expect(await leftovers()).toEqual([]);
  });
});

describe('ModelStore list, remove and recovery', () => {
  it('lists damaged folders instead of failing, and ignores folders that are not directions', async () => {
    await writeModelFolder(iden, join(work, 'src'));
    await store.importFolder(join(work, 'src'));
    await rm(join(store.modelDir('id', 'en'), 'vocab.iden.spm'));
    await mkdir(store.modelDir('en', 'id'));
    await mkdir(join(root, 'de-en'));
    await mkdir(join(root, '.downloads'));
    await writeFile(join(root, 'notes.txt'), 'x');
    const listed = store.list();
    expect(listed.map((m) => [m.from, m.to, m.status, m.problem])).toEqual([
      ['en', 'id', 'damaged', 'manifest.json is missing'],
      ['id', 'en', 'damaged', 'vocab.iden.spm (vocabulary) is missing'],
    ]);
    await writeFile(join(store.modelDir('en', 'id'), 'manifest.json'), '{"from":"en"');
    expect(store.list()[0]).toMatchObject({ status: 'damaged', problem: 'manifest.json: not valid JSON' });
    await writeFile(join(store.modelDir('en', 'id'), 'manifest.json'), JSON.stringify({ ...manifestFor(iden), model: { ...manifestFor(iden).model, name: '../../etc/passwd' } }));
    expect(store.list()[0]).toMatchObject({ status: 'damaged' });
    expect(store.list()[0]!.problem).toMatch(/not a model manifest \(model\.name/);
  });

  it('lists nothing when the folder does not exist yet', () => {
    expect(new ModelStore(join(work, 'nowhere')).list()).toEqual([]);
  });

  it('removes a direction and leaves the other', async () => {
    await writeModelFolder(iden, join(work, 'a'));
    await writeModelFolder(makeTestModel('enid'), join(work, 'b'));
    await store.importFolder(join(work, 'a'));
    await store.importFolder(join(work, 'b'));
    await store.remove('id', 'en');
    expect(store.list().map((m) => `${m.from}-${m.to}`)).toEqual(['en-id']);
    expect(existsSync(store.modelDir('id', 'en'))).toBe(false);
    await store.remove('id', 'en');
    expect(await leftovers()).toEqual([]);
  });

  it('puts back a model whose replacement was cut off between the two renames', async () => {
    await writeModelFolder(iden, join(work, 'a'));
    await store.importFolder(join(work, 'a'));
    await rename(store.modelDir('id', 'en'), join(root, '.replaced-id-en-0badc0de'));
    await mkdir(join(root, '.staging-abc'));
    await store.recoverInterruptedInstalls();
    expect(store.list().map((m) => m.status)).toEqual(['ok']);
    expect(await leftovers()).toEqual([]);
  });
});
