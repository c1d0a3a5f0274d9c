import { expect, type Locator, type Page } from '@playwright/test';

/** The Backups section of the settings dialog, its restore confirmation, and the damaged-database banner. */
export class BackupsModel {
  readonly page: Page;
  readonly section: Locator;
  readonly rows: Locator;
  readonly confirmDialog: Locator;
  readonly notice: Locator;
  readonly banner: Locator;

  constructor(page: Page) {
    this.page = page;
    this.section = page.getByTestId('backups-section');
    this.rows = this.section.getByTestId('backup-row');
    this.confirmDialog = page.getByTestId('restore-backup-dialog');
    this.notice = this.section.getByTestId('backups-notice');
    this.banner = page.getByTestId('db-damaged-banner');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-settings').click();
    await expect(this.section).toBeVisible();
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByTestId('settings-dialog')).toBeHidden();
  }

  rowsFor(reason: 'scheduled' | 'pre-migration' | 'manual' | 'before-restore'): Locator {
    return this.section.locator(`[data-testid="backup-row"][data-reason="${reason}"]`);
  }

  /** "Back up now"; resolves when the new manual backup is listed. */
  async backUpNow(): Promise<void> {
    const before = await this.rowsFor('manual').count();
    await this.section.getByTestId('backup-now').click();
    await expect(this.rowsFor('manual')).toHaveCount(before + 1);
  }

  /** Opens the confirmation for `row`; returns its text, then confirms. */
  async restore(row: Locator): Promise<string> {
    await row.getByTestId('backup-restore').click();
    await expect(this.confirmDialog).toBeVisible();
    const text = await this.confirmDialog.innerText();
    await this.confirmDialog.getByTestId('restore-confirm').click();
    await expect(this.confirmDialog).toBeHidden();
    await expect(this.notice).toBeVisible();
    return text;
  }
}
