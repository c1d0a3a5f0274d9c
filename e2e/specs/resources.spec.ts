import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../fixtures.ts';
import { EditorModel } from '../models/editor.model.ts';
import { LibraryModel } from '../models/library.model.ts';
import { ResourcesModel } from '../models/resources.model.ts';

// Our own sentence pairs (never published text), Indonesian -> English.
const pairs: Array<[string, string]> = [
  ['Harga beras medium naik tipis di pasar induk Cipinang.', 'The price of medium-grade rice rose slightly at the Cipinang wholesale market.'],
  ['Pedagang menyebut pasokan dari Karawang berkurang sejak pekan lalu.', 'Traders said supplies from Karawang had dwindled since last week.'],
  ['Dinas pangan berjanji menggelar operasi pasar pada Senin.', 'The food agency promised to hold a market operation on Monday.'],
];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function tmx(units: Array<[string, string]>): string {
  const tus = units.map(([id, en]) => `<tu><tuv xml:lang="id"><seg>${escape(id)}</seg></tuv><tuv xml:lang="en-US"><seg>${escape(en)}</seg></tuv></tu>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="e2e" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="id" datatype="plaintext"/><body>\n${tus.join('\n')}\n</body></tmx>\n`;
}

/** A "billion laughs" TMX: nested entities that would expand to gigabytes if a parser expanded them. */
function entityBombTmx(): string {
  const entities = ['<!ENTITY l0 "tertawa">'];
  for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx [\n${entities.join('\n')}\n]>\n<tmx version="1.4"><header creationtool="e2e" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="id" datatype="plaintext"/><body><tu><tuv xml:lang="id"><seg>&l9;</seg></tuv><tuv xml:lang="en"><seg>laughing</seg></tuv></tu></body></tmx>\n`;
}

let dir: string;
test.beforeEach(() => {
  // Each test runs 15-40 s alone; the whole suite on two cores can double that.
  test.setTimeout(120_000);
  dir = mkdtempSync(join(tmpdir(), 'redaksi-resources-'));
});
test.afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function writeTemp(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

test('a memory imports a TMX with progress, finds its units by concordance and exports them as TMX', async ({ app }) => {
  const resources = new ResourcesModel(app.page);
  await resources.goto();
  await expect(app.page.getByTestId('memories-empty')).toBeVisible();
  await resources.createMemory('Desk ekonomi');
  await expect(resources.units('Desk ekonomi')).toHaveText('0');

  await resources.importTmx('Desk ekonomi', writeTemp('ekonomi.tmx', tmx(pairs)));
  await expect(resources.importResult).toHaveAttribute('data-state', 'done');
  await expect(resources.importResult).toContainText('Imported 3 units');
  await expect(resources.units('Desk ekonomi')).toHaveText('3');

  // Concordance in the source, then in the translation, with the words found marked.
  await resources.searchConcordance('operasi pasar');
  await expect(resources.concordanceHits).toHaveCount(1);
  await expect(resources.concordanceHits.first()).toContainText('The food agency promised to hold a market operation on Monday.');
  await expect(resources.concordanceHits.first().locator('mark')).toHaveText(/operasi pasar/i);
  await resources.searchConcordance('Karawang', 'target');
  await expect(resources.concordanceHits).toHaveCount(1);
  await expect(resources.concordanceHits.first()).toContainText('Pedagang menyebut pasokan dari Karawang');
  await resources.searchConcordance('kedelai impor');
  await expect(resources.concordanceHits).toHaveCount(0);

  const exported = await resources.exportTmx('Desk ekonomi');
  expect(exported.fileName).toMatch(/\.tmx$/);
  expect(exported.text).toContain('<tmx');
  expect(exported.text).toContain('Dinas pangan berjanji menggelar operasi pasar pada Senin.');
  expect(exported.text).toContain('The food agency promised to hold a market operation on Monday.');

  // Rename by keyboard; switch it off for matches; the list keeps both.
  await resources.memory('Desk ekonomi').getByTestId('memory-rename').click();
  await app.page.getByTestId('memory-rename-input').fill('Desk ekonomi 2026');
  await app.page.keyboard.press('Enter');
  await expect(resources.memory('Desk ekonomi 2026')).toBeVisible();
  const readable = resources.memory('Desk ekonomi 2026').getByTestId('memory-readable');
  await expect(readable).toBeChecked();
  await readable.uncheck();
  await app.page.reload();
  await resources.goto();
  await expect(resources.memory('Desk ekonomi 2026').getByTestId('memory-readable')).not.toBeChecked();
  await expect(resources.memory('Desk ekonomi 2026').getByTestId('memory-writable')).toBeChecked();

  // Delete asks first; Cancel keeps it, Delete removes it.
  await resources.memory('Desk ekonomi 2026').getByTestId('memory-delete').click();
  await app.page.getByTestId('delete-memory-dialog').getByTestId('confirm-cancel').click();
  await expect(resources.memoryRows).toHaveCount(1);
  await resources.memory('Desk ekonomi 2026').getByTestId('memory-delete').click();
  await app.page.getByTestId('delete-memory-dialog').getByTestId('confirm-delete').click();
  await expect(app.page.getByTestId('memories-empty')).toBeVisible();
});

test('a hostile TMX (entity bomb) is refused with a translated error and leaves the memory unchanged', async ({ app }) => {
  const resources = new ResourcesModel(app.page);
  await resources.goto();
  await resources.createMemory('Arsip');
  await resources.importTmx('Arsip', writeTemp('arsip.tmx', tmx(pairs.slice(0, 1))));
  await expect(resources.importResult).toContainText('Imported 1 unit');

  await resources.importTmx('Arsip', writeTemp('bomb.tmx', entityBombTmx()));
  await expect(resources.importError).toBeVisible({ timeout: 20_000 });
  await expect(resources.importError).toContainText('The TMX file was not imported and the memory is unchanged.');
  // The reason is the translated error text, never a raw code.
  await expect(resources.importError).not.toContainText(/[A-Z]{3,}_[A-Z]{3,}/);
  await expect(resources.units('Arsip')).toHaveText('1');
  await resources.searchConcordance('beras medium');
  await expect(resources.concordanceHits).toHaveCount(1);
  await resources.searchConcordance('tertawa');
  await expect(resources.concordanceHits).toHaveCount(0);

  // The app is still alive: another import works.
  await resources.importTmx('Arsip', writeTemp('lagi.tmx', tmx(pairs.slice(1))));
  await expect(resources.importResult).toContainText('Imported 2 units');
  await expect(resources.units('Arsip')).toHaveText('3');
});

test('a long TMX import shows its progress, survives leaving the screen and can be cancelled, leaving the memory empty', async ({ app }) => {
  const resources = new ResourcesModel(app.page);
  await resources.goto();
  await resources.createMemory('Arsip besar');
  // Enough units (~20 MB) that the import still runs when Cancel is pressed, even at the
  // benchmark's floor speed (1M units in ~25 s).
  const many = Array.from({ length: 120_000 }, (_, i): [string, string] => [`Berita nomor ${i} tentang harga cabai.`, `Story number ${i} about chilli prices.`]);
  await resources.importTmx('Arsip besar', writeTemp('besar.tmx', tmx(many)));
  const progress = app.page.getByTestId('tmx-import-progress');
  // At once while the file is handed over, then the job's own progress.
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('data-state', 'running', { timeout: 60_000 });
  await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', /^\d+$/);
  // The import goes on while the screen is left; coming back shows its progress again.
  await app.page.getByTestId('nav-library').click();
  await resources.goto();
  await expect(progress).toHaveAttribute('data-state', 'running');
  await progress.getByTestId('tmx-import-cancel').click();
  await expect(resources.importResult).toHaveAttribute('data-state', 'cancelled', { timeout: 20_000 });
  await expect(resources.importResult).toHaveText('Import cancelled; the memory is unchanged.');
  await expect(resources.units('Arsip besar')).toHaveText('0');
  await resources.searchConcordance('harga cabai');
  await expect(resources.concordanceHits).toHaveCount(0);
});

test('the glossary takes an entry, imports a CSV, searches and exports CSV', async ({ app }) => {
  const resources = new ResourcesModel(app.page);
  await resources.goto();
  await resources.showTab('glossary');
  await expect(app.page.getByTestId('glossary-empty')).toBeVisible();

  await resources.addTerm({ id: 'anggaran', en: 'budget', forbiddenEn: 'budged', note: 'APBN/APBD' });
  await expect(resources.glossaryRow('anggaran')).toContainText('budget');
  await expect(resources.glossaryRow('anggaran')).toContainText('budged');

  // Edit it in the dialog.
  await resources.glossaryRow('anggaran').getByTestId('glossary-edit').click();
  await app.page.getByTestId('glossary-note').fill('APBN dan APBD');
  await app.page.getByTestId('glossary-save').click();
  await expect(resources.glossaryRow('anggaran').getByTestId('glossary-row-note')).toHaveText('APBN dan APBD');

  const csv = 'indonesian,english,note\r\ninflasi,inflation,year on year\r\n"bank sentral","central bank","Bank Indonesia, bukan bank umum"\r\n';
  await resources.importGlossary(writeTemp('istilah.csv', csv));
  await expect(app.page.getByTestId('glossary-import-result')).toHaveText('Glossary imported: 2 added, 0 updated, 0 skipped.');
  await expect(resources.glossaryRows).toHaveCount(3);
  await expect(resources.glossaryRow('bank sentral')).toContainText('Bank Indonesia, bukan bank umum');

  await app.page.getByTestId('glossary-search').fill('central');
  await expect(resources.glossaryRows).toHaveCount(1);
  await expect(resources.glossaryRows.first()).toContainText('bank sentral');
  await app.page.getByTestId('glossary-search').fill('');
  await expect(resources.glossaryRows).toHaveCount(3);

  const exported = await resources.exportGlossary('csv');
  expect(exported.fileName).toMatch(/\.csv$/);
  for (const text of ['anggaran', 'budget', 'inflasi', 'inflation', 'central bank']) expect(exported.text).toContain(text);
  const tbx = await resources.exportGlossary('tbx');
  expect(tbx.fileName).toMatch(/\.tbx$/);
  for (const text of ['anggaran', 'budget', 'bank sentral', 'central bank']) expect(tbx.text).toContain(text);

  await resources.glossaryRow('inflasi').getByTestId('glossary-delete').click();
  await app.page.getByTestId('delete-term-dialog').getByTestId('confirm-delete').click();
  await expect(resources.glossaryRows).toHaveCount(2);
});

test('"Translate to English" opens the desk; the source lists the translation and the target points to the desk', async ({ app }) => {
  const library = new LibraryModel(app.page);
  const editor = new EditorModel(app.page);
  await library.newArticle('id');
  await editor.typeHeadline('Harga beras naik');
  await editor.typeBody([pairs[0]![0], pairs[1]![0]]);
  await editor.waitSaved();

  const translate = app.page.getByTestId('translate-article');
  await expect(translate).toHaveText('Translate to English');
  await translate.click();
  await expect(app.page.getByTestId('translation-desk')).toBeVisible();

  // Back in the source: the translation is a link with its progress, and no second "Translate to English".
  await library.goto();
  // Both articles are called "Harga beras naik" (the target starts with the source's title).
  await library.filterLanguage('id');
  await expect(library.rows).toHaveCount(1);
  await library.open('Harga beras naik');
  const link = app.page.getByTestId('translation-link');
  await expect(link).toHaveText(/English translation — 0\s?%/);
  await expect(translate).toHaveCount(0);
  await link.click();
  await expect(app.page.getByTestId('translation-desk')).toBeVisible();

  // The target article, opened in the editor, says it is a translation and opens the desk.
  await library.goto();
  await library.filterLanguage('en');
  await expect(library.rows).toHaveCount(1);
  await library.rows.first().click();
  await expect(editor.body).toBeVisible();
  const notice = app.page.getByTestId('translation-notice');
  await expect(notice).toContainText('This article is a translation of Harga beras naik; translate it in the translation desk.');
  await expect(translate).toHaveCount(0);
  await notice.getByTestId('open-translation-desk').click();
  await expect(app.page.getByTestId('translation-desk')).toBeVisible();
});
