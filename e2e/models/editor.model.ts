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

  // --- Formatting, selection menu, link dialog, tables, find and replace -----------------------

  get toolbar(): Locator {
    return this.page.getByTestId('editor-toolbar');
  }

  /** A toolbar button by its tool id (bold, italic, heading2, link, insertTable, …). */
  tool(id: string): Locator {
    return this.toolbar.locator(`[data-tool="${id}"]`);
  }

  get bubbleMenu(): Locator {
    return this.page.getByTestId('bubble-menu');
  }

  get findPanel(): Locator {
    return this.page.getByTestId('find-panel');
  }

  get findCount(): Locator {
    return this.page.getByTestId('find-count');
  }

  get characterCount(): Locator {
    return this.page.getByTestId('character-count');
  }

  get readingTime(): Locator {
    return this.page.getByTestId('reading-time');
  }

  /** Selects the first occurrence of `text` in the body (within one text node), as a mouse drag would. */
  async selectText(text: string): Promise<void> {
    await this.body.focus();
    const found = await this.body.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + wanted.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return true;
      }
      return false;
    }, text);
    expect(found, `"${text}" in the body`).toBe(true);
    // ProseMirror reads the DOM selection on selectionchange.
    await expect.poll(() => this.page.evaluate(() => document.getSelection()?.toString())).toBe(text);
  }

  /** Puts the cursor at the end of the block that contains `text`. */
  async cursorAfter(text: string): Promise<void> {
    await this.body.getByText(text, { exact: false }).first().click();
    await this.page.keyboard.press('End');
  }

  /** Links the selected text to `href` through the toolbar's link dialog. */
  async linkSelection(href: string): Promise<void> {
    await this.tool('link').click();
    const dialog = this.page.getByTestId('link-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('link-href').fill(href);
    await dialog.getByTestId('link-apply').click();
    await expect(dialog).toBeHidden();
  }

  /** Opens the find panel with Ctrl+F (or the replace row with Ctrl+H) and searches for `text`. */
  async find(text: string, options: { replace?: boolean; wholeWord?: boolean; caseSensitive?: boolean } = {}): Promise<void> {
    await this.page.keyboard.press(options.replace ? 'ControlOrMeta+h' : 'ControlOrMeta+f');
    await expect(this.findPanel).toBeVisible();
    const input = this.findPanel.getByTestId('find-input');
    // Ctrl+F focuses the find field; Ctrl+H the replace field once there is something to find.
    if (!options.replace) await expect(input).toBeFocused();
    await input.fill(text);
    for (const [flag, id] of [[options.wholeWord, 'find-whole-word'], [options.caseSensitive, 'find-case']] as const) {
      const toggle = this.findPanel.getByTestId(id);
      if (flag !== undefined && (await toggle.getAttribute('aria-pressed')) !== String(flag)) await toggle.click();
    }
  }

  /** Replaces every match of the open find panel's query with `replacement`. */
  async replaceAll(replacement: string): Promise<void> {
    const input = this.findPanel.getByTestId('replace-input');
    if (!(await input.isVisible())) await this.findPanel.getByTestId('find-toggle-replace').click();
    await input.fill(replacement);
    await this.findPanel.getByTestId('replace-all').click();
  }

  /** Closes the find panel with Escape (focus returns to the text). */
  async closeFind(): Promise<void> {
    await this.findPanel.getByTestId('find-input').press('Escape');
    await expect(this.findPanel).toBeHidden();
    await expect(this.body).toBeFocused();
  }
}
