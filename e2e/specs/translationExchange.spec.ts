import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from '../fixtures.ts';
import { EditorModel } from '../models/editor.model.ts';
import { LibraryModel } from '../models/library.model.ts';
import { ResourcesModel } from '../models/resources.model.ts';
import { TranslationDeskModel } from '../models/translationDesk.model.ts';

// Our own sentences: two the memory knows exactly, one it knows with another weekday, one it does not.
const headline = 'Harga gula naik tajam';
const exact = 'Pasokan dari Jawa Timur tersendat.';
const fuzzy = 'Pedagang menaikkan harga sejak Selasa.';
const unknown = 'Warga mengeluh di pasar.';

const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="e2e" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="id" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="id"><seg>${headline}</seg></tuv><tuv xml:lang="en"><seg>Sugar prices rise sharply</seg></tuv></tu>
<tu><tuv xml:lang="id"><seg>${exact}</seg></tuv><tuv xml:lang="en"><seg>Supplies from East Java stalled.</seg></tuv></tu>
<tu><tuv xml:lang="id"><seg>Pedagang menaikkan harga sejak Senin.</seg></tuv><tuv xml:lang="en"><seg>Traders have raised prices since Monday.</seg></tuv></tu>
</body></tmx>`;

test('pre-translation fills the desk from an imported memory, and an XLIFF round trip through another tool updates it', async ({ app }, testInfo) => {
  test.setTimeout(120_000);
  const page = app.page;
  const resources = new ResourcesModel(page);
  await resources.goto();
  await resources.createMemory('Arsip niaga', 'id-en');
  const tmxFile = testInfo.outputPath('arsip.tmx');
  writeFileSync(tmxFile, tmx);
  await resources.importTmx('Arsip niaga', tmxFile);
  await expect(resources.units('Arsip niaga')).toHaveText('3');

  await new LibraryModel(page).goto();
  await new LibraryModel(page).newArticle('id');
  const editor = new EditorModel(page);
  await editor.typeHeadline(headline);
  await editor.body.click();
  await page.keyboard.insertText(`${exact} ${fuzzy} ${unknown}`);
  await editor.waitSaved();
  await page.getByTestId('translate-article').click();
  const desk = new TranslationDeskModel(page);
  await desk.waitOpen();
  await expect(desk.progress).toHaveAttribute('aria-valuenow', '0');

  // Pre-translate: exact matches are confirmed, the fuzzy one is a draft, the unknown one stays empty.
  await page.getByTestId('pretranslate-start').click();
  await expect(page.getByTestId('desk-notice')).toHaveText(/(filled 3 segments|mengisi 3 segmen)/i);
  await expect(desk.target(desk.row(headline))).toHaveValue('Sugar prices rise sharply');
  await expect(desk.row(headline)).toHaveAttribute('data-status', 'translated');
  await expect(desk.target(desk.row(exact))).toHaveValue('Supplies from East Java stalled.');
  await expect(desk.target(desk.row(fuzzy))).toHaveValue('Traders have raised prices since Monday.');
  await expect(desk.row(fuzzy)).toHaveAttribute('data-status', 'draft');
  await expect(desk.row(fuzzy).getByTestId('segment-origin')).toHaveAttribute('data-origin', 'tm');
  await expect(desk.target(desk.row(unknown))).toHaveValue('');
  await expect(desk.row(unknown)).toHaveAttribute('data-status', 'new');

  // XLIFF 2.1 out; "another tool" fixes the draft and translates the last sentence (its target
  // keeps white space as the source does: XLIFF 2 requires the same xml:space on both); back in.
  await page.getByTestId('xliff-version').selectOption('2.1');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('xliff-export').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlf$/);
  const exported = readFileSync(await download.path(), 'utf8');
  expect(exported).toContain('version="2.1"');
  const translated = exported
    .replace('Traders have raised prices since Monday.', 'Traders have raised prices since Tuesday.')
    .replace(/(<segment id="[^"]+" state=")initial(">\s*<source[^>]*>Warga mengeluh di pasar\.<\/source>)/, '$1translated$2<target xml:space="preserve">Residents complained at the market.</target>');
  expect(translated).toContain('Residents complained');
  const xliffFile = testInfo.outputPath('dikerjakan.xlf');
  writeFileSync(xliffFile, translated);
  await page.getByTestId('xliff-file').setInputFiles(xliffFile);
  await expect(page.getByTestId('desk-notice')).toHaveText(/2 (updated|diperbarui)/);
  await expect(desk.target(desk.row(fuzzy))).toHaveValue('Traders have raised prices since Tuesday.');
  await expect(desk.target(desk.row(unknown))).toHaveValue('Residents complained at the market.');
  await expect(desk.row(unknown)).toHaveAttribute('data-status', 'translated');
  await expect(desk.row(unknown).getByTestId('segment-origin')).toHaveAttribute('data-origin', 'xliff');

  // A broken file changes nothing and says why.
  const broken = testInfo.outputPath('rusak.xlf');
  writeFileSync(broken, translated.replace('</xliff>', ''));
  await page.getByTestId('xliff-file').setInputFiles(broken);
  await expect(page.getByTestId('xliff-error')).toBeVisible();
  await expect(desk.target(desk.row(unknown))).toHaveValue('Residents complained at the market.');

  // The target article is built from the segments.
  await desk.openTargetInEditor();
  const target = new EditorModel(page);
  await expect(target.headline).toHaveValue('Sugar prices rise sharply');
  await expect(target.body.locator('p')).toHaveText('Supplies from East Java stalled. Traders have raised prices since Tuesday. Residents complained at the market.');
});
