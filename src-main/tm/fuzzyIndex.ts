/**
 * The fuzzy-match index of the translation memory: which units contain which word, kept as flat
 * typed arrays so a million units cost tens of megabytes, load from one file in a fraction of a
 * second, and can be handed to worker threads.
 *
 * Shape: a vocabulary (word -> id, keyed by the word's 64-bit hash: wordHashes in tmWords.ts,
 * so no string is kept or hashed twice), an inverted index in CSR form (`postStart[w]..postStart[w+1]`
 * in `postings` are the units containing word w, once each, in insertion order), and per unit its
 * database id, memory slot and word count. Units added after the last build go to small per-word
 * delta lists, so adding one is a few array pushes; `compact()` folds them in.
 *
 * The index holds no text: `candidates()` ranks units by IDF-weighted word overlap inside the
 * length window a score can reach, and the caller scores the few best exactly from the database
 * (tmScore.ts). Memories are slots, so a lookup filters by readable memory with one array read.
 */
import { lengthWindow } from './tmScore.ts';
import { wordHashes } from './tmWords.ts';

/** One unit to index: its database id, memory and source text. */
export interface IndexedUnit {
  id: number;
  memoryId: string;
  source: string;
}

/** Words found in more units than this share are "common": read last, and only when needed. */
const commonShare = 1 / 50;
const minCommonDf = 2_000;
const magic = 'RDKTMIX1';
const formatVersion = 1;

interface FileHeader {
  version: number;
  meta: unknown;
  vocab: number;
  postings: number;
  units: number;
  memories: (string | null)[];
}

function grow<T extends Uint32Array | Int32Array | Uint16Array | Float32Array>(array: T, needed: number, make: (n: number) => T): T {
  if (needed <= array.length) return array;
  const next = make(Math.max(needed, Math.ceil(array.length * 1.5) + 16));
  next.set(array);
  return next;
}

export class FuzzyIndex {
  private vocab = new WordTable();
  private postStart = new Uint32Array(1);
  private postings = new Uint32Array(0);
  private delta = new Map<number, number[]>();
  private unitIds = new Int32Array(0);
  private unitMem = new Uint16Array(0);
  private unitLen = new Uint16Array(0);
  private n = 0;
  private memories: (string | null)[] = [];
  private memorySlot = new Map<string, number>();
  // Scratch space of candidates(), reused between lookups.
  private acc = new Float32Array(0);
  private shared = new Uint16Array(0);
  private touched = new Uint32Array(1024);

  /** Number of units indexed (those of deleted memories included until the next build). */
  get size(): number {
    return this.n;
  }

  /** Bytes held by the index's arrays (the vocabulary's strings estimated at 2 bytes a character + 40). */
  byteSize(): number {
    const vocabBytes = this.vocab.byteSize();
    let deltaBytes = 0;
    for (const list of this.delta.values()) deltaBytes += 16 + 8 * list.length;
    return vocabBytes + deltaBytes + this.postStart.byteLength + this.postings.byteLength + this.n * (4 + 2 + 2) + this.acc.byteLength;
  }

  /** Builds an index of `units` in two passes (word ids per unit, then the CSR postings). */
  static build(units: Iterable<IndexedUnit>): FuzzyIndex {
    const index = new FuzzyIndex();
    let forward = new Uint32Array(1 << 16);
    let forwardLen = 0;
    let ends = new Uint32Array(1 << 12);
    let counts = new Uint32Array(1 << 12);
    let lastSeen = new Uint32Array(1 << 12);
    for (const unit of units) {
      const u = index.n;
      index.ensureUnitCapacity(u + 1);
      const hashes = wordHashes(unit.source);
      const length = hashes.length / 2;
      index.unitIds[u] = unit.id;
      index.unitMem[u] = index.slotOf(unit.memoryId);
      index.unitLen[u] = Math.min(65_535, length);
      forward = grow(forward, forwardLen + length, (k) => new Uint32Array(k));
      for (let h = 0; h < hashes.length; h += 2) {
        const w = index.vocab.idOf(hashes[h]!, hashes[h + 1]!, true);
        if (w >= counts.length) {
          counts = grow(counts, w + 1, (k) => new Uint32Array(k));
          lastSeen = grow(lastSeen, w + 1, (k) => new Uint32Array(k));
        }
        if (lastSeen[w] === u + 1) continue;
        lastSeen[w] = u + 1;
        forward[forwardLen++] = w;
        counts[w]!++;
      }
      ends = grow(ends, u + 1, (k) => new Uint32Array(k));
      ends[u] = forwardLen;
      index.n++;
    }
    const vocabSize = index.vocab.size;
    const postStart = new Uint32Array(vocabSize + 1);
    for (let w = 0; w < vocabSize; w++) postStart[w + 1] = postStart[w]! + counts[w]!;
    const fill = postStart.slice(0, vocabSize);
    const postings = new Uint32Array(forwardLen);
    let from = 0;
    for (let u = 0; u < index.n; u++) {
      const to = ends[u]!;
      for (let i = from; i < to; i++) postings[fill[forward[i]!]!++] = u;
      from = to;
    }
    index.postStart = postStart;
    index.postings = postings;
    return index;
  }

