import { randomUUID } from 'node:crypto';
import type { RevisionsRepo, RevisionWithDoc } from '../db/repos/revisionsRepo.ts';
import type { Article, Revision, RevisionDiff, RevisionKind } from '../../src-preload/contract/domain.ts';
import { diffWords } from '../language/diffWords.ts';
import { countWords } from '../language/countWords.ts';
import { AppError } from './appError.ts';
import type { ArticlesService } from './articlesService.ts';
import { diffDocuments } from './diffDocuments.ts';

/** Default gap between automatic revisions while someone keeps editing: 10 minutes. */
export const defaultAutoRevisionIntervalMs = 10 * 60 * 1000;

export interface RevisionsServiceOptions {
  /** Clock, injectable for tests. Default: the system clock. */
  now?: () => Date;
  /**
   * A save adds an 'auto' revision when the article's latest revision is older than this
   * (or it has none). Default `defaultAutoRevisionIntervalMs`.
   */
  autoIntervalMs?: number;
  /** Name recorded as the author (the Settings user name). Default: ''. */
  author?: () => string;
}

/**
 * Revision rules: automatic snapshots while editing and on status changes, named versions,
 * word-level diffs and restores. Revisions are only ever added; a restore keeps the text it
 * replaces as a revision first.
 */
export class RevisionsService {
  private readonly repo: RevisionsRepo;
  private readonly articles: ArticlesService;
  private readonly now: () => Date;
  private readonly autoIntervalMs: number;
  private readonly author: () => string;

  constructor(repo: RevisionsRepo, articles: ArticlesService, options: RevisionsServiceOptions = {}) {
    this.repo = repo;
    this.articles = articles;
    this.now = options.now ?? (() => new Date());
    this.autoIntervalMs = options.autoIntervalMs ?? defaultAutoRevisionIntervalMs;
    this.author = options.author ?? (() => '');
  }

  /**
   * Snapshots the article's stored headline and body as its next revision. Call it inside the
   * transaction that changed the article (a status change passes kind 'status' and, for
   * example, the new status as `name`), so the change and its revision commit together.
   */
  recordRevision(articleId: string, kind: RevisionKind, name?: string | null, restoredFrom: number | null = null): Revision {
    const id = randomUUID();
    const trimmed = name?.trim() ? name.trim() : null;
    return this.repo.transaction(() => {
      const inserted = this.repo.snapshot({ id, articleId, kind, name: trimmed, restoredFrom, author: this.author(), now: this.now().toISOString() });
      if (!inserted) throw new AppError('NOT_FOUND', `no article ${articleId}`);
      return this.repo.getSummary(id)!;
    });
  }

  /**
   * Called by `ArticlesService.save` inside its transaction, after the update: adds an 'auto'
   * revision of the saved text when the latest one is older than the interval, or there is none.
   */
  recordAutoIfDue(articleId: string): Revision | undefined {
    const latest = this.repo.latestCreatedAt(articleId);
    if (latest !== undefined && this.now().getTime() - Date.parse(latest) < this.autoIntervalMs) return undefined;
    return this.recordRevision(articleId, 'auto');
  }

  /** Revisions of an article, newest first. */
  list(articleId: string): Revision[] {
    this.articles.get(articleId); // NOT_FOUND for an unknown article, not an empty list
    return this.repo.list(articleId);
  }

  /** A named version of the stored text (the renderer flushes autosave first). */
  create(input: { articleId: string; name?: string | undefined }): Revision {
    return this.recordRevision(input.articleId, 'named', input.name ?? null);
  }

  /** Word-level diff from a revision to the current text or to another revision of the article. */
  diff(input: { articleId: string; revisionId: string; against?: string | undefined }): RevisionDiff {
    const from = this.revisionOf(input.articleId, input.revisionId);
    const against = input.against ?? 'current';
    const to = against === 'current' ? undefined : this.revisionOf(input.articleId, against);
    const target = to ?? this.articles.get(input.articleId);
    const body = diffDocuments(from.doc, target.doc);
    const title = diffWords(from.title, target.title);
    const titleWords = (op: 'insert' | 'delete') => title.reduce((n, s) => (s.op === op ? n + countWords(s.text) : n), 0);
    return {
      from: summary(from),
      to: to ? summary(to) : null,
      title,
      blocks: body.blocks,
      insertedWords: body.insertedWords + titleWords('insert'),
      deletedWords: body.deletedWords + titleWords('delete'),
    };
  }

  /**
   * Brings back a revision as a new article version, in one transaction: a 'restore' revision of
   * the current text, the save, and a 'restore' revision of the result that names its source.
   */
  restore(input: { articleId: string; revisionId: string; baseVersion: number }): Article {
    return this.repo.transaction(() => {
      const source = this.revisionOf(input.articleId, input.revisionId);
      const current = this.articles.get(input.articleId);
      if (current.version !== input.baseVersion) {
        throw new AppError('CONFLICT', `article ${input.articleId} is at version ${current.version}, not ${input.baseVersion}`);
      }
      this.recordRevision(input.articleId, 'restore');
      this.articles.save({ id: input.articleId, title: source.title, doc: source.doc, baseVersion: input.baseVersion });
      this.recordRevision(input.articleId, 'restore', null, source.number);
      return this.articles.get(input.articleId);
    });
  }

  private revisionOf(articleId: string, revisionId: string): RevisionWithDoc {
    const revision = this.repo.get(revisionId);
    if (!revision || revision.articleId !== articleId) throw new AppError('NOT_FOUND', `no revision ${revisionId} of article ${articleId}`);
    return revision;
  }
}

function summary(revision: RevisionWithDoc): Revision {
  const { doc: _doc, ...rest } = revision;
  return rest;
}
