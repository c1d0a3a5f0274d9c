import type { ArticlesRepo } from '../db/repos/articlesRepo.ts';
import type { SearchRepo } from '../db/repos/searchRepo.ts';
import type { ArticleMeta, ArticleMetaReceipt, ArticleStatus, ArticleStatusInfo, TagCount } from '../../src-preload/contract/domain.ts';
import { allowedStatusMoves, isStatusMoveAllowed } from '../../src-preload/contract/articleWorkflow.ts';
import { searchableText } from '../language/documentPlainText.ts';
import { normaliseTags } from '../language/normaliseTag.ts';
import { AppError } from './appError.ts';

export interface ArticleMetaServiceOptions {
  /** Clock, injectable for tests. */
  now?: (() => Date) | undefined;
  /** Who is making changes: the Settings user name ('' when none is set). */
  author: () => string;
  /**
   * The readiness gate: how many claims hold this article back from "ready" (0 when the gate is
   * switched off). Called inside the status change's transaction. Default: no gate.
   */
  readinessGate?: ((articleId: string) => number) | undefined;
}

/**
 * Article metadata (standfirst, byline, dateline, outlet, tags, notes) and the workflow status.
 * Neither touches the headline and body, so neither changes `version`: the editor's autosave
 * keeps its base version while the desk edits metadata or moves the article along.
 */
export class ArticleMetaService {
  private readonly repo: ArticlesRepo;
  private readonly search: SearchRepo;
  private readonly now: () => Date;
  private readonly author: () => string;
  private readonly readinessGate: (articleId: string) => number;
  private readonly statusHooks: ((change: { articleId: string; from: ArticleStatus; to: ArticleStatus }) => void)[] = [];

  constructor(repo: ArticlesRepo, search: SearchRepo, options: ArticleMetaServiceOptions) {
    this.repo = repo;
    this.search = search;
    this.now = options.now ?? (() => new Date());
    this.author = options.author;
    this.readinessGate = options.readinessGate ?? (() => 0);
  }

  /**
   * Registers `hook` to run inside every status change's transaction, after it is recorded (for
   * example to snapshot a 'status' revision). A hook that throws rolls the change back.
   */
  onStatusChangedInTransaction(hook: (change: { articleId: string; from: ArticleStatus; to: ArticleStatus }) => void): void {
    this.statusHooks.push(hook);
  }

  /**
   * Changes the given metadata fields and leaves the others as they are (a patch: the desk edits
   * one field at a time, and two fields never overwrite each other). Tags replace the whole list;
   * they are normalised, and spellings that differ only in case collapse to the first.
   */
  update(input: { id: string } & Partial<ArticleMeta>): ArticleMetaReceipt {
    const { id, tags, ...fields } = input;
    const now = this.now().toISOString();
    this.repo.transaction(() => {
      if (!this.repo.updateMeta(id, fields, now)) throw new AppError('NOT_FOUND', `no article ${id}`);
      if (tags !== undefined) this.repo.replaceTags(id, normaliseTags(tags));
      // Same transaction as the row, as for saves; an article in the trash is not indexed.
      if (fields.standfirst !== undefined) this.search.updateStandfirst(id, searchableText(fields.standfirst));
    });
    const article = this.repo.get(id)!;
    return {
      id,
      standfirst: article.standfirst,
      byline: article.byline,
      datelinePlace: article.datelinePlace,
      datelineDate: article.datelineDate,
      outlet: article.outlet,
      tags: article.tags,
      notes: article.notes,
      updatedAt: article.updatedAt,
    };
  }

  /** The status, the moves allowed from it, and every recorded change, newest first. */
  status(id: string): ArticleStatusInfo {
    const status = this.repo.status(id);
    if (status === undefined) throw new AppError('NOT_FOUND', `no article ${id}`);
    const archivedFrom = status === 'archived' ? this.repo.archivedFrom(id) : null;
    return { id, status, allowed: allowedStatusMoves(status, archivedFrom), history: this.repo.statusHistory(id) };
  }

  /**
   * Moves the article to `to` if the workflow allows it (articleWorkflow.ts) and records who and
   * when. Asking for the status it already has changes and records nothing; a move the workflow
   * does not allow is CONFLICT (the article's state does not permit it).
   *
   * The readiness gate: a move to "ready" while claims are unresolved (`readinessGate`) is
   * CLAIMS_UNRESOLVED, and nothing changes, unless `override.note` says why; that note is recorded
   * with the change. A note given when nothing needed overriding is not recorded: the history
   * shows a reason only where the gate was actually passed over.
   */
  setStatus(input: { id: string; status: ArticleStatus; override?: { note: string } | undefined }): ArticleStatusInfo {
    const now = this.now().toISOString();
    const by = this.author();
    this.repo.transaction(() => {
      const from = this.repo.status(input.id);
      if (from === undefined) throw new AppError('NOT_FOUND', `no article ${input.id}`);
      if (from === input.status) return;
      const archivedFrom = from === 'archived' ? this.repo.archivedFrom(input.id) : null;
      if (!isStatusMoveAllowed(from, input.status, archivedFrom)) {
        throw new AppError('CONFLICT', `article ${input.id} cannot move from ${from} to ${input.status}`);
      }
      // Counted in this transaction, so a claim resolved or added meanwhile cannot slip past the gate.
      const unresolved = input.status === 'ready' ? this.readinessGate(input.id) : 0;
      const note = unresolved > 0 ? (input.override?.note.trim() ?? '') : '';
      if (unresolved > 0 && note === '') {
        throw new AppError('CLAIMS_UNRESOLVED', `${unresolved} ${unresolved === 1 ? 'claim' : 'claims'} unresolved`);
      }
      this.repo.setStatus({ id: input.id, from, to: input.status, by, now, note });
      for (const hook of this.statusHooks) hook({ articleId: input.id, from, to: input.status });
    });
    return this.status(input.id);
  }

  /** Tags in use outside the trash, with how many articles carry each. */
  listTags(): TagCount[] {
    return this.repo.listTags();
  }
}
