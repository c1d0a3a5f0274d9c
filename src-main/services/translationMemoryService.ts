/**
 * Translation memories: CRUD, exact and fuzzy lookup through the in-memory index of src-main/tm/,
 * concordance search, storing confirmed segments, and batch lookups for pre-translation.
 *
 * `tm_units` is the source of truth. The fuzzy index (tm/fuzzyIndex.ts) holds only word ids; it is
 * built on first use (prepareIndex: in worker threads over both cores, so the main thread keeps
 * answering; the start warms it up), kept up to date as units are stored, and saved to
 * `<dataDir>/tm-index/` so the next start loads it instead of rebuilding. The file carries the
 * (count, max id, sum of ids) of `tm_units` it was built from: rows appended since (a crash, a
 * TMX import) are caught up one by one, anything else (rows deleted or rewritten behind its
 * back) means a rebuild.
 * Concordance reads the word index of migration 0008 (kept in step by triggers), narrowed by the
 * memory's vocabulary (tm/concordanceVocabulary.ts), and checks every candidate against its text.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/openDatabase.ts';
import type { Output, ParsedInput } from '../../src-preload/contract/api.ts';
import type { Lang } from '../../src-preload/contract/domain.ts';
import type { ConcordanceHit, Memory, TmMatch } from '../../src-preload/contract/translation.ts';
import { diffWords } from '../language/diffWords.ts';
import { ConcordanceVocabulary, queryWords, type ConcordanceSide, type Expansion } from '../tm/concordanceVocabulary.ts';
import { loadVocabularyInWorker } from '../tm/loadVocabularyInWorker.ts';
import { FuzzyIndex, type IndexedUnit } from '../tm/fuzzyIndex.ts';
import { lookupInWorkers, tmLookupWorkersAvailable } from '../tm/lookupInWorkers.ts';
import { buildIndexInWorkers, tmIndexWorkersAvailable } from '../tm/buildIndexInWorkers.ts';
import { tmScore } from '../tm/tmScore.ts';
import { normaliseSpace, tmWords } from '../tm/tmWords.ts';
import { AppError } from './appError.ts';

/** A confirmed pair to remember. */
export interface TmUnitInput {
  source: string;
  target: string;
  sourceLang: Lang;
  targetLang: Lang;
  author: string;
  originArticleId: string | null;
  /** The neighbouring source sentences, for context matches. */
  context: string;
}

export interface TranslationMemoryOptions {
  now?: () => Date;
  author: () => string;
  /** Where the fuzzy index is kept between runs (none: rebuilt in memory on first use). */
  dataDir?: string;
  /** Load the saved index but never write it (pre-translation workers on a read-only connection). */
  readOnlyIndex?: boolean;
  /** Rebuild the index in worker threads from this many units (default `minUnitsForIndexWorkers`; tests: 0). */
  indexWorkersFrom?: number;
}

/** What the index was built from, compared with `tm_units` to tell whether it is still valid. */
interface UnitsSignature {
  count: number;
  maxId: number;
  sumId: number;
}

interface MemoryRow {
  id: string;
  name: string;
  source_lang: Lang;
  target_lang: Lang;
  readable: number;
  writable: number;
  created_at: string;
  units: number;
}

interface UnitRow {
  id: number;
  memory_id: string;
  source: string;
  target: string;
  author: string;
  updated_at: string;
  origin_article_id: string | null;
  context: string;
}

const defaultMinScore = 70;
const defaultLimit = 5;
const defaultConcordanceLimit = 20;
/** Candidates scored exactly per lookup: recall@5 against a brute-force scan is measured in bench/tm.bench.ts. */
const candidatesPerLookup = 60;
/** A loaded index with more dead units (deleted memories) than this is rebuilt. */
const maxDeadShare = 0.25;
/** Fewer sources than this are looked up in this thread: starting workers and loading the index costs more. */
const minSourcesForWorkers = 200;
/** More new rows than this (or a quarter of the index) are indexed by a rebuild. */
const maxCatchUp = 20_000;
/** Fewer units than this are indexed on the calling thread (~0.1 s): starting workers costs more. */
const minUnitsForIndexWorkers = 20_000;
/** Worker rebuilds tried before one on the calling thread, when rows changed behind a build's back. */
const workerRebuildAttempts = 2;
/** A query word that more indexed words than this can be part of does not narrow a concordance search. */
const maxWordExpansion = 64;
/** Once the rarest query word leaves fewer candidate units than this, rarer filters cost more than they save. */
const fewCandidates = 300;
/** More new units than this since the concordance vocabulary was read: read it again rather than catch up. */
const maxVocabularyCatchUp = 50_000;

