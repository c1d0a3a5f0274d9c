/**
 * Recognises and validates the files of a Bergamot model (the Firefox Translations layout) by
 * their names AND their content, so a renamed text file, a truncated download or a file of
 * another kind never reaches the engine. Pure functions over bytes plus two small readers; every
 * refusal is an AppError MT_MODEL_INVALID whose message names the file and the reason.
 *
 * Formats, from the sources of the programs that read them:
 * - Model (Marian binary, marian-dev src/common/binary.cpp): u64 version (1), u64 item count N,
 *   N headers of four u64 (name length incl. NUL, type, shape rank, data length), the N names,
 *   the N shapes (int32 each), u64 padding length, that many padding bytes (so the data starts
 *   256-aligned), then the items' data back to back: the file ends where the last item ends.
 * - Shortlist (binary lexical shortlist, marian-dev src/data/shortlist.cpp): six u64 (magic
 *   0xF11A48D5013417F5, checksum, firstNum, bestNum, wordToOffsetSize, shortListsSize), then
 *   wordToOffsetSize u64 offsets, then shortListsSize u32 target word ids; the file is exactly
 *   that long, offsets never decrease and the last one equals shortListsSize. Its own checksum is
 *   std::hash-based and so platform-dependent, which is why we do not check it; the structure and
 *   (with the vocabulary) the id range are what Marian's content check verifies too.
 * - Vocabulary (SentencePiece ModelProto, a protobuf): repeated field 1 `pieces` (each a message
 *   whose field 1 is the piece text), then trainer/normalizer specs. We walk every top-level field
 *   to the exact end of the file and count the pieces.
 * All integers are little-endian (every platform Bergamot runs on).
 */
import { open } from 'node:fs/promises';
import type { Lang } from '../../../src-preload/contract/domain.ts';
import { AppError } from '../../services/appError.ts';

/** What a file is for: the model, the shortlist, a shared vocabulary, or one of two split ones. */
export type ModelFileKind = 'model' | 'lex' | 'vocab' | 'srcvocab' | 'trgvocab';

/** A file name we recognise: its kind, the language pair it names (`iden`) and whether it is gzipped. */
export interface RecognisedModelFile {
  kind: ModelFileKind;
  pair: string;
  /** The name without `.gz`: what the file is called once installed. */
  name: string;
  gzipped: boolean;
}

const namePatterns: [ModelFileKind, RegExp][] = [
  ['model', /^model\.([a-z]{4})\.intgemm\.alphas\.bin$/],
  ['model', /^model\.([a-z]{4})\.intgemm8\.bin$/],
  ['lex', /^lex\.50\.50\.([a-z]{4})\.s2t\.bin$/],
  ['lex', /^lex\.([a-z]{4})\.s2t\.bin$/],
  ['vocab', /^vocab\.([a-z]{4})\.spm$/],
  ['srcvocab', /^srcvocab\.([a-z]{4})\.spm$/],
  ['trgvocab', /^trgvocab\.([a-z]{4})\.spm$/],
];

/** Recognises a model file by its base name (with or without `.gz`); null for anything else. */
export function recogniseModelFileName(fileName: string): RecognisedModelFile | null {
  const gzipped = fileName.endsWith('.gz');
  const name = gzipped ? fileName.slice(0, -3) : fileName;
  for (const [kind, pattern] of namePatterns) {
    const match = pattern.exec(name);
    if (match?.[1]) return { kind, pair: match[1], name, gzipped };
  }
  return null;
}

/**
 * The direction a pair names (`iden` -> id→en), or null when it is not one of ours: only
 * Indonesian and English, in either direction.
 */
export function pairDirection(pair: string): { from: Lang; to: Lang } | null {
  if (pair === 'iden') return { from: 'id', to: 'en' };
  if (pair === 'enid') return { from: 'en', to: 'id' };
  return null;
}

/** Bounds on each kind of file, decompressed (real id/en files: model 17 MB, lex 3.5 MB, vocab 0.8 MB). */
export const modelFileSizeLimits: Record<'model' | 'lex' | 'vocab', { min: number; max: number }> = {
  model: { min: 1024 * 1024, max: 400 * 1024 * 1024 },
  lex: { min: 48, max: 100 * 1024 * 1024 },
  vocab: { min: 16, max: 20 * 1024 * 1024 },
};

