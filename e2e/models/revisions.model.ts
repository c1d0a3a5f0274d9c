import { expect, type Locator, type Page } from '@playwright/test';

/** The "Save version" dialog and the versions panel of the open article. */
export class RevisionsModel {
  readonly page: Page;
  readonly toggle: Locator;
  readonly panel: Locator;
  readonly rows: Locator;
  readonly diff: Locator;
  readonly saveDialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.toggle = page.getByTestId('toggle-revisions');
    this.panel = page.getByTestId('revisions-panel');
    this.rows = this.panel.getByTestId('revision-row');
    this.diff = this.panel.getByTestId('revision-diff');
    this.saveDialog = page.getByTestId('save-version-dialog');
  }

  /** Ctrl+S from the text, names the version (or not), and waits until it is saved. */
  async saveVersion(name: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+s');
    await expect(this.saveDialog).toBeVisible();
    await this.saveDialog.getByTestId('version-name').fill(name);
    await this.page.keyboard.press('Enter');
    await expect(this.saveDialog).toBeHidden();
    await expect(this.page.getByTestId('review-note')).not.toBeEmpty();
  }

  async open(): Promise<void> {
    if ((await this.toggle.getAttribute('aria-pressed')) !== 'true') await this.toggle.click();
    await expect(this.panel).toBeVisible();
    // The list arrives after the panel: counting rows before it would count none.
    await expect(this.panel).toHaveAttribute('aria-busy', 'false');
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** Opens the diff of the version whose row shows `text`, against the current text. */
  async compare(text: string | RegExp): Promise<void> {
    await this.row(text).click();
    await expect(this.diff).toBeVisible();
  }

  deleted(): Locator {
    return this.diff.locator('del');
  }

  inserted(): Locator {
    return this.diff.locator('ins');
  }

  /** Restores the version shown, confirming in the dialog. */
  async restore(): Promise<void> {
    await this.panel.getByTestId('restore-revision').click();
    const dialog = this.page.getByTestId('restore-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('confirm-restore').click();
    await expect(this.panel.getByTestId('revision-detail')).toBeHidden();
  }
}
