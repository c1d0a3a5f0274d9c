import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** The "Translation resources" screen: memories (TMX import/export, concordance) and the glossary. */
export class ResourcesModel {
  readonly page: Page;
  readonly view: Locator;
  readonly memoryRows: Locator;
  readonly glossaryRows: Locator;

  constructor(page: Page) {
    this.page = page;
    this.view = page.getByTestId('resources-view');
    this.memoryRows = page.getByTestId('memory-row');
    this.glossaryRows = page.getByTestId('glossary-row');
  }

  async goto(): Promise<void> {
    await this.page.getByTestId('nav-resources').click();
    await expect(this.view).toBeVisible();
  }

  async showTab(tab: 'memories' | 'glossary'): Promise<void> {
    await this.page.getByTestId(`resources-tab-${tab}`).click();
    await expect(this.page.getByTestId(`${tab}-section`)).toBeVisible();
  }

  // --- Memories -----------------------------------------------------------------------------

  async createMemory(name: string, direction: 'id-en' | 'en-id' = 'id-en'): Promise<Locator> {
    await this.page.getByTestId('memory-name').fill(name);
    await this.page.getByTestId('memory-direction').selectOption(direction);
    await this.page.getByTestId('create-memory').click();
    const row = this.memory(name);
    await expect(row).toBeVisible();
    return row;
  }

  memory(name: string): Locator {
    return this.memoryRows.filter({ has: this.page.getByTestId('memory-row-name').getByText(name, { exact: true }) });
  }

  units(name: string): Locator {
    return this.memory(name).getByTestId('memory-units');
  }

  /** Chooses `file` in the memory's TMX picker (what the file dialog would do). */
  async importTmx(name: string, file: string): Promise<void> {
    await this.memory(name).getByTestId('tmx-file').setInputFiles(file);
  }

  /** The import's outcome under the memory's row: its result line, or its error. */
  get importResult(): Locator {
    return this.page.getByTestId('tmx-import-result');
  }

  get importError(): Locator {
    return this.page.getByTestId('tmx-import-error');
  }

  /** Exports the memory as TMX and returns the downloaded file's name and text. */
  async exportTmx(name: string): Promise<{ fileName: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.memory(name).getByTestId('tmx-export').click()]);
    return { fileName: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
  }

  get concordanceHits(): Locator {
    return this.page.getByTestId('concordance-hit');
  }

  async searchConcordance(query: string, side: 'source' | 'target' = 'source'): Promise<void> {
    await this.page.getByTestId('concordance-side').selectOption(side);
    await this.page.getByTestId('concordance-query').fill(query);
    await expect(this.page.getByTestId('concordance-hits').or(this.page.getByTestId('concordance-empty'))).toBeVisible();
  }

  // --- Glossary -----------------------------------------------------------------------------

  glossaryRow(term: string): Locator {
    return this.glossaryRows.filter({ hasText: term });
  }

  async addTerm(entry: { id: string; en: string; forbiddenEn?: string; note?: string }): Promise<void> {
    await this.page.getByTestId('glossary-add').click();
    const dialog = this.page.getByTestId('glossary-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('glossary-term-id').fill(entry.id);
    await dialog.getByTestId('glossary-term-en').fill(entry.en);
    if (entry.forbiddenEn) await dialog.getByTestId('glossary-forbidden-en').fill(entry.forbiddenEn);
    if (entry.note) await dialog.getByTestId('glossary-note').fill(entry.note);
    await dialog.getByTestId('glossary-save').click();
    await expect(dialog).toBeHidden();
  }

  async importGlossary(file: string): Promise<void> {
    await this.page.getByTestId('glossary-file').setInputFiles(file);
  }

  async exportGlossary(format: 'csv' | 'tbx'): Promise<{ fileName: string; text: string }> {
    await this.page.getByTestId('glossary-export-format').selectOption(format);
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('glossary-export').click()]);
    return { fileName: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
  }
}
