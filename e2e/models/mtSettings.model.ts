import { expect, type Locator, type Page } from '@playwright/test';
import { SettingsModel } from './settings.model.ts';

export type MtEngine = 'bergamot' | 'openai' | 'libretranslate' | 'deepl';
export type OnlineMtEngine = Exclude<MtEngine, 'bergamot'>;
export type ModelDirection = 'id-en' | 'en-id';
/** A model row's state as the manager shows it. */
export type ModelRowState = 'installed' | 'damaged' | 'missing' | 'downloading';

/** Settings → Machine translation: engines, the default engine and the offline model manager. */
export class MtSettingsModel {
  readonly page: Page;
  readonly settings: SettingsModel;
  readonly section: Locator;

  constructor(page: Page) {
    this.page = page;
    this.settings = new SettingsModel(page);
    this.section = page.getByTestId('mt-settings');
  }

  /** Opens Settings and brings the Machine translation section into view (once its data has loaded). */
  async open(): Promise<void> {
    await this.settings.open();
    await this.section.scrollIntoViewIfNeeded();
    await expect(this.section.getByTestId('mt-default-engine')).toBeVisible();
  }

  async close(): Promise<void> {
    await this.settings.close();
  }

  // --- Engines -------------------------------------------------------------------------------

  engine(id: MtEngine): Locator {
    return this.section.getByTestId(`mt-engine-${id}`);
  }

  /** The engine's status line; its `data-status` is ready | off | needsModel | needsKey | noOfflineModel | notReady. */
  status(id: MtEngine): Locator {
    return this.engine(id).getByTestId('mt-engine-status').first();
  }

  async expectStatus(id: MtEngine, status: string): Promise<void> {
    await expect(this.status(id)).toHaveAttribute('data-status', status);
  }

  async setDefaultEngine(id: MtEngine): Promise<void> {
    await this.section.getByTestId('mt-default-engine').selectOption(id);
    await expect(this.section.getByTestId('mt-default-engine')).toHaveValue(id);
  }

  /** Flips the engine's on/off switch and waits until the stored value shows it. */
  async setEnabled(id: OnlineMtEngine, on: boolean): Promise<void> {
    const toggle = this.engine(id).getByTestId('mt-engine-enabled');
    await toggle.setChecked(on);
    await expect(toggle).toBeChecked({ checked: on });
    if (!on) await this.expectStatus(id, 'off');
  }

  address(id: OnlineMtEngine): Locator {
    return this.engine(id).getByTestId('mt-engine-address');
  }

  /** The translated reason an address (or other field) was refused, under the field. */
  addressError(id: OnlineMtEngine): Locator {
    return this.engine(id).getByTestId('mt-engine-address-error');
  }

  /** Types an address and saves it with Enter; check `address`/`addressError` for the outcome. */
  async setAddress(id: OnlineMtEngine, url: string): Promise<void> {
    await this.address(id).fill(url);
    await this.address(id).press('Enter');
  }

  /** Sets the OpenAI-compatible engine's model name (saved with Enter). */
  async setModel(name: string): Promise<void> {
    const field = this.engine('openai').getByTestId('mt-engine-model');
    await field.fill(name);
    await field.press('Enter');
    await expect(this.engine('openai').getByTestId('mt-engine-model-error')).toHaveCount(0);
  }

  keyField(id: OnlineMtEngine): Locator {
    return this.engine(id).getByTestId('mt-engine-key');
  }

  keyStored(id: OnlineMtEngine): Locator {
    return this.engine(id).getByTestId('mt-engine-key-stored');
  }

  async saveKey(id: OnlineMtEngine, key: string): Promise<void> {
    await this.keyField(id).fill(key);
    await this.engine(id).getByTestId('mt-engine-key-save').click();
    await expect(this.keyStored(id)).toBeVisible();
  }

  async removeKey(id: OnlineMtEngine): Promise<void> {
    await this.engine(id).getByTestId('mt-engine-key-remove').click();
    await expect(this.keyField(id)).toBeVisible();
    await expect(this.keyField(id)).toHaveValue('');
  }

  /** Sets the model registry's address under "Advanced" (saved with Enter). */
  async setRegistryUrl(url: string): Promise<void> {
    const advanced = this.section.getByTestId('mt-advanced');
    if ((await advanced.getAttribute('open')) === null) await advanced.locator('summary').click();
    const field = advanced.getByTestId('mt-registry-url');
    await field.fill(url);
    await field.press('Enter');
    await expect(advanced.getByTestId('mt-registry-url-error')).toHaveCount(0);
    await expect(field).toHaveValue(url);
  }

  // --- Model manager -------------------------------------------------------------------------

  /** Chooses an archive (.zip, .tar.gz, .tgz) in the import's file picker. */
  async importArchive(file: string): Promise<void> {
    await this.section.getByTestId('mt-import-archive-file').setInputFiles(file);
  }

  /** Chooses a model folder (a directory path) in the import's folder picker. */
  async importFolder(dir: string): Promise<void> {
    await this.section.getByTestId('mt-import-folder-file').setInputFiles(dir);
  }

  /** The import's success notice (names the installed directions) and its refusal. */
  get importDone(): Locator {
    return this.section.getByTestId('mt-import-done');
  }

  get importError(): Locator {
    return this.section.getByTestId('mt-import-error');
  }

  modelRow(direction: ModelDirection): Locator {
    return this.section.locator(`[data-testid="mt-model-row"][data-direction="${direction}"]`);
  }

  async rowState(direction: ModelDirection): Promise<ModelRowState> {
    return (await this.modelRow(direction).getAttribute('data-state')) as ModelRowState;
  }

  async expectRowState(direction: ModelDirection, state: ModelRowState): Promise<void> {
    await expect(this.modelRow(direction)).toHaveAttribute('data-state', state);
  }

  /** "16.3 MB · imported · 28 Nov 2026" for an installed model. */
  rowDetails(direction: ModelDirection): Locator {
    return this.modelRow(direction).getByTestId('mt-model-details');
  }

  /** The row under a direction's row: download progress, result or error. */
  private downloadArea(direction: ModelDirection): Locator {
    return this.modelRow(direction).locator('xpath=following-sibling::tr[1][contains(@class, "mt-models__subrow")]');
  }

  downloadProgress(direction: ModelDirection): Locator {
    return this.downloadArea(direction).getByRole('progressbar');
  }

  downloadResult(direction: ModelDirection): Locator {
    return this.downloadArea(direction).getByTestId('mt-download-result');
  }

  downloadError(direction: ModelDirection): Locator {
    return this.downloadArea(direction).getByTestId('mt-download-error');
  }

  /** Presses Download (also resumes a stopped download). */
  async startDownload(direction: ModelDirection): Promise<void> {
    await this.modelRow(direction).getByTestId('mt-model-download').click();
  }

  /** Cancels a running download and waits for the "stopped" notice. */
  async cancelDownload(direction: ModelDirection): Promise<void> {
    await this.downloadArea(direction).getByTestId('mt-download-cancel').click();
    await expect(this.downloadResult(direction)).toHaveAttribute('data-state', 'cancelled');
  }

  /** Removes a direction's model, answering the question (asked in the row) with Remove. */
  async removeModel(direction: ModelDirection): Promise<void> {
    await this.modelRow(direction).getByTestId('mt-model-remove').click();
    const question = this.section.getByTestId('mt-model-remove-confirm');
    await expect(question).toBeVisible();
    await question.getByTestId('mt-model-remove-yes').click();
    await expect(question).toBeHidden();
    await this.expectRowState(direction, 'missing');
  }
}
