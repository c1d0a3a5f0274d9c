/**
 * Translation memories: CRUD, exact and fuzzy lookup through the in-memory index of src-main/tm/,
 * concordance search, storing confirmed segments, and batch lookups for pre-translation.
 * SCAFFOLD: the TM helper replaces every body; the signatures are the contract the others use.
 */
import type { Db } from '../db/openDatabase.ts';
import type { Output, ParsedInput } from '../../src-preload/contract/api.ts';
import type { Lang } from '../../src-preload/contract/domain.ts';
import type { TmMatch } from '../../src-preload/contract/translation.ts';
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
}

const todo = (): never => {
  throw new AppError('INTERNAL', 'translation memory: not built yet');
};

export class TranslationMemoryService {
  readonly db: Db;
  readonly options: TranslationMemoryOptions;
  constructor(db: Db, options: TranslationMemoryOptions) {
    this.db = db;
    this.options = options;
  }

  list(): Output<'listMemories'> {
    return todo();
  }
  create(input: ParsedInput<'createMemory'>): Output<'createMemory'> {
    return todo() ?? input;
  }
  update(input: ParsedInput<'updateMemory'>): Output<'updateMemory'> {
    return todo() ?? input;
  }
  delete(id: string): Output<'deleteMemory'> {
    return todo() ?? id;
  }
  lookup(input: ParsedInput<'lookupTm'>): Output<'lookupTm'> {
    return todo() ?? input;
  }
  concordance(input: ParsedInput<'concordance'>): Output<'concordance'> {
    return todo() ?? input;
  }
  /** Stores a confirmed pair in every writable memory of its language pair (an existing identical source is updated). */
  store(unit: TmUnitInput): void {
    todo();
    void unit;
  }
  /** Best matches of many sources at once (pre-translation), spread over the cores; `onProgress(done)` as they finish. */
  async lookupMany(sources: readonly string[], sourceLang: Lang, targetLang: Lang, minScore: number, onProgress?: (done: number) => void, signal?: AbortSignal): Promise<(TmMatch | null)[]> {
    void [sources, sourceLang, targetLang, minScore, onProgress, signal];
    return todo();
  }
  /** Units were written to `tm_units` behind the service's back (a TMX import): bring the index up to date. */
  afterBulkInsert(memoryId: string): void {
    todo();
    void memoryId;
  }
  close(): void {}
}