/** The size bounds for a kind (the split vocabularies share the vocabulary's). */
export function sizeLimitsFor(kind: ModelFileKind): { min: number; max: number } {
  return kind === 'model' ? modelFileSizeLimits.model : kind === 'lex' ? modelFileSizeLimits.lex : modelFileSizeLimits.vocab;
}

/** The error every refusal uses: the file's name, then why. */
export function invalidModelFile(fileName: string, reason: string): AppError {
  return new AppError('MT_MODEL_INVALID', `${fileName}: ${reason}`);
}

/** What the validators learned, for the checks that need two files at once. */
export interface ModelFileFacts {
  /** Vocabulary: how many pieces it has. */
  pieceCount?: number;
  /** Shortlist: the highest target word id it uses, and how many source words it covers. */
  maxTargetId?: number;
  sourceWords?: number;
}

/** How much of a model file we read to check its header table (real ones need ~40 KB). */
const modelHeadBytes = 1024 * 1024;
/** Largest item count, name and shape rank a sane Marian model has (real ones: ~250 items, rank 2). */
const maxModelItems = 65_536;
const maxItemNameBytes = 4096;
const maxShapeRank = 16;
/** Marian pads the header to 256 bytes; we allow a little slack for older writers. */
const maxHeaderPadding = 4096;
/** Bytes after the last item that we tolerate (Marian writes none; a little slack costs nothing). */
const maxTrailingBytes = 256;

/**
 * Checks a Marian binary model's header table against the file's size. `head` is the start of
 * the file (at least the whole header table); `fileSize` is the full size.
 */
export function checkMarianModel(head: Uint8Array, fileSize: number, fileName: string): ModelFileFacts {
  const reader = new LittleEndianReader(head, fileName, 'the model header');
  const version = reader.u64();
  if (version !== 1) throw invalidModelFile(fileName, `not a Marian binary model (format version ${version}, expected 1)`);
  const count = reader.u64();
  if (count < 1 || count > maxModelItems) throw invalidModelFile(fileName, `not a Marian binary model (${count} items)`);
  const headers: { nameLength: number; type: number; rank: number; dataLength: number }[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = reader.u64();
    const type = reader.u64();
    const rank = reader.u64();
    const dataLength = reader.u64();
    if (nameLength < 2 || nameLength > maxItemNameBytes) throw invalidModelFile(fileName, `item ${i + 1} has a name of ${nameLength} bytes`);
    if (!isMarianType(type)) throw invalidModelFile(fileName, `item ${i + 1} has an unknown type 0x${type.toString(16)}`);
    if (rank > maxShapeRank) throw invalidModelFile(fileName, `item ${i + 1} has ${rank} dimensions`);
    headers.push({ nameLength, type, rank, dataLength });
  }
  for (const [i, header] of headers.entries()) {
    const name = reader.bytes(header.nameLength);
    // Names are NUL-terminated printable ASCII ("encoder_l1_self_Wq", "special:model.yml").
    if (name[name.length - 1] !== 0) throw invalidModelFile(fileName, `item ${i + 1}'s name is not terminated`);
    for (let j = 0; j < name.length - 1; j++) {
      const c = name[j] ?? 0;
      if (c < 0x20 || c > 0x7e) throw invalidModelFile(fileName, `item ${i + 1}'s name is not text`);
    }
  }
  for (const [i, header] of headers.entries()) {
    for (let d = 0; d < header.rank; d++) {
      if (reader.i32() <= 0) throw invalidModelFile(fileName, `item ${i + 1} has an empty or negative dimension`);
    }
  }
  const padding = reader.u64();
  if (padding > maxHeaderPadding) throw invalidModelFile(fileName, `the header padding (${padding} bytes) is not what Marian writes`);
  const dataStart = reader.offset + padding;
  const end = headers.reduce((sum, header) => sum + header.dataLength, dataStart);
  if (end > fileSize) throw invalidModelFile(fileName, `the file is cut short (${fileSize} bytes, the header describes ${end})`);
  if (fileSize - end > maxTrailingBytes) throw invalidModelFile(fileName, `${fileSize - end} unexpected bytes after the model's data`);
  return {};
}

