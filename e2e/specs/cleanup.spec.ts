import { test, expect } from '../fixtures.ts';
import { EditorModel } from '../models/editor.model.ts';
import { LibraryModel } from '../models/library.model.ts';
import { RevisionsModel } from '../models/revisions.model.ts';

const headline = 'Warga Bantaran Kali Direlokasi';
// Text as it comes off a news site: the headline again, a double space, straight quotes among
// curly ones, and a "Baca juga" link at the end.
const scraped = [
  headline,
  'Warga bantaran kali direlokasi',
  'JAKARTA - Pemprov memindahkan  120 keluarga ke rusun, Senin.',
  '“Kami siap pindah,” kata Ibu Ani. Rusun itu "layak huni", ujarnya.',
  'Baca juga: Banjir Kiriman dari Bogor',
].join('\n\n');
const cleaned = ['JAKARTA - Pemprov memindahkan 120 keluarga ke rusun, Senin.', '“Kami siap pindah,” kata Ibu Ani. Rusun itu “layak huni”, ujarnya.'];

test('clean up scraped text: preview the changes, apply them, and find the cleaned text after a kill', async ({ app }) => {
  await app.page.getByTestId('import-file').setInputFiles({ name: 'relokasi.txt', mimeType: 'text/plain', buffer: Buffer.from(scraped) });
  const editor = new EditorModel(app.page);
  await expect(editor.headline).toHaveValue(headline);
  expect(await editor.paragraphs()).toHaveLength(4);

  await app.page.getByTestId('cleanup-open').click();
  const dialog = app.page.getByTestId('cleanup-dialog');
  const changes = dialog.getByTestId('cleanup-changes').locator('li');
  await expect(changes).toHaveCount(4);
  expect(await changes.evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')))).toEqual(['duplicate-headline', 'spaces', 'quotes', 'read-also']);
  await expect(changes.nth(0)).toContainText('Warga bantaran kali direlokasi');
  await expect(changes.nth(3)).toContainText('Baca juga: Banjir Kiriman dari Bogor');
  await expect(changes.nth(2).locator('ins')).toHaveText('“Kami siap pindah,” kata Ibu Ani. Rusun itu “layak huni”, ujarnya.');

  // Cancel changes nothing.
  await dialog.getByTestId('cleanup-cancel').click();
  await expect(dialog).toBeHidden();
  expect(await editor.paragraphs()).toHaveLength(4);

  // The Versions panel, open while cleaning, lists the version taken before the cleanup.
  const revisions = new RevisionsModel(app.page);
  await revisions.open();
  const versionsBefore = await revisions.rows.count();
  await app.page.getByTestId('cleanup-open').click();
  await dialog.getByTestId('cleanup-apply').click();
  await expect(dialog).toBeHidden();
  await expect(editor.body.locator('p')).toHaveText(cleaned);
  await expect(revisions.rows).toHaveCount(versionsBefore + 1);
  await expect(editor.headline).toHaveValue(headline);
  await editor.waitSaved();

  // A second look finds nothing left to clean.
  await app.page.getByTestId('cleanup-open').click();
  await expect(dialog.getByTestId('cleanup-nothing')).toBeVisible();
  await dialog.getByTestId('cleanup-cancel').click();
  await expect(dialog).toBeHidden();

  // The editor still saves normally on top of the cleaned version.
  await editor.body.click();
  await app.page.keyboard.press('ControlOrMeta+End');
  await app.page.keyboard.type(' Selesai.');
  await editor.waitSaved();

  const page = await app.restart({ kill: true });
  await new LibraryModel(page).open(headline);
  const reopened = new EditorModel(page);
  expect(await reopened.paragraphs()).toEqual([cleaned[0], `${cleaned[1]} Selesai.`]);
});
