import { expect, type Locator, type Page } from '@playwright/test';

/** The settings dialog. */
export class SettingsModel {
  readonly page: Page;
  readonly dialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByTestId('settings-dialog');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-settings').click();
    await expect(this.dialog).toBeVisible();
  }

  async setUiLanguage(language: 'id' | 'en'): Promise<void> {
    await this.dialog.getByTestId('ui-language').selectOption(language);
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden();
  }
}