  /** Adds one unit (a confirmed segment, a row found after the last build). */
  add(unit: IndexedUnit): void {
    const u = this.n;
    this.ensureUnitCapacity(u + 1);
    const hashes = wordHashes(unit.source);
    this.unitIds[u] = unit.id;
    this.unitMem[u] = this.slotOf(unit.memoryId);
    this.unitLen[u] = Math.min(65_535, hashes.length / 2);
    const seen = new Set<number>();
    for (let h = 0; h < hashes.length; h += 2) {
      const w = this.vocab.idOf(hashes[h]!, hashes[h + 1]!, true);
      if (seen.has(w)) continue;
      seen.add(w);
      const list = this.delta.get(w);
      if (list) list.push(u);
      else this.delta.set(w, [u]);
    }
    this.n++;
  }

  /** The memory's units are no longer matched (its rows were deleted); a later build drops them. */
  dropMemory(memoryId: string): void {
    const slot = this.memorySlot.get(memoryId);
    if (slot === undefined) return;
    this.memories[slot] = null;
    this.memorySlot.delete(memoryId);
  }

  /** Share of indexed units that belong to dropped memories. */
  deadShare(): number {
    if (this.n === 0) return 0;
    let dead = 0;
    for (let u = 0; u < this.n; u++) if (this.memories[this.unitMem[u]!] === null) dead++;
    return dead / this.n;
  }

  /** Slots of the given memories, as a lookup filter (memories never indexed are left out). */
  slotsOf(memoryIds: readonly string[]): Uint8Array {
    const allowed = new Uint8Array(this.memories.length + 1);
    for (const id of memoryIds) {
      const slot = this.memorySlot.get(id);
      if (slot !== undefined) allowed[slot] = 1;
    }
    return allowed;
  }

  /** Database ids of the given internal units. */
  idsOf(units: ArrayLike<number>): number[] {
    return Array.from(units, (u) => this.unitIds[u]!);
  }

  /**
   * Up to `k` units of the allowed memories that can still score `minScore` against `words`,
   * best first by IDF-weighted overlap (each distinct word once, weight ln(1 + N/df)).
   *
   * Rare words are read first; a common word (in more than 1/50 of the units) is read only when
   * fewer than three rarer ones were, since it would lift nearly every unit alike. Two exact
   * filters keep the verification short: the length window (lengthWindow in tmScore.ts), and
   * the shared-word bound: D >= max(|a|, |b|) - shared, so a unit sharing fewer than
   * minScore % of max(|a|, |b|) words (counting every unread query word as shared) cannot reach it.
   */
  candidates(source: string, allowed: Uint8Array, minScore: number, k: number): Uint32Array {
    const hashes = wordHashes(source);
    const queryLength = hashes.length / 2;
    const queryCounts = new Map<number, number>();
    for (let h = 0; h < hashes.length; h += 2) {
      const w = this.vocab.idOf(hashes[h]!, hashes[h + 1]!, false);
      if (w >= 0) queryCounts.set(w, (queryCounts.get(w) ?? 0) + 1);
    }
    const withDf = [...queryCounts].map(([w, count]) => ({ w, count, df: this.df(w) })).filter((x) => x.df > 0);
    withDf.sort((a, b) => a.df - b.df);
    const [minLen, maxLen] = lengthWindow(queryLength, minScore);
    const cap = Math.max(minCommonDf, this.n * commonShare);
    if (this.acc.length < this.n) {
      const size = Math.max(this.n, Math.ceil(this.acc.length * 1.5));
      this.acc = new Float32Array(size);
      this.shared = new Uint16Array(size);
    }
    const acc = this.acc;
    const shared = this.shared;
    const unitMem = this.unitMem;
    const unitLen = this.unitLen;
    const memCount = allowed.length;
    let touchedLen = 0;
    let read = 0;
    let unread = 0;
    for (const { w, count, df } of withDf) {
      if (df > cap && read >= 3) {
        unread += count;
        continue;
      }
      read++;
      const weight = Math.log(1 + this.n / df);
      const visit = (u: number) => {
        const mem = unitMem[u]!;
        if (mem >= memCount || allowed[mem] === 0) return;
        const len = unitLen[u]!;
        if (len < minLen || len > maxLen) return;
        if (acc[u] === 0) {
          if (touchedLen === this.touched.length) this.touched = grow(this.touched, touchedLen + 1, (x) => new Uint32Array(x));
          this.touched[touchedLen++] = u;
        }
        acc[u]! += weight;
        shared[u]! += count;
      };
      if (w < this.postStart.length - 1) {
        const end = this.postStart[w + 1]!;
        for (let i = this.postStart[w]!; i < end; i++) visit(this.postings[i]!);
      }
      const extra = this.delta.get(w);
      if (extra) for (const u of extra) visit(u);
    }
    // Drop (and reset) the units the shared-word bound rules out; keep the rest in `touched`.
    let kept = 0;
    for (let i = 0; i < touchedLen; i++) {
      const u = this.touched[i]!;
      const longest = Math.max(unitLen[u]!, queryLength);
      if ((shared[u]! + unread) * 100 < minScore * longest) {
        acc[u] = 0;
        shared[u] = 0;
      } else this.touched[kept++] = u;
    }
    const best = topK(this.touched, kept, acc, k);
    for (let i = 0; i < kept; i++) {
      acc[this.touched[i]!] = 0;
      shared[this.touched[i]!] = 0;
    }
    return best;
  }

