/**
 * The installed Bergamot models: one folder per direction under `rootDir` (`<from>-<to>/`, see
 * modelManifest.ts), each with its files and `manifest.json`. Lists them (a damaged folder is
 * listed as damaged, never a crash), imports a folder or an archive the user chose, removes one.
 *
 * An import never touches the installed model until the new one is complete and checked:
 * files are copied (gunzipped when named `.gz`) into `rootDir/.staging-*`, hashed and fsynced,
 * validated by content (modelFiles.ts) and against the checksums the source carries, the
 * manifest is written, then the folder is swapped in with two renames. A failure at any step
 * deletes the staging folder and leaves the old model as it was; a crash between the two renames
 * leaves `.replaced-*`, which `recoverInterruptedInstalls()` (run at start-up) puts back.
 *
 * Checksums an import honours (all optional; when any is present, every model file must be
 * covered and match):
 * - `manifest.json` in our own shape (a folder copied from another Redaksi): SHA-256 and size of
 *   each decompressed file;
 * - `registry.json` in the Firefox Translations registry shape (`{ "<pair>": { model: { name,
 *   size, expectedSha256Hash }, lex, vocab | srcvocab + trgvocab } }`): its hashes and sizes are
 *   of the DECOMPRESSED files (the registry generator hashes what gunzip returns);
 * - `<file>.sha256` beside a file (sha256sum output, first word the hex digest): it covers that
 *   file exactly as named, so `x.bin.gz.sha256` is the hash of the .gz and `x.bin.sha256` of
 *   the plain file.
 * Members are found by base name anywhere in the folder or archive (archives usually wrap them in
 * a folder); other files (README, LICENSE, metadata) are ignored.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { Lang } from '../../../src-preload/contract/domain.ts';
import { AppError } from '../../services/appError.ts';
import { writeFileAtomic } from '../../services/exporters/writeFileAtomic.ts';
import { checkZipInWorker } from '../../interchange/runInterchangeWorker.ts';
import { manifestFileName, modelFolderName, type ModelFileEntry, type ModelManifest } from './modelManifest.ts';
import {
  invalidModelFile,
  kindLabel,
  modelFileSizeLimits,
  pairDirection,
  recogniseModelFileName,
  sizeLimitsFor,
  validateModelFile,
  type ModelFileFacts,
  type ModelFileKind,
  type RecognisedModelFile,
} from './modelFiles.ts';
import { parseModelManifest, readModelManifest } from './readModelManifest.ts';
import { readTarGz } from './readTarGz.ts';
import { StagedFileWriter } from './stagedFileWriter.ts';
import { syncFolder } from '../../services/exporters/writeFileAtomic.ts';

const inflateRawAsync = promisify(inflateRaw);

/** One installed direction as the model manager shows it. */
export interface InstalledModel {
  from: Lang;
  to: Lang;
  /** 'damaged': the manifest is missing or unreadable, or a file is missing or has the wrong size. */
  status: 'ok' | 'damaged';
  /** Sum of the files' sizes (0 when damaged and unknown). */
  bytes: number;
  origin: 'import' | 'download' | null;
  installedAt: string | null;
  /** Why it is damaged (English, for logs and the CLI), or null. */
  problem: string | null;
  dir: string;
}

/** Caps on what an import reads; tests pass smaller ones. */
export interface ModelImportLimits {
  /** Largest archive file accepted, checked before reading it. */
  maxArchiveBytes: number;
  /** Most members an archive (or files a folder) may hold. */
  maxEntries: number;
  /** Most bytes an archive may unpack to in total. */
  maxUnpackedBytes: number;
  /** Highest unpacked/packed ratio for members or archives over `ratioCheckAboveBytes` (models barely compress). */
  maxCompressionRatio: number;
  ratioCheckAboveBytes: number;
  /** Largest checksum file (manifest.json, registry.json, *.sha256) read. */
  maxChecksumFileBytes: number;
}

const largestModelSet = modelFileSizeLimits.model.max + modelFileSizeLimits.lex.max + 2 * modelFileSizeLimits.vocab.max;

