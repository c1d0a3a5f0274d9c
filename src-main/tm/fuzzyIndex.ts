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
import { HashBuffer, wordHashes, wordHashesInto } from './tmWords.ts';

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

/**
 * An index's arrays as plain typed arrays (no word table, no delta lists): what a worker posts
 * back (each array's buffer transferred, not copied) and `fromArrays` takes.
 */
export interface FuzzyIndexArrays {
  /** The vocabulary's hash pairs in word-id order. */
  vocabKeys: Uint32Array;
  postStart: Uint32Array<ArrayBuffer>;
  postings: Uint32Array<ArrayBuffer>;
  unitIds: Int32Array<ArrayBuffer>;
  unitMem: Uint16Array<ArrayBuffer>;
  unitLen: Uint16Array<ArrayBuffer>;
  memories: (string | null)[];
}

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

  /** Number of units indexed (those of deleted memories included until the next build). */
  get size(): number {
    return this.n;
  }

  /** Bytes held by the index's arrays (the vocabulary's strings estimated at 2 bytes a character + 40). */
  byteSize(): number {
    const vocabBytes = this.vocab.byteSize();
    let deltaBytes = 0;
    for (const list of this.delta.values()) deltaBytes += 16 + 8 * list.length;
    return vocabBytes + deltaBytes + this.postStart.byteLength + this.postings.byteLength + this.n * (4 + 2 + 2);
  }

  /** Builds an index of `units` in two passes (word ids per unit, then the CSR postings). */
  static build(units: Iterable<IndexedUnit>): FuzzyIndex {
    const index = new FuzzyIndex();
    let forward = new Uint32Array(1 << 16);
    let forwardLen = 0;
    let ends = new Uint32Array(1 << 12);
    let counts = new Uint32Array(1 << 12);
    let lastSeen = new Uint32Array(1 << 12);
    const buffer = new HashBuffer();
    for (const unit of units) {
      const u = index.n;
      index.ensureUnitCapacity(u + 1);
      const hashCount = wordHashesInto(unit.source, buffer);
      const hashes = buffer.data;
      const length = hashCount / 2;
      index.unitIds[u] = unit.id;
      index.unitMem[u] = index.slotOf(unit.memoryId);
      index.unitLen[u] = Math.min(65_535, length);
      forward = grow(forward, forwardLen + length, (k) => new Uint32Array(k));
      for (let h = 0; h < hashCount; h += 2) {
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

  /**
   * One index of the units of several indexes built over disjoint, ascending id ranges (worker
   * threads each building a share of the table), equal to what `build` over all their units in
   * order gives: words and memories keep the ids of their first appearance, so the first part's
   * keep theirs and a later part's new ones follow in its order; each word's postings are the
   * parts' postings one after the other, shifted by the units before. The parts are compacted
   * and must not be used afterwards (their arrays may be shared).
   */
  static merge(parts: readonly FuzzyIndex[]): FuzzyIndex {
    const index = new FuzzyIndex();
    let units = 0;
    let lastId = -Infinity;
    for (const part of parts) {
      part.compact();
      if (part.n > 0) {
        // Out-of-order parts would leave units out of id order, and postings unsorted.
        if (part.unitIds[0]! <= lastId) throw new Error('merge: the parts must cover ascending, disjoint id ranges');
        lastId = part.unitIds[part.n - 1]!;
      }
      units += part.n;
    }
    const wordMaps = parts.map((part) => {
      const keys = part.vocab.keys();
      const map = new Uint32Array(part.vocab.size);
      for (let w = 0; w < map.length; w++) map[w] = index.vocab.idOf(keys[2 * w]!, keys[2 * w + 1]!, true);
      return map;
    });
    const vocabSize = index.vocab.size;
    const postStart = new Uint32Array(vocabSize + 1);
    parts.forEach((part, p) => {
      const map = wordMaps[p]!;
      for (let w = 0; w < map.length; w++) postStart[map[w]! + 1]! += part.postStart[w + 1]! - part.postStart[w]!;
    });
    for (let w = 0; w < vocabSize; w++) postStart[w + 1]! += postStart[w]!;
    const fill = postStart.slice(0, vocabSize);
    const postings = new Uint32Array(postStart[vocabSize]!);
    index.ensureUnitCapacity(units);
    let offset = 0;
    parts.forEach((part, p) => {
      const map = wordMaps[p]!;
      const from = part.postings;
      for (let w = 0; w < map.length; w++) {
        const g = map[w]!;
        let at = fill[g]!;
        const end = part.postStart[w + 1]!;
        for (let i = part.postStart[w]!; i < end; i++) postings[at++] = from[i]! + offset;
        fill[g] = at;
      }
      // A dropped memory stays dropped: its units get a slot of their own that matches nothing.
      const slots = part.memories.map((m) => (m === null ? index.memories.push(null) - 1 : index.slotOf(m)));
      index.unitIds.set(part.unitIds.subarray(0, part.n), offset);
      index.unitLen.set(part.unitLen.subarray(0, part.n), offset);
      for (let u = 0; u < part.n; u++) index.unitMem[offset + u] = slots[part.unitMem[u]!]!;
      offset += part.n;
    });
    index.n = units;
    index.postStart = postStart;
    index.postings = postings;
    return index;
  }

  /** The index's arrays (compacted), to post to another thread; see `fromArrays`. */
  toArrays(): FuzzyIndexArrays {
    this.compact();
    return {
      vocabKeys: this.vocab.keys(),
      postStart: this.postStart,
      postings: this.postings,
      unitIds: this.unitIds.subarray(0, this.n),
      unitMem: this.unitMem.subarray(0, this.n),
      unitLen: this.unitLen.subarray(0, this.n),
      memories: this.memories,
    };
  }

  /** An index over arrays from `toArrays` (used as they are, not copied). */
  static fromArrays(arrays: FuzzyIndexArrays): FuzzyIndex {
    const index = new FuzzyIndex();
    index.vocab = WordTable.fromKeys(arrays.vocabKeys);
    index.postStart = arrays.postStart;
    index.postings = arrays.postings;
    index.unitIds = arrays.unitIds;
    index.unitMem = arrays.unitMem;
    index.unitLen = arrays.unitLen;
    index.n = arrays.unitIds.length;
    index.memories = arrays.memories;
    arrays.memories.forEach((m, i) => {
      if (m !== null) index.memorySlot.set(m, i);
    });
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

  /** How many units, their largest id and the sum of their ids (the signature a table of them has). */
  idSummary(): { count: number; maxId: number; sumId: number } {
    let maxId = 0;
    let sumId = 0;
    for (let u = 0; u < this.n; u++) {
      const id = this.unitIds[u]!;
      if (id > maxId) maxId = id;
      sumId += id;
    }
    return { count: this.n, maxId, sumId };
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
    // The posting lists to read, as (array, start, end) with the word's weight and count.
    const lists: Uint32Array[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    const weights: number[] = [];
    const counts: number[] = [];
    let read = 0;
    let unread = 0;
    for (const { w, count, df } of withDf) {
      if (df > cap && read >= 3) {
        unread += count;
        continue;
      }
      read++;
      const weight = Math.log(1 + this.n / df);
      if (w < this.postStart.length - 1 && this.postStart[w + 1]! > this.postStart[w]!) {
        lists.push(this.postings);
        starts.push(this.postStart[w]!);
        ends.push(this.postStart[w + 1]!);
        weights.push(weight);
        counts.push(count);
      }
      const extra = this.delta.get(w);
      if (extra?.length) {
        lists.push(Uint32Array.from(extra));
        starts.push(0);
        ends.push(extra.length);
        weights.push(weight);
        counts.push(count);
      }
    }
    // Every list is in unit order, so merging them meets each unit once with all its shared words:
    // no per-unit accumulator over the whole index, whose scattered reads (a cache miss per
    // posting) cost ~300 ns a posting at a million units. A unit sharing too few words is
    // dropped before its length and memory are read.
    const minShared = Math.ceil((minScore * queryLength) / 100) - unread;
    const unitMem = this.unitMem;
    const unitLen = this.unitLen;
    const memCount = allowed.length;
    const best = new TopK(k);
    const heap = new ListHeap(lists, starts, ends);
    while (heap.size > 0) {
      const u = heap.minUnit();
      let score = 0;
      let shared = 0;
      do {
        const i = heap.minList();
        score += weights[i]!;
        shared += counts[i]!;
        heap.advanceMin();
      } while (heap.size > 0 && heap.minUnit() === u);
      if (shared < minShared) continue;
      const mem = unitMem[u]!;
      if (mem >= memCount || allowed[mem] === 0) continue;
      const len = unitLen[u]!;
      if (len < minLen || len > maxLen) continue;
      // The shared-word bound with the unit's own length (a longer unit needs more).
      if ((shared + unread) * 100 < minScore * Math.max(len, queryLength)) continue;
      best.offer(u, Math.fround(score));
    }
    return best.sorted();
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
    // Views into the file's bytes when they are aligned (a large file read whole gets a buffer of
    // its own, so they are: no second copy of ~70 MB at 1M units), copies otherwise.
    const take = <T>(count: number, size: number, make: (buffer: ArrayBuffer, offset: number, length: number) => T): T => {
      at += (8 - (at % 8)) % 8;
      if (at + count * size > bytes.length) throw new Error('truncated');
      const offset = bytes.byteOffset + at;
      at += count * size;
      if (offset % 8 === 0) return make(bytes.buffer as ArrayBuffer, offset, count);
      const copy = new Uint8Array(count * size);
      copy.set(bytes.subarray(at - count * size, at));
      return make(copy.buffer, 0, count);
    };
    const index = new FuzzyIndex();
    try {
      index.vocab = WordTable.fromKeys(take(header.vocab * 2, 4, (b, o, n) => new Uint32Array(b, o, n)));
      index.postStart = take(header.vocab + 1, 4, (b, o, n) => new Uint32Array(b, o, n));
      index.postings = take(header.postings, 4, (b, o, n) => new Uint32Array(b, o, n));
      index.unitIds = take(header.units, 4, (b, o, n) => new Int32Array(b, o, n));
      index.unitMem = take(header.units, 2, (b, o, n) => new Uint16Array(b, o, n));
      index.unitLen = take(header.units, 2, (b, o, n) => new Uint16Array(b, o, n));
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

/**
 * The `k` best units offered, best first: higher score, then the newer (higher) unit. A min-heap
 * whose root is the worst unit kept.
 */
class TopK {
  private readonly units: Uint32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(k: number) {
    this.units = new Uint32Array(Math.max(0, k));
    this.scores = new Float64Array(Math.max(0, k));
  }

  private worse(i: number, j: number): boolean {
    return this.scores[i]! < this.scores[j]! || (this.scores[i] === this.scores[j] && this.units[i]! < this.units[j]!);
  }

  private swap(i: number, j: number): void {
    [this.units[i], this.units[j]] = [this.units[j]!, this.units[i]!];
    [this.scores[i], this.scores[j]] = [this.scores[j]!, this.scores[i]!];
  }

  offer(unit: number, score: number): void {
    if (this.size < this.units.length) {
      let c = this.size++;
      this.units[c] = unit;
      this.scores[c] = score;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!this.worse(c, p)) break;
        this.swap(c, p);
        c = p;
      }
      return;
    }
    if (this.size === 0 || score < this.scores[0]! || (score === this.scores[0] && unit < this.units[0]!)) return;
    this.units[0] = unit;
    this.scores[0] = score;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && this.worse(l, m)) m = l;
      if (r < this.size && this.worse(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }

  sorted(): Uint32Array {
    const order = Array.from({ length: this.size }, (_, i) => i).sort((a, b) => (this.worse(a, b) ? 1 : this.worse(b, a) ? -1 : 0));
    return Uint32Array.from(order, (i) => this.units[i]!);
  }
}

/** Sorted posting lists merged by unit: a min-heap of list numbers keyed by each list's current unit. */
class ListHeap {
  private readonly lists: Uint32Array[];
  private readonly pos: Int32Array;
  private readonly ends: Int32Array;
  private readonly heap: Int32Array;
  size = 0;

  constructor(lists: Uint32Array[], starts: number[], ends: number[]) {
    this.lists = lists;
    this.pos = Int32Array.from(starts);
    this.ends = Int32Array.from(ends);
    this.heap = new Int32Array(lists.length);
    for (let i = 0; i < lists.length; i++) if (starts[i]! < ends[i]!) this.heap[this.size++] = i;
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.down(i);
  }

  private key(list: number): number {
    return this.lists[list]![this.pos[list]!]!;
  }

  minList(): number {
    return this.heap[0]!;
  }

  minUnit(): number {
    return this.key(this.heap[0]!);
  }

  /** Moves the smallest list to its next unit (dropping it when it has none left). */
  advanceMin(): void {
    const list = this.heap[0]!;
    if (++this.pos[list]! >= this.ends[list]!) this.heap[0] = this.heap[--this.size]!;
    this.down(0);
  }

  private down(i: number): void {
    const heap = this.heap;
    const item = heap[i]!;
    const key = i < this.size ? this.key(item) : 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c = r < this.size && this.key(heap[r]!) < this.key(heap[l]!) ? r : l;
      if (this.key(heap[c]!) >= key) break;
      heap[i] = heap[c]!;
      i = c;
    }
    heap[i] = item;
  }
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
