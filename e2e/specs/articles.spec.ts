import { test, expect } from '../fixtures.ts';
import { EditorModel } from '../models/editor.model.ts';
import { LibraryModel } from '../models/library.model.ts';

// Our own fixture text, with the characters and forms Indonesian copy really has.
const headline = 'Harga cabai rawit naik dua kali lipat menjelang Lebaran';
const body = [
  'Pedagang di pasar induk mengatakan harga cabai rawit mencapai Rp 85.000 per kilogram, Senin (3/3/2025).',
  '"Pasokan dari petani berkurang karena hujan," ujar Siti Aminah, seorang pedagang.',
  'Anak-anak muda kini lebih sering berbelanja daring — café dan warung ikut menaikkan harga.',
];

test('an Indonesian article is created, autosaved, and intact after the host is killed and restarted', async ({ app }) => {
  const library = new LibraryModel(app.page);
  await library.newArticle('id');
  const editor = new EditorModel(app.page);
  await editor.typeHeadline(headline);
  await editor.typeBody(body);
  const typedAt = Date.now();
  await editor.waitSaved();
  // Debounce is at most 1 s; the ack must follow well within 2 s of the last key.
  expect(Date.now() - typedAt).toBeLessThan(2_000);
  await expect(editor.saveStatus).toContainText(/Saved|Tersimpan/);
  await expect(editor.wordCount).toContainText('48');

  // SIGKILL: nothing gets a chance to flush, so only acknowledged saves can survive.
  const page = await app.restart({ kill: true });
  const again = new LibraryModel(page);
  await expect(again.row(headline)).toBeVisible();
  await expect(again.row(headline)).toContainText('ID');
  await again.open(headline);
  const reopened = new EditorModel(page);
  await expect(reopened.headline).toHaveValue(headline);
  expect(await reopened.paragraphs()).toEqual(body);
  await expect(reopened.body).toHaveAttribute('lang', 'id');
});

test('leaving the editor right after typing saves the last words', async ({ app }) => {
  const library = new LibraryModel(app.page);
  await library.newArticle('en');
  const editor = new EditorModel(app.page);
  await editor.typeHeadline('Council approves budget');
  await editor.typeBody(['The vote was close.']);
  // No wait for the debounce: going back must flush first.
  await editor.back();
  await expect(library.row('Council approves budget')).toContainText('EN');
  const page = await app.restart({ kill: true });
  const again = new LibraryModel(page);
  await again.open('Council approves budget');
  expect(await new EditorModel(page).paragraphs()).toEqual(['The vote was close.']);
});

test('undo, formatting and the library keyboard work', async ({ app }) => {
  const library = new LibraryModel(app.page);
  for (const title of ['Pertama', 'Kedua']) {
    await library.newArticle('id');
    const editor = new EditorModel(app.page);
    await editor.typeHeadline(title);
    await editor.typeBody(['Teks ', 'tebal']);
    await app.page.keyboard.press('ControlOrMeta+a');
    await app.page.keyboard.press('ControlOrMeta+b');
    await expect(editor.body.locator('strong').first()).toHaveText('Teks');
    await app.page.keyboard.press('ControlOrMeta+z');
    await expect(editor.body.locator('strong')).toHaveCount(0);
    await editor.back();
  }
  await expect(library.rows).toHaveCount(2);
  // Most recent first; arrows move between rows, Enter opens.
  await expect(library.rows.first()).toContainText('Kedua');
  await library.rows.first().focus();
  await app.page.keyboard.press('ArrowDown');
  await expect(library.rows.nth(1)).toBeFocused();
  await app.page.keyboard.press('Enter');
  await expect(new EditorModel(app.page).headline).toHaveValue('Pertama');
  // F1 opens the shortcut list; Escape closes it.
  await app.page.keyboard.press('F1');
  await expect(app.page.getByTestId('help-dialog')).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(app.page.getByTestId('help-dialog')).toBeHidden();
});
