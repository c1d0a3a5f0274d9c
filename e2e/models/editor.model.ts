import { expect, type Locator, type Page } from '@playwright/test';

/** The drafting editor for one article. */
export class EditorModel {
  readonly page: Page;
  readonly headline: Locator;
  readonly body: Locator;
  readonly saveStatus: Locator;
  readonly wordCount: Locator;

  constructor(page: Page) {
    this.page = page;
    this.headline = page.getByTestId('article-headline');
    this.body = page.getByTestId('article-body');
    this.saveStatus = page.getByTestId('save-status');
    this.wordCount = page.getByTestId('word-count');
  }

  async typeHeadline(text: string): Promise<void> {
    await this.headline.click();
    await this.headline.pressSequentially(text);
  }

  /** Types paragraphs into the body, pressing Enter between them. */
  async typeBody(paragraphs: string[]): Promise<void> {
    await this.body.click();
    for (const [i, p] of paragraphs.entries()) {
      if (i > 0) await this.page.keyboard.press('Enter');
      await this.page.keyboard.type(p);
    }
  }

  /** Waits until main has acknowledged every edit. */
  async waitSaved(timeout = 5_000): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-state', 'saved', { timeout });
  }

  async paragraphs(): Promise<string[]> {
    return this.body.locator('p').allInnerTexts();
  }

  async back(): Promise<void> {
    await this.page.getByTestId('back-to-library').click();
    await expect(this.page.locator('#library-title')).toBeVisible();
  }
}
