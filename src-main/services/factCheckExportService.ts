import type { Article, UiLanguage } from '../../src-preload/contract/domain.ts';
import type { Claim, FactCheckExportFormat } from '../../src-preload/contract/factcheck.ts';
import { claimReviewFile } from './exporters/claimReview.ts';
import { exportFileName } from './exporters/exportArticle.ts';
import { factCheckReport } from './exporters/factCheckReport.ts';

export interface FactCheckExportDeps {
  articles: { get(id: string): Article };
  claims: { listForArticle(articleId: string): Claim[] };
  /** The UI language the report's labels are written in. */
  uiLanguage: () => UiLanguage;
  now?: (() => Date) | undefined;
}

const mediaTypes: Readonly<Record<FactCheckExportFormat, string>> = {
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  claimreview: 'application/ld+json; charset=utf-8',
};

/** The fact-check report of an article (HTML, Markdown, DOCX) and its ClaimReview JSON-LD, as files. */
export class FactCheckExportService {
  private readonly deps: FactCheckExportDeps;

  constructor(deps: FactCheckExportDeps) {
    this.deps = deps;
  }

  /** NOT_FOUND when the article does not exist; an article in the trash still has its report. */
  async export(input: { articleId: string; format: FactCheckExportFormat }): Promise<{ fileName: string; mediaType: string; dataBase64: string }> {
    const article = this.deps.articles.get(input.articleId);
    const claims = this.deps.claims.listForArticle(input.articleId);
    const bytes =
      input.format === 'claimreview'
        ? claimReviewFile({ headline: article.title, lang: article.lang, outlet: article.outlet, articleDate: article.datelineDate ?? article.createdAt, claims })
        : await factCheckReport({ headline: article.title, lang: article.lang, ui: this.deps.uiLanguage(), claims, generatedAt: (this.deps.now ?? (() => new Date()))() }, input.format);
    // "<headline> - cek fakta.md", or ".jsonld" for the JSON-LD.
    const base = exportFileName(`${article.title} - ${this.deps.uiLanguage() === 'id' ? 'cek fakta' : 'fact check'}`, 'md').slice(0, -'.md'.length);
    const extension = input.format === 'claimreview' ? 'jsonld' : input.format;
    return { fileName: `${base}.${extension}`, mediaType: mediaTypes[input.format], dataBase64: Buffer.from(bytes).toString('base64') };
  }
}
