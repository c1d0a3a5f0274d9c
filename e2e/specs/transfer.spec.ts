import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { test, expect } from '../fixtures.ts';
import { EditorModel } from '../models/editor.model.ts';
import { LibraryModel } from '../models/library.model.ts';
import { importFile } from '../../src-main/services/importers/importFile.ts';

/** A Word document of our own, made the way a newsroom's Word would save it. */
async function makeDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Pelabuhan baru dibuka di Makassar', heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [new TextRun('Kapal pertama '), new TextRun({ text: 'bersandar', bold: true }), new TextRun(' pada Selasa pagi.')] }),
          new Paragraph({ text: 'Warga menyambut dengan tarian daerah.' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

test('a DOCX imports with its formatting; the article exports to a DOCX that reads back the same', async ({ app }) => {
  const library = new LibraryModel(app.page);
  await app.page.getByTestId('import-file').setInputFiles({
    name: 'pelabuhan.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await makeDocx(),
  });
  const editor = new EditorModel(app.page);
  await expect(editor.headline).toHaveValue('Pelabuhan baru dibuka di Makassar');
  await expect(editor.body.locator('strong')).toHaveText('bersandar');
  expect(await editor.paragraphs()).toEqual(['Kapal pertama bersandar pada Selasa pagi.', 'Warga menyambut dengan tarian daerah.']);

  await editor.typeBody([]);
  await app.page.keyboard.press('ControlOrMeta+End');
  await app.page.keyboard.type(' Sumber: pelindo.');
  await editor.waitSaved();
  await app.page.getByTestId('export-format').selectOption('docx');
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('export-article').click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const dir = mkdtempSync(join(tmpdir(), 'redaksi-export-'));
  try {
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const back = await importFile(file);
    expect(back.title).toBe('Pelabuhan baru dibuka di Makassar');
    const text = JSON.stringify(back.doc);
    expect(text).toContain('Warga menyambut dengan tarian daerah. Sumber: pelindo.');
    expect(text).toContain('bersandar');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await editor.back();
  await expect(library.row('Pelabuhan baru dibuka di Makassar')).toBeVisible();
});

test('hostile files: scripts never survive an HTML import; binary data with a .txt name is refused and nothing is added', async ({ app }) => {
  const library = new LibraryModel(app.page);
  const html = '<html><head><title>Rapat dewan kota</title><script>window.__pwned=1</script></head><body><h1>Rapat dewan kota</h1><p onclick="window.__pwned=2">Anggaran <a href="javascript:alert(1)">disetujui</a>.</p><img src=x onerror="window.__pwned=3"><iframe src="https://example.com"></iframe></body></html>';
  await app.page.getByTestId('import-file').setInputFiles({ name: 'rapat.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  const editor = new EditorModel(app.page);
  await expect(editor.headline).toHaveValue('Rapat dewan kota');
  expect(await editor.paragraphs()).toEqual(['Anggaran disetujui.']);
  expect(await editor.body.locator('a, img, iframe, script, [onclick]').count()).toBe(0);
  expect(await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await editor.back();

  await expect(library.rows).toHaveCount(1);
  await app.page.getByTestId('import-file').setInputFiles({ name: 'foto.txt', mimeType: 'text/plain', buffer: Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 255, 0]) });
  await expect(app.page.getByTestId('import-error')).toContainText(/cannot import this kind of file/);
  await expect(library.rows).toHaveCount(1);
});
