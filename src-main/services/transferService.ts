import type { Article, Lang } from '../../src-preload/contract/domain.ts';
import type { ErrorCode } from '../../src-preload/contract/errors.ts';
import { AppError } from './appError.ts';
import type { ArticlesService } from './articlesService.ts';
import type { MediaService } from './mediaService.ts';
import { exportArticle, exportFileName, exportMediaTypes, type ExportFormat } from './exporters/exportArticle.ts';
import type { ExportableArticle } from './exporters/exportableArticle.ts';
import { ImportError, type ImportFailureReason } from './importers/importError.ts';
import { importFile } from './importers/importFile.ts';
import type { ImportedArticle } from './importers/importedArticle.ts';

/** How each import refusal reaches the user: a code the UI translates, plus the English detail. */
export const codeForReason: Readonly<Record<ImportFailureReason, ErrorCode>> = {
  'too-large': 'FILE_TOO_LARGE',
  'unsupported-format': 'UNSUPPORTED_FORMAT',
  'binary-content': 'UNSUPPORTED_FORMAT',
  'unsafe-archive': 'IMPORT_FAILED',
  corrupt: 'IMPORT_FAILED',
  timeout: 'IMPORT_FAILED',
  'too-complex': 'IMPORT_FAILED',
  unreadable: 'IMPORT_FAILED',
};

/** Files in and out of the desk: import as a new article, export in the newsroom's formats. */
export class TransferService {
  private readonly articles: ArticlesService;
  private readonly media: MediaService;

  constructor(articles: ArticlesService, media: MediaService) {
    this.articles = articles;
    this.media = media;
  }

  /**
   * Imports one file as a new article. Parsing happens before anything is written, so a refused
   * file leaves the library exactly as it was.
   */
  async importArticle(input: { name: string; lang: Lang; dataBase64: string }): Promise<Article> {
    let imported;
    try {
      imported = await importFile({ name: input.name, bytes: Buffer.from(input.dataBase64, 'base64') });
    } catch (error) {
      if (error instanceof ImportError) throw new AppError(codeForReason[error.reason], error.message);
      throw error;
    }
    return this.storeImported(imported, input.lang);
  }

  /**
   * Saves an imported file as a new article, with the pictures its body refers to, in one
   * transaction: the library never has the article without its pictures, nor stray pictures.
   */
  storeImported(imported: ImportedArticle, lang: Lang): Article {
    const id = this.media.transaction(() => {
      for (const media of imported.media) this.media.store(media);
      const created = this.articles.create({ lang, title: imported.title });
      this.articles.save({ id: created.id, title: imported.title, doc: imported.doc, baseVersion: created.version });
      return created.id;
    });
    return this.articles.get(id);
  }

  /** The article rendered as a file, ready to hand to the user. */
  async exportArticle(input: { id: string; format: ExportFormat }): Promise<{ fileName: string; mediaType: string; dataBase64: string }> {
    const a = this.articles.get(input.id);
    const bytes = await exportArticle(this.exportable(a), input.format);
    return { fileName: exportFileName(a.title, input.format), mediaType: exportMediaTypes[input.format], dataBase64: Buffer.from(bytes).toString('base64') };
  }

  /** What the exporters need of an article, its stored pictures included. */
  exportable(a: Article): ExportableArticle {
    return { title: a.title, standfirst: a.standfirst, byline: a.byline, lang: a.lang, doc: a.doc, media: (id) => this.media.get(id) };
  }
}
