import { test, expect } from '../fixtures.ts';
import { EditorModel } from '../models/editor.model.ts';
import { LibraryModel } from '../models/library.model.ts';
import { ResourcesModel } from '../models/resources.model.ts';
import { TranslationDeskModel } from '../models/translationDesk.model.ts';

// Our own short story: a heading, a paragraph with a bold name and a money figure, a sentence
// said twice (the second one must be filled from the first) and two that differ in one word (the
// second gets the first as a fuzzy memory match).
const headline = 'Ekspor kopi naik tajam';
const heading = 'Pasar Eropa';
const figure = 'Menteri Budi Santoso mengatakan nilai ekspor kopi mencapai 130 miliar rupiah.';
const repeated = 'Harga kopi naik.';
const closing = 'Petani di Lampung menyambut kabar itu.';
const monthly = 'Harga kopi naik lima persen bulan ini.';
const monthlyAgain = 'Harga kopi naik enam persen bulan ini.';

test('translation desk: translate side by side with the keyboard, see the progress, the repeat filled, a QA finding come and go, and the target article built', async ({ app }) => {
  // A whole translation typed key by key, with a restart: ~60 s on a quiet machine, 150 s under load.
  test.setTimeout(240_000);
  let page = app.page;
  // A memory to store confirmed segments in, and one glossary term.
  const resources = new ResourcesModel(page);
  await resources.goto();
  await resources.createMemory('Meja ekonomi', 'id-en');
  await resources.showTab('glossary');
  await resources.addTerm({ id: 'petani', en: 'farmers', note: 'plural in news copy' });
  await new LibraryModel(page).goto();
  await new LibraryModel(page).newArticle('id');
  const editor = new EditorModel(page);
  await editor.typeHeadline(headline);
  await editor.body.click();
  await page.keyboard.press('ControlOrMeta+Alt+2');
  await page.keyboard.type(heading);
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+Alt+0');
  await page.keyboard.type('Menteri ');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('Budi Santoso');
  await page.keyboard.press('ControlOrMeta+b');
  // The source is not what this test is about: its long runs go in at once, as a paste would.
  await page.keyboard.insertText(` mengatakan nilai ekspor kopi mencapai 130 miliar rupiah. ${repeated}`);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(`${monthly} ${closing} ${repeated}`);
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(monthlyAgain);
  await expect(editor.body.locator('h2')).toHaveText(heading);
  await expect(editor.body.locator('strong')).toHaveText('Budi Santoso');
  await editor.waitSaved();

  // "Translate to English" (the editor's entry point) opens the desk on the new English article.
  await page.getByTestId('translate-article').click();
  const desk = new TranslationDeskModel(page);
  await desk.waitOpen();
  await expect(desk.rowsWithSource(repeated)).toHaveCount(2);
  await expect(desk.row(figure).getByTestId('segment-source')).toHaveAttribute('lang', 'id');
  await expect(desk.target(desk.row(figure))).toHaveAttribute('lang', 'en');
  await expect(desk.row(figure).getByTestId('segment-source').locator('.seg-bold')).toHaveText('Budi Santoso');
  await expect(desk.progress).toHaveAttribute('aria-valuenow', '0');

  // Keyboard only from here: the cursor starts in the first unconfirmed segment (the headline).
  await expect(desk.focusedTarget).toBeVisible();
  await expect(desk.row(headline).getByTestId('segment-target')).toBeFocused();
  await page.keyboard.type('Coffee exports rise sharply');
  await desk.confirmFocused();
  await expect(desk.row(headline)).toHaveAttribute('data-status', 'translated');
  await expect(desk.target(desk.row(heading))).toBeFocused();
  await page.keyboard.type('European market');
  await desk.confirmFocused();

  // A magnitude error is flagged as the translator types, and goes once it is fixed.
  await expect(desk.target(desk.row(figure))).toBeFocused();
  await page.keyboard.type('Minister Budi Santoso said coffee exports reached 130 million rupiah.');
  const magnitude = desk.findings.and(page.locator('[data-rule="magnitude-mismatch"]'));
  await expect(magnitude).toHaveCount(1, { timeout: 10_000 });
  await expect(desk.row(figure)).toHaveAttribute('data-status', 'draft');
  await desk.retypeFocused('Minister Budi Santoso said coffee exports reached 130 billion rupiah.');
  await expect(magnitude).toHaveCount(0, { timeout: 10_000 });
  await desk.confirmFocused();

  // The first "Harga kopi naik." confirmed fills its repeat, which shows up in place.
  const [firstRepeat, secondRepeat] = [desk.rowsWithSource(repeated).nth(0), desk.rowsWithSource(repeated).nth(1)];
  await expect(desk.target(firstRepeat)).toBeFocused();
  await page.keyboard.type('Coffee prices rose.');
  await desk.confirmFocused();
  await expect(desk.target(secondRepeat)).toHaveValue('Coffee prices rose.');
  await expect(secondRepeat).toHaveAttribute('data-status', 'translated');
  await expect(secondRepeat.getByTestId('segment-origin')).toHaveAttribute('data-origin', 'propagated');

  await expect(desk.target(desk.row(monthly))).toBeFocused();
  await page.keyboard.type('Coffee prices rose five percent this month.');
  await desk.confirmFocused();
  // The glossary term is highlighted with its translation, and Ctrl+Shift+G puts it in at the cursor.
  await expect(desk.target(desk.row(closing))).toBeFocused();
  const term = desk.row(closing).getByTestId('glossary-hit');
  await expect(term).toHaveText('Petani');
  await expect(term).toHaveAttribute('title', /farmers/);
  await page.keyboard.type('The ');
  await page.keyboard.press('ControlOrMeta+Shift+G');
  await page.keyboard.type(' in Lampung welcomed the news.');
  await expect(desk.target(desk.row(closing))).toHaveValue('The farmers in Lampung welcomed the news.');
  await desk.confirmFocused();

  // Confirmed repeats are skipped: the last sentence is next, with its fuzzy match numbered 1,
  // the differing word marked, and Ctrl+1 puts the match in as a draft.
  await expect(desk.target(desk.row(monthlyAgain))).toBeFocused();
  const match = desk.matches.first();
  await expect(match.getByTestId('tm-match-target')).toHaveText('Coffee prices rose five percent this month.', { timeout: 10_000 });
  await expect(match.getByTestId('tm-match-score')).toHaveText(/^(7\d|8\d|9\d) %$/);
  await expect(match.getByTestId('tm-match-diff').locator('del')).toContainText('lima');
  await expect(match.getByTestId('tm-match-diff').locator('ins')).toContainText('enam');
  await page.keyboard.press('ControlOrMeta+1');
  await expect(desk.target(desk.row(monthlyAgain))).toHaveValue('Coffee prices rose five percent this month.');
  await expect(desk.row(monthlyAgain)).toHaveAttribute('data-status', 'draft');
  await expect(desk.row(monthlyAgain).getByTestId('segment-origin')).toHaveAttribute('data-origin', 'tm');

  // Seven of eight confirmed; the fuzzy one is left as a draft.
  await desk.waitSaved();
  await expect(desk.progress).toHaveAttribute('aria-valuenow', '87');
  await expect(desk.progressText).toContainText('7 of 8');

  // The filter shows only what still needs confirming.
  await desk.filter('untranslated');
  await expect(desk.rows).toHaveCount(1);
  await desk.filter('all');

  // Everything acknowledged is there after a restart.
  page = await app.restart({ kill: true });
  const library = new LibraryModel(page);
  await library.open(headline);
  await page.getByTestId('translation-link').first().click();
  const again = new TranslationDeskModel(page);
  await again.waitOpen();
  await expect(again.target(again.row(figure))).toHaveValue('Minister Budi Santoso said coffee exports reached 130 billion rupiah.');
  await expect(again.target(again.row(closing))).toHaveValue('The farmers in Lampung welcomed the news.');
  await expect(again.target(again.row(monthlyAgain))).toHaveValue('Coffee prices rose five percent this month.');
  await expect(again.row(monthlyAgain)).toHaveAttribute('data-status', 'draft');
  await expect(again.rowsWithSource(repeated).nth(1)).toHaveAttribute('data-status', 'translated');
  await expect(again.progress).toHaveAttribute('aria-valuenow', '87');

  // The target is a normal article: its heading and the bold name carried over.
  await again.openTargetInEditor();
  const target = new EditorModel(page);
  await expect(target.headline).toHaveValue('Coffee exports rise sharply');
  await expect(target.body.locator('h2')).toHaveText('European market');
  await expect(target.body.locator('strong')).toHaveText('Budi Santoso');
  await expect(target.body.locator('p').nth(0)).toHaveText('Minister Budi Santoso said coffee exports reached 130 billion rupiah. Coffee prices rose.');
  await expect(target.body.locator('p').nth(1)).toHaveText('Coffee prices rose five percent this month. The farmers in Lampung welcomed the news. Coffee prices rose.');
});