  /** Folds the delta lists into the CSR arrays (before saving, or when they grow large). */
  compact(): void {
    if (this.delta.size === 0 && this.postStart.length === this.vocab.size + 1) return;
    const vocabSize = this.vocab.size;
    const baseVocab = this.postStart.length - 1;
    const postStart = new Uint32Array(vocabSize + 1);
    for (let w = 0; w < vocabSize; w++) postStart[w + 1] = postStart[w]! + this.df(w);
    const postings = new Uint32Array(postStart[vocabSize]!);
    for (let w = 0; w < vocabSize; w++) {
      let at = postStart[w]!;
      if (w < baseVocab) {
        const part = this.postings.subarray(this.postStart[w]!, this.postStart[w + 1]!);
        postings.set(part, at);
        at += part.length;
      }
      const extra = this.delta.get(w);
      if (extra) postings.set(extra, at);
    }
    this.postStart = postStart;
    this.postings = postings;
    this.delta.clear();
  }

  /** The index as one binary file's bytes, with the caller's `meta` (validation data) in its header. */
  serialize(meta: unknown): Buffer[] {
    this.compact();
    const header: FileHeader = {
      version: formatVersion,
      meta,
      vocab: this.vocab.size,
      postings: this.postings.length,
      units: this.n,
      memories: this.memories,
    };
    const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
    const prefix = Buffer.alloc(12);
    prefix.write(magic, 0, 'latin1');
    prefix.writeUInt32LE(headerBytes.length, 8);
    const parts: Buffer[] = [prefix, headerBytes];
    let length = 12 + headerBytes.length;
    const pad = () => {
      const p = (8 - (length % 8)) % 8;
      if (p) parts.push(Buffer.alloc(p));
      length += p;
    };
    const push = (a: ArrayBufferView) => {
      pad();
      parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
      length += a.byteLength;
    };
    push(this.vocab.keys());
    push(this.postStart);
    push(this.postings);
    push(this.unitIds.subarray(0, this.n));
    push(this.unitMem.subarray(0, this.n));
    push(this.unitLen.subarray(0, this.n));
    return parts;
  }

  /** Reads a file written by `serialize`; null when it is not one (or of another format version). */
  static deserialize(bytes: Buffer): { index: FuzzyIndex; meta: unknown } | null {
    if (bytes.length < 12 || bytes.toString('latin1', 0, 8) !== magic) return null;
    const headerLength = bytes.readUInt32LE(8);
    let header: FileHeader;
    try {
      header = JSON.parse(bytes.toString('utf8', 12, 12 + headerLength)) as FileHeader;
    } catch {
      return null;
    }
    if (header.version !== formatVersion) return null;
    let at = 12 + headerLength;
    // Copies (not views) so the arrays are aligned and own their memory.
    const take = <T>(count: number, size: number, make: (buffer: ArrayBuffer) => T): T => {
      at += (8 - (at % 8)) % 8;
      if (at + count * size > bytes.length) throw new Error('truncated');
      const copy = new Uint8Array(count * size);
      copy.set(bytes.subarray(at, at + count * size));
      at += count * size;
      return make(copy.buffer);
    };
    const index = new FuzzyIndex();
    try {
      index.vocab = WordTable.fromKeys(take(header.vocab * 2, 4, (b) => new Uint32Array(b)));
      index.postStart = take(header.vocab + 1, 4, (b) => new Uint32Array(b));
      index.postings = take(header.postings, 4, (b) => new Uint32Array(b));
      index.unitIds = take(header.units, 4, (b) => new Int32Array(b));
      index.unitMem = take(header.units, 2, (b) => new Uint16Array(b));
      index.unitLen = take(header.units, 2, (b) => new Uint16Array(b));
    } catch {
      return null;
    }
    index.n = header.units;
    index.memories = header.memories;
    header.memories.forEach((m, i) => {
      if (m !== null) index.memorySlot.set(m, i);
    });
    return { index, meta: header.meta };
  }

