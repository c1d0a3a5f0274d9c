import { expect, type Locator, type Page } from '@playwright/test';

/** The editor's metadata (standfirst, story details) and workflow status control. */
export class ArticleMetaModel {
  readonly page: Page;
  readonly status: Locator;
  readonly standfirst: Locator;
  readonly details: Locator;

  constructor(page: Page) {
    this.page = page;
    this.status = page.getByTestId('article-status');
    this.standfirst = page.getByTestId('meta-standfirst');
    this.details = page.getByTestId('meta-details');
  }

  /** Moves the article to `status` (must be an allowed move) and waits until it shows. */
  async setStatus(status: string): Promise<void> {
    await this.status.selectOption(status);
    await expect(this.status).toHaveValue(status);
    await expect(this.status).toBeEnabled();
  }

  async openDetails(): Promise<void> {
    if (await this.details.isHidden()) await this.page.getByTestId('meta-toggle').click();
    await expect(this.details).toBeVisible();
  }

  /** Fills metadata fields; tags as one comma-separated line, the date as YYYY-MM-DD. */
  async fill(fields: { standfirst?: string; byline?: string; datelinePlace?: string; datelineDate?: string; outlet?: string; tags?: string; notes?: string }): Promise<void> {
    if (fields.standfirst !== undefined) await this.standfirst.fill(fields.standfirst);
    const detail = { byline: 'meta-byline', datelinePlace: 'meta-dateline-place', datelineDate: 'meta-dateline-date', outlet: 'meta-outlet', tags: 'meta-tags', notes: 'meta-notes' } as const;
    if (Object.keys(detail).some((k) => fields[k as keyof typeof detail] !== undefined)) await this.openDetails();
    for (const [key, testId] of Object.entries(detail) as [keyof typeof detail, string][]) {
      const value = fields[key];
      if (value !== undefined) await this.page.getByTestId(testId).fill(value);
    }
  }

  /** The status history entries shown in the details, newest first. */
  history(): Locator {
    return this.page.getByTestId('status-history').locator('li');
  }
}
