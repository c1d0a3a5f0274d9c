/**
 * TEST FILES ONLY: generates structurally valid fake Bergamot model files — a Marian binary model
 * with a real header table, a binary lexical shortlist with the right magic and offsets, a
 * SentencePiece protobuf vocabulary — with random bodies, and packs them the ways users and the
 * registry deliver them (folder, zip, tar.gz, registry tree). They pass the model manager's
 * checks and never translate anything: no engine may present output from them as a translation.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Lang } from '../../../../src-preload/contract/domain.ts';
import { buildTestZip } from '../../../services/importers/buildTestZip.ts';
import type { ModelFileKind } from '../modelFiles.ts';
import type { ModelManifest } from '../modelManifest.ts';

export interface TestModelFile {
  kind: ModelFileKind;
  name: string;
  bytes: Uint8Array;
  sha256: string;
}

export interface TestModel {
  from: Lang;
  to: Lang;
  pair: string;
  files: TestModelFile[];
}

export interface MakeTestModelOptions {
  /** Size of the model file (at least 1 MB to pass the size check; default a little over 1 MB). */
  modelBytes?: number;
  /** Vocabulary size, default 600 pieces. */
  pieces?: number;
  /** srcvocab + trgvocab instead of one shared vocab. */
  splitVocabs?: boolean;
  /** Seed for the random bodies, so a test's files are the same on every run. */
  seed?: number;
}