/** Marian type codes: a size (1, 2, 4, 8 bytes) plus one signed/unsigned/float class and optional layout flags. */
function isMarianType(type: number): boolean {
  const size = type & 0xff;
  const base = type & 0x0700;
  return [1, 2, 4, 8].includes(size) && [0x0100, 0x0200, 0x0400].includes(base) && type < 0x10000;
}

const shortlistMagic = 0xf11a48d5013417f5n;

/** Checks a binary lexical shortlist's header, exact size and offset table. */
export function checkShortlist(bytes: Uint8Array, fileName: string): ModelFileFacts {
  if (bytes.length < 48) throw invalidModelFile(fileName, 'too short to be a lexical shortlist');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getBigUint64(0, true) !== shortlistMagic) throw invalidModelFile(fileName, 'not a binary lexical shortlist (wrong magic number)');
  const offsetCount = view.getBigUint64(32, true);
  const listSize = view.getBigUint64(40, true);
  const expected = 48n + offsetCount * 8n + listSize * 4n;
  if (expected !== BigInt(bytes.length)) throw invalidModelFile(fileName, `the shortlist's header describes ${expected} bytes but the file has ${bytes.length}`);
  const words = Number(offsetCount);
  if (words < 2) throw invalidModelFile(fileName, 'the shortlist covers no words');
  let previous = 0n;
  for (let i = 0; i < words; i++) {
    const offset = view.getBigUint64(48 + i * 8, true);
    if (offset < previous || offset > listSize) throw invalidModelFile(fileName, 'the shortlist offsets are out of order or out of range');
    previous = offset;
  }
  if (previous !== listSize) throw invalidModelFile(fileName, 'the shortlist offsets do not end at its list');
  let maxTargetId = 0;
  const listStart = 48 + words * 8;
  for (let i = 0; i < Number(listSize); i++) maxTargetId = Math.max(maxTargetId, view.getUint32(listStart + i * 4, true));
  return { maxTargetId, sourceWords: words - 1 };
}

/** Fewest pieces we accept (SentencePiece always has <unk>, <s>, </s>; real vocabularies have 32 000). */
const minPieces = 4;

/** Checks a SentencePiece model: a well-formed protobuf from first byte to last, starting with pieces. */
export function checkSentencePiece(bytes: Uint8Array, fileName: string): ModelFileFacts {
  const reader = new ProtobufReader(bytes, fileName);
  let pieceCount = 0;
  let first = true;
  while (!reader.atEnd()) {
    const { field, wireType } = reader.tag();
    if (first && (field !== 1 || wireType !== 2)) throw invalidModelFile(fileName, 'not a SentencePiece vocabulary (it does not start with a piece)');
    first = false;
    if (field === 1) {
      if (wireType !== 2) throw invalidModelFile(fileName, 'not a SentencePiece vocabulary (a piece is not a message)');
      checkPiece(reader.lengthDelimited(), fileName);
      pieceCount++;
    } else {
      reader.skip(wireType);
    }
  }
  if (pieceCount < minPieces) throw invalidModelFile(fileName, `a SentencePiece vocabulary with only ${pieceCount} pieces`);
  return { pieceCount };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One SentencePiece: field 1 is its text (UTF-8), other fields are well-formed. */
function checkPiece(bytes: Uint8Array, fileName: string): void {
  const reader = new ProtobufReader(bytes, fileName);
  let hasText = false;
  while (!reader.atEnd()) {
    const { field, wireType } = reader.tag();
    if (field === 1 && wireType === 2) {
      try {
        utf8.decode(reader.lengthDelimited());
      } catch {
        throw invalidModelFile(fileName, 'not a SentencePiece vocabulary (a piece is not UTF-8 text)');
      }
      hasText = true;
    } else {
      reader.skip(wireType);
    }
  }
  if (!hasText) throw invalidModelFile(fileName, 'not a SentencePiece vocabulary (a piece has no text)');
}

/** Minimal protobuf wire-format reader that refuses anything out of bounds. */
class ProtobufReader {
  private offset = 0;
  private readonly bytes: Uint8Array;
  private readonly fileName: string;

  constructor(bytes: Uint8Array, fileName: string) {
    this.bytes = bytes;
    this.fileName = fileName;
  }

  atEnd(): boolean {
    return this.offset >= this.bytes.length;
  }

  tag(): { field: number; wireType: number } {
    const value = this.varint();
    const field = Math.floor(value / 8);
    if (field < 1) throw this.broken();
    return { field, wireType: value % 8 };
  }

  varint(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      if (this.offset >= this.bytes.length) throw this.broken();
      const byte = this.bytes[this.offset++] ?? 0;
      result += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) return result;
      scale *= 128;
    }
    throw this.broken();
  }

  lengthDelimited(): Uint8Array {
    const length = this.varint();
    if (length > this.bytes.length - this.offset) throw this.broken();
    const slice = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }

  skip(wireType: number): void {
    if (wireType === 0) this.varint();
    else if (wireType === 1) this.advance(8);
    else if (wireType === 2) this.lengthDelimited();
    else if (wireType === 5) this.advance(4);
    // Groups (3, 4) are deprecated and never in a SentencePiece model; 6 and 7 do not exist.
    else throw this.broken();
  }

  private advance(n: number): void {
    if (n > this.bytes.length - this.offset) throw this.broken();
    this.offset += n;
  }

  private broken(): AppError {
    return invalidModelFile(this.fileName, 'not a SentencePiece vocabulary (damaged protobuf data)');
  }
}

