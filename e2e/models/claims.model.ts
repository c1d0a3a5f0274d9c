import { expect, type Locator, type Page } from '@playwright/test';

/** The fact-check desk of the open article: the bar's claim buttons, the Claims panel and the readiness gate. */
export class ClaimsModel {
  readonly page: Page;
  readonly toggle: Locator;
  readonly markButton: Locator;
  readonly panel: Locator;
  readonly candidates: Locator;
  readonly claims: Locator;
  readonly consistency: Locator;
  readonly marks: Locator;
  readonly gate: Locator;

  constructor(page: Page) {
    this.page = page;
    this.toggle = page.getByTestId('toggle-claims');
    this.markButton = page.getByTestId('mark-claim');
    this.panel = page.getByTestId('claims-panel');
    this.candidates = this.panel.getByTestId('claim-candidate');
    this.claims = this.panel.getByTestId('claim');
    this.consistency = this.panel.getByTestId('consistency-finding');
    this.marks = page.getByTestId('article-body').locator('.claim-mark');
    this.gate = page.getByTestId('readiness-gate');
  }

  async open(): Promise<void> {
    if ((await this.toggle.getAttribute('aria-pressed')) !== 'true') await this.toggle.click();
    await expect(this.panel).toBeVisible();
  }

  candidate(text: string): Locator {
    return this.candidates.filter({ hasText: text });
  }

  claim(text: string): Locator {
    return this.claims.filter({ hasText: text });
  }

  /** Accepts the detected candidate containing `text`; returns its card in the claims list. */
  async accept(text: string): Promise<Locator> {
    const candidate = this.candidate(text);
    await expect(candidate).toHaveCount(1);
    await candidate.getByTestId('accept-candidate').click();
    await expect(candidate).toHaveCount(0);
    const claim = this.claim(text);
    await expect(claim).toHaveCount(1);
    return claim;
  }

  /** Marks the editor's current selection as a claim with Ctrl+Alt+K. */
  async markSelection(): Promise<void> {
    const before = await this.claims.count();
    await this.page.keyboard.press('ControlOrMeta+Alt+k');
    await expect(this.claims).toHaveCount(before + 1);
  }

  async setStatus(claim: Locator, status: string): Promise<void> {
    await claim.getByTestId('claim-status').selectOption(status);
    await expect(claim).toHaveAttribute('data-status', status);
  }

  async addEvidence(claim: Locator, fields: { title: string; url?: string; publisher?: string; excerpt?: string }): Promise<void> {
    const before = await claim.getByTestId('evidence').count();
    await claim.getByTestId('add-evidence').click();
    const form = claim.getByTestId('evidence-form');
    await form.getByTestId('evidence-title').fill(fields.title);
    if (fields.url !== undefined) await form.getByTestId('evidence-url').fill(fields.url);
    if (fields.publisher !== undefined) await form.getByTestId('evidence-publisher').fill(fields.publisher);
    if (fields.excerpt !== undefined) await form.getByTestId('evidence-excerpt').fill(fields.excerpt);
    await form.getByTestId('save-evidence').click();
    await expect(form).toBeHidden();
    await expect(claim.getByTestId('evidence')).toHaveCount(before + 1);
  }

  /** The claim mark in the text whose claim id is that of `claim`'s card. */
  async markOf(claim: Locator): Promise<Locator> {
    const id = await claim.getAttribute('data-claim-id');
    return this.page.getByTestId('article-body').locator(`.claim-mark[data-claim-id="${id}"]`);
  }
}