export const defaultModelImportLimits: ModelImportLimits = {
  maxArchiveBytes: largestModelSet + 16 * 1024 * 1024,
  maxEntries: 500,
  maxUnpackedBytes: largestModelSet + 16 * 1024 * 1024,
  maxCompressionRatio: 100,
  ratioCheckAboveBytes: 1024 * 1024,
  maxChecksumFileBytes: 1024 * 1024,
};

/** A file copied into the staging folder. */
interface StagedFile extends RecognisedModelFile {
  /** The member's name as found (with `.gz` if it had it). */
  rawName: string;
  size: number;
  sha256: string;
  rawSha256: string;
}

/** An expected checksum and where it came from (for the message when it does not match). */
export interface ExpectedDigest {
  sha256: string;
  size?: number;
  /** 'raw': over the file as found (a .gz's own bytes); 'plain': over the decompressed file. */
  covers: 'raw' | 'plain';
  source: string;
}

/** How far a folder import looks into subfolders (archives and model folders nest one or two deep). */
const maxFolderDepth = 3;

export class ModelStore {
  readonly rootDir: string;
  private readonly limits: ModelImportLimits;

  constructor(rootDir: string, options: { limits?: Partial<ModelImportLimits> } = {}) {
    this.rootDir = rootDir;
    this.limits = { ...defaultModelImportLimits, ...options.limits };
  }

  /** The folder a direction is (or would be) installed in. */
  modelDir(from: Lang, to: Lang): string {
    return join(this.rootDir, modelFolderName(from, to));
  }

  /**
   * Every installed direction, ok or damaged, in a stable order. Cheap: reads the manifests and
   * stats the files, never hashes them (see `verify`). A missing root folder is an empty list.
   */
  list(): InstalledModel[] {
    let names: string[];
    try {
      names = readdirSync(this.rootDir);
    } catch {
      return [];
    }
    const models: InstalledModel[] = [];
    for (const name of names.sort()) {
      const direction = folderDirection(name);
      if (!direction) continue;
      const dir = join(this.rootDir, name);
      try {
        if (!statSync(dir).isDirectory()) continue;
      } catch {
        continue;
      }
      models.push(describeFolder(dir, direction.from, direction.to));
    }
    return models;
  }

  /** Re-hashes an installed direction's files against its manifest; throws MT_MODEL_INVALID naming the first bad file. */
  async verify(from: Lang, to: Lang): Promise<void> {
    const dir = this.modelDir(from, to);
    const manifest = await readModelManifest(dir);
    for (const entry of manifestEntries(manifest)) {
      const digest = await hashFile(join(dir, entry.name)).catch(() => null);
      if (!digest) throw invalidModelFile(entry.name, 'missing');
      if (digest.size !== entry.size || digest.sha256 !== entry.sha256) throw invalidModelFile(entry.name, 'does not match its checksum (damaged on disk?)');
    }
  }

  /** Imports a model folder the user chose. Resolves with the installed direction. */
  async importFolder(dir: string): Promise<InstalledModel> {
    const info = await stat(dir).catch(() => null);
    if (!info?.isDirectory()) throw new AppError('MT_MODEL_INVALID', `${dir}: not a folder`);
    return this.withStaging('import', async (staging) => {
      let seen = 0;
      const walk = async (folder: string, depth: number): Promise<void> => {
        const entries = await readdir(folder, { withFileTypes: true });
        for (const entry of entries) {
          if (++seen > this.limits.maxEntries) throw new AppError('MT_MODEL_INVALID', `${dir}: the folder holds more than ${this.limits.maxEntries} files`);
          const path = join(folder, entry.name);
          // Never follow a link to a folder (loops); a linked file is read like any other.
          const linkInfo = await lstat(path);
          if (linkInfo.isDirectory()) {
            if (depth < maxFolderDepth && !entry.name.startsWith('.')) await walk(path, depth + 1);
            continue;
          }
          const target = linkInfo.isSymbolicLink() ? await stat(path).catch(() => null) : linkInfo;
          if (!target?.isFile()) continue;
          await staging.addMember(entry.name, target.size, () => createReadStream(path));
        }
      };
      await walk(dir, 0);
    });
  }