/** Reads little-endian integers from a header, refusing reads past the bytes it has. */
class LittleEndianReader {
  offset = 0;
  private readonly view: DataView;
  private readonly bytesRef: Uint8Array;
  private readonly fileName: string;
  private readonly what: string;

  constructor(bytes: Uint8Array, fileName: string, what: string) {
    this.bytesRef = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.fileName = fileName;
    this.what = what;
  }

  u64(): number {
    this.need(8);
    const value = this.view.getBigUint64(this.offset, true);
    this.offset += 8;
    // Every legitimate count and length fits a double; a larger one is garbage.
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw invalidModelFile(this.fileName, `not a Marian binary model (${this.what} holds an impossible number)`);
    return Number(value);
  }

  i32(): number {
    this.need(4);
    const value = this.view.getInt32(this.offset, true);
    this.offset += 4;
    return value;
  }

  bytes(n: number): Uint8Array {
    this.need(n);
    const slice = this.bytesRef.subarray(this.offset, this.offset + n);
    this.offset += n;
    return slice;
  }

  private need(n: number): void {
    if (this.offset + n > this.view.byteLength) throw invalidModelFile(this.fileName, `not a Marian binary model (${this.what} is cut short)`);
  }
}

/**
 * Validates one installed-to-be file on disk by its kind: size bounds first (before reading),
 * then content. Returns what the cross-file checks need.
 */
export async function validateModelFile(path: string, kind: ModelFileKind, fileName: string): Promise<ModelFileFacts> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const limits = sizeLimitsFor(kind);
    if (size < limits.min) throw invalidModelFile(fileName, `${size} bytes is too small for a ${kindLabel(kind)} (at least ${limits.min})`);
    if (size > limits.max) throw invalidModelFile(fileName, `${size} bytes is too large for a ${kindLabel(kind)} (at most ${limits.max})`);
    if (kind === 'model') {
      const head = new Uint8Array(Math.min(size, modelHeadBytes));
      await handle.read(head, 0, head.length, 0);
      return checkMarianModel(head, size, fileName);
    }
    const bytes = new Uint8Array(size);
    await handle.read(bytes, 0, size, 0);
    return kind === 'lex' ? checkShortlist(bytes, fileName) : checkSentencePiece(bytes, fileName);
  } finally {
    await handle.close();
  }
}

/** English name of a kind, for messages. */
export function kindLabel(kind: ModelFileKind): string {
  if (kind === 'model') return 'translation model';
  if (kind === 'lex') return 'lexical shortlist';
  if (kind === 'vocab') return 'vocabulary';
  return kind === 'srcvocab' ? 'source vocabulary' : 'target vocabulary';
}
