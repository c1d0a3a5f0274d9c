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

  /** The search box (Ctrl+K or / focuses it). */
  get search(): Locator {
    return this.page.getByTestId('library-search');
  }

  /** Search results (buttons), best first. */
  get results(): Locator {
    return this.page.getByTestId('search-result');
  }

  /** Rows of the trash view. */
  get trashRows(): Locator {
    return this.page.getByTestId('trash-row');
  }

  /** Types `query` into the search box and waits for the results to show it. */
  async searchFor(query: string): Promise<void> {
    await this.search.fill(query);
    await expect(this.page.getByTestId('search-results').or(this.page.getByTestId('search-empty'))).toBeVisible();
  }

  async clearSearch(): Promise<void> {
    await this.search.fill('');
    await expect(this.page.getByTestId('search-results')).toBeHidden();
  }

  /** The highlighted words (<mark>) of a search result's snippet. */
  snippetHits(result: Locator): Locator {
    return result.getByTestId('search-snippet').locator('mark');
  }

  /** Filters the list: '' means all. */
  async filterStatus(status: string): Promise<void> {
    await this.page.getByTestId('filter-status').selectOption(status);
  }

  async filterLanguage(lang: '' | 'id' | 'en'): Promise<void> {
    await this.page.getByTestId('filter-lang').selectOption(lang);
  }

  async filterTag(tag: string): Promise<void> {
    await this.page.getByTestId('filter-tag').selectOption(tag);
  }

  async sortBy(sort: 'updated' | 'created' | 'title' | 'wordCount'): Promise<void> {
    await this.page.getByTestId('sort').selectOption(sort);
  }

  /** Focuses the row of `title` and presses Delete; waits for the undo toast. */
  async deleteWithKey(title: string): Promise<void> {
    await this.row(title).focus();
    await this.page.keyboard.press('Delete');
    await expect(this.page.getByTestId('undo-toast')).toBeVisible();
  }

  async undoDelete(): Promise<void> {
    await this.page.getByTestId('undo-delete').click();
    await expect(this.page.getByTestId('undo-toast')).toBeHidden();
  }

  /** Switches between the article list and the trash. */
  async toggleTrash(): Promise<void> {
    await this.page.getByTestId('show-trash').click();
  }

  async restore(title: string): Promise<void> {
    await this.trashRows.filter({ hasText: title }).getByTestId('restore-article').click();
    await expect(this.trashRows.filter({ hasText: title })).toHaveCount(0);
  }

  /** Empties the trash, answering the confirmation with `confirm`. */
  async emptyTrash(confirm: boolean): Promise<void> {
    await this.page.getByTestId('empty-trash').click();
    const dialog = this.page.getByTestId('empty-trash-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId(confirm ? 'empty-trash-confirm' : 'empty-trash-cancel').click();
    await expect(dialog).toBeHidden();
  }
}

