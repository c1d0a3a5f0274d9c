import { expect, type Locator, type Page } from '@playwright/test';

/** A picture file as the file chooser would hand it over. */
export interface ChosenFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The "Insert image" dialog of the editor toolbar. */
export class ImageDialogModel {
  readonly page: Page;
  readonly dialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByTestId('image-dialog');
  }

  /** Opens the dialog from the toolbar button. */
  async open(): Promise<void> {
    await this.page.getByTestId('editor-toolbar').locator('[data-tool="image"]').click();
    await expect(this.dialog).toBeVisible();
  }

  /** Chooses `file` (as the native chooser would), types the description and submits. */
  async choose(file: ChosenFile, alt: string): Promise<void> {
    await this.dialog.getByTestId('image-file').setInputFiles(file);
    await expect(this.dialog.getByTestId('image-file-name')).toHaveText(file.name);
    await this.dialog.getByTestId('image-alt').fill(alt);
    await this.dialog.getByTestId('image-insert').click();
  }

  get error(): Locator {
    return this.dialog.getByTestId('image-dialog-error');
  }
}
