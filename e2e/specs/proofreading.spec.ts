import { test, expect } from '../fixtures.ts';
import { EditorModel } from '../models/editor.model.ts';
import { LibraryModel } from '../models/library.model.ts';
import { SettingsModel } from '../models/settings.model.ts';

// Our own text: a misspelling (pembangnan), a joined preposition (dirumah), a weekday that does
// not match its date (5 February 2025 was a Wednesday), and a made-up word for the dictionary.
const headline = 'Warga desa membahas jembatan';
const body = [
  'Warga berkumpul dirumah kepala desa pada Senin (5/2/2025) untuk membahas pembangnan jembatan baru.',
  'Rencana itu disebut klontongwati oleh para tetua kampung.',
];

// A fresh data folder expands the dictionaries once (seconds on a busy machine) before the first underline.
const firstCheck = { timeout: 90_000 };

test('underlines, the note on a word, the personal dictionary, the Problems panel and switching a rule off', async ({ app }) => {
  test.setTimeout(240_000);
  const page = app.page;
  await new LibraryModel(page).newArticle('id');
  const editor = new EditorModel(page);
  await editor.typeHeadline(headline);
  await editor.typeBody(body);

  const underline = (kind: 'spelling' | 'style' | 'value', text: string) => editor.body.locator(`.proof--${kind}`, { hasText: text });
  await expect(underline('spelling', 'pembangnan')).toBeVisible(firstCheck);
  await expect(underline('style', 'dirumah')).toBeVisible();
  await expect(underline('value', 'Senin')).toBeVisible();
  await expect(underline('spelling', 'klontongwati')).toBeVisible();
  await expect(page.getByTestId('proof-count-spelling')).toHaveText('2');
  await expect(page.getByTestId('proof-count-style')).toHaveText('1');
  await expect(page.getByTestId('proof-count-date')).toHaveText('1');

  // Keyboard: Alt+Enter on the underlined word opens its note with the rule's explanation; Escape closes it.
  await editor.selectText('dirumah');
  await page.keyboard.press('Alt+Enter');
  const note = page.getByTestId('proof-note');
  await expect(note).toBeVisible();
  await expect(note.getByTestId('proof-suggestion')).toHaveText(['di rumah']);
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();

  // A click on the misspelling: suggestions are fetched for it; applying one fixes the text and the underline goes.
  await underline('spelling', 'pembangnan').click();
  await expect(note).toBeVisible();
  const fix = note.getByTestId('proof-suggestion').filter({ hasText: /^pembangunan$/ });
  await expect(fix).toBeVisible();
  await fix.click();
  await expect(note).toBeHidden();
  await expect(editor.body).toContainText('membahas pembangunan jembatan');
  await expect(underline('spelling', 'pembangunan')).toHaveCount(0);
  await expect(page.getByTestId('proof-count-spelling')).toHaveText('1');

  // Add the made-up word to the dictionary: its underline disappears.
  await underline('spelling', 'klontongwati').click();
  await note.getByTestId('proof-add-word').click();
  await expect(underline('spelling', 'klontongwati')).toHaveCount(0);
  await expect(page.getByTestId('proof-count-spelling')).toHaveCount(0);
  await editor.waitSaved();

  // ... and stays gone after a reload, once the text has been checked again.
  await page.reload();
  await new LibraryModel(page).open(headline);
  const again = new EditorModel(page);
  await expect(again.body.locator('.proof--style', { hasText: 'dirumah' })).toBeVisible(firstCheck);
  await expect(again.body.locator('.proof--value', { hasText: 'Senin' })).toBeVisible();
  await expect(again.body.locator('.proof--spelling')).toHaveCount(0);

  // The Problems panel lists every finding; choosing one selects its text.
  await page.getByTestId('toggle-problems').click();
  const panel = page.getByTestId('problems-panel');
  await expect(panel.getByTestId('problem')).toHaveCount(2);
  await panel.getByTestId('problems-filter-date').click();
  await expect(panel.getByTestId('problem')).toHaveCount(1);
  await panel.getByTestId('problem').click();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('Senin');

  // Switching the weekday rule off in Settings removes its underline from the open article.
  const settings = new SettingsModel(page);
  await settings.open();
  await settings.dialog.getByTestId('rule-switch-id-date.weekday').click();
  await expect(settings.dialog.getByTestId('rule-switch-id-date.weekday')).not.toBeChecked();
  await expect(settings.dialog.getByTestId('personal-dictionary')).toContainText('klontongwati');
  await settings.close();
  await expect(again.body.locator('.proof--value')).toHaveCount(0);
  await expect(again.body.locator('.proof--style', { hasText: 'dirumah' })).toBeVisible();
  await expect(panel.getByTestId('problem')).toHaveCount(0);
});
