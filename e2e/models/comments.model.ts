import { expect, type Locator, type Page } from '@playwright/test';

/** Comment threads of the open article: the bar's Comment button and the comments panel. */
export class CommentsModel {
  readonly page: Page;
  readonly addButton: Locator;
  readonly toggle: Locator;
  readonly panel: Locator;
  readonly threads: Locator;
  readonly marks: Locator;

  constructor(page: Page) {
    this.page = page;
    this.addButton = page.getByTestId('add-comment');
    this.toggle = page.getByTestId('toggle-comments');
    this.panel = page.getByTestId('comments-panel');
    this.threads = this.panel.getByTestId('comment-thread');
    this.marks = page.getByTestId('article-body').locator('.comment-mark');
  }

  async open(): Promise<void> {
    if ((await this.toggle.getAttribute('aria-pressed')) !== 'true') await this.toggle.click();
    await expect(this.panel).toBeVisible();
  }

  /** Comments on the current selection, with the button or the Ctrl+Alt+M shortcut. */
  async comment(body: string, via: 'button' | 'shortcut' = 'button'): Promise<Locator> {
    if (via === 'button') await this.addButton.click();
    else await this.page.keyboard.press('ControlOrMeta+Alt+m');
    const composer = this.panel.getByTestId('comment-composer');
    await expect(composer).toBeVisible();
    await composer.getByTestId('comment-body').fill(body);
    await composer.getByTestId('submit-comment').click();
    await expect(composer).toBeHidden();
    return this.thread(body);
  }

  thread(text: string): Locator {
    return this.threads.filter({ hasText: text });
  }

  async reply(thread: Locator, body: string): Promise<void> {
    await thread.getByTestId('reply-body').fill(body);
    await thread.getByTestId('submit-reply').click();
    await expect(thread.getByTestId('comment-message').filter({ hasText: body })).toBeVisible();
  }

  async resolve(thread: Locator): Promise<void> {
    await thread.getByTestId('resolve-thread').click();
    await expect(thread).toHaveAttribute('data-state', 'resolved');
  }

  /** Shows the resolved threads (folded away by default). */
  async showResolved(): Promise<void> {
    const section = this.panel.getByTestId('resolved-threads');
    if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
  }

  async reopen(thread: Locator): Promise<void> {
    await thread.getByTestId('reopen-thread').click();
    await expect(thread).toHaveAttribute('data-state', 'open');
  }
}