/** Makes the three (or four) files of a fake model for `pair` (`iden`, `enid`, or any other for refusal tests). */
export function makeTestModel(pair: string, options: MakeTestModelOptions = {}): TestModel {
  const random = seededRandom(options.seed ?? pair.split('').reduce((sum, c) => sum * 31 + c.charCodeAt(0), 7));
  const pieces = options.pieces ?? 600;
  const file = (kind: ModelFileKind, name: string, bytes: Uint8Array): TestModelFile => ({ kind, name, bytes, sha256: sha256(bytes) });
  const files = [
    file('model', `model.${pair}.intgemm.alphas.bin`, fakeMarianModel(options.modelBytes ?? 1024 * 1024 + 4096, random)),
    file('lex', `lex.50.50.${pair}.s2t.bin`, fakeShortlist(pieces, pieces, random)),
  ];
  if (options.splitVocabs) {
    files.push(file('srcvocab', `srcvocab.${pair}.spm`, fakeSentencePiece(pieces, random)), file('trgvocab', `trgvocab.${pair}.spm`, fakeSentencePiece(pieces, random)));
  } else {
    files.push(file('vocab', `vocab.${pair}.spm`, fakeSentencePiece(pieces, random)));
  }
  const from = pair.slice(0, 2) as Lang;
  const to = pair.slice(2) as Lang;
  return { from, to, pair, files };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A Marian binary model (see modelFiles.ts for the layout) of exactly `totalBytes`, with random data. */
export function fakeMarianModel(totalBytes: number, random: () => number): Uint8Array {
  const items = [
    { name: 'Wemb', type: 0x4101, shape: [600, 256] },
    { name: 'encoder_l1_self_Wq', type: 0x4101, shape: [256, 256] },
    { name: 'special:model.yml', type: 0x0101, shape: [64] },
  ];
  const names = items.map((item) => Buffer.from(`${item.name}\0`, 'latin1'));
  let headerSize = 16 + items.length * 32 + names.reduce((sum, n) => sum + n.length, 0) + items.reduce((sum, item) => sum + item.shape.length * 4, 0);
  const padding = Math.floor((headerSize + 8) / 256 + 1) * 256 - headerSize - 8;
  headerSize += 8 + padding;
  const dataBytes = totalBytes - headerSize;
  if (dataBytes < 3 * 64) throw new Error('fake model too small');
  const lengths = [dataBytes - 64 - 65536, 65536, 64];
  const out = Buffer.alloc(totalBytes);
  let p = 0;
  const u64 = (value: number): void => {
    out.writeBigUInt64LE(BigInt(value), p);
    p += 8;
  };
  u64(1);
  u64(items.length);
  items.forEach((item, i) => {
    u64(names[i]!.length);
    u64(item.type);
    u64(item.shape.length);
    u64(lengths[i]!);
  });
  for (const name of names) {
    name.copy(out, p);
    p += name.length;
  }
  for (const item of items) {
    for (const dim of item.shape) {
      out.writeInt32LE(dim, p);
      p += 4;
    }
  }
  u64(padding);
  p += padding;
  fillRandom(out.subarray(p), random);
  return new Uint8Array(out);
}

/** A binary lexical shortlist: up to 8 sorted random target ids per source word, ids below `targetWords`. */
export function fakeShortlist(sourceWords: number, targetWords: number, random: () => number): Uint8Array {
  const lists: number[][] = [];
  for (let w = 0; w < sourceWords; w++) {
    const ids = new Set<number>();
    const count = 1 + Math.floor(random() * 8);
    while (ids.size < count) ids.add(Math.floor(random() * targetWords));
    lists.push([...ids].sort((a, b) => a - b));
  }
  const listSize = lists.reduce((sum, list) => sum + list.length, 0);
  const out = Buffer.alloc(48 + (sourceWords + 1) * 8 + listSize * 4);
  out.writeBigUInt64LE(0xf11a48d5013417f5n, 0);
  out.writeBigUInt64LE(100n, 16); // firstNum
  out.writeBigUInt64LE(100n, 24); // bestNum
  out.writeBigUInt64LE(BigInt(sourceWords + 1), 32);
  out.writeBigUInt64LE(BigInt(listSize), 40);
  let offset = 0;
  let at = 48 + (sourceWords + 1) * 8;
  lists.forEach((list, w) => {
    out.writeBigUInt64LE(BigInt(offset), 48 + w * 8);
    for (const id of list) {
      out.writeUInt32LE(id, at);
      at += 4;
    }
    offset += list.length;
  });
  out.writeBigUInt64LE(BigInt(offset), 48 + sourceWords * 8);
  out.writeBigUInt64LE(shortlistChecksum(out), 8);
  return new Uint8Array(out);
}

/** Marian's hashMem over everything after magic and checksum, with std::hash<uint64_t> = identity (libstdc++). */
function shortlistChecksum(bytes: Buffer): bigint {
  const mask = (1n << 64n) - 1n;
  let seed = 0n;
  const words = Math.floor((bytes.length - 16) / 8);
  for (let i = 0; i < words; i++) {
    const value = bytes.readBigUInt64LE(16 + i * 8);
    seed ^= (value + 0x9e3779b9n + ((seed << 6n) & mask) + (seed >> 2n)) & mask;
  }
  return seed;
}

/** A SentencePiece ModelProto: `pieces` pieces (text, score, type), a trainer spec and a normalizer spec. */
export function fakeSentencePiece(pieces: number, random: () => number): Uint8Array {
  const parts: Buffer[] = [];
  const specials = ['<unk>', '<s>', '</s>'];
  const letters = 'abcdefghijklmnoprstuwy';
  for (let i = 0; i < pieces; i++) {
    let text = specials[i];
    if (text === undefined) {
      text = random() < 0.5 ? '\u2581' : '';
      const length = 1 + Math.floor(random() * 6);
      for (let j = 0; j < length; j++) text += letters[Math.floor(random() * letters.length)];
      text += String(i);
    }
    const score = Buffer.alloc(4);
    score.writeFloatLE(-i / 10, 0);
    const piece = Buffer.concat([field(1, 2, Buffer.from(text, 'utf8')), Buffer.from([(2 << 3) | 5]), score, ...(i < 3 ? [Buffer.from([(3 << 3) | 0, i === 0 ? 2 : 3])] : [])]);
    parts.push(field(1, 2, piece));
  }
  parts.push(field(2, 2, Buffer.concat([field(1, 2, Buffer.from('corpus.txt')), Buffer.from([(3 << 3) | 0, 1])])));
  parts.push(field(3, 2, field(1, 2, Buffer.from('identity'))));
  return new Uint8Array(Buffer.concat(parts));
}

function field(number: number, wireType: number, payload: Buffer): Buffer {
  return Buffer.concat([varint((number << 3) | wireType), varint(payload.length), payload]);
}

function varint(value: number): Buffer {
  const bytes: number[] = [];
  let v = value;
  while (v >= 0x80) {
    bytes.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  bytes.push(v);
  return Buffer.from(bytes);
}

/** How a packed model carries checksums (see modelStore.ts for what each means). */
export type TestChecksums = 'none' | 'manifest' | 'registry' | 'sha256';

export interface PackOptions {
  /** Store the files as `.gz`. */
  gzip?: boolean;
  checksums?: TestChecksums;
  /** A folder inside the archive or folder to put everything in (archives usually have one). */
  folder?: string;
  /** Extra entries, e.g. a README or a hostile name. */
  extra?: { name: string; data: Uint8Array | string }[];
}

/** The entries (name, bytes) a packed model consists of. */
export function packEntries(model: TestModel, options: PackOptions = {}): { name: string; data: Uint8Array }[] {
  const prefix = options.folder ? `${options.folder}/` : '';
  const entries = model.files.map((file) => {
    const data = options.gzip ? new Uint8Array(gzipSync(file.bytes)) : file.bytes;
    return { name: `${prefix}${file.name}${options.gzip ? '.gz' : ''}`, data };
  });
  const checksums = options.checksums ?? 'none';
  if (checksums === 'sha256') {
    for (const entry of [...entries]) entries.push({ name: `${entry.name}.sha256`, data: Buffer.from(`${sha256(entry.data)}  ${entry.name.slice(prefix.length)}\n`) });
  } else if (checksums === 'registry') {
    entries.push({ name: `${prefix}registry.json`, data: Buffer.from(JSON.stringify(registryFor([model]), null, 2)) });
  } else if (checksums === 'manifest') {
    entries.push({ name: `${prefix}manifest.json`, data: Buffer.from(JSON.stringify(manifestFor(model), null, 2)) });
  }
  for (const extra of options.extra ?? []) entries.push({ name: extra.name, data: typeof extra.data === 'string' ? Buffer.from(extra.data) : extra.data });
  return entries;
}

/** Our manifest for a test model, as an installed folder would have it. */
export function manifestFor(model: TestModel): ModelManifest {
  const entry = (file: TestModelFile): { name: string; size: number; sha256: string } => ({ name: file.name, size: file.bytes.length, sha256: file.sha256 });
  const byKind = (kind: ModelFileKind): TestModelFile[] => model.files.filter((file) => file.kind === kind);
  return {
    from: model.from,
    to: model.to,
    model: entry(byKind('model')[0]!),
    lex: entry(byKind('lex')[0]!),
    vocabs: [...byKind('vocab'), ...byKind('srcvocab'), ...byKind('trgvocab')].map(entry),
    origin: 'import',
    installedAt: '2026-11-28T00:00:00.000Z',
    bytes: model.files.reduce((sum, file) => sum + file.bytes.length, 0),
  };
}

/** A registry in the Firefox Translations shape (hashes and sizes of the decompressed files). */
export function registryFor(models: readonly TestModel[]): Record<string, Record<string, unknown>> {
  const registry: Record<string, Record<string, unknown>> = {};
  for (const model of models) {
    const entry: Record<string, unknown> = {};
    for (const file of model.files) {
      entry[file.kind] = {
        name: file.name,
        size: file.bytes.length,
        estimatedCompressedSize: gzipSync(file.bytes).length,
        expectedSha256Hash: file.sha256,
        modelType: 'prod',
      };
    }
    registry[model.pair] = entry;
  }
  return registry;
}

/** Writes a model as a folder. */
export async function writeModelFolder(model: TestModel, dir: string, options: PackOptions = {}): Promise<void> {
  for (const entry of packEntries(model, options)) {
    const path = join(dir, entry.name);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, entry.data);
  }
}

/** A model as a zip archive (through the importers' byte-exact zip builder). */
export function buildModelZip(model: TestModel, options: PackOptions = {}): Uint8Array {
  return buildTestZip(packEntries(model, options));
}

/** A model as a .tar.gz archive. */
export function buildModelTarGz(model: TestModel, options: PackOptions = {}): Uint8Array {
  return buildTestTarGz(packEntries(model, options));
}

/** A gzip-compressed POSIX ustar archive of regular files (names up to 100 bytes, or 255 with a prefix). */
export function buildTestTarGz(entries: readonly { name: string; data: Uint8Array }[]): Uint8Array {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const header = Buffer.alloc(512);
    const name = Buffer.from(entry.name, 'utf8');
    if (name.length <= 100) {
      name.copy(header, 0);
    } else {
      const cut = entry.name.lastIndexOf('/', 155);
      Buffer.from(entry.name.slice(cut + 1)).copy(header, 0);
      Buffer.from(entry.name.slice(0, cut)).copy(header, 345);
    }
    header.write('0000644\0', 100, 'latin1');
    header.write('0000000\0', 108, 'latin1');
    header.write('0000000\0', 116, 'latin1');
    header.write(`${entry.data.length.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
    header.write(`${Math.floor(Date.UTC(2026, 10, 28) / 1000).toString(8).padStart(11, '0')}\0`, 136, 'latin1');
    header.write('        ', 148, 'latin1');
    header.write('0', 156, 'latin1');
    header.write('ustar\0', 257, 'latin1');
    header.write('00', 263, 'latin1');
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    blocks.push(header, Buffer.from(entry.data), Buffer.alloc((512 - (entry.data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return new Uint8Array(gzipSync(Buffer.concat(blocks)));
}

/**
 * Writes a registry tree as the downloader expects it: `registry.json` and `<pair>/<name>.gz`
 * (the models repository's layout), or `<pair>/<name>` with `plain` (the published bucket's).
 * Returns the path of the registry.
 */
export async function writeRegistryTree(models: readonly TestModel[], dir: string, options: { plain?: boolean } = {}): Promise<string> {
  for (const model of models) {
    await mkdir(join(dir, model.pair), { recursive: true });
    for (const file of model.files) {
      if (options.plain) await writeFile(join(dir, model.pair, file.name), file.bytes);
      else await writeFile(join(dir, model.pair, `${file.name}.gz`), gzipSync(file.bytes));
    }
  }
  const registryPath = join(dir, 'registry.json');
  await writeFile(registryPath, JSON.stringify(registryFor(models), null, 2));
  return registryPath;
}

/** xorshift32: deterministic, fast, good enough for filler bytes. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x100000000;
  };
}

function fillRandom(target: Buffer, random: () => number): void {
  for (let i = 0; i + 4 <= target.length; i += 4) target.writeUInt32LE(Math.floor(random() * 0x100000000), i);
}
