/**
 * Test support for the Bergamot engine: model folders with our manifest.json, either from bytes a
 * test makes up (to exercise validation and load failures) or from a folder of real model files
 * named as Firefox ships them (for the test that runs only when REDAKSI_MT_MODELS is set).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import { manifestFileName, type ModelFileEntry, type ModelManifest } from '../models/modelManifest.ts';

export interface ModelFileBytes {
  name: string;
  bytes: Uint8Array;
}

function entry(file: ModelFileBytes): ModelFileEntry {
  return { name: file.name, size: file.bytes.byteLength, sha256: createHash('sha256').update(file.bytes).digest('hex') };
}

/** Writes the files and a manifest describing them into `dir`; returns the manifest. */
export async function writeModelFolder(
  dir: string,
  model: { from: Lang; to: Lang; model: ModelFileBytes; lex: ModelFileBytes; vocabs: ModelFileBytes[] },
): Promise<ModelManifest> {
  await mkdir(dir, { recursive: true });
  const files = [model.model, model.lex, ...model.vocabs];
  for (const file of files) await writeFile(join(dir, file.name), file.bytes);
  const manifest: ModelManifest = {
    from: model.from,
    to: model.to,
    model: entry(model.model),
    lex: entry(model.lex),
    vocabs: model.vocabs.map(entry),
    origin: 'import',
    installedAt: new Date().toISOString(),
    bytes: files.reduce((sum, f) => sum + f.bytes.byteLength, 0),
  };
  await writeFile(join(dir, manifestFileName), JSON.stringify(manifest, null, 2));
  return manifest;
}

/**
 * A model folder for `source` (a folder of real model files): `source` itself when it has our
 * manifest, otherwise a folder in `scratch` with links to Firefox-named files
 * (`model.iden.intgemm.alphas.bin[.gz]`, `lex.50.50.iden.s2t.bin[.gz]`, `vocab.iden.spm[.gz]` or
 * `srcvocab…`/`trgvocab…`) and a manifest of their sizes. Checksums are left empty: the engine
 * checks sizes only (the model manager checks hashes when it installs).
 */
export async function modelFolderFor(source: string, from: Lang, to: Lang, scratch: string): Promise<string> {
  if (existsSync(join(source, manifestFileName))) return source;
  const names = await readdir(source);
  const pick = (pattern: RegExp) => names.filter((n) => pattern.test(n)).sort();
  const model = pick(/^model\..*\.bin(\.gz)?$/)[0];
  const lex = pick(/^lex\..*\.bin(\.gz)?$/)[0];
  const shared = pick(/^vocab\..*\.spm(\.gz)?$/);
  const vocabs = shared.length ? shared.slice(0, 1) : [...pick(/^srcvocab\..*\.spm(\.gz)?$/).slice(0, 1), ...pick(/^trgvocab\..*\.spm(\.gz)?$/).slice(0, 1)];
  if (!model || !lex || !vocabs.length) throw new Error(`${source} has no Firefox-named model, lex and vocab files`);
  const dir = join(scratch, `${from}-${to}`);
  await mkdir(dir, { recursive: true });
  const describe = async (name: string): Promise<ModelFileEntry> => {
    await symlink(resolve(source, name), join(dir, name));
    return { name, size: (await stat(join(source, name))).size, sha256: '' };
  };
  const manifest: ModelManifest = {
    from,
    to,
    model: await describe(model),
    lex: await describe(lex),
    vocabs: await Promise.all(vocabs.map(describe)),
    origin: 'import',
    installedAt: new Date().toISOString(),
    bytes: 0,
  };
  await writeFile(join(dir, manifestFileName), JSON.stringify(manifest, null, 2));
  return dir;
}
