import { randomUUID } from 'node:crypto';
import type { Lang } from '../../src-preload/contract/domain.ts';
import type { Claim, Source, SourcePassageHit } from '../../src-preload/contract/factcheck.ts';
import type { PassageMatch, SourcesRepo } from '../db/repos/sourcesRepo.ts';
import { AppError } from './appError.ts';
import { evidenceFtsQuery, evidenceTerms, matchedTerms, passageValues } from './evidenceTerms.ts';
import { ImportError } from './importers/importError.ts';
import type { ImportLimits } from './importers/importLimits.ts';
import { importSourceFile } from './importers/importSourceFile.ts';
import { toFtsQuery } from './searchQuery.ts';
import { markedToSegments } from './searchService.ts';
import { codeForReason } from './transferService.ts';

/** What "Find evidence" needs of the claims desk and the articles. */
export interface ClaimsReader {
  get(claimId: string): Claim;
}
export interface ArticleLangReader {
  get(articleId: string): { lang: Lang };
}

export interface SourcesServiceOptions {
  now?: (() => Date) | undefined;
  /** The Settings user name, recorded as who imported a source. */
  author?: (() => string) | undefined;
  /** Overrides of the import limits (tests use small ones). */
  importLimits?: Partial<ImportLimits> | undefined;
}

/**
 * Passages "Find evidence" ranks by matched figures and names: the best this many by bm25 (an OR
 * of the claim's terms, so passages with more of them come first). Each is value-parsed on the
 * main thread, so the window is kept small enough not to hold up other bridge calls.
 */
const evidenceWindow = 200;

/** The source library: documents imported as evidence material, searchable by passage. */
export class SourcesService {
  private readonly repo: SourcesRepo;
  private readonly claims: ClaimsReader;
  private readonly articles: ArticleLangReader;
  private readonly now: () => Date;
  private readonly author: () => string;
  private readonly importLimits: Partial<ImportLimits> | undefined;

  constructor(repo: SourcesRepo, claims: ClaimsReader, articles: ArticleLangReader, options: SourcesServiceOptions = {}) {
    this.repo = repo;
    this.claims = claims;
    this.articles = articles;
    this.now = options.now ?? (() => new Date());
    this.author = options.author ?? (() => '');
    this.importLimits = options.importLimits;
  }

  /**
   * Imports a file as a source. All parsing (in the import worker, with its limits) happens
   * before anything is written; the source and its passages are then stored in one transaction,
   * so a refused or failed import leaves the library as it was.
   */
  async import(input: { name: string; dataBase64: string }): Promise<Source> {
    const bytes = Buffer.from(input.dataBase64, 'base64');
    let imported;
    try {
      imported = await importSourceFile({ name: input.name, bytes }, { limits: this.importLimits });
    } catch (error) {
      if (error instanceof ImportError) throw new AppError(codeForReason[error.reason], error.message);
      throw error;
    }
    const id = randomUUID();
    const source = {
      id,
      title: imported.title,
      fileName: input.name.normalize('NFC'),
      format: imported.format,
      byteSize: bytes.byteLength,
      importedBy: this.author(),
      importedAt: this.now().toISOString(),
    };
    this.repo.insert(source, imported.passages);
    return this.get(id);
  }

  get(id: string): Source {
    const source = this.repo.get(id);
    if (!source) throw new AppError('NOT_FOUND', `no source ${id}`);
    return source;
  }

  /** Newest first. */
  list(): Source[] {
    return this.repo.list();
  }

  delete(id: string): { deleted: true } {
    if (!this.repo.remove(id)) throw new AppError('NOT_FOUND', `no source ${id}`);
    return { deleted: true };
  }

  /** Passages matching a query in the article search's syntax (searchQuery.ts), best first; nothing to search for is no results. */
  search(input: { query: string; limit?: number | undefined }): SourcePassageHit[] {
    const fts = toFtsQuery(input.query);
    if (!fts) return [];
    return this.repo.search(fts, input.limit ?? 20).map((m) => toHit(m, []));
  }

  /**
   * Passages that may support or refute a claim: those holding any of its figures or names (an
   * FTS5 OR query finds the candidates), ranked by how many DISTINCT figures and names each
   * contains (figures compared by parsed value, so "130 billion" matches "US$ 130 miliar"), then
   * by bm25. Passages that contain none of them, judged by value, are left out.
   */
  findEvidence(input: { claimId: string; limit?: number | undefined }): SourcePassageHit[] {
    const claim = this.claims.get(input.claimId);
    const lang = this.articles.get(claim.articleId).lang;
    const terms = evidenceTerms(claim.text, lang, claim.figures);
    const fts = evidenceFtsQuery(terms);
    if (!fts) return [];
    const ranked = this.repo
      .candidates(fts, evidenceWindow)
      .map((m, bm25Rank) => ({ rowid: m.rowid, bm25Rank, matched: matchedTerms(terms, m.text, passageValues(m.text)) }))
      .filter((r) => r.matched.length > 0)
      .sort((a, b) => b.matched.length - a.matched.length || a.bm25Rank - b.bm25Rank)
      .slice(0, input.limit ?? 10);
    // Snippets only for the passages returned.
    const matched = new Map(ranked.map((r) => [r.rowid, r.matched]));
    return this.repo.marked(fts, ranked.map((r) => r.rowid)).map((m) => toHit(m, matched.get(m.rowid) ?? []));
  }
}

function toHit(m: PassageMatch, matched: string[]): SourcePassageHit {
  return { sourceId: m.sourceId, sourceTitle: m.sourceTitle, ordinal: m.ordinal, text: m.text, snippet: markedToSegments(m.marked), matched };
}