  /** Imports a .zip or .tar.gz/.tgz archive (recognised by content, not extension). */
  async importArchive(file: string): Promise<InstalledModel> {
    const label = basename(file);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) throw new AppError('MT_MODEL_INVALID', `${label}: not a file`);
    if (info.size > this.limits.maxArchiveBytes) throw invalidModelFile(label, `${info.size} bytes is larger than any model archive (at most ${this.limits.maxArchiveBytes})`);
    const magic = Buffer.alloc(4);
    const handle = await open(file, 'r');
    try {
      await handle.read(magic, 0, 4, 0);
    } finally {
      await handle.close();
    }
    if (magic[0] === 0x50 && magic[1] === 0x4b) return this.importZip(file, label);
    if (magic[0] === 0x1f && magic[1] === 0x8b) return this.importTarGz(file, label);
    throw invalidModelFile(label, 'not a .zip or .tar.gz archive');
  }

  /** Removes an installed direction (a no-op when it is not installed). */
  async remove(from: Lang, to: Lang): Promise<void> {
    const target = this.modelDir(from, to);
    // Rename first so a half-deleted folder is never mistaken for an installed model.
    const doomed = join(this.rootDir, `.removing-${modelFolderName(from, to)}-${randomBytes(4).toString('hex')}`);
    try {
      await rename(target, doomed);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw new AppError('INTERNAL', `cannot remove ${target}: ${(error as Error).message}`);
    }
    await rm(doomed, { recursive: true, force: true });
  }

  /**
   * Start-up repair after a crash: puts back a model whose replacement was cut off between the
   * two renames, and deletes leftovers of imports, swaps and removals. Call before anything else
   * uses the store (it would delete a concurrent import's staging folder).
   */
  async recoverInterruptedInstalls(): Promise<void> {
    const names = await readdir(this.rootDir).catch(() => [] as string[]);
    for (const name of names) {
      const path = join(this.rootDir, name);
      const replaced = /^\.replaced-([a-z]{2}-[a-z]{2})-[0-9a-f]+$/.exec(name);
      if (replaced?.[1]) {
        const target = join(this.rootDir, replaced[1]);
        const targetExists = await stat(target).then(() => true, () => false);
        if (targetExists) await rm(path, { recursive: true, force: true });
        else await rename(path, target);
      } else if (name.startsWith('.staging-') || name.startsWith('.removing-')) {
        await rm(path, { recursive: true, force: true });
      }
    }
  }

  /**
   * Stages files with `fill`, then checks and installs them (see the file comment). Also used by
   * the downloader with the registry's checksums as `expected`.
   */
  async withStaging(
    origin: ModelManifest['origin'],
    fill: (staging: Staging) => Promise<void>,
    expected?: Map<string, ExpectedDigest[]>,
  ): Promise<InstalledModel> {
    await mkdir(this.rootDir, { recursive: true });
    const staging = new Staging(await mkdtemp(join(this.rootDir, '.staging-')), this.limits);
    try {
      await fill(staging);
      const manifest = await checkStaged(staging, origin, expected);
      await writeFileAtomic(join(staging.dir, manifestFileName), `${JSON.stringify(manifest, null, 2)}\n`);
      await syncFolder(staging.dir);
      await this.swapIn(staging.dir, manifest.from, manifest.to);
      return describeFolder(this.modelDir(manifest.from, manifest.to), manifest.from, manifest.to);
    } catch (error) {
      await staging.discard();
      throw error;
    }
  }

  private async importZip(file: string, label: string): Promise<InstalledModel> {
    let directory;
    try {
      // In a worker (time and heap limits, the main thread free): every member inflated once with
      // its declared size as the cap, CRCs and overlaps checked.
      directory = await checkZipInWorker(file, {
        maxZipEntries: this.limits.maxEntries,
        maxZipUncompressedBytes: this.limits.maxUnpackedBytes,
        maxZipEntryBytes: modelFileSizeLimits.model.max,
        maxZipCompressionRatio: this.limits.maxCompressionRatio,
        ratioCheckAboveBytes: this.limits.ratioCheckAboveBytes,
      });
    } catch (error) {
      if (error instanceof AppError && (error.code === 'INVALID_INPUT' || error.code === 'IMPORT_FAILED')) throw invalidModelFile(label, error.message);
      throw error;
    }
    const bytes = new Uint8Array(await readFile(file));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return this.withStaging('import', async (staging) => {
      for (const entry of directory.entries) {
        if (entry.name.endsWith('/')) continue;
        const name = basename(entry.name);
        if (!staging.wants(name)) continue;
        const at = entry.localHeaderOffset;
        const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
        const compressed = bytes.subarray(dataStart, dataStart + entry.compressedSize);
        // zlib's thread pool, not the main thread: a model file is tens of MB.
        const data = entry.method === 0 ? compressed : await inflateRawAsync(compressed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
        await staging.addMember(name, data.length, () => [data]);
      }
    });
  }

  private async importTarGz(file: string, label: string): Promise<InstalledModel> {
    return this.withStaging('import', async (staging) => {
      for await (const member of readTarGz(file, this.limits, label)) {
        const name = basename(member.name);
        if (staging.wants(name)) await staging.addMember(name, member.size, () => member.read());
      }
    });
  }

  /** Puts a complete staging folder in place of the direction's folder (see the file comment). */
  private async swapIn(stagingDir: string, from: Lang, to: Lang): Promise<void> {
    const target = this.modelDir(from, to);
    const replaced = join(this.rootDir, `.replaced-${modelFolderName(from, to)}-${randomBytes(4).toString('hex')}`);
    let hadOld = true;
    try {
      await rename(target, replaced);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new AppError('INTERNAL', `cannot replace ${target}: ${(error as Error).message}`);
      hadOld = false;
    }
    try {
      await rename(stagingDir, target);
    } catch (error) {
      if (hadOld) await rename(replaced, target).catch(() => undefined);
      throw new AppError('INTERNAL', `cannot install into ${target}: ${(error as Error).message}`);
    }
    await syncFolder(this.rootDir);
    if (hadOld) await rm(replaced, { recursive: true, force: true });
  }
}

