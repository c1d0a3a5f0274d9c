import { randomUUID } from 'node:crypto';
import type { ArticlesRepo } from '../db/repos/articlesRepo.ts';
import type { Article, ArticleSummary, DocumentJson, Lang, SaveReceipt } from '../../src-preload/contract/domain.ts';
import { emptyDocument } from '../../src-preload/contract/documentSchema.ts';
import { countWords } from '../language/countWords.ts';
import { AppError } from './appError.ts';
import { documentText, parseDocument } from './documentValidation.ts';

/** Article rules: creation, validation of bodies, versioned saves. */
export class ArticlesService {
  private readonly repo: ArticlesRepo;
  private readonly now: () => Date;

  constructor(repo: ArticlesRepo, now: () => Date = () => new Date()) {
    this.repo = repo;
    this.now = now;
  }

  list(): ArticleSummary[] {
    return this.repo.list();
  }

  get(id: string): Article {
    const article = this.repo.get(id);
    if (!article) throw new AppError('NOT_FOUND', `no article ${id}`);
    return article;
  }

  create(input: { lang: Lang; title?: string | undefined }): Article {
    const id = randomUUID();
    const now = this.now().toISOString();
    this.repo.insert({ id, title: input.title ?? '', lang: input.lang, doc: JSON.stringify(emptyDocument()), wordCount: 0, now });
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
    const doc = JSON.stringify(node.toJSON());
    const now = this.now().toISOString();
    return this.repo.transaction(() => {
      const current = this.repo.version(input.id);
      if (current === undefined) throw new AppError('NOT_FOUND', `no article ${input.id}`);
      if (!this.repo.update({ id: input.id, title: input.title, doc, wordCount, now, baseVersion: input.baseVersion })) {
        throw new AppError('CONFLICT', `article ${input.id} is at version ${current}, not ${input.baseVersion}`);
      }
      return { id: input.id, version: input.baseVersion + 1, wordCount, updatedAt: now };
    });
  }
}
