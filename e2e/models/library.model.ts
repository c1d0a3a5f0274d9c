import { expect, type Locator, type Page } from '@playwright/test';

/** The article library. */
export class LibraryModel {
  readonly page: Page;
  readonly rows: Locator;

  constructor(page: Page) {
    this.page = page;
    this.rows = page.getByTestId('article-row');
  }

  async goto(): Promise<void> {
    await this.page.getByTestId('nav-library').click();
    await expect(this.page.locator('#library-title')).toBeVisible();
  }

  /** Creates an article in `lang` and waits for its editor. */
  async newArticle(lang: 'id' | 'en'): Promise<void> {
    await this.page.getByTestId('new-article-lang').selectOption(lang);
    await this.page.getByTestId('new-article').click();
    await expect(this.page.getByTestId('article-body')).toBeVisible();
  }

  row(title: string): Locator {
    return this.rows.filter({ hasText: title });
  }

  async open(title: string): Promise<void> {
    await this.row(title).click();
    await expect(this.page.getByTestId('article-body')).toBeVisible();
  }
}