/** Lets the event loop answer what is waiting (IPC) before a long synchronous step. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export const tmIndexDirName = 'tm-index';
const indexFileName = 'fuzzy.bin';

const toMemory = (r: MemoryRow): Memory => ({
  id: r.id,
  name: r.name,
  sourceLang: r.source_lang,
  targetLang: r.target_lang,
  readable: r.readable === 1,
  writable: r.writable === 1,
  units: r.units,
  createdAt: r.created_at,
});

/** An FTS5 string: the text in double quotes, its own quotes doubled (never read as an operator). */
const ftsPhrase = (text: string) => `"${text.replaceAll('"', '""')}"`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A LIKE pattern matching at least every text the case-insensitive regex matches: SQLite's LIKE
 * folds ASCII case only, so each other character becomes `_` (any one character).
 */
const likePattern = (query: string) => `%${Array.from(query.replace(/[\\%_]/g, '\\$&'), (c) => (c.charCodeAt(0) < 128 ? c : '_')).join('')}%`;

export class TranslationMemoryService {
  readonly db: Db;
  readonly options: TranslationMemoryOptions;
  private index: FuzzyIndex | null = null;
  /** A build in worker threads in flight (prepareIndex, afterBulkInsert): one at a time, shared. */
  private building: Promise<void> | null = null;
  /** Stops the index workers when the service closes. */
  private readonly stopBuilding = new AbortController();
  private indexed: UnitsSignature = { count: 0, maxId: 0, sumId: 0 };
  /** The index changed since it was last written to its file. */
  private dirty = false;
  /** Every change since the file was written is an added unit, which a loader catches up by itself. */
  private onlyAddedSinceSave = true;
  /** The words of the memory for concordance, read on first use; `vocabularyMaxId` is the last unit it has seen. */
  private vocabulary: ConcordanceVocabulary | null = null;
  private vocabularyMaxId = 0;
  private vocabularyLoading: Promise<void> | null = null;
  private readonly stmt;

