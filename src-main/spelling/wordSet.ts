/**
 * A read-only set of words with per-word attributes, stored as one binary buffer that can be
 * written to disk and used straight after reading it back: an open-addressing hash table of
 * offsets into a blob of UTF-8 words. Opening a cache file costs a file read and no parsing,
 * which is what keeps "dictionaries ready" far below the ~1.1 s nspell needs to expand id_ID
 * into JavaScript objects (BENCHMARKS.md `spell`).
 *
 * Layout (little-endian):
 *   0  "RDKWSET1"       magic, 8 bytes
 *   8  u32 format       wordSetFormat
 *  12  u32 count        number of words
 *  16  u32 tableSize    slots, a power of two
 *  20  u32 blobBytes
 *  24  32 bytes key     sha-256 of the inputs the set was built from (cache key)
 *  56  8 bytes zero
 *  64  u32[tableSize]   0 = empty, else 1 + offset of the entry in the blob
 *  ..  blob             entries: u8 byteLength, u8 attrs, UTF-8 bytes
 */

const magic = 'RDKWSET1';
export const wordSetFormat = 1;
const headerBytes = 64;
/** Entries store their byte length in one byte; longer "words" are not words. */
export const maxWordBytes = 255;

/** 32-bit FNV-1a over bytes [0, length). */
function hashBytes(bytes: Uint8Array, length: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

const encoder = new TextEncoder();

/** UTF-8 encodes `word` into `into`; returns the byte length or -1 when it does not fit. */
function encodeWord(word: string, into: Uint8Array): number {
  // ASCII fast path: most lookups are plain Latin letters.
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) {
      const r = encoder.encodeInto(word, into);
      return r.read === word.length ? r.written : -1;
    }
    if (n >= into.length) return -1;
    into[n++] = c;
  }
  return n;
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/** Builds the binary form of `words` (word -> attributes), tagged with the cache `key`. */
export function buildWordSet(words: ReadonlyMap<string, number>, key: Uint8Array): Uint8Array {
  if (key.length !== 32) throw new Error('word set key must be 32 bytes');
  // Two passes (measure, then encode straight into the blob) avoid one allocation per word.
  const kept: Array<[string, number, number]> = [];
  let blobBytes = 0;
  for (const [word, attrs] of words) {
    const length = Buffer.byteLength(word, 'utf8');
    if (length === 0 || length > maxWordBytes) continue;
    kept.push([word, attrs, length]);
    blobBytes += 2 + length;
  }
  // Load factor <= 0.5 keeps linear probing short for misses, which are most suggestion probes.
  const tableSize = nextPowerOfTwo(Math.max(16, kept.length * 2));
  const out = new Uint8Array(headerBytes + tableSize * 4 + blobBytes);
  const view = new DataView(out.buffer);
  out.set(encoder.encode(magic), 0);
  view.setUint32(8, wordSetFormat, true);
  view.setUint32(12, kept.length, true);
  view.setUint32(16, tableSize, true);
  view.setUint32(20, blobBytes, true);
  out.set(key, 24);
  const table = new Uint32Array(out.buffer, headerBytes, tableSize);
  const blob = out.subarray(headerBytes + tableSize * 4);
  const mask = tableSize - 1;
  let offset = 0;
  for (const [word, attrs, length] of kept) {
    blob[offset] = length;
    blob[offset + 1] = attrs;
    const bytes = blob.subarray(offset + 2, offset + 2 + length);
    encoder.encodeInto(word, bytes);
    let slot = hashBytes(bytes, length) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = offset + 1;
    offset += 2 + length;
  }
  return out;
}

/** The cache key stored in a binary word set, or null if the buffer is not a complete set. */
export function wordSetKey(buffer: Uint8Array): Uint8Array | null {
  if (buffer.length < headerBytes) return null;
  if (new TextDecoder().decode(buffer.subarray(0, 8)) !== magic) return null;
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (view.getUint32(8, true) !== wordSetFormat) return null;
  const tableSize = view.getUint32(16, true);
  const blobBytes = view.getUint32(20, true);
  if (tableSize === 0 || (tableSize & (tableSize - 1)) !== 0) return null;
  if (buffer.length !== headerBytes + tableSize * 4 + blobBytes) return null;
  return buffer.subarray(24, 56);
}

export class WordSet {
  readonly size: number;
  private readonly table: Uint32Array;
  private readonly blob: Uint8Array;
  private readonly mask: number;
  private readonly scratch = new Uint8Array(maxWordBytes * 4);

  /** Wraps a buffer from `buildWordSet` (or a cache file) without copying it when aligned. */
  constructor(buffer: Uint8Array) {
    if (!wordSetKey(buffer)) throw new Error('not a word set (or a truncated one)');
    // Uint32Array needs 4-byte alignment; a Buffer from a pool may not have it.
    const aligned = buffer.byteOffset % 4 === 0 ? buffer : new Uint8Array(buffer);
    const view = new DataView(aligned.buffer, aligned.byteOffset, aligned.byteLength);
    this.size = view.getUint32(12, true);
    const tableSize = view.getUint32(16, true);
    this.mask = tableSize - 1;
    this.table = new Uint32Array(aligned.buffer, aligned.byteOffset + headerBytes, tableSize);
    this.blob = aligned.subarray(headerBytes + tableSize * 4);
  }

  /** The word's attributes (see WordAttr), or -1 when the word is not in the set. Case-sensitive. */
  lookup(word: string): number {
    const bytes = this.scratch;
    const length = encodeWord(word, bytes);
    if (length <= 0 || length > maxWordBytes) return -1;
    const blob = this.blob;
    let slot = hashBytes(bytes, length) & this.mask;
    for (;;) {
      const entry = this.table[slot]!;
      if (entry === 0) return -1;
      const at = entry - 1;
      if (blob[at] === length) {
        let same = true;
        for (let i = 0; i < length; i++) {
          if (blob[at + 2 + i] !== bytes[i]) {
            same = false;
            break;
          }
        }
        if (same) return blob[at + 1]!;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  has(word: string): boolean {
    return this.lookup(word) >= 0;
  }

  /** Every word with its attributes, in storage order (tests and tools; not for hot paths). */
  *entries(): Generator<[string, number]> {
    const decoder = new TextDecoder();
    for (let at = 0; at < this.blob.length; ) {
      const length = this.blob[at]!;
      yield [decoder.decode(this.blob.subarray(at + 2, at + 2 + length)), this.blob[at + 1]!];
      at += 2 + length;
    }
  }
}