/** The staging folder of one import: the model files copied so far and the checksum texts found. */
export class Staging {
  readonly dir: string;
  readonly files = new Map<string, StagedFile>();
  manifestText: string | undefined;
  registryText: string | undefined;
  /** `<name>.sha256` texts by the name they cover. */
  readonly sha256Texts = new Map<string, string>();
  private readonly limits: ModelImportLimits;

  constructor(dir: string, limits: ModelImportLimits) {
    this.dir = dir;
    this.limits = limits;
  }

  /** True for the base names an import reads: model files and checksum files. */
  wants(name: string): boolean {
    return recogniseModelFileName(name) !== null || name === manifestFileName || name === 'registry.json' || name.endsWith('.sha256');
  }

  /**
   * Takes one member found in the source: a model file is copied in (gunzipped if `.gz`), a
   * checksum file is kept as text, anything else is ignored. `open` is only called when needed.
   */
  async addMember(name: string, size: number, openData: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<void> {
    const recognised = recogniseModelFileName(name);
    if (recognised) {
      await this.addModelFile(recognised, name, openData());
      return;
    }
    if (!(name === manifestFileName || name === 'registry.json' || name.endsWith('.sha256'))) return;
    if (size > this.limits.maxChecksumFileBytes) throw invalidModelFile(name, `${size} bytes is too large for a checksum file`);
    const parts: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of openData()) {
      total += chunk.length;
      if (total > this.limits.maxChecksumFileBytes) throw invalidModelFile(name, 'too large for a checksum file');
      parts.push(chunk);
    }
    const text = Buffer.concat(parts).toString('utf8');
    if (name === manifestFileName) this.manifestText = once(this.manifestText, text, name);
    else if (name === 'registry.json') this.registryText = once(this.registryText, text, name);
    else this.sha256Texts.set(name.slice(0, -'.sha256'.length), once(this.sha256Texts.get(name.slice(0, -'.sha256'.length)), text, name));
  }