  constructor(db: Db, options: TranslationMemoryOptions) {
    this.db = db;
    this.options = options;
    const memorySelect = `SELECT m.*, (SELECT count(*) FROM tm_units u WHERE u.memory_id = m.id) AS units FROM memories m`;
    this.stmt = {
      listMemories: db.prepare<[], MemoryRow>(`${memorySelect} ORDER BY m.name COLLATE NOCASE, m.created_at`),
      getMemory: db.prepare<[string], MemoryRow>(`${memorySelect} WHERE m.id = ?`),
      insertMemory: db.prepare('INSERT INTO memories (id, name, source_lang, target_lang, readable, writable, created_at) VALUES (?, ?, ?, ?, 1, 1, ?)'),
      updateMemory: db.prepare('UPDATE memories SET name = ?, readable = ?, writable = ? WHERE id = ?'),
      deleteMemory: db.prepare('DELETE FROM memories WHERE id = ?'),
      pairMemories: db.prepare<[Lang, Lang], { id: string; name: string; readable: number; writable: number }>(
        'SELECT id, name, readable, writable FROM memories WHERE source_lang = ? AND target_lang = ?',
      ),
      // Read on every start: the memory_id index holds every rowid in a third of the table's pages
      // (64 against 145 ms at 1M units), and SQLite scans the table for sum(id) unless told.
      signature: db.prepare<[], UnitsSignature>(
        'SELECT count(*) AS count, (SELECT coalesce(max(id), 0) FROM tm_units) AS maxId, coalesce(sum(id), 0) AS sumId FROM tm_units INDEXED BY tm_units_memory',
      ),
      maxId: db.prepare<[], number>('SELECT coalesce(max(id), 0) FROM tm_units').pluck(),
      signatureAfter: db.prepare<[number], { count: number; sumId: number }>('SELECT count(*) AS count, coalesce(sum(id), 0) AS sumId FROM tm_units WHERE id > ?'),
      unitsAfter: db.prepare<[number], IndexedUnit>('SELECT id, memory_id AS memoryId, source FROM tm_units WHERE id > ? ORDER BY id'),
      units: db.prepare<[string], UnitRow>(
        'SELECT id, memory_id, source, target, author, updated_at, origin_article_id, context FROM tm_units WHERE id IN (SELECT value FROM json_each(?))',
      ),
      sameSourceScan: db.prepare<[string, string], { id: number }>('SELECT id FROM tm_units WHERE memory_id = ? AND source = ? LIMIT 1'),
      updateUnit: db.prepare('UPDATE tm_units SET target = ?, author = ?, updated_at = ?, origin_article_id = ?, context = ? WHERE id = ?'),
      insertUnit: db.prepare(
        'INSERT INTO tm_units (memory_id, source, target, author, created_at, updated_at, origin_article_id, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      // Newest first, streamed: the caller stops reading after the first page of hits.
      concordanceFts: db.prepare<[string], number>('SELECT rowid FROM tm_units_words WHERE tm_units_words MATCH ? ORDER BY rowid DESC').pluck(),
      unitTextsAfter: db.prepare<[number], { source: string; target: string }>('SELECT source, target FROM tm_units WHERE id > ?'),
      concordanceUnit: db.prepare<[number], { id: number; memory_id: string; source: string; target: string }>('SELECT id, memory_id, source, target FROM tm_units WHERE id = ?'),
      concordanceLikeSource: db.prepare<[string, Lang, Lang], { id: number; memory_id: string; source: string; target: string }>(
        `SELECT u.id, u.memory_id, u.source, u.target FROM tm_units u JOIN memories m ON m.id = u.memory_id
         WHERE u.source LIKE ? ESCAPE '\\' AND m.readable = 1 AND m.source_lang = ? AND m.target_lang = ? ORDER BY u.id DESC`,
      ),
      concordanceLikeTarget: db.prepare<[string, Lang, Lang], { id: number; memory_id: string; source: string; target: string }>(
        `SELECT u.id, u.memory_id, u.source, u.target FROM tm_units u JOIN memories m ON m.id = u.memory_id
         WHERE u.target LIKE ? ESCAPE '\\' AND m.readable = 1 AND m.source_lang = ? AND m.target_lang = ? ORDER BY u.id DESC`,
      ),
    };
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  // --- Memories --------------------------------------------------------------------------------

  list(): Output<'listMemories'> {
    return this.stmt.listMemories.all().map(toMemory);
  }

  create(input: ParsedInput<'createMemory'>): Output<'createMemory'> {
    if (input.sourceLang === input.targetLang) throw new AppError('INVALID_INPUT', 'a memory needs two different languages');
    const id = randomUUID();
    this.stmt.insertMemory.run(id, input.name, input.sourceLang, input.targetLang, this.now());
    return this.get(id);
  }

  update(input: ParsedInput<'updateMemory'>): Output<'updateMemory'> {
    const current = this.get(input.id);
    this.stmt.updateMemory.run(input.name ?? current.name, Number(input.readable ?? current.readable), Number(input.writable ?? current.writable), input.id);
    return this.get(input.id);
  }

  delete(id: string): Output<'deleteMemory'> {
    this.get(id);
    // The units go by cascade (and out of the concordance table by its trigger).
    this.db.transaction(() => this.stmt.deleteMemory.run(id))();
    if (this.index) {
      this.index.dropMemory(id);
      this.indexed = this.stmt.signature.get()!;
      this.dirty = true;
      this.onlyAddedSinceSave = false;
    }
    return { deleted: true };
  }

  private get(id: string): Memory {
    const row = this.stmt.getMemory.get(id);
    if (!row) throw new AppError('NOT_FOUND', `no translation memory ${id}`);
    return toMemory(row);
  }

  // --- Storing -----------------------------------------------------------------------------------

  /** Stores a confirmed pair in every writable memory of its language pair (an existing identical source is updated). */
  store(unit: TmUnitInput): void {
    const source = unit.source.trim();
    const target = unit.target.trim();
    if (!source || !target) return;
    let pair = this.stmt.pairMemories.all(unit.sourceLang, unit.targetLang);
    // A new desk has no memory yet: the first confirmed segment makes the pair's default one, so
    // every confirmed segment is kept. Memories that exist but are all read-only are the user's
    // choice, and respected.
    if (pair.length === 0) {
      this.create({ name: `Redaksi ${unit.sourceLang} → ${unit.targetLang}`, sourceLang: unit.sourceLang, targetLang: unit.targetLang });
      pair = this.stmt.pairMemories.all(unit.sourceLang, unit.targetLang);
    }
    const memories = pair.filter((m) => m.writable === 1);
    if (memories.length === 0) return;
    // The index finds the rows with the same source (an SQL index on the text would double its size).
    // While workers build it, the rows are read instead, and the build catches up the new ones.
    const index = this.index ?? (this.building ? null : this.ensureIndex());
    const now = this.now();
    const added: IndexedUnit[] = [];
    this.db.transaction(() => {
      for (const memory of memories) {
        const existing = this.findSameSource(index, memory.id, source);
        if (existing !== undefined) {
          this.stmt.updateUnit.run(target, unit.author, now, unit.originArticleId, unit.context, existing);
          // New rows reach the vocabulary by their id; a rewritten target has to be told.
          this.vocabulary?.addUnit(source, target);
        } else {
          const id = Number(this.stmt.insertUnit.run(memory.id, source, target, unit.author, now, now, unit.originArticleId, unit.context).lastInsertRowid);
          added.push({ id, memoryId: memory.id, source });
        }
      }
    })();
    if (index) for (const u of added) this.addToIndex(index, u);
  }

  private findSameSource(index: FuzzyIndex | null, memoryId: string, source: string): number | undefined {
    if (!index) return this.stmt.sameSourceScan.get(memoryId, source)?.id;
    // Units with all the words of the source and no other are the only ones that can be identical.
    const candidates = index.candidates(source, index.slotsOf([memoryId]), 100, 50);
    if (candidates.length > 0) {
      for (const row of this.stmt.units.all(JSON.stringify(index.idsOf(candidates)))) if (row.memory_id === memoryId && row.source === source) return row.id;
      return undefined;
    }
    // A source without words ("—", "…") is not in the index: read the memory's rows.
    return tmWords(source).length === 0 ? this.stmt.sameSourceScan.get(memoryId, source)?.id : undefined;
  }

  private addToIndex(index: FuzzyIndex, unit: IndexedUnit): void {
    index.add(unit);
    this.indexed = { count: this.indexed.count + 1, maxId: Math.max(this.indexed.maxId, unit.id), sumId: this.indexed.sumId + unit.id };
    this.dirty = true;
  }

  // --- Lookup ------------------------------------------------------------------------------------

  lookup(input: ParsedInput<'lookupTm'>): Output<'lookupTm'> {
    const memories = this.stmt.pairMemories.all(input.sourceLang, input.targetLang).filter((m) => m.readable === 1);
    if (memories.length === 0) return [];
    const names = new Map(memories.map((m) => [m.id, m.name]));
    return this.lookupIn(this.ensureIndex(), names, input.source, input.minScore ?? defaultMinScore, input.limit ?? defaultLimit, input.context);
  }

  private lookupIn(index: FuzzyIndex, names: ReadonlyMap<string, string>, source: string, minScore: number, limit: number, context?: string): TmMatch[] {
    const words = tmWords(source);
    const candidates = index.candidates(source, index.slotsOf([...names.keys()]), minScore, Math.max(candidatesPerLookup, limit * 10));
    if (candidates.length === 0) return [];
    const rows: { row: UnitRow; score: number }[] = [];
    for (const row of this.stmt.units.all(JSON.stringify(index.idsOf(candidates)))) {
      if (!names.has(row.memory_id)) continue;
      const score = tmScore(row.source, tmWords(row.source), source, words);
      if (score >= minScore) rows.push({ row, score });
    }
    const wantedContext = context === undefined ? '' : normaliseSpace(context);
    const matches = rows.map(({ row, score }): TmMatch => ({
      unitId: row.id,
      memoryId: row.memory_id,
      memoryName: names.get(row.memory_id) ?? '',
      source: row.source,
      target: row.target,
      score: score === 100 && wantedContext !== '' && normaliseSpace(row.context) === wantedContext ? 101 : score,
      diff: [],
      author: row.author,
      updatedAt: row.updated_at,
      originArticleId: row.origin_article_id,
      context: row.context,
    }));
    // Best first; among equals the most recently confirmed translation.
    matches.sort((a, b) => b.score - a.score || (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : b.unitId - a.unitId));
    const top = matches.slice(0, limit);
    for (const m of top) m.diff = diffWords(m.source, source);
    return top;
  }

  /** Best matches of many sources at once (pre-translation), spread over the cores; `onProgress(done)` as they finish. */
  async lookupMany(
    sources: readonly string[],
    sourceLang: Lang,
    targetLang: Lang,
    minScore: number,
    onProgress?: (done: number) => void,
    signal?: AbortSignal,
    contexts?: readonly string[],
  ): Promise<(TmMatch | null)[]> {
    signal?.throwIfAborted();
    if (!this.stmt.pairMemories.all(sourceLang, targetLang).some((m) => m.readable === 1)) return sources.map(() => null);
    await this.prepareIndex();
    const dbPath = this.db.memory ? '' : this.db.name;
    if (sources.length >= minSourcesForWorkers && this.options.dataDir && !this.options.readOnlyIndex && dbPath && tmLookupWorkersAvailable()) {
      // The workers load the saved index and catch up the units added since it was written (the
      // desk's confirmed segments); anything else means writing it first (~0.5 s at 1M units).
      this.ensureIndex();
      if (!this.onlyAddedSinceSave || !existsSync(this.indexFile()!)) this.save();
      if (!this.dirty || this.onlyAddedSinceSave) return lookupInWorkers({ dbPath, dataDir: this.options.dataDir, sourceLang, targetLang, minScore }, sources, contexts, onProgress, signal);
    }
    // In this thread, yielding to the event loop every ~8 ms so IPC (typing, saving) never waits long.
    const out: (TmMatch | null)[] = [];
    const step = 8;
    for (let from = 0; from < sources.length; ) {
      signal?.throwIfAborted();
      const started = performance.now();
      let to = from;
      while (to < sources.length && (to === from || performance.now() - started < step)) to++;
      out.push(...this.lookupManySync(sources.slice(from, to), sourceLang, targetLang, minScore, contexts?.slice(from, to)));
      from = to;
      onProgress?.(from);
      if (from < sources.length) await new Promise((resolve) => setImmediate(resolve));
    }
    return out;
  }

  /** The best match of each source, synchronously (in a worker, or a slice of lookupMany). */
  lookupManySync(sources: readonly string[], sourceLang: Lang, targetLang: Lang, minScore: number, contexts?: readonly string[], onEach?: (done: number) => void): (TmMatch | null)[] {
    const memories = this.stmt.pairMemories.all(sourceLang, targetLang).filter((m) => m.readable === 1);
    if (memories.length === 0) return sources.map(() => null);
    const names = new Map(memories.map((m) => [m.id, m.name]));
    const index = this.ensureIndex();
    // Identical sources (repeats within the article) are looked up once.
    const seen = new Map<string, TmMatch | null>();
    return sources.map((source, i) => {
      const context = contexts?.[i];
      const key = context === undefined ? source : `${source}\u0000${context}`;
      let match = seen.get(key);
      if (match === undefined) {
        match = source.trim() ? (this.lookupIn(index, names, source, minScore, 1, context)[0] ?? null) : null;
        seen.set(key, match);
      }
      onEach?.(i + 1);
      return match;
    });
  }

  // --- Concordance -------------------------------------------------------------------------------

  concordance(input: ParsedInput<'concordance'>): Output<'concordance'> {
    const limit = input.limit ?? defaultConcordanceLimit;
    const query = input.query;
    const pattern = new RegExp(escapeRegExp(query), 'iu');
    // Candidates are read until the page is full; each is checked against its text, so the
    // word-index query only has to find a superset of the hits, never the hits exactly.
    const readable = new Set(this.stmt.pairMemories.all(input.sourceLang, input.targetLang).filter((m) => m.readable === 1).map((m) => m.id));
    if (readable.size === 0) return [];
    const match = this.concordanceMatch(query, input.side);
    if (match === '') return [];
    const rows =
      match === null
        ? (input.side === 'source' ? this.stmt.concordanceLikeSource : this.stmt.concordanceLikeTarget).iterate(likePattern(query), input.sourceLang, input.targetLang)
        : this.ftsRows(match, readable);
    const hits: ConcordanceHit[] = [];
    for (const row of rows) {
      const text = input.side === 'source' ? row.source : row.target;
      const found = pattern.exec(text);
      if (!found) continue;
      hits.push({ unitId: row.id, memoryId: row.memory_id, source: row.source, target: row.target, start: found.index, end: found.index + found[0].length });
      if (hits.length === limit) break;
    }
    return hits;
  }

  /**
   * The word-index query whose hits include every unit containing `query` on `side`: the rarest
   * query words, each as the indexed words it can be part of. '' when some query word is part of
   * no indexed word (nothing can match); null when no word narrows the search (a LIKE scan,
   * newest first, is then fast because the words are everywhere, or the query has no word).
   */
  private concordanceMatch(query: string, side: ConcordanceSide): string | null {
    const words = queryWords(query);
    if (words.length === 0) return null;
    const vocabulary = this.concordanceVocabulary();
    const groups: Expansion[] = [];
    for (const word of words) {
      const expansion = vocabulary.expand(side, word, maxWordExpansion);
      if (expansion === null) continue;
      // Our folding equals the index's for ASCII; a word with other letters that fits no indexed
      // word may be folded differently there, so it only fails to narrow.
      if (expansion.words.length === 0) {
        if (word.ascii) return '';
        continue;
      }
      groups.push(expansion);
    }
    if (groups.length === 0) return null;
    groups.sort((a, b) => a.units - b.units);
    const chosen = [groups[0]!];
    for (const group of groups.slice(1, 3)) {
      if (groups[0]!.units <= fewCandidates) break;
      chosen.push(group);
    }
    return chosen.map((g) => `${side} : (${g.words.map(ftsPhrase).join(' OR ')})`).join(' AND ');
  }

  /**
   * Reads the concordance vocabulary in a worker thread when it is not in memory yet (seconds at
   * a million units: the main process must not wait for it). Concurrent callers share one read;
   * without a worker (in-memory database, a bundle without the entry) it is read here.
   */
  prepareConcordance(): Promise<void> {
    if (this.vocabulary) return Promise.resolve();
    const dbPath = this.db.memory ? '' : this.db.name;
    this.vocabularyLoading ??= (dbPath ? loadVocabularyInWorker(dbPath) : Promise.resolve(null))
      .then((loaded) => {
        if (this.vocabulary) return;
        if (loaded) {
          this.vocabulary = loaded.vocabulary;
          this.vocabularyMaxId = loaded.maxId;
        } else this.concordanceVocabulary();
      })
      .finally(() => {
        this.vocabularyLoading = null;
      });
    return this.vocabularyLoading;
  }

  /** The concordance vocabulary, read on first use and caught up with units added since. */
  private concordanceVocabulary(): ConcordanceVocabulary {
    const maxId = this.stmt.maxId.get()!;
    if (!this.vocabulary || maxId - this.vocabularyMaxId > maxVocabularyCatchUp) {
      this.vocabulary = ConcordanceVocabulary.load(this.db);
    } else if (maxId > this.vocabularyMaxId) {
      for (const row of this.stmt.unitTextsAfter.iterate(this.vocabularyMaxId)) this.vocabulary.addUnit(row.source, row.target);
    }
    this.vocabularyMaxId = maxId;
    return this.vocabulary;
  }

  /** Units matching an FTS query in the readable memories, newest first, read lazily. */
  private *ftsRows(match: string, readable: ReadonlySet<string>): Generator<{ id: number; memory_id: string; source: string; target: string }> {
    for (const id of this.stmt.concordanceFts.iterate(match)) {
      const row = this.stmt.concordanceUnit.get(id);
      if (row && readable.has(row.memory_id)) yield row;
    }
  }

  // --- The index ---------------------------------------------------------------------------------

  /**
   * Units were written to `tm_units` behind the service's back (a TMX import): bring the index up
   * to date (caught up, or rebuilt in workers while lookups use the old one) and save it.
   */
  async afterBulkInsert(memoryId: string): Promise<void> {
    void memoryId; // every unit after the index's last id is caught up, whichever memory it is in
    // A build in flight may have read the table before these rows: it finishes first.
    while (this.building) await this.building.catch(() => undefined);
    if (!this.index) {
      // Loads (catching up the new rows) or rebuilds, and saves the result for the next start.
      await this.prepareIndex();
    } else if (!this.catchUp(this.index, this.indexed)) {
      await this.buildOnce(() => this.rebuildInWorkers());
    }
    this.save();
  }

  /**
   * Makes the index ready for the sync lookups without blocking this thread for seconds: loaded
   * from its file and caught up, or, when that is missing or stale, rebuilt in worker threads
   * (tm/buildIndexInWorkers.ts) and saved. Concurrent callers share one build; the sync paths
   * (ensureIndex) keep working meanwhile. Resolves at once when an index is in use.
   */
  prepareIndex(): Promise<void> {
    if (this.index) return Promise.resolve();
    return this.buildOnce(async () => {
      if (!this.loadSaved()) await this.rebuildInWorkers();
    });
  }

  /** Runs `build` unless one is in flight (then shares it); a build stopped by close() resolves. */
  private buildOnce(build: () => Promise<void>): Promise<void> {
    if (this.building) return this.building;
    const running: Promise<void> = build()
      .catch((error: unknown) => {
        if (!this.stopBuilding.signal.aborted) throw error;
      })
      .finally(() => {
        if (this.building === running) this.building = null;
      });
    this.building = running;
    return running;
  }

  /**
   * rebuild() in worker threads, then saved: they index the rows up to today's largest id, and
   * the rows stored meanwhile are caught up. The rows they read are the index's signature (each
   * share is read in one snapshot), so a row deleted before they read it is simply not in it;
   * one deleted after, or anything else the signature does not explain, means another try, then
   * a rebuild on this thread. A small table, an in-memory database or a bundle without the
   * worker entry is rebuilt here at once.
   */
  private async rebuildInWorkers(): Promise<void> {
    const dbPath = this.db.memory ? '' : this.db.name;
    for (let attempt = 0; attempt < workerRebuildAttempts; attempt++) {
      // Ids approximate the row count, and max(id) is one b-tree descent (the signature scans an index).
      const maxId = this.stmt.maxId.get()!;
      if (!dbPath || maxId < (this.options.indexWorkersFrom ?? minUnitsForIndexWorkers) || !tmIndexWorkersAvailable()) break;
      let built: FuzzyIndex;
      try {
        built = await buildIndexInWorkers(dbPath, maxId, this.stopBuilding.signal);
      } catch (error) {
        // A worker that failed (out of memory, a damaged page) fails no lookup: this thread rebuilds.
        if (this.stopBuilding.signal.aborted) throw error;
        break;
      }
      // The merge, the signature read and the save each hold this thread ~0.1-0.2 s at 1M units:
      // waiting requests are answered between them rather than after all three.
      await yieldToEventLoop();
      this.stopBuilding.signal.throwIfAborted();
      if (this.catchUp(built, built.idSummary())) {
        this.index = built;
        this.dirty = true;
        this.onlyAddedSinceSave = false;
        await yieldToEventLoop();
        this.save();
        return;
      }
    }
    this.rebuild();
    this.save();
  }

  /** The fuzzy index, loaded from its file, caught up, or rebuilt, on first use. */
  private ensureIndex(): FuzzyIndex {
    if (this.index) return this.index;
    if (this.loadSaved()) return this.index!;
    this.rebuild();
    this.save();
    return this.index!;
  }

  /** Uses the saved index when it is still valid (rows appended since are caught up). */
  private loadSaved(): boolean {
    const loaded = this.load();
    if (!loaded || loaded.index.deadShare() > maxDeadShare || !this.catchUp(loaded.index, loaded.signature)) return false;
    this.index = loaded.index;
    return true;
  }

  /**
   * Adds the rows after `from.maxId` when that explains every difference between `from` and
   * `tm_units` (only appends happened); false when rows were deleted or rewritten.
   */
  private catchUp(index: FuzzyIndex, from: UnitsSignature): boolean {
    const now = this.stmt.signature.get()!;
    if (now.count === from.count && now.maxId === from.maxId && now.sumId === from.sumId) {
      this.indexed = now;
      return true;
    }
    if (now.maxId < from.maxId) return false;
    const after = this.stmt.signatureAfter.get(from.maxId)!;
    if (from.count + after.count !== now.count || from.sumId + after.sumId !== now.sumId) return false;
    // A big import is faster to index in one build than unit by unit into the delta lists.
    if (after.count > Math.max(maxCatchUp, from.count / 4)) return false;
    this.indexed = from;
    for (const unit of this.stmt.unitsAfter.iterate(from.maxId)) this.addToIndex(index, unit);
    this.indexed = now;
    return true;
  }

  /** Builds the index from every row of `tm_units`. */
  rebuild(): void {
    this.db.transaction(() => {
      this.indexed = this.stmt.signature.get()!;
      this.index = FuzzyIndex.build(this.stmt.unitsAfter.iterate(0));
    })();
    this.dirty = true;
    this.onlyAddedSinceSave = false;
  }

  private indexFile(): string | null {
    return this.options.dataDir ? join(this.options.dataDir, tmIndexDirName, indexFileName) : null;
  }

  private load(): { index: FuzzyIndex; signature: UnitsSignature } | null {
    const file = this.indexFile();
    if (!file) return null;
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return null;
    }
    const read = FuzzyIndex.deserialize(bytes);
    if (!read) return null;
    const sig = read.meta as Partial<UnitsSignature> | null;
    if (typeof sig?.count !== 'number' || typeof sig.maxId !== 'number' || typeof sig.sumId !== 'number') return null;
    return { index: read.index, signature: { count: sig.count, maxId: sig.maxId, sumId: sig.sumId } };
  }

  /** Writes the index to its file (atomically: a torn write leaves the old file or none). */
  private save(): void {
    const file = this.indexFile();
    if (!file || !this.index || !this.dirty || this.options.readOnlyIndex) return;
    try {
      mkdirSync(join(this.options.dataDir!, tmIndexDirName), { recursive: true });
      const temp = `${file}.tmp`;
      // Part by part: concatenating first would hold a second copy of the index (~70 MB at 1M units).
      const fd = openSync(temp, 'w');
      try {
        for (const part of this.index.serialize(this.indexed)) for (let at = 0; at < part.length; ) at += writeSync(fd, part, at);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, file);
      this.dirty = false;
      this.onlyAddedSinceSave = true;
    } catch {
      // Not fatal: the next start rebuilds. A half-written temp file is never read.
      rmSync(`${file}.tmp`, { force: true });
    }
  }

  /** Statistics for benchmarks and diagnostics. */
  indexStats(): { units: number; bytes: number } {
    const index = this.ensureIndex();
    return { units: index.size, bytes: index.byteSize() };
  }

  close(): void {
    this.stopBuilding.abort();
    this.save();
  }
}
