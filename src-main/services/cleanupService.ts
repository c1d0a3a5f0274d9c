import type { Article, CleanupChange } from '../../src-preload/contract/domain.ts';
import { AppError } from './appError.ts';
import type { ArticlesService } from './articlesService.ts';
import type { RevisionsService } from './revisionsService.ts';
import { cleanUpDocument } from './cleanUpDocument.ts';

/** "Clean up scraped text" on stored articles: a preview that changes nothing, and its application. */
export class CleanupService {
  private readonly articles: ArticlesService;
  private readonly revisions: RevisionsService;

  constructor(articles: ArticlesService, revisions: RevisionsService) {
    this.articles = articles;
    this.revisions = revisions;
  }

  /** What cleaning the stored article would change; writes nothing. */
  preview(id: string): { changes: CleanupChange[] } {
    return { changes: cleanUpDocument(this.articles.get(id)).changes };
  }

  /**
   * Cleans the stored article as one versioned save (marks kept). CONFLICT when the article is no
   * longer at `baseVersion`; with nothing to clean, nothing is written and the article is returned.
   */
  apply(input: { id: string; baseVersion: number }): Article {
    const article = this.articles.get(input.id);
    if (article.version !== input.baseVersion) throw new AppError('CONFLICT', `article ${input.id} is at version ${article.version}, not ${input.baseVersion}`);
    const { doc, changes } = cleanUpDocument(article);
    if (changes.length === 0) return article;
    // Keep the text as it was, so a cleanup can always be undone from the Versions panel.
    this.revisions.recordRevision(input.id, 'auto');
    // save() checks the version again inside its transaction.
    this.articles.save({ id: input.id, title: article.title, doc, baseVersion: input.baseVersion });
    return this.articles.get(input.id);
  }
}