  /** Copies one model file in from chunks, hashing it; refuses a second file with the same installed name. */
  async addModelFile(recognised: RecognisedModelFile, rawName: string, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<StagedFile> {
    if (this.files.has(recognised.name)) throw invalidModelFile(recognised.name, 'found twice (remove one copy)');
    const path = join(this.dir, recognised.name);
    const writer = new StagedFileWriter(path, { gunzip: recognised.gzipped, maxBytes: sizeLimitsFor(recognised.kind).max, label: rawName });
    try {
      for await (const chunk of chunks) await writer.write(chunk);
      const digest = await writer.end();
      const staged: StagedFile = { ...recognised, rawName, ...digest };
      this.files.set(recognised.name, staged);
      return staged;
    } catch (error) {
      await writer.abort();
      throw error;
    }
  }

  async discard(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

function once(previous: string | undefined, text: string, name: string): string {
  if (previous !== undefined) throw invalidModelFile(name, 'found twice: which one to trust is unclear');
  return text;
}

/**
 * Decides the direction from the staged files, checks the set is complete and of one direction,
 * the checksums and the content of each file, and returns the manifest to write.
 */
async function checkStaged(staging: Staging, origin: ModelManifest['origin'], expectedFromCaller?: Map<string, ExpectedDigest[]>): Promise<ModelManifest> {
  const files = [...staging.files.values()];
  const models = files.filter((file) => file.kind === 'model');
  if (models.length === 0) throw new AppError('MT_MODEL_INVALID', 'no translation model found (a file named like model.iden.intgemm.alphas.bin)');
  if (models.length > 1) throw new AppError('MT_MODEL_INVALID', `more than one translation model found (${models.map((m) => m.name).join(', ')}): import one direction at a time`);
  const model = models[0] as StagedFile;
  const pair = model.pair;
  const direction = pairDirection(pair);
  if (!direction) {
    throw invalidModelFile(model.name, `a model for "${pair.slice(0, 2)}" to "${pair.slice(2)}": only Indonesian–English and English–Indonesian models can be used`);
  }
  const reversed = pair.slice(2) + pair.slice(0, 2);
  for (const file of files) {
    // Shared vocabularies are often named after the other direction (vocab.enid.spm serves id→en too).
    const fits = file.pair === pair || (file.kind !== 'model' && file.kind !== 'lex' && file.pair === reversed);
    if (!fits) throw invalidModelFile(file.name, `belongs to another language pair than ${model.name}`);
  }
  const lexes = files.filter((file) => file.kind === 'lex');
  if (lexes.length === 0) throw new AppError('MT_MODEL_INVALID', `no lexical shortlist found (a file named like lex.50.50.${pair}.s2t.bin)`);
  if (lexes.length > 1) throw new AppError('MT_MODEL_INVALID', `more than one lexical shortlist found (${lexes.map((l) => l.name).join(', ')})`);
  const lex = lexes[0] as StagedFile;
  const shared = files.filter((file) => file.kind === 'vocab');
  const source = files.filter((file) => file.kind === 'srcvocab');
  const target = files.filter((file) => file.kind === 'trgvocab');
  let vocabs: StagedFile[];
  if (shared.length === 1 && source.length === 0 && target.length === 0) vocabs = shared;
  else if (shared.length === 0 && source.length === 1 && target.length === 1) vocabs = [source[0] as StagedFile, target[0] as StagedFile];
  else if (shared.length + source.length + target.length === 0) throw new AppError('MT_MODEL_INVALID', `no vocabulary found (a file named like vocab.${pair}.spm)`);
  else throw new AppError('MT_MODEL_INVALID', `the vocabularies do not fit together (${[...shared, ...source, ...target].map((v) => v.name).join(', ')}): one vocab.*.spm, or one srcvocab and one trgvocab`);

  const expected = expectedFromCaller ?? collectExpectedDigests(staging, pair);
  if (expected.size > 0) {
    for (const file of files) checkDigest(file, expected);
  }

  const facts = new Map<string, ModelFileFacts>();
  for (const file of files) facts.set(file.name, await validateModelFile(join(staging.dir, file.name), file.kind, file.name));
  const targetVocab = vocabs[vocabs.length - 1] as StagedFile;
  const targetPieces = facts.get(targetVocab.name)?.pieceCount ?? 0;
  const maxTargetId = facts.get(lex.name)?.maxTargetId ?? 0;
  if (maxTargetId >= targetPieces) {
    throw invalidModelFile(lex.name, `uses word ${maxTargetId} but ${targetVocab.name} has only ${targetPieces} words: they do not belong together`);
  }

  const entry = (file: StagedFile): ModelFileEntry => ({ name: file.name, size: file.size, sha256: file.sha256 });
  return {
    from: direction.from,
    to: direction.to,
    model: entry(model),
    lex: entry(lex),
    vocabs: vocabs.map(entry),
    origin,
    installedAt: new Date().toISOString(),
    bytes: [model, lex, ...vocabs].reduce((sum, file) => sum + file.size, 0),
  };
}

/** Every file must be covered by some checksum, and every checksum that covers it must match. */
function checkDigest(file: StagedFile, expected: Map<string, ExpectedDigest[]>): void {
  const digests = [...(expected.get(file.name) ?? []), ...(file.rawName !== file.name ? (expected.get(file.rawName) ?? []) : [])];
  if (digests.length === 0) throw invalidModelFile(file.name, 'has no checksum in the checksum files that came with it');
  for (const digest of digests) {
    const actual = digest.covers === 'raw' ? file.rawSha256 : file.sha256;
    if (actual !== digest.sha256) throw invalidModelFile(file.rawName, `does not match its checksum in ${digest.source} (expected ${digest.sha256.slice(0, 12)}…, got ${actual.slice(0, 12)}…)`);
    if (digest.size !== undefined && digest.covers === 'plain' && digest.size !== file.size) {
      throw invalidModelFile(file.name, `has ${file.size} bytes but ${digest.source} says ${digest.size}`);
    }
  }
}

/** Gathers the checksums the source carried, keyed by the file name each covers. */
function collectExpectedDigests(staging: Staging, pair: string): Map<string, ExpectedDigest[]> {
  const expected = new Map<string, ExpectedDigest[]>();
  const add = (name: string, digest: ExpectedDigest): void => {
    expected.set(name, [...(expected.get(name) ?? []), digest]);
  };
  if (staging.manifestText !== undefined) {
    const manifest = parseModelManifest(staging.manifestText);
    if (`${manifest.from}${manifest.to}` !== pair) throw new AppError('MT_MODEL_INVALID', `${manifestFileName}: describes ${manifest.from}→${manifest.to}, not the model's direction`);
    for (const entry of manifestEntries(manifest)) add(entry.name, { sha256: entry.sha256, size: entry.size, covers: 'plain', source: manifestFileName });
  }
  if (staging.registryText !== undefined) {
    for (const [name, digest] of registryDigests(staging.registryText, pair, 'registry.json')) add(name, digest);
  }
  for (const [name, text] of staging.sha256Texts) {
    const hex = /^\s*([0-9a-fA-F]{64})\b/.exec(text)?.[1];
    if (!hex) throw invalidModelFile(`${name}.sha256`, 'does not start with a SHA-256 digest');
    add(name, { sha256: hex.toLowerCase(), covers: name.endsWith('.gz') ? 'raw' : 'plain', source: `${name}.sha256` });
  }
  return expected;
}

/** One file of a registry entry. */
export interface RegistryFile {
  kind: ModelFileKind;
  name: string;
  size: number;
  sha256: string;
  /** The gzipped size, when the registry gives it (`estimatedCompressedSize`). */
  compressedSize: number | null;
  /** `prod`, `dev`…: the Firefox registry's folder for the file (`models/<modelType>/<pair>/`), when given. */
  modelType: string | null;
}

/**
 * Reads a Firefox Translations registry's entry for `pair`. Only model, lex and vocabularies are
 * taken (qualityModel and others are ignored); names must be model file names of that pair.
 */
export function parseRegistryEntry(text: string, pair: string, label: string): RegistryFile[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('MT_MODEL_INVALID', `${label}: not valid JSON`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new AppError('MT_MODEL_INVALID', `${label}: not a model registry`);
  const entry = (json as Record<string, unknown>)[pair];
  if (typeof entry !== 'object' || entry === null) throw new AppError('MT_MODEL_INVALID', `${label}: has no model for ${pair.slice(0, 2)}→${pair.slice(2)}`);
  const files: RegistryFile[] = [];
  for (const kind of ['model', 'lex', 'vocab', 'srcvocab', 'trgvocab'] as const) {
    const raw = (entry as Record<string, unknown>)[kind];
    if (raw === undefined) continue;
    const file = raw as { name?: unknown; size?: unknown; expectedSha256Hash?: unknown; estimatedCompressedSize?: unknown; modelType?: unknown };
    const recognised = typeof file.name === 'string' ? recogniseModelFileName(file.name) : null;
    if (!recognised || recognised.gzipped || recognised.kind !== kind) throw new AppError('MT_MODEL_INVALID', `${label}: the ${kind} entry of ${pair} has an unexpected file name`);
    if (typeof file.expectedSha256Hash !== 'string' || !/^[0-9a-fA-F]{64}$/.test(file.expectedSha256Hash)) {
      throw new AppError('MT_MODEL_INVALID', `${label}: the ${kind} entry of ${pair} has no SHA-256`);
    }
    if (typeof file.size !== 'number' || !Number.isSafeInteger(file.size) || file.size <= 0) throw new AppError('MT_MODEL_INVALID', `${label}: the ${kind} entry of ${pair} has no size`);
    const compressed = file.estimatedCompressedSize;
    files.push({
      kind,
      name: recognised.name,
      size: file.size,
      sha256: file.expectedSha256Hash.toLowerCase(),
      compressedSize: typeof compressed === 'number' && Number.isSafeInteger(compressed) && compressed > 0 ? compressed : null,
      // Only a plain word: it becomes part of an address.
      modelType: typeof file.modelType === 'string' && /^[a-z0-9-]{1,32}$/.test(file.modelType) ? file.modelType : null,
    });
  }
  return files;
}

function registryDigests(text: string, pair: string, label: string): [string, ExpectedDigest][] {
  return parseRegistryEntry(text, pair, label).map((file) => [file.name, { sha256: file.sha256, size: file.size, covers: 'plain', source: label }]);
}

/** Checksums from a registry entry, in the shape `withStaging` takes (for the downloader). */
export function registryExpectations(files: readonly RegistryFile[], label: string): Map<string, ExpectedDigest[]> {
  return new Map(files.map((file) => [file.name, [{ sha256: file.sha256, size: file.size, covers: 'plain', source: label }]]));
}

function manifestEntries(manifest: ModelManifest): ModelFileEntry[] {
  return [manifest.model, manifest.lex, ...manifest.vocabs];
}

/** `id-en` -> {from, to}; null for anything else (hidden folders, other languages). */
function folderDirection(name: string): { from: Lang; to: Lang } | null {
  const match = /^([a-z]{2})-([a-z]{2})$/.exec(name);
  if (!match) return null;
  const from = Lang.safeParse(match[1]);
  const to = Lang.safeParse(match[2]);
  if (!from.success || !to.success || from.data === to.data) return null;
  return { from: from.data, to: to.data };
}

/** Reads one installed folder's manifest and stats its files. */
function describeFolder(dir: string, from: Lang, to: Lang): InstalledModel {
  const damaged = (problem: string): InstalledModel => ({ from, to, status: 'damaged', bytes: 0, origin: null, installedAt: null, problem, dir });
  let manifest: ModelManifest;
  try {
    manifest = parseModelManifest(readFileSync(join(dir, manifestFileName), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return damaged(`${manifestFileName} is missing`);
    return damaged(error instanceof AppError ? error.message : `${manifestFileName} cannot be read`);
  }
  if (manifest.from !== from || manifest.to !== to) return damaged(`${manifestFileName} describes ${manifest.from}→${manifest.to}, not ${from}→${to}`);
  for (const entry of manifestEntries(manifest)) {
    let size: number;
    try {
      size = statSync(join(dir, entry.name)).size;
    } catch {
      return damaged(`${entry.name} (${kindLabel(recogniseModelFileName(entry.name)?.kind ?? 'model')}) is missing`);
    }
    if (size !== entry.size) return damaged(`${entry.name} has ${size} bytes instead of ${entry.size}`);
  }
  return { from, to, status: 'ok', bytes: manifest.bytes, origin: manifest.origin, installedAt: manifest.installedAt, problem: null, dir };
}

async function hashFile(path: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: hash.digest('hex') };
}

