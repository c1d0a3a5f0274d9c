import { readFileSync } from 'node:fs';
import { test, expect } from '../fixtures.ts';
import { ArticleMetaModel } from '../models/articleMeta.model.ts';
import { ClaimsModel } from '../models/claims.model.ts';
import { EditorModel } from '../models/editor.model.ts';
import { LibraryModel } from '../models/library.model.ts';
import { SettingsModel } from '../models/settings.model.ts';

// Our own story: a figure with money, a quote with a weekday and date, a name written two ways
// (Budiarto / Budiharto), and a superlative.
const headline = 'Target ekspor kopi 2026';
const target = 'Menteri Perdagangan Budiarto Sasmita menargetkan ekspor kopi mencapai US$ 2,5 miliar pada 2026.';
const quote = '"Kami optimistis pasar Eropa akan tumbuh," ujar Budiarto di Jakarta, Kamis (12/3/2026).';
const variant = 'Menurut Budiharto, produksi kopi tahun lalu naik 14 persen dibanding tahun sebelumnya.';
const superlative = 'Pabrik sangrai terbesar di Sumatra dibuka pekan lalu di Medan.';

test('claims: accept a detected claim, verify it with evidence, edit around it, orphan it, export ClaimReview, and pass the readiness gate with a note', async ({ app }) => {
  // One long story, step by step as a fact-checker works; slower than most specs on a busy machine.
  test.setTimeout(120_000);
  const page = app.page;
  await new LibraryModel(page).newArticle('id');
  const editor = new EditorModel(page);
  await editor.typeHeadline(headline);
  await editor.typeBody([target, quote, variant, superlative]);
  await editor.waitSaved();

  const claims = new ClaimsModel(page);
  await claims.open();
  // Detected: the money figure is shown with its reasons as chips.
  const candidate = claims.candidate('US$ 2,5 miliar');
  await expect(candidate).toBeVisible();
  await expect(candidate.getByTestId('claim-reason')).toContainText(['Figure']);
  await expect(candidate.getByTestId('claim-figure').first()).toHaveText('US$ 2,5 miliar');
  // The name written two ways is a consistency finding pointing at both places.
  const nameFinding = claims.consistency.filter({ hasText: 'Budiharto' });
  await expect(nameFinding).toHaveCount(1);
  await expect(nameFinding.getByTestId('consistency-related')).toContainText('Budiarto');

  // Accept: the sentence is marked in the text with the claim's id, and no longer offered.
  const claim = await claims.accept(target);
  const mark = await claims.markOf(claim);
  await expect(mark).toHaveText(target);
  await expect(claim).toHaveAttribute('data-status', 'unchecked');

  // Verified, with evidence; both in the claim's history.
  await claims.setStatus(claim, 'verified');
  await claims.addEvidence(claim, { title: 'Rencana ekspor kopi nasional', url: 'https://contoh.go.id/ekspor-kopi', publisher: 'Kementerian Perdagangan' });
  await expect(claim.getByTestId('evidence')).toContainText('https://contoh.go.id/ekspor-kopi');
  await claim.getByTestId('claim-history').locator('summary').click();
  await expect(claim.getByTestId('claim-event')).toHaveCount(3);
  await expect(claim.getByTestId('claim-event').first()).toContainText('Evidence added: Rencana ekspor kopi nasional');
  await expect(page.getByTestId('article-body').locator('.claim-mark--verified')).toHaveText(target);

  // Type elsewhere and right next to the claim: it survives, still marked, and does not grow.
  await editor.cursorAfter(superlative);
  await page.keyboard.type(' Pabrik itu menyerap 300 pekerja.');
  await editor.cursorAfter(target);
  await page.keyboard.type(' Angka itu naik.');
  await editor.selectText('Menteri Perdagangan');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('Jakarta - ');
  await editor.waitSaved();
  await expect(mark).toHaveText(target);
  await expect(claim).toHaveAttribute('data-orphaned', 'false');
  expect(await editor.paragraphs()).toContain(`Jakarta - ${target} Angka itu naik.`);

  // Delete the claim's sentence: the claim stays listed, shown as orphaned.
  await editor.selectText(target);
  await page.keyboard.press('Backspace');
  await editor.waitSaved();
  await expect(mark).toHaveCount(0);
  await expect(claim).toHaveAttribute('data-orphaned', 'true');
  await expect(claim.getByTestId('claim-orphaned')).toContainText('Orphaned');
  await expect(claim).toHaveAttribute('data-status', 'verified');

  // ClaimReview JSON-LD carries the verified claim.
  await page.getByTestId('export-format').selectOption('claimreview');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-article').click()]);
  const json = JSON.parse(readFileSync(await download.path(), 'utf8')) as unknown;
  const reviews = (Array.isArray(json) ? json : [json]) as Array<Record<string, unknown>>;
  const flat = JSON.stringify(reviews);
  expect(flat).toContain('ClaimReview');
  expect(flat).toContain(target.replace(/"/g, '\\"'));

  // A second claim, marked by hand with Ctrl+Alt+K, found false.
  await editor.selectText('Pabrik sangrai terbesar di Sumatra');
  await claims.markSelection();
  const second = claims.claim('Pabrik sangrai terbesar di Sumatra');
  await expect(await claims.markOf(second)).toHaveText('Pabrik sangrai terbesar di Sumatra');
  await claims.setStatus(second, 'false');

  // "Ready" with a false claim: the gate explains and lists it; an override with a note passes.
  const meta = new ArticleMetaModel(page);
  await meta.setStatus('editing');
  await meta.setStatus('fact-check');
  await meta.status.selectOption('ready');
  await expect(claims.gate).toBeVisible();
  await expect(claims.gate.getByTestId('gate-claim')).toContainText(['Pabrik sangrai terbesar di Sumatra']);
  await expect(meta.status).toHaveValue('fact-check');
  await expect(claims.gate.getByTestId('gate-override')).toBeDisabled();
  await claims.gate.getByTestId('gate-note').fill('Redaktur pelaksana menyetujui; koreksi menyusul.');
  await claims.gate.getByTestId('gate-override').click();
  await expect(claims.gate).toBeHidden();
  await expect(meta.status).toHaveValue('ready');
  await meta.openDetails();
  await expect(page.getByTestId('status-history-note')).toContainText('Redaktur pelaksana menyetujui; koreksi menyusul.');
});

test('a click on a claim opens it in the panel; a source from the library is used as evidence; with the gate switched off, a false claim does not hold back "ready"', async ({ app }) => {
  const page = app.page;
  const settings = new SettingsModel(page);
  await settings.open();
  const gate = settings.dialog.getByTestId('claims-gate');
  await expect(gate).toBeChecked();
  await gate.click();
  await expect(gate).not.toBeChecked();
  await expect(gate).toBeEnabled();
  await settings.close();

  await new LibraryModel(page).newArticle('id');
  const editor = new EditorModel(page);
  await editor.typeHeadline('Pabrik sangrai');
  await editor.typeBody([superlative]);
  await editor.waitSaved();
  const claims = new ClaimsModel(page);
  await claims.open();
  await editor.selectText('Pabrik sangrai terbesar di Sumatra dibuka pekan lalu di Medan');
  await claims.markSelection();
  const claim = claims.claim('Pabrik sangrai terbesar');
  await claims.setStatus(claim, 'false');

  // Clicking the claim's words in the text opens the panel on that claim.
  await claims.toggle.click();
  await expect(claims.panel).toBeHidden();
  await editor.body.getByText('dibuka pekan lalu').click();
  await expect(claims.panel).toBeVisible();
  await expect(claim).toHaveClass(/claim--active/);

  // A source imported into the library is found as evidence for the claim and used with its passage.
  await claims.panel.getByTestId('sources-section').locator('summary').click();
  await claims.panel.getByTestId('import-source').setInputFiles({
    name: 'rilis-medan.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Rilis pers pemerintah kota\n\nPabrik sangrai di Medan yang dibuka pekan lalu bukan yang terbesar di Sumatra; pabrik di Lampung dua kali lebih besar.\n\nAcara dihadiri wali kota.'),
  });
  await expect(claims.panel.getByTestId('source')).toHaveCount(1);
  await claim.getByTestId('find-evidence').click();
  const hit = claim.getByTestId('evidence-hit').filter({ hasText: 'Lampung' });
  await expect(hit).toHaveCount(1);
  await hit.getByTestId('use-evidence').click();
  await expect(claim.getByTestId('evidence')).toContainText('pabrik di Lampung dua kali lebih besar');
  // The bar counts what still needs resolving.
  await expect(claims.toggle.locator('.count')).toHaveText('1');

  const meta = new ArticleMetaModel(page);
  await meta.setStatus('editing');
  await meta.setStatus('fact-check');
  await meta.setStatus('ready');
  await expect(claims.gate).toBeHidden();
});
