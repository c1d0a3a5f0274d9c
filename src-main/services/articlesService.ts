import { randomUUID } from 'node:crypto';
import type { ArticlesRepo } from '../db/repos/articlesRepo.ts';
import type { SearchRepo } from '../db/repos/searchRepo.ts';
import type { Article, ArticleListFilter, ArticleSummary, DocumentJson, Lang, SaveReceipt } from '../../src-preload/contract/domain.ts';
import { documentPlainText, searchableText } from '../language/documentPlainText.ts';
import { normaliseTag } from '../language/normaliseTag.ts';
import { emptyDocument } from '../../src-preload/contract/documentSchema.ts';
import { countWords } from '../language/countWords.ts';
import { AppError } from './appError.ts';
import { documentText, parseDocument } from './documentValidation.ts';

/** Article rules: creation, validation of bodies, versioned saves. */
export class ArticlesService {
  private readonly repo: ArticlesRepo;
  private readonly now: () => Date;
  private readonly savedHooks: ((articleId: string) => void)[] = [];
  private readonly search: SearchRepo;

  /** `search` is the full-text index, kept in step inside the same transaction as every write. */
  constructor(repo: ArticlesRepo, now: () => Date = () => new Date(), search: SearchRepo) {
    this.repo = repo;
    this.now = now;
    this.search = search;
  }

  /**
   * Registers `hook` to run inside every save's transaction, after the update (the revisions
   * service adds its periodic 'auto' revision there). A hook that throws rolls the save back.
   */
  onSavedInTransaction(hook: (articleId: string) => void): void {
    this.savedHooks.push(hook);
  }

  /** Articles matching `filter` (by default: outside the trash, most recently updated first). */
  list(filter: ArticleListFilter = {}): ArticleSummary[] {
    if (filter.tag === undefined) return this.repo.list(filter);
    const tag = normaliseTag(filter.tag);
    return tag ? this.repo.list({ ...filter, tag: tag.key }) : [];
  }

  get(id: string): Article {
    const article = this.repo.get(id);
    if (!article) throw new AppError('NOT_FOUND', `no article ${id}`);
    return article;
  }

  create(input: { lang: Lang; title?: string | undefined }): Article {
    const id = randomUUID();
    const now = this.now().toISOString();
    const title = input.title ?? '';
    this.repo.transaction(() => {
      this.repo.insert({ id, title, lang: input.lang, doc: JSON.stringify(emptyDocument()), wordCount: 0, now });
      this.search.put(id, { title: searchableText(title), standfirst: '', body: '' });
    });
    return this.get(id);
  }

  /**
   * Saves title and body in one transaction if the stored version is still `baseVersion`.
   * The body is checked against the document schema first; nothing is written on any error.
   */
  save(input: { id: string; title: string; doc: DocumentJson; baseVersion: number }): SaveReceipt {
    const node = parseDocument(input.doc);
    const wordCount = countWords(input.title) + countWords(documentText(node));
    // Store the validated node, not the raw input: unknown attributes and extra keys are dropped.
    const json = node.toJSON() as unknown;
    const doc = JSON.stringify(json);
    const searchTitle = searchableText(input.title);
    const searchBody = documentPlainText(json);
    const now = this.now().toISOString();
    return this.repo.transaction(() => {
      const current = this.repo.version(input.id);
      if (current === undefined) throw new AppError('NOT_FOUND', `no article ${input.id}`);
      if (!this.repo.update({ id: input.id, title: input.title, doc, wordCount, now, baseVersion: input.baseVersion })) {
        throw new AppError('CONFLICT', `article ${input.id} is at version ${current}, not ${input.baseVersion}`);
      }
      // Same transaction: the index never shows text that was not saved, nor misses text that was.
      this.search.updateTitleBody(input.id, searchTitle, searchBody);
      for (const hook of this.savedHooks) hook(input.id);
      return { id: input.id, version: input.baseVersion + 1, wordCount, updatedAt: now };
    });
  }

  /**
   * Moves an article to the trash: it leaves the library list and the search, keeps everything
   * (text, revisions, comments) and can be restored until the trash is emptied. Moving an article
   * that is already there changes nothing.
   */
  delete(id: string): ArticleSummary {
    const now = this.now().toISOString();
    this.repo.transaction(() => {
      if (this.repo.deletedAt(id) === undefined) throw new AppError('NOT_FOUND', `no article ${id}`);
      if (this.repo.trash(id, now)) this.search.remove(id);
    });
    return this.summary(id);
  }

  /** Takes an article out of the trash, back into the list and the search. */
  restore(id: string): ArticleSummary {
    this.repo.transaction(() => {
      const source = this.repo.searchSource(id);
      if (!source) throw new AppError('NOT_FOUND', `no article ${id}`);
      if (!this.repo.untrash(id)) return;
      let body = '';
      try {
        body = documentPlainText(JSON.parse(source.doc));
      } catch {
        // Every stored body is JSON written by save(); an unreadable one is still restored, unsearchable.
      }
      this.search.put(id, { title: searchableText(source.title), standfirst: searchableText(source.standfirst), body });
    });
    return this.summary(id);
  }

  /** Deletes every article in the trash for good, with its revisions, comments, tags and history. */
  emptyTrash(): { deleted: number } {
    return { deleted: this.repo.transaction(() => this.repo.purgeTrash()) };
  }

  private summary(id: string): ArticleSummary {
    const summary = this.repo.summaries([id])[0];
    if (!summary) throw new AppError('NOT_FOUND', `no article ${id}`);
    return summary;
  }
}