  private df(w: number): number {
    const base = w < this.postStart.length - 1 ? this.postStart[w + 1]! - this.postStart[w]! : 0;
    return base + (this.delta.get(w)?.length ?? 0);
  }

  private slotOf(memoryId: string): number {
    let slot = this.memorySlot.get(memoryId);
    if (slot === undefined) {
      slot = this.memories.length;
      if (slot >= 65_535) throw new Error('too many memories in one index');
      this.memories.push(memoryId);
      this.memorySlot.set(memoryId, slot);
    }
    return slot;
  }

  private ensureUnitCapacity(needed: number): void {
    this.unitIds = grow(this.unitIds, needed, (k) => new Int32Array(k));
    this.unitMem = grow(this.unitMem, needed, (k) => new Uint16Array(k));
    this.unitLen = grow(this.unitLen, needed, (k) => new Uint16Array(k));
  }
}

/** The `k` entries of `items[0..count)` with the highest `score`, best first (a small min-heap). */
function topK(items: Uint32Array, count: number, score: Float32Array, k: number): Uint32Array {
  const heap = new Uint32Array(Math.min(k, count));
  let size = 0;
  const less = (a: number, b: number) => score[a]! < score[b]! || (score[a] === score[b] && a < b);
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && less(heap[l]!, heap[m]!)) m = l;
      if (r < size && less(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = 0; i < count; i++) {
    const u = items[i]!;
    if (size < heap.length) {
      heap[size] = u;
      let c = size++;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!less(heap[c]!, heap[p]!)) break;
        [heap[c], heap[p]] = [heap[p]!, heap[c]!];
        c = p;
      }
    } else if (size > 0 && less(heap[0]!, u)) {
      heap[0] = u;
      down(0);
    }
  }
  return heap.subarray(0, size).sort((a, b) => (less(a, b) ? 1 : less(b, a) ? -1 : 0));
}

/**
 * Word ids keyed by the word's two 32-bit hashes: open addressing over typed arrays (linear
 * probing, at most half full), so a million-word vocabulary costs a few megabytes and loads
 * without touching a string.
 */
class WordTable {
  private hashes: Uint32Array = new Uint32Array(0);
  private slots = new Int32Array(1024).fill(-1);
  size = 0;

  static fromKeys(keys: Uint32Array): WordTable {
    const table = new WordTable();
    table.hashes = keys;
    table.size = keys.length / 2;
    table.rehash(Math.max(1024, 2 ** Math.ceil(Math.log2(table.size * 2 + 1))));
    return table;
  }

  /** The word's id; a new one when `add` (or -1 when the word is not in the table). */
  idOf(h1: number, h2: number, add: boolean): number {
    const mask = this.slots.length - 1;
    let slot = h1 & mask;
    for (;;) {
      const id = this.slots[slot]!;
      if (id < 0) break;
      if (this.hashes[2 * id] === h1 && this.hashes[2 * id + 1] === h2) return id;
      slot = (slot + 1) & mask;
    }
    if (!add) return -1;
    const id = this.size++;
    if (2 * this.size > this.hashes.length) {
      const bigger = new Uint32Array(Math.max(64, this.hashes.length * 2));
      bigger.set(this.hashes);
      this.hashes = bigger;
    }
    this.hashes[2 * id] = h1;
    this.hashes[2 * id + 1] = h2;
    this.slots[slot] = id;
    if (2 * this.size > this.slots.length) this.rehash(this.slots.length * 2);
    return id;
  }

  /** The hash pairs in id order (what the index file stores). */
  keys(): Uint32Array {
    return this.hashes.subarray(0, 2 * this.size);
  }

  byteSize(): number {
    return this.hashes.byteLength + this.slots.byteLength;
  }

  private rehash(capacity: number): void {
    const slots = new Int32Array(capacity).fill(-1);
    const mask = capacity - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = this.hashes[2 * id]! & mask;
      while (slots[slot]! >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}
