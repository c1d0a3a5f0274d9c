import { expect, type Locator, type Page } from '@playwright/test';

/** The side-by-side translation desk of one translation. */
export class TranslationDeskModel {
  readonly page: Page;
  readonly root: Locator;
  readonly rows: Locator;
  readonly progress: Locator;
  readonly progressText: Locator;
  readonly saveStatus: Locator;
  readonly findings: Locator;
  readonly matches: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('translation-desk');
    this.rows = this.root.getByTestId('segment-row');
    this.progress = this.root.getByTestId('desk-progress');
    this.progressText = this.root.getByTestId('desk-progress-text');
    this.saveStatus = this.root.getByTestId('save-status');
    this.findings = this.root.getByTestId('row-qa').getByTestId('row-finding');
    this.matches = this.root.getByTestId('tm-match');
  }

  async waitOpen(): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.rows.first()).toBeVisible();
  }

  /** The rows whose source sentence is exactly `source`, in reading order. */
  rowsWithSource(source: string): Locator {
    return this.rows.filter({ has: this.page.getByTestId('segment-source').locator('.desk-row__text').getByText(source, { exact: true }) });
  }

  row(source: string): Locator {
    return this.rowsWithSource(source).first();
  }

  target(row: Locator): Locator {
    return row.getByTestId('segment-target');
  }

  /** The target box that has the keyboard focus. */
  get focusedTarget(): Locator {
    return this.root.locator('[data-testid="segment-target"]:focus');
  }

  /** Types into the focused target box, replacing what is there (keyboard only). */
  async retypeFocused(text: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(text);
  }

  /** Ctrl+Enter in the focused target: confirm and move on. */
  async confirmFocused(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Enter');
  }

  /** Waits until main has acknowledged every segment edit. */
  async waitSaved(timeout = 5_000): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-state', 'saved', { timeout });
  }

  async filter(filter: 'all' | 'untranslated' | 'qa' | 'source-changed'): Promise<void> {
    await this.root.getByTestId('desk-filter').selectOption(filter);
  }

  async openTargetInEditor(): Promise<void> {
    await this.root.getByTestId('desk-target-title').click();
    await expect(this.page.getByTestId('article-body')).toBeVisible();
  }
}
